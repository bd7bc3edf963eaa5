import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler, StoredEvent } from '@custody/platform';
import { EntityManager } from 'typeorm';
import { RUN_EVENT_TYPES, RunEvent, RunStarted } from '../aggregates/run/run.events';
import { evolveRun } from '../aggregates/run/run.evolve';
import { RunState, initialRunState } from '../aggregates/run/run.state';

export const RUN_SUMMARY = 'operation_run_summary';

/**
 * One row per run with its folded state, filtered by state and method; its inputs (fixed at start) in a side
 * table keyed (dataset_id, run_id), so "runs that used this dataset" is one index range scan.
 */
@ProjectionHandler()
@Injectable()
export class RunSummaryProjection extends AggregateStateProjection<RunState, RunEvent> {
  readonly name = RUN_SUMMARY;
  readonly eventTypes = RUN_EVENT_TYPES;
  protected readonly table = 'operation_run_summary';
  protected readonly initialState = initialRunState;

  protected evolve(state: RunState, event: RunEvent): RunState {
    return evolveRun(state, event);
  }

  protected columns(state: RunState): Record<string, unknown> {
    return state.exists ? { run_state: state.state, method_id: state.methodId } : { run_state: null, method_id: null };
  }

  override async apply(event: StoredEvent, m: EntityManager): Promise<void> {
    await super.apply(event, m);
    if (event.type !== 'RunStarted') return;
    const { inputDatasetIds } = (event as unknown as RunStarted).data;
    if (inputDatasetIds.length === 0) return;
    await m.query(
      `INSERT INTO operation_run_input (dataset_id, run_id)
       SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
      [inputDatasetIds, event.streamId],
    );
  }

  override async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM operation_run_input`);
    await super.reset(m);
  }
}
