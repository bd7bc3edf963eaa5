import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { METHOD_EVENT_TYPES, MethodEvent } from '../aggregates/method/method.events';
import { evolveMethod } from '../aggregates/method/method.evolve';
import { MethodState, initialMethodState } from '../aggregates/method/method.state';

export const METHOD_SUMMARY = 'operation_method_summary';

/** One row per method with its folded state; the list pages by keyset on the id. */
@ProjectionHandler()
@Injectable()
export class MethodSummaryProjection extends AggregateStateProjection<MethodState, MethodEvent> {
  readonly name = METHOD_SUMMARY;
  readonly eventTypes = METHOD_EVENT_TYPES;
  protected readonly table = 'operation_method_summary';
  protected readonly initialState = initialMethodState;

  protected evolve(state: MethodState, event: MethodEvent): MethodState {
    return evolveMethod(state, event);
  }

  protected columns(): Record<string, unknown> {
    return {};
  }
}
