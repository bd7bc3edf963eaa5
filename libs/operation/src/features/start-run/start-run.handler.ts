import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ErrorDetail, IdGenerator } from '@custody/kernel';
import { AggregateRepository, CommandMeta, ID_GENERATOR, authorize } from '@custody/platform';
import { DATASET_DISTRIBUTION_LOOKUP, DatasetDistributionEntry, DatasetDistributionLookup } from '@custody/ports';
import { evolveMethod } from '../../aggregates/method/method.evolve';
import { MethodState, initialMethodState } from '../../aggregates/method/method.state';
import { RUN_STREAM } from '../../aggregates/run/run.events';
import { evolveRun } from '../../aggregates/run/run.evolve';
import { initialRunState } from '../../aggregates/run/run.state';
import { ParametersValidator } from '../../json-schema/parameters-schema';
import { StartRunCommand, StartRunOutput } from './start-run.command';
import { StartRun, startRunDecider } from './start-run.decider';

type Copies = ReadonlyMap<string, readonly DatasetDistributionEntry[]>;

/**
 * A gated start holds its transaction's connection while it waits for the dataset locks, and the lock holder
 * needs a second one for the lookup: with as many waiters as the pool has connections, the holder would wait
 * forever. Bounding the starts in flight per process keeps enough of the pool (20) free for the holder.
 */
const MAX_GATED_STARTS_IN_FLIGHT = 8;

/** First come, first served permits for the gated part of a start. */
class Permits {
  private available: number;
  private readonly waiting: (() => void)[] = [];

  constructor(count: number) {
    this.available = count;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.available > 0) this.available -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.available += 1;
    }
  }
}

/** The tiers of every Verified copy in an answer: the ones whose reachability the gate may rely on. */
function tiersOfVerifiedCopies(copies: Copies): string[] {
  return [...copies.values()].flatMap((entries) => entries.filter((e) => e.status === 'Verified').map((e) => e.tierId));
}

/**
 * The gate holds at commit, not only when it was checked. Inside the run's transaction the handler takes the
 * same stream locks the data context takes for a change that could fail the gate: every input dataset's stream
 * (each discard, attestation, staleness mark or registration of a copy locks its dataset first), then the tier
 * stream of every Verified copy it saw (a reachability change locks its tier). It asks the lookup again once it
 * holds both, and decides on that answer; a change that committed earlier is in the answer, one that comes
 * later waits for this commit. The method is read unlocked: a method never changes once registered.
 */
@CommandHandler(StartRunCommand)
export class StartRunHandler implements ICommandHandler<StartRunCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(DATASET_DISTRIBUTION_LOOKUP) private readonly lookup: DatasetDistributionLookup,
    private readonly parameters: ParametersValidator,
  ) {}

  private readonly permits = new Permits(MAX_GATED_STARTS_IN_FLIGHT);

  async execute({ input, meta }: StartRunCommand): Promise<StartRunOutput> {
    authorize(meta, 'command');
    const runId = this.ids.newId();
    const inputDatasetIds = [...new Set((input.inputDatasetIds ?? []).map((id) => id.toLowerCase()))];
    const parameters = input.parameters ?? {};
    const methodId = input.methodId.toLowerCase();
    const { state: method } = await this.aggregates.load(
      { evolve: evolveMethod, initialState: initialMethodState },
      methodId,
    );
    const parameterErrors = method.exists ? this.parameters.errors(methodId, method.parametersSchema, parameters) : [];
    await this.permits.run(() =>
      this.startGated(meta, { runId, methodId, inputDatasetIds, parameters }, method, parameterErrors),
    );
    return { runId, state: 'Running' };
  }

  private startGated(
    meta: CommandMeta,
    command: StartRun,
    method: MethodState,
    parameterErrors: readonly ErrorDetail[],
  ): Promise<void> {
    const { runId, inputDatasetIds } = command;
    return this.aggregates.transact(meta, async (unit) => {
      let copies: Copies = new Map();
      if (method.exists && parameterErrors.length === 0 && inputDatasetIds.length > 0) {
        await unit.lock(inputDatasetIds);
        copies = await this.lookup.findByDatasets(inputDatasetIds);
        const tiers = tiersOfVerifiedCopies(copies);
        if (tiers.length > 0) {
          await unit.lock(tiers);
          // Under the dataset locks no copy can become Verified, so the second answer's tiers are all locked.
          copies = await this.lookup.findByDatasets(inputDatasetIds);
        }
      }
      const run = await unit.load({ evolve: evolveRun, initialState: initialRunState }, runId);
      const events = startRunDecider.decide(run.state, command, { method, parameterErrors, copies }, unit.deps);
      unit.append(RUN_STREAM, runId, events);
    });
  }
}
