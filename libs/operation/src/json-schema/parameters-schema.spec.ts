import { ParametersValidator, parametersSchemaErrors } from './parameters-schema';

describe('parametersSchema at registration', () => {
  it('accepts 2020-12 and draft-07 schemas, annotations it does not know included', () => {
    expect(parametersSchemaErrors({ type: 'object', 'x-unit': 'mm', prefixItems: [{ type: 'number' }] })).toEqual([]);
    expect(
      parametersSchemaErrors({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', definitions: {} }),
    ).toEqual([]);
  });

  it('refuses what is not a usable schema, saying where', () => {
    expect(parametersSchemaErrors({ type: 'nonsense' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'parametersSchema.type' })]),
    );
    for (const schema of [
      { $ref: 'https://example.org/remote.json' },
      { $schema: 'http://json-schema.org/draft-04/schema#' },
      { type: 'string', pattern: '(' },
    ]) {
      expect(parametersSchemaErrors(schema)).toEqual([
        { path: 'parametersSchema', message: expect.stringContaining('not a usable JSON Schema') },
      ]);
    }
  });
});

describe('ParametersValidator', () => {
  const schema = {
    $id: 'https://example.org/reconstruction.json',
    type: 'object',
    properties: { voxel: { type: 'number', minimum: 0 }, 'a/b': { type: 'string' } },
    required: ['voxel'],
    additionalProperties: false,
  };

  it('lists every violation with its path under parameters', () => {
    const validator = new ParametersValidator();
    expect(validator.errors('m1', schema, { voxel: -1, 'a/b': 3, extra: true })).toEqual(
      expect.arrayContaining([
        { path: 'parameters.voxel', message: 'must be >= 0' },
        { path: 'parameters.a/b', message: 'must be string' },
        { path: 'parameters', message: 'must NOT have additional properties: extra' },
      ]),
    );
    expect(validator.errors('m1', schema, { voxel: 1 })).toEqual([]);
  });

  it('keeps methods apart even when their schemas share an $id, and accepts anything without a schema', () => {
    const validator = new ParametersValidator();
    const other = { ...schema, properties: { mode: { enum: ['fbp'] } }, required: ['mode'] };
    expect(validator.errors('m1', schema, { voxel: 1 })).toEqual([]);
    expect(validator.errors('m2', other, { mode: 'fbp' })).toEqual([]);
    expect(validator.errors('m2', other, { voxel: 1 })).not.toEqual([]);
    expect(validator.errors('m3', null, { anything: [1, 2] })).toEqual([]);
  });
});
