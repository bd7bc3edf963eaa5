import { useState } from 'react';
import { api, canCommand, Page, Principal, query } from '../api';
import { ActionButton, formatBytes, Load, StatusBadge } from '../components';
import { href, useLoad } from '../hooks';
import { Dataset, Distribution, Tier } from '../types';

interface Row {
  dataset: Dataset;
  copies: Distribution[];
}

/** Quick while a copy is not yet Verified (it may be verifying right now), slow once all are settled. */
const pollFor = (rows: Row[] | undefined) =>
  rows?.some((r) => r.copies.some((c) => c.status === 'Registered')) ? 1500 : 8000;

function TierCell({ tierId, copies }: { tierId: string; copies: Distribution[] }) {
  if (copies.length === 0) return <td className="cell cell-none" data-tier={tierId} aria-label="no copy" />;
  const best = ['Verified', 'Registered', 'Stale'].find((s) => copies.some((c) => c.status === s)) ?? copies[0].status;
  const title = copies
    .map((c) =>
      c.lastAttestation
        ? `${c.uri}: ${c.status}, last attestation ${c.lastAttestation.outcome} at ${c.lastAttestation.attestedAt}`
        : `${c.uri}: ${c.status}, never attested`,
    )
    .join('\n');
  return (
    <td className={`cell cell-${best.toLowerCase()}`} title={title} data-tier={tierId} data-status={best}>
      {best}
      {copies.length > 1 ? ` ×${copies.length}` : ''}
    </td>
  );
}

/** The tier map: a row per dataset, a column per tier, each cell the dataset's copy there, coloured by status. */
export function TierMap({ rows, tiers }: { rows: Row[]; tiers: Tier[] }) {
  return (
    <div className="scroll">
      <table className="tier-map">
        <thead>
          <tr>
            <th>Dataset</th>
            <th>Size</th>
            {tiers.map((t) => (
              <th key={t.tierId} title={t.rootUri}>
                {t.name}
                {t.reachable ? '' : ' (unreachable)'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ dataset, copies }) => (
            <tr key={dataset.datasetId} data-dataset={dataset.datasetId}>
              <td>
                <a href={href('datasets', dataset.datasetId)}>{dataset.title}</a>
              </td>
              <td>{formatBytes(dataset.byteSize)}</td>
              {tiers.map((t) => (
                <TierCell key={t.tierId} tierId={t.tierId} copies={copies.filter((c) => c.tierId === t.tierId)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function loadRows(cursor?: string): Promise<{ rows: Row[]; nextCursor: string | null }> {
  const page = await api.get<Page<Dataset>>(`/v1/datasets${query({ limit: 25, cursor })}`);
  const rows = await Promise.all(
    page.items.map(async (dataset) => ({
      dataset,
      copies: (await api.get<Page<Distribution>>(`/v1/datasets/${dataset.datasetId}/distributions?limit=100`)).items,
    })),
  );
  return { rows, nextCursor: page.nextCursor };
}

export function DatasetsView() {
  const [cursor, setCursor] = useState<string | undefined>();
  const tiers = useLoad(() => api.get<Page<Tier>>('/v1/tiers?limit=100'), []);
  const rows = useLoad(
    () => loadRows(cursor),
    [cursor],
    (d) => pollFor(d?.rows),
  );
  return (
    <section aria-labelledby="datasets-h">
      <h2 id="datasets-h">Datasets</h2>
      <Load loaded={tiers}>
        {(t) => (
          <Load loaded={rows} isEmpty={(d) => d.rows.length === 0} empty="No datasets registered yet.">
            {(d) => (
              <>
                <TierMap rows={d.rows} tiers={t.items} />
                {d.nextCursor ? (
                  <button type="button" onClick={() => setCursor(d.nextCursor ?? undefined)}>
                    Next page
                  </button>
                ) : null}
              </>
            )}
          </Load>
        )}
      </Load>
    </section>
  );
}

export function DatasetView({ me, id }: { me: Principal; id: string }) {
  const dataset = useLoad(() => api.get<Dataset>(`/v1/datasets/${id}`), [id]);
  const copies = useLoad(
    () => api.get<Page<Distribution>>(`/v1/datasets/${id}/distributions?limit=100`),
    [id],
    (p) => (p?.items.some((c) => c.status === 'Registered') ? 1500 : 8000),
  );
  const tiers = useLoad(() => api.get<Page<Tier>>('/v1/tiers?limit=100'), []);
  const [target, setTarget] = useState('');
  return (
    <section aria-labelledby="dataset-h">
      <Load loaded={dataset}>
        {(d) => (
          <>
            <h2 id="dataset-h">{d.title}</h2>
            <dl className="facts">
              <dt>Checksum</dt>
              <dd>
                <code>
                  {d.checksum.algorithm}:{d.checksum.value}
                </code>
              </dd>
              <dt>Size</dt>
              <dd>{formatBytes(d.byteSize)}</dd>
              <dt>Status</dt>
              <dd>
                <StatusBadge status={d.status} />
              </dd>
              <dt>Collected by</dt>
              <dd>
                {d.collectedBy?.assetId ? (
                  <a href={href('instruments', 'asset', d.collectedBy.assetId)}>asset</a>
                ) : null}{' '}
                {d.collectedBy?.fixtureId ? (
                  <a href={href('instruments', 'fixture', d.collectedBy.fixtureId)}>fixture</a>
                ) : null}
                {!d.collectedBy ? '—' : null}
              </dd>
              <dt>Lineage</dt>
              <dd>
                <a href={href('lineage', `dataset:${d.datasetId}`)}>Open the lineage graph</a>
              </dd>
            </dl>
          </>
        )}
      </Load>
      <h3>Tier map</h3>
      <Load loaded={tiers}>
        {(t) => (
          <Load loaded={copies}>
            {(c) =>
              dataset.data ? <TierMap rows={[{ dataset: dataset.data, copies: c.items }]} tiers={t.items} /> : null
            }
          </Load>
        )}
      </Load>
      <h3>Copies</h3>
      <Load loaded={copies} isEmpty={(p) => p.items.length === 0} empty="No copies yet.">
        {(p) => (
          <ul className="copies">
            {p.items.map((c) => (
              <li key={c.distributionId}>
                <StatusBadge status={c.status} /> <code>{c.uri}</code>{' '}
                <span className="muted">
                  {c.lastAttestation
                    ? `${c.lastAttestation.outcome} at ${c.lastAttestation.attestedAt}`
                    : 'never attested'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Load>
      {canCommand(me) && tiers.data ? (
        <p className="inline-form">
          <label>
            Materialize to{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">choose a tier</option>
              {tiers.data.items.map((t) => (
                <option key={t.tierId} value={t.tierId}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <ActionButton
            label="Materialize"
            run={async () => {
              if (!target) throw new Error('choose a target tier first');
              await api.post('/v1/materializations', { datasetId: id, targetTierId: target });
            }}
            onDone={() => (window.location.hash = href('flight'))}
          />
        </p>
      ) : null}
    </section>
  );
}
