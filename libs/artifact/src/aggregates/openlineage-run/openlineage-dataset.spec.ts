import fc from 'fast-check';
import { hashOfFacets, openLineageDatasetRef } from './openlineage-dataset';

const sha = 'ab'.repeat(32);

describe('OpenLineage datasets as lineage artifacts', () => {
  it('names a dataset by a hash facet when it carries one, sha256 first', () => {
    expect(
      hashOfFacets({ checksum: { _producer: 'p', _schemaURL: 's', algorithm: 'SHA256', digest: sha.toUpperCase() } }),
    ).toEqual({
      algorithm: 'sha256',
      digest: sha,
    });
    expect(
      hashOfFacets({
        files: {
          hashes: [
            { algorithm: 'md5', digest: 'c'.repeat(32) },
            { algorithm: 'sha256', value: sha },
          ],
        },
      }),
    ).toEqual({ algorithm: 'sha256', digest: sha });
    expect(
      openLineageDatasetRef({ namespace: 'ns', name: 'n', facets: { c: { algorithm: 'md5', digest: 'c'.repeat(32) } } })
        .nodeId,
    ).toBe(`artifact:md5:${'c'.repeat(32)}`);
  });

  it('ignores facets that are no hash of an accepted algorithm and length', () => {
    for (const facets of [
      undefined,
      null,
      {},
      { c: { algorithm: 'sha1', digest: 'a'.repeat(40) } },
      { c: { algorithm: 'sha256', digest: 'abc' } },
    ]) {
      expect(hashOfFacets(facets)).toBeNull();
    }
  });

  it('names a dataset without a hash by its namespace and name, distinctly for distinct pairs', () => {
    expect(openLineageDatasetRef({ namespace: 'ns:a', name: 'b' }).nodeId).not.toBe(
      openLineageDatasetRef({ namespace: 'ns', name: 'a:b' }).nodeId,
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (namespace, name) => {
        const ref = openLineageDatasetRef({ namespace, name });
        expect(ref).toEqual({
          nodeId: `artifact:openlineage:${encodeURIComponent(namespace)}:${name}`,
          namespace,
          name,
          hash: null,
        });
      }),
    );
  });
});
