import { api, canCommand, Page, Principal } from '../api';
import { ActionButton, formatBytes, Load, ProgressBar, StatusBadge, shortId } from '../components';
import { href, useLoad } from '../hooks';
import { ACQUISITION_STATES, Acquisition, Materialization } from '../types';

const MOVING = new Set(['Pending', 'Transferring', 'Verifying']);

/** 1 s while anything moves; when all is still, back off to 10 s. */
const cadence = (moving: boolean) => (moving ? 1000 : 10_000);

function MaterializationRow({ m, me, onChange }: { m: Materialization; me: Principal; onChange: () => void }) {
  const t = m.transfer;
  return (
    <li className="flight" data-materialization={m.materializationId}>
      <div className="flight-head">
        <StatusBadge status={m.state} /> <a href={href('datasets', m.datasetId)}>dataset {shortId(m.datasetId)}</a> →
        tier {shortId(m.targetTierId)}
        {canCommand(me) && MOVING.has(m.state) ? (
          <ActionButton
            label="Cancel"
            run={() => api.post(`/v1/materializations/${m.materializationId}/cancel`)}
            onDone={onChange}
          />
        ) : null}
      </div>
      {t ? (
        <>
          <ProgressBar done={t.bytesMoved} total={t.bytesTotal} label={`materialization ${m.materializationId}`} />
          <p className="muted">
            {t.state}: files {t.filesMoved + t.filesSkipped}
            {t.filesTotal !== null ? `/${t.filesTotal}` : ''}
            {t.filesFailed ? `, ${t.filesFailed} failed` : ''}
            {t.bytesPerSecond ? ` · ${formatBytes(t.bytesPerSecond)}/s` : ''}
          </p>
        </>
      ) : null}
      {m.error ? (
        <p className="error">
          <strong>{m.error.code}</strong>: {m.error.detail}
        </p>
      ) : null}
    </li>
  );
}

function AcquisitionRow({ a }: { a: Acquisition }) {
  const reached = ACQUISITION_STATES.indexOf(a.state as (typeof ACQUISITION_STATES)[number]);
  return (
    <li className="flight" data-acquisition={a.acquisitionId} data-state={a.state}>
      <div className="flight-head">
        <code>{a.path}</code> <span className="muted">on tier {shortId(a.tierId)}</span>
        {a.datasetId ? (
          <>
            {' '}
            · <a href={href('datasets', a.datasetId)}>dataset</a>
          </>
        ) : null}
      </div>
      <ol className="stepper" aria-label={`acquisition ${a.acquisitionId}: ${a.state}`}>
        {ACQUISITION_STATES.map((s, i) => {
          const entry = a.history.find((h) => h.state === s);
          return (
            <li
              key={s}
              className={i <= reached ? 'done' : ''}
              title={entry ? `${entry.at} by ${entry.host}` : 'not yet'}
            >
              {s.replace('_', ' ')}
            </li>
          );
        })}
      </ol>
    </li>
  );
}

export function FlightView({ me }: { me: Principal }) {
  const materializations = useLoad(
    () => api.get<Page<Materialization>>('/v1/materializations?limit=50'),
    [],
    (p) => cadence(!!p?.items.some((m) => MOVING.has(m.state))),
  );
  const acquisitions = useLoad(
    () => api.get<Page<Acquisition>>('/v1/acquisitions?limit=50'),
    [],
    (p) => cadence(!!p?.items.some((a) => a.state !== 'cleared')),
  );
  return (
    <section aria-labelledby="flight-h">
      <h2 id="flight-h">In flight</h2>
      <h3>Materializations</h3>
      <Load loaded={materializations} isEmpty={(p) => p.items.length === 0} empty="No materializations yet.">
        {(p) => (
          <ul className="flights">
            {p.items.map((m) => (
              <MaterializationRow key={m.materializationId} m={m} me={me} onChange={materializations.reload} />
            ))}
          </ul>
        )}
      </Load>
      <h3>Acquisitions</h3>
      <Load loaded={acquisitions} isEmpty={(p) => p.items.length === 0} empty="No acquisitions yet.">
        {(p) => (
          <ul className="flights">
            {p.items.map((a) => (
              <AcquisitionRow key={a.acquisitionId} a={a} />
            ))}
          </ul>
        )}
      </Load>
    </section>
  );
}
