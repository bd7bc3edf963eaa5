import { Decider, ErrorDetail, conflict, invalid } from '@custody/kernel';
import { methodNotFound } from '../../aggregates/method/method.errors';
import { MethodState } from '../../aggregates/method/method.state';
import { RunEvent } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { GateCopy, gateRunInputs } from '../../aggregates/run/run.gate';
import { RunState, initialRunState } from '../../aggregates/run/run.state';

export interface StartRun {
  readonly runId: string;
  readonly methodId: string;
  /** Lower-case, each once, in the order given. */
  readonly inputDatasetIds: readonly string[];
  readonly parameters: Record<string, unknown>;
}

/** What the handler loaded: the method, the parameters' check against its schema, and every input's live copies. */
export interface StartRunContext {
  readonly method: MethodState;
  readonly parameterErrors: readonly ErrorDetail[];
  readonly copies: ReadonlyMap<string, readonly GateCopy[]>;
}

/**
 * Starts a run, in this order of refusals: MethodNotFound, parameters invalid against the method's schema (400
 * ValidationFailed), then the gate (RunInputNotVerified before RunInputNotReachable). Checked at genesis only.
 */
export const startRunDecider: Decider<RunState, StartRun, RunEvent, StartRunContext> = {
  initialState: initialRunState,
  evolve: evolveRun,
  decide(state, command, { method, parameterErrors, copies }, { now }) {
    if (state.exists) throw conflict('RunAlreadyStarted', `Run ${command.runId} already exists.`);
    if (!method.exists) throw methodNotFound(command.methodId);
    if (parameterErrors.length > 0) {
      throw invalid(
        'ValidationFailed',
        `parameters are not valid against the schema of method ${command.methodId}.`,
        parameterErrors,
      );
    }
    const gate = gateRunInputs(command.inputDatasetIds, copies);
    if (!gate.passed) {
      throw gate.code === 'RunInputNotVerified'
        ? conflict(
            'RunInputNotVerified',
            `Input dataset ${gate.datasetId} has no Verified copy; verify a copy before starting the run.`,
          )
        : conflict(
            'RunInputNotReachable',
            `Input dataset ${gate.datasetId} has Verified copies only on unreachable tiers; materialize it on a reachable tier first.`,
          );
    }
    return [
      {
        type: 'RunStarted',
        data: {
          runId: command.runId,
          methodId: command.methodId,
          inputDatasetIds: [...command.inputDatasetIds],
          parameters: command.parameters,
          inputCopies: [...gate.inputCopies],
          startedAt: now,
        },
      },
    ];
  },
};
