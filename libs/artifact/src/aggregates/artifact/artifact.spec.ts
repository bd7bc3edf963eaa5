import fc from 'fast-check';
import { artifactIdOfUri, artifactUriOf, isArtifactId } from './artifact-id';
import { readableArtifact } from './artifact.access';
import { DepositedArtifact, initialArtifactState } from './artifact.state';
import { DEFAULT_CONTENT_TYPE, isSanitizedContentType, sanitizeContentType } from './content-type';

const id = '0123456789abcdef0123456789abcdef';

describe('artifact ids and URIs', () => {
  it('round-trips an id through its URI', () => {
    expect(artifactUriOf(id)).toBe(`custody://artifacts/${id}`);
    expect(artifactIdOfUri(artifactUriOf(id))).toBe(id);
  });

  it.each([
    '',
    id,
    `custody://artifacts/${id.toUpperCase()}`,
    `custody://artifacts/${id}0`,
    `custody://artifacts/${id.slice(1)}`,
    `custody://artifacts/${id}/`,
    `custody://artifacts/../${id.slice(3)}`,
    `https://artifacts/${id}`,
    `custody://datasets/${id}`,
    `custody://artifacts/${id}?x=1`,
  ])('refuses %j', (uri) => {
    expect(artifactIdOfUri(uri)).toBeNull();
  });

  it('accepts exactly 32 lowercase hex digits as an id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(isArtifactId(s)).toBe(/^[0-9a-f]{32}$/.test(s));
      }),
    );
  });
});

describe('content types', () => {
  it.each([
    ['image/png', 'image/png'],
    ['Text/Plain; charset=UTF-8', 'text/plain'],
    ['  application/vnd.custody+json ', 'application/vnd.custody+json'],
    [undefined, DEFAULT_CONTENT_TYPE],
    ['', DEFAULT_CONTENT_TYPE],
    ['text', DEFAULT_CONTENT_TYPE],
    ['text/', DEFAULT_CONTENT_TYPE],
    ['text/html\r\nX-Evil: 1', DEFAULT_CONTENT_TYPE],
    ['text/plain/extra', DEFAULT_CONTENT_TYPE],
    ['tëxt/plain', DEFAULT_CONTENT_TYPE],
    [`a/${'b'.repeat(300)}`, DEFAULT_CONTENT_TYPE],
  ])('sanitizes %j to %j', (raw, expected) => {
    expect(sanitizeContentType(raw)).toBe(expected);
  });

  it('always yields a header-safe lowercase type/subtype', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const sanitized = sanitizeContentType(raw);
        expect(isSanitizedContentType(sanitized)).toBe(true);
        expect(sanitized).not.toMatch(/[\s;,"\\]/);
      }),
    );
  });
});

describe('who may read an artifact', () => {
  const artifact: DepositedArtifact = {
    exists: true,
    artifactId: id,
    sizeBytes: 1,
    contentType: 'text/plain',
    sha256: 'a'.repeat(64),
    createdBy: 'depositor',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const uri = artifactUriOf(id);

  it('lets the depositor and admin-class readers in, and nobody else', () => {
    expect(readableArtifact(artifact, uri, { principalId: 'depositor', adminClass: false })).toBe(artifact);
    expect(readableArtifact(artifact, uri, { principalId: 'someone', adminClass: true })).toBe(artifact);
    expect(() => readableArtifact(artifact, uri, { principalId: 'someone', adminClass: false })).toThrow(
      expect.objectContaining({ code: 'Forbidden', family: 'Forbidden' }),
    );
  });

  it('answers ArtifactNotFound for an artifact that does not exist, whoever asks', () => {
    expect(() => readableArtifact(initialArtifactState, uri, { principalId: 'x', adminClass: true })).toThrow(
      expect.objectContaining({ code: 'ArtifactNotFound', family: 'NotFound' }),
    );
  });
});
