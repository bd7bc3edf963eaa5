import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { FAMILY_EVENT_TYPES, FamilyEvent } from '../aggregates/family/family.events';
import { evolveFamily } from '../aggregates/family/family.evolve';
import { FamilyState, initialFamilyState } from '../aggregates/family/family.state';

export const FAMILY_SUMMARY = 'family_summary';

/** One row per family with its folded state, for GET /v1/families. */
@ProjectionHandler()
@Injectable()
export class FamilySummaryProjection extends AggregateStateProjection<FamilyState, FamilyEvent> {
  readonly name = FAMILY_SUMMARY;
  readonly eventTypes = FAMILY_EVENT_TYPES;
  protected readonly table = 'family_summary';
  protected readonly initialState = initialFamilyState;

  protected evolve(state: FamilyState, event: FamilyEvent): FamilyState {
    return evolveFamily(state, event);
  }

  protected columns(): Record<string, unknown> {
    return {};
  }
}
