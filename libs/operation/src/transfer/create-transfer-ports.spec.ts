import { loadConfig } from '@custody/platform';
import { createTransferPorts } from './create-transfer-ports';
import { InMemoryTransferPort } from './memory/in-memory-transfer-port';

describe('createTransferPorts', () => {
  it('offers the local copy alone on embedded defaults, and refuses other names with a stable code', () => {
    const ports = createTransferPorts(loadConfig({}, '/srv/custody'));
    expect(ports.names).toEqual(['local']);
    expect(ports.get('local').name).toBe('local');
    expect(() => ports.get('globus')).toThrow(expect.objectContaining({ code: 'TransferAdapterUnavailable' }));
    expect(() => ports.get('memory')).toThrow(expect.objectContaining({ family: 'Invalid' }));
  });

  it('adds Globus and FDT when configured, and the in-memory adapter only when a test passes it', () => {
    const memory = new InMemoryTransferPort();
    const ports = createTransferPorts(
      loadConfig(
        {
          CUSTODY_GLOBUS_CLIENT_ID: '0b1f5a9e-3c1d-4c6e-9d7a-2f4b8e6a1c3d',
          CUSTODY_GLOBUS_CLIENT_SECRET: 'secret',
          CUSTODY_FDT_SERVERS: 'tier-a=fdt.example:54321',
        },
        '/',
      ),
      { memory },
    );
    expect(ports.names).toEqual(['local', 'globus', 'fdt', 'memory']);
    expect(ports.get('fdt').name).toBe('fdt');
    expect(ports.forHandle({ adapter: 'memory', id: 'x', request: {} as never })).toBe(memory);
  });
});
