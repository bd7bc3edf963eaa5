import { Command, InvalidArgumentError } from 'commander';
import { createColors } from 'picocolors';
import { ApiClient, query } from '../api-client';
import { localChecksum } from '../checksum';
import { CliContext, isUuid, nonNegativeInt, positiveInt, table, UsageError } from '../context';
import { createProgress, formatBytes } from '../progress';

interface Tier {
  tierId: string;
  name: string;
  accessProtocol: string;
  rootUri: string;
  reachable: boolean;
}
interface Dataset {
  datasetId: string;
  title: string;
  checksum: { algorithm: string; value: string };
  byteSize: number;
  status: string;
  collectedBy?: { assetId?: string; fixtureId?: string } | null;
  registeredAt?: string;
}
interface Attestation {
  outcome: string;
  attestedAt: string;
  source?: string;
  detail?: string | null;
}
interface Distribution {
  distributionId: string;
  datasetId: string;
  tierId: string;
  uri: string;
  status: string;
  lastAttestation: Attestation | null;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every item of a list, following nextCursor. */
export async function allPages<T>(api: ApiClient, path: string, params: Record<string, string | undefined> = {}) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<T>>(`${path}${query({ ...params, limit: 100, cursor })}`);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** A tier given by id or by name. */
export async function resolveTierId(api: ApiClient, tier: string): Promise<string> {
  if (isUuid(tier)) return tier.toLowerCase();
  const tiers = await allPages<Tier>(api, '/v1/tiers');
  const found = tiers.find((t) => t.name === tier);
  if (!found) throw new UsageError(`no tier named "${tier}"`);
  return found.tierId;
}

export function parseChecksum(value: string): { algorithm: string; value: string } {
  const match = /^(sha256|sha256-tree):([0-9a-f]{64})$/i.exec(value);
  if (!match) throw new InvalidArgumentError('must be sha256:<64 hex> or sha256-tree:<64 hex>');
  return { algorithm: match[1].toLowerCase(), value: match[2].toLowerCase() };
}

function statusPainter(enabled: boolean) {
  const c = createColors(enabled);
  return (status: string) =>
    status === 'Verified'
      ? c.green(status)
      : status === 'Stale'
        ? c.red(status)
        : status === 'Registered'
          ? c.yellow(status)
          : c.dim(status);
}

/** The dataset's tier map: one line per copy with its tier, status (coloured on a terminal) and last attestation. */
export function formatTierMap(
  dataset: Dataset,
  copies: readonly Distribution[],
  tiers: ReadonlyMap<string, Tier>,
  color: boolean,
): string {
  const paint = statusPainter(color);
  const head =
    `${dataset.title} (${dataset.datasetId})\n` +
    `${dataset.checksum.algorithm}:${dataset.checksum.value}  ${formatBytes(dataset.byteSize)}  ${dataset.status}\n`;
  if (copies.length === 0) return `${head}No copies.\n`;
  const rows = copies.map((d) => {
    const tier = tiers.get(d.tierId);
    const last = d.lastAttestation
      ? `${d.lastAttestation.outcome} at ${d.lastAttestation.attestedAt}`
      : 'never attested';
    return [
      tier ? `${tier.name}${tier.reachable ? '' : ' (unreachable)'}` : d.tierId,
      d.status,
      d.uri,
      last,
      d.distributionId,
    ];
  });
  const plain = table([['TIER', 'STATUS', 'URI', 'LAST ATTESTATION', 'COPY'], ...rows]);
  // Colour after aligning, so escape codes do not skew the columns.
  const lines = plain.split('\n');
  return (
    head +
    lines
      .map((line, i) => (i === 0 || i > rows.length ? line : line.replace(rows[i - 1][1], paint(rows[i - 1][1]))))
      .join('\n')
  );
}

export function registerDataCommands(program: Command, ctx: CliContext): void {
  const { io } = ctx;
  const tier = program.command('tier').description('Storage tiers (admin to add)');
  tier
    .command('ls')
    .description('Every tier')
    .action(async (_o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const tiers = await allPages<Tier>(api, '/v1/tiers');
      ctx.print(opts, { items: tiers }, () =>
        table([
          ['ID', 'NAME', 'PROTOCOL', 'ROOT', 'REACHABLE'],
          ...tiers.map((t) => [t.tierId, t.name, t.accessProtocol, t.rootUri, t.reachable ? 'yes' : 'no']),
        ]),
      );
    });
  tier
    .command('add')
    .description('Register a tier (admin)')
    .argument('<name>')
    .requiredOption('--protocol <protocol>', 'file, s3, https or globus')
    .requiredOption('--root <rootUri>', 'e.g. file:///data/nas')
    .option('--unreachable', 'register it as not reachable now')
    .action(async (name: string, o: { protocol: string; root: string; unreachable?: boolean }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const body = {
        name,
        accessProtocol: o.protocol,
        rootUri: o.root,
        ...(o.unreachable ? { reachable: false } : {}),
      };
      const created = await api.post<{ tierId: string }>('/v1/tiers', body);
      ctx.print(opts, created, () => `${created.tierId}\n`);
    });

  const dataset = program.command('dataset').description('Datasets and their copies');
  dataset
    .command('ls')
    .description('Datasets, newest first as the API lists them')
    .option('--limit <n>', 'how many (1..100)', positiveInt, 50)
    .option('--cursor <cursor>', 'continue after a previous page')
    .action(async (o: { limit: number; cursor?: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const page = await api.get<Page<Dataset>>(`/v1/datasets${query({ limit: o.limit, cursor: o.cursor })}`);
      ctx.print(
        opts,
        page,
        () =>
          table([
            ['ID', 'TITLE', 'CHECKSUM', 'SIZE', 'STATUS'],
            ...page.items.map((d) => [
              d.datasetId,
              d.title,
              `${d.checksum.algorithm}:${d.checksum.value.slice(0, 12)}…`,
              formatBytes(d.byteSize),
              d.status,
            ]),
          ]) + (page.nextCursor ? `next page: --cursor ${page.nextCursor}\n` : ''),
      );
    });
  dataset
    .command('show')
    .description('A dataset with its tier map: one line per copy, status and last attestation')
    .argument('<datasetId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const [ds, copies, tiers] = await Promise.all([
        api.get<Dataset>(`/v1/datasets/${encodeURIComponent(id)}`),
        allPages<Distribution>(api, `/v1/datasets/${encodeURIComponent(id)}/distributions`),
        allPages<Tier>(api, '/v1/tiers'),
      ]);
      ctx.print(opts, { dataset: ds, distributions: copies }, () =>
        formatTierMap(ds, copies, new Map(tiers.map((t) => [t.tierId, t])), !!io.color),
      );
    });
  dataset
    .command('register')
    .description('Register a dataset by its checksum, given or computed from a local file or folder (--from)')
    .requiredOption('--title <title>')
    .option('--from <path>', 'compute sha256 (file) or sha256-tree (folder) and size from this path')
    .option('--checksum <alg:hex>', 'sha256:<hex> or sha256-tree:<hex>', parseChecksum)
    .option('--size <bytes>', 'byte size', nonNegativeInt)
    .option('--intent <intent>')
    .option('--asset <assetId>', 'the instrument that collected it')
    .option('--fixture <fixtureId>', 'the fixture that collected it')
    .action(async (o: DatasetRegisterOptions, command: Command) => {
      const { api, opts } = ctx.connect(command);
      let checksum = o.checksum;
      let byteSize = o.size;
      if (o.from) {
        const progress = createProgress(io.progress, 'hashing', 'files');
        const local = await localChecksum(o.from, (done, total) => progress.update(done, total));
        progress.stop();
        checksum = { algorithm: local.algorithm, value: local.value };
        byteSize = local.byteSize;
      }
      if (!checksum || byteSize === undefined) throw new UsageError('give --from, or --checksum and --size');
      const collectedBy =
        o.asset || o.fixture
          ? { ...(o.asset ? { assetId: o.asset } : {}), ...(o.fixture ? { fixtureId: o.fixture } : {}) }
          : undefined;
      const created = await api.post<{ datasetId: string }>('/v1/datasets', {
        title: o.title,
        checksum,
        byteSize,
        ...(o.intent ? { intent: o.intent } : {}),
        ...(collectedBy ? { collectedBy } : {}),
      });
      ctx.print(opts, { ...created, checksum, byteSize }, () => `${created.datasetId}\n`);
    });

  const copy = program.command('copy').description('Copies (distributions) of a dataset on a tier');
  copy
    .command('add')
    .description("Register a copy on a tier; checksum and size default to the dataset's")
    .argument('<datasetId>')
    .requiredOption('--tier <tier>', 'tier id or name')
    .requiredOption('--uri <uri>', 'path under the tier root (or a full URI under it)')
    .action(async (datasetId: string, o: { tier: string; uri: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const [ds, tierId] = await Promise.all([
        api.get<Dataset>(`/v1/datasets/${encodeURIComponent(datasetId)}`),
        resolveTierId(api, o.tier),
      ]);
      const created = await api.post<{ distributionId: string }>('/v1/distributions', {
        datasetId,
        tierId,
        uri: o.uri,
        checksum: ds.checksum,
        byteSize: ds.byteSize,
      });
      ctx.print(opts, created, () => `${created.distributionId}\n`);
    });
  copy
    .command('attest')
    .description('Verify a copy: the server reads its bytes through the tier and records Match/Mismatch/Unreachable')
    .argument('<distributionId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const result = await api.post<{ attestationId: string; outcome: string }>(
        `/v1/distributions/${encodeURIComponent(id)}/attestations`,
        {},
      );
      ctx.print(opts, result, () => `${result.outcome}\n`);
      if (result.outcome !== 'Match') ctx.exitCode = 1; // recorded, but the copy is not good: scripts must notice
    });
  copy
    .command('discard')
    .description('Discard a copy (never the last Verified one)')
    .argument('<distributionId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      await api.post(`/v1/distributions/${encodeURIComponent(id)}/discard`);
      ctx.print(opts, { distributionId: id, status: 'Discarded' }, () => `Discarded ${id}.\n`);
    });
}

interface DatasetRegisterOptions {
  title: string;
  from?: string;
  checksum?: { algorithm: string; value: string };
  size?: number;
  intent?: string;
  asset?: string;
  fixture?: string;
}
