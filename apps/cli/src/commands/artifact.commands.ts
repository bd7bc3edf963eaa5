import { Command } from 'commander';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiClient, ApiError, query } from '../api-client';
import { CliContext } from '../context';
import { createProgress, formatBytes, Progress } from '../progress';

interface ArtifactMetadata {
  artifactUri: string;
  sizeBytes: number;
  contentType: string;
  sha256: string;
  createdBy?: string;
  createdAt?: string;
}

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.h5': 'application/x-hdf5',
  '.nxs': 'application/x-hdf5',
  '.pdf': 'application/pdf',
  '.gz': 'application/gzip',
  '.tar': 'application/x-tar',
  '.zip': 'application/zip',
};

export function guessContentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * POSTs a multipart/form-data body with the one part `file`, read from disk as the socket drains (node:http with
 * a stream pipeline, so memory stays bounded whatever the file's size; fetch's request-body streams buffer ahead).
 */
export async function putArtifact(
  api: ApiClient,
  file: string,
  contentType: string,
  progress: Progress,
): Promise<ArtifactMetadata> {
  const size = fs.statSync(file).size;
  const boundary = `custody-${randomBytes(16).toString('hex')}`;
  const filename = path.basename(file).replace(/["\r\n\\]/g, '_');
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let sent = 0;
  const body = Readable.from(
    (async function* () {
      yield head;
      for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
        sent += (chunk as Buffer).length;
        progress.update(sent, size);
        yield chunk as Buffer;
      }
      yield tail;
    })(),
    { objectMode: false, highWaterMark: 1 },
  );
  const res = await api.stream('POST', '/v1/artifacts', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    'content-length': String(head.length + size + tail.length),
    accept: 'application/json, application/problem+json',
  });
  return res as ArtifactMetadata;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Downloads into `<out>.part`, resuming from its length with `Range` when a previous download was cut; the
 * finished bytes must hash to the recorded sha256, or nothing is left behind.
 */
export async function getArtifact(
  api: ApiClient,
  uri: string,
  out: string,
  progress: Progress,
  note: (line: string) => void,
): Promise<ArtifactMetadata & { resumedFrom: number; file: string }> {
  const meta = await api.get<ArtifactMetadata>(`/v1/artifacts/metadata${query({ uri })}`);
  const part = `${out}.part`;
  let have = 0;
  try {
    have = fs.statSync(part).size;
  } catch {
    have = 0;
  }
  if (have > meta.sizeBytes) {
    fs.rmSync(part, { force: true });
    have = 0;
  }
  let resumedFrom = 0;
  if (have < meta.sizeBytes || meta.sizeBytes === 0) {
    const headers: Record<string, string> = have > 0 ? { range: `bytes=${have}-` } : {};
    const res = await ApiClient.ensureOk(await api.send('GET', `/v1/artifacts${query({ uri })}`, { headers }));
    if (res.status === 206) {
      resumedFrom = have;
      note(`resuming at ${formatBytes(have)} of ${formatBytes(meta.sizeBytes)}`);
    } else {
      have = 0; // the server sent the whole thing: start over
    }
    let received = have;
    const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => {
      received += chunk.length;
      progress.update(received, meta.sizeBytes);
    });
    await pipeline(body, fs.createWriteStream(part, { flags: have > 0 ? 'a' : 'w' }));
  }
  const digest = await sha256Of(part);
  if (digest !== meta.sha256) {
    fs.rmSync(part, { force: true });
    throw new ApiError(
      'ArtifactChecksumMismatch',
      `the downloaded bytes hash to sha256 ${digest}, not the recorded ${meta.sha256}; nothing was kept`,
      0,
    );
  }
  fs.renameSync(part, out);
  return { ...meta, resumedFrom, file: out };
}

export function registerArtifactCommands(program: Command, ctx: CliContext): void {
  const { io } = ctx;
  const artifact = program.command('artifact').description('Deposit and fetch artifacts (custody://artifacts/…)');
  artifact
    .command('put')
    .description('Deposit a file (streamed, with a progress bar); prints its custody:// URI')
    .argument('<file>')
    .option('--type <contentType>', 'its content type (default: guessed from the extension)')
    .action(async (file: string, options: { type?: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const resolved = path.resolve(io.cwd, file);
      const progress = createProgress(io.progress, `put ${path.basename(file)}`, 'bytes');
      const result = await putArtifact(api, resolved, options.type ?? guessContentType(resolved), progress);
      progress.stop();
      ctx.print(opts, result, () => `${result.artifactUri}\n`);
    });
  artifact
    .command('get')
    .description('Fetch an artifact to a file (streamed, resumable, checked against its sha256)')
    .argument('<uri>', 'custody://artifacts/…')
    .requiredOption('-o, --output <file>', 'where to write it')
    .action(async (uri: string, options: { output: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const out = path.resolve(io.cwd, options.output);
      const progress = createProgress(io.progress, `get ${path.basename(out)}`, 'bytes');
      const result = await getArtifact(api, uri, out, progress, (line) => io.progress?.write(`${line}\n`));
      progress.stop();
      ctx.print(opts, result, () => `${out}  ${formatBytes(result.sizeBytes)}  sha256 ${result.sha256} (verified)\n`);
    });
  artifact
    .command('info')
    .description('An artifact’s metadata')
    .argument('<uri>')
    .action(async (uri: string, _options: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const meta = await api.get<ArtifactMetadata>(`/v1/artifacts/metadata${query({ uri })}`);
      ctx.print(
        opts,
        meta,
        () =>
          `uri:          ${meta.artifactUri}\nsize:         ${meta.sizeBytes} (${formatBytes(meta.sizeBytes)})\n` +
          `content type: ${meta.contentType}\nsha256:       ${meta.sha256}\n` +
          `created:      ${meta.createdAt ?? '-'} by ${meta.createdBy ?? '-'}\n`,
      );
    });
}
