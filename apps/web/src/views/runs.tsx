import { api, canCommand, Page, Principal } from '../api';
import { ActionButton, Load, StatusBadge, shortId } from '../components';
import { href, useLoad } from '../hooks';
import { Run } from '../types';

export function RunsView() {
  const runs = useLoad(
    () => api.get<Page<Run>>('/v1/runs?limit=100'),
    [],
    () => 5000,
  );
  return (
    <section aria-labelledby="runs-h">
      <h2 id="runs-h">Runs</h2>
      <Load loaded={runs} isEmpty={(p) => p.items.length === 0} empty="No runs yet.">
        {(p) => (
          <div className="scroll">
            <table>
              <thead>
                <tr>
                  <th>Run</th>
                  <th>State</th>
                  <th>Method</th>
                  <th>Inputs</th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((r) => (
                  <tr key={r.runId}>
                    <td>
                      <a href={href('runs', r.runId)}>{shortId(r.runId)}</a>
                    </td>
                    <td>
                      <StatusBadge status={r.state} />
                    </td>
                    <td>{shortId(r.methodId)}</td>
                    <td>{r.inputDatasetIds.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Load>
    </section>
  );
}

export function RunView({ me, id }: { me: Principal; id: string }) {
  const run = useLoad(() => api.get<Run>(`/v1/runs/${id}`), [id]);
  const command = (verb: string) => () =>
    api.post(`/v1/runs/${id}/${verb}`, verb === 'abort' ? { reason: 'aborted from the dashboard' } : {});
  return (
    <section aria-labelledby="run-h">
      <h2 id="run-h">
        Run <code>{id}</code>
      </h2>
      <Load loaded={run}>
        {(r) => (
          <>
            <dl className="facts">
              <dt>State</dt>
              <dd>
                <StatusBadge status={r.state} />
              </dd>
              <dt>Method</dt>
              <dd>
                <code>{r.methodId}</code>
              </dd>
              <dt>Parameters</dt>
              <dd>
                <code>{JSON.stringify(r.parameters ?? {})}</code>
              </dd>
              <dt>Lineage</dt>
              <dd>
                <a href={href('lineage', `run:${r.runId}`)}>Open the lineage graph</a>
              </dd>
            </dl>
            <h3>Inputs</h3>
            {r.inputDatasetIds.length === 0 ? <p className="muted">No input datasets.</p> : null}
            <ul>
              {r.inputDatasetIds.map((d) => {
                const copy = r.inputCopies?.find((c) => c.datasetId === d);
                return (
                  <li key={d}>
                    <a href={href('datasets', d)}>{shortId(d)}</a>
                    {copy ? (
                      <span className="muted">
                        {' '}
                        via copy {shortId(copy.distributionId)} on tier {shortId(copy.tierId)}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {canCommand(me) ? (
              <p className="actions">
                {r.state === 'Running' ? <ActionButton label="Hold" run={command('hold')} onDone={run.reload} /> : null}
                {r.state === 'Held' ? (
                  <ActionButton label="Resume" run={command('resume')} onDone={run.reload} />
                ) : null}
                {r.state === 'Running' ? (
                  <ActionButton label="Complete" run={command('complete')} onDone={run.reload} />
                ) : null}
                {r.state === 'Running' || r.state === 'Held' ? (
                  <ActionButton label="Abort" run={command('abort')} onDone={run.reload} />
                ) : null}
              </p>
            ) : null}
            <h3>History</h3>
            <pre className="json">{JSON.stringify(r.history ?? [], null, 2)}</pre>
          </>
        )}
      </Load>
    </section>
  );
}
