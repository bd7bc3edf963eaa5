import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { ASSEMBLY_EVENT_TYPES, AssemblyEvent } from '../aggregates/assembly/assembly.events';
import { evolveAssembly } from '../aggregates/assembly/assembly.evolve';
import { AssemblyState, initialAssemblyState } from '../aggregates/assembly/assembly.state';

export const ASSEMBLY_SUMMARY = 'assembly_summary';

/** One row per assembly with its folded state; lists filter on deprecation. */
@ProjectionHandler()
@Injectable()
export class AssemblySummaryProjection extends AggregateStateProjection<AssemblyState, AssemblyEvent> {
  readonly name = ASSEMBLY_SUMMARY;
  readonly eventTypes = ASSEMBLY_EVENT_TYPES;
  protected readonly table = 'assembly_summary';
  protected readonly initialState = initialAssemblyState;

  protected evolve(state: AssemblyState, event: AssemblyEvent): AssemblyState {
    return evolveAssembly(state, event);
  }

  protected columns(state: AssemblyState): Record<string, unknown> {
    return { deprecated: state.exists ? state.deprecated : null };
  }
}
