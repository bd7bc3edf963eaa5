import { useState } from 'react';
import { api, canCommand, Page, Principal } from '../api';
import { ActionButton, Load, StatusBadge, shortId } from '../components';
import { href, useLoad } from '../hooks';
import { Asset, Fixture } from '../types';

function PidCell({ pid }: { pid: { scheme: string; value: string } | null }) {
  return pid ? <code>{`${pid.scheme} ${pid.value}`}</code> : <span className="muted">none</span>;
}

export function InstrumentsView({ me }: { me: Principal }) {
  const assets = useLoad(() => api.get<Page<Asset>>('/v1/assets?limit=100'), []);
  const fixtures = useLoad(() => api.get<Page<Fixture>>('/v1/fixtures?limit=100'), []);
  return (
    <section aria-labelledby="instruments-h">
      <h2 id="instruments-h">Instruments</h2>
      <h3>Assets</h3>
      <Load loaded={assets} isEmpty={(p) => p.items.length === 0} empty="No assets registered yet.">
        {(page) => (
          <div className="scroll">
            <table>
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Lifecycle</th>
                  <th>Serial</th>
                  <th>Mount</th>
                  <th>Fixture</th>
                  <th>PID</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.assetId}>
                    <td>
                      <a href={href('instruments', 'asset', a.assetId)}>{a.name}</a>
                    </td>
                    <td>
                      <StatusBadge status={a.lifecycle} />
                    </td>
                    <td>{a.serialNumber ?? '—'}</td>
                    <td>{a.mountId ? shortId(a.mountId) : '—'}</td>
                    <td>
                      {a.fixtureId ? (
                        <a href={href('instruments', 'fixture', a.fixtureId)}>{shortId(a.fixtureId)}</a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      <PidCell pid={a.persistentId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Load>
      <h3>Fixtures</h3>
      <Load loaded={fixtures} isEmpty={(p) => p.items.length === 0} empty="No fixtures yet.">
        {(page) => (
          <div className="scroll">
            <table>
              <thead>
                <tr>
                  <th>Fixture</th>
                  <th>Bound assets</th>
                  <th>Attached</th>
                  <th>PID</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((f) => (
                  <tr key={f.fixtureId}>
                    <td>
                      <a href={href('instruments', 'fixture', f.fixtureId)}>{shortId(f.fixtureId)}</a>
                    </td>
                    <td>{f.slotAssetBindings.map((b) => b.slotName).join(', ')}</td>
                    <td>{f.attachedAssetIds.length}</td>
                    <td>
                      <PidCell pid={f.persistentId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Load>
      {canCommand(me) ? null : <p className="muted">Signed in as a {me.roles.join(', ')}: read only.</p>}
    </section>
  );
}

/** One asset or fixture: its state, its PIDINST record, and (for operators) a button to assign a PID. */
export function InstrumentView({ me, kind, id }: { me: Principal; kind: 'asset' | 'fixture'; id: string }) {
  const item = useLoad(() => api.get<Asset | Fixture>(`/v1/${kind}s/${id}`), [kind, id]);
  const pidinst = useLoad(() => api.get<unknown>(`/v1/${kind}s/${id}/pidinst`), [kind, id]);
  const [scheme, setScheme] = useState('DOI');
  return (
    <section aria-labelledby="instrument-h">
      <h2 id="instrument-h">
        {kind === 'asset' ? 'Asset' : 'Fixture'} <code>{id}</code>
      </h2>
      <Load loaded={item}>
        {(x) => (
          <dl className="facts">
            {'name' in x ? (
              <>
                <dt>Name</dt>
                <dd>{x.name}</dd>
                <dt>Lifecycle</dt>
                <dd>
                  <StatusBadge status={x.lifecycle} />
                </dd>
                <dt>Mount</dt>
                <dd>{x.mountId ?? '—'}</dd>
              </>
            ) : (
              <>
                <dt>Bound assets</dt>
                <dd>
                  {x.slotAssetBindings.map((b) => (
                    <a key={b.assetId} href={href('instruments', 'asset', b.assetId)}>
                      {b.slotName}: {shortId(b.assetId)}{' '}
                    </a>
                  ))}
                </dd>
              </>
            )}
            <dt>Persistent identifier</dt>
            <dd>
              <PidCell pid={x.persistentId} />
              {!x.persistentId && canCommand(me) ? (
                <span className="inline-form">
                  <label>
                    Scheme{' '}
                    <select value={scheme} onChange={(e) => setScheme(e.target.value)}>
                      <option>DOI</option>
                      <option>Handle</option>
                    </select>
                  </label>
                  <ActionButton
                    label="Assign PID"
                    run={() => api.post(`/v1/${kind}s/${id}/persistent-identifier`, { scheme })}
                    onDone={() => {
                      item.reload();
                      pidinst.reload();
                    }}
                  />
                </span>
              ) : null}
            </dd>
            <dt>Lineage</dt>
            <dd>
              <a href={href('lineage', `${kind}:${id}`)}>What it collected</a>
            </dd>
          </dl>
        )}
      </Load>
      <h3>PIDINST record</h3>
      <Load loaded={pidinst}>{(record) => <pre className="json">{JSON.stringify(record, null, 2)}</pre>}</Load>
    </section>
  );
}
