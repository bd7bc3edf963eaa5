import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { FIXTURE_EVENT_TYPES, FixtureEvent } from '../aggregates/fixture/fixture.events';
import { evolveFixture } from '../aggregates/fixture/fixture.evolve';
import { FixtureState, initialFixtureState } from '../aggregates/fixture/fixture.state';

export const FIXTURE_SUMMARY = 'fixture_summary';

/** One row per fixture with its folded state; lists filter on the assembly and on a bound asset. */
@ProjectionHandler()
@Injectable()
export class FixtureSummaryProjection extends AggregateStateProjection<FixtureState, FixtureEvent> {
  readonly name = FIXTURE_SUMMARY;
  readonly eventTypes = FIXTURE_EVENT_TYPES;
  protected readonly table = 'fixture_summary';
  protected readonly initialState = initialFixtureState;

  protected evolve(state: FixtureState, event: FixtureEvent): FixtureState {
    return evolveFixture(state, event);
  }

  protected columns(state: FixtureState): Record<string, unknown> {
    return state.exists
      ? { assembly_id: state.assemblyId, asset_ids: state.slotAssetBindings.map((b) => b.assetId) }
      : { assembly_id: null, asset_ids: [] };
  }
}
