import { useState } from 'react';
import { api, query } from '../api';
import { ActionButton, ErrorNote, formatBytes } from '../components';
import { href } from '../hooks';
import { ArtifactMetadata } from '../types';

/** Look an artifact up by its custody:// URI: its metadata, a download, and its place in the lineage. */
export function ArtifactsView() {
  const [uri, setUri] = useState('');
  const [meta, setMeta] = useState<ArtifactMetadata | undefined>();
  const [error, setError] = useState<Error | undefined>();
  return (
    <section aria-labelledby="artifacts-h">
      <h2 id="artifacts-h">Artifacts</h2>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(undefined);
          setMeta(undefined);
          try {
            setMeta(await api.get<ArtifactMetadata>(`/v1/artifacts/metadata${query({ uri: uri.trim() })}`));
          } catch (err) {
            setError(err as Error);
          }
        }}
      >
        <label>
          Artifact URI{' '}
          <input value={uri} onChange={(e) => setUri(e.target.value)} placeholder="custody://artifacts/…" size={48} />
        </label>
        <button type="submit">Look up</button>
      </form>
      {error ? <ErrorNote error={error} /> : null}
      {meta ? (
        <dl className="facts">
          <dt>URI</dt>
          <dd>
            <code>{meta.artifactUri}</code>
          </dd>
          <dt>Size</dt>
          <dd>{formatBytes(meta.sizeBytes)}</dd>
          <dt>Content type</dt>
          <dd>{meta.contentType}</dd>
          <dt>sha256</dt>
          <dd>
            <code>{meta.sha256}</code>
          </dd>
          <dt>Deposited</dt>
          <dd>
            {meta.createdAt} by {meta.createdBy}
          </dd>
          <dt>Lineage</dt>
          <dd>
            <a href={href('lineage', `artifact:sha256:${meta.sha256}`)}>Open the lineage graph</a>
          </dd>
          <dt>Bytes</dt>
          <dd>
            <ActionButton
              label="Download"
              run={() =>
                api.download(
                  `/v1/artifacts${query({ uri: meta.artifactUri })}`,
                  meta.artifactUri.split('/').pop() ?? 'artifact',
                )
              }
            />
          </dd>
        </dl>
      ) : (
        <p className="muted">Paste the URI a deposit answered (custody artifact put prints it).</p>
      )}
    </section>
  );
}
