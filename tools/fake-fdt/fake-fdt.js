#!/usr/bin/env node
// A stand-in for the FDT client (`java -jar fdt.jar -c <host> [-p <port>] [-P <streams>] [-limit <rate>] -d <dir>
// [-fl <fileList>] [file ...]`), for tests on one host. It accepts the client's arguments, connects to the FDT
// server's TCP port (refused → java.net.ConnectException, exit 1, as the client does), then writes each file as the
// server would, into `-d <dir>` under the file's own name, through a temp name. It prints the client's console
// lines: `Net Out: … Avg: …` while sending, the `FDTReaderSession ( id ) final stats:` block with `TotalBytes` and
// `Exit Status: OK | Not OK`, then `FDT Session finished OK.` or `… finished with errors`, and exits 0 or 1.
//
// FAKE_FDT_CONTROL names a JSON file read at start: { "failFiles": [absolute target paths that fail to arrive],
// "hang": true (stop sending and never exit), "exitCode": n (die at once with n, as a crashed JVM),
// "argvLog": a file each run appends its arguments to (one JSON array a line) }.
// SIGTERM ends the session abnormally: the file being written is dropped (its temp removed) and it exits 143;
// SIGKILL leaves the temp behind, as a crash does, for the next session of that file to overwrite.
'use strict';
/* global setTimeout, setInterval, Buffer */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');

const VALUE_ARGS = new Set(['-c', '-p', '-P', '-d', '-fl', '-limit', '-reportDelay', '-ss', '-bs', '-iof', '-monID']);

function parse(argv) {
  const options = {};
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_ARGS.has(arg)) options[arg] = argv[++i];
    else if (arg.startsWith('-') && arg.length > 1) options[arg] = true;
    else files.push(arg);
  }
  return { options, files };
}

/** `-limit 10M` / `512K` / bytes. */
function rateOf(text) {
  if (!text) return 0;
  const match = /^(\d+(?:\.\d+)?)([KMG]?)$/i.exec(text);
  if (!match) return 0;
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[match[2].toUpperCase()];
  return Number(match[1]) * unit;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => process.stdout.write(`${line}\n`);

function connect(host, port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error('java.net.SocketTimeoutException: connect timed out'));
    });
    socket.once('error', (error) => {
      reject(
        new Error(
          error.code === 'ECONNREFUSED'
            ? 'java.net.ConnectException: Connection refused'
            : `java.net.UnknownHostException: ${host}: ${error.code}`,
        ),
      );
    });
  });
}

let inFlight = null;
process.on('SIGTERM', () => {
  if (inFlight) fs.rmSync(inFlight, { force: true });
  process.exit(143);
});

async function main() {
  const { options, files: named } = parse(process.argv.slice(2));
  const control = process.env.FAKE_FDT_CONTROL ? JSON.parse(fs.readFileSync(process.env.FAKE_FDT_CONTROL, 'utf8')) : {};
  if (control.argvLog) fs.appendFileSync(control.argvLog, `${JSON.stringify(process.argv.slice(2))}\n`);
  if (control.exitCode !== undefined && control.exitCode !== null) process.exit(control.exitCode);
  if (!options['-c']) {
    log('the fake FDT speaks only the client mode (-c <host>)');
    process.exit(2);
  }
  if (!options['-d']) {
    log('java.lang.IllegalArgumentException: No destination specified');
    process.exit(1);
  }
  const files = [...named];
  if (options['-fl']) files.push(...fs.readFileSync(options['-fl'], 'utf8').split('\n').filter(Boolean));
  log(`\n\nFDT [ 0.26.1-fake ] STARTED ... \n`);
  try {
    await connect(options['-c'], Number(options['-p'] ?? 54321));
  } catch (error) {
    log(`[ ${new Date().toString()} ] WARNING: Unable to connect to ${options['-c']}: ${error.message}`);
    log(`\n [ ${new Date().toString()} ]  FDT Session finished with errors: ${error.message}`);
    process.exit(1);
  }
  const started = new Date();
  const limit = rateOf(options['-limit']);
  const reportMs = Number(options['-reportDelay'] ?? 5) * 1000;
  const failing = new Set(control.failFiles ?? []);
  let total = 0;
  let lastReport = Date.now();
  const errors = [];
  for (const file of files) {
    const destination = path.join(options['-d'], path.basename(file));
    if (failing.has(destination)) {
      errors.push(`java.io.IOException: could not write ${destination}`);
      continue;
    }
    let input;
    try {
      input = fs.openSync(file, 'r');
    } catch (error) {
      errors.push(
        `java.io.FileNotFoundException: ${file} (${error.code === 'ENOENT' ? 'No such file or directory' : error.message})`,
      );
      continue;
    }
    const temp = path.join(
      path.dirname(destination),
      `.${crypto.createHash('sha1').update(destination).digest('hex').slice(0, 12)}.fdt-tmp`,
    );
    let output;
    inFlight = temp;
    try {
      fs.mkdirSync(options['-d'], { recursive: true });
      output = fs.openSync(temp, 'w');
    } catch (error) {
      fs.closeSync(input);
      const reason = error.code === 'EACCES' || error.code === 'EPERM' ? 'Permission denied' : error.message;
      errors.push(`java.io.FileNotFoundException: ${destination} (${reason})`);
      continue;
    }
    const buffer = Buffer.allocUnsafe(256 * 1024);
    for (;;) {
      const n = fs.readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      fs.writeSync(output, buffer, 0, n);
      total += n;
      if (control.hang) await new Promise(() => setInterval(() => undefined, 60_000));
      if (limit) await sleep((n / limit) * 1000);
      if (Date.now() - lastReport >= reportMs) {
        lastReport = Date.now();
        log(`Net Out: ${((8 * total) / 1e6).toFixed(2)} Mb/s\tAvg: ${((8 * total) / 1e6).toFixed(2)} Mb/s`);
      }
    }
    fs.fsyncSync(output);
    fs.closeSync(output);
    fs.closeSync(input);
    fs.renameSync(temp, destination);
    inFlight = null;
  }
  const ok = errors.length === 0;
  for (const error of errors) log(`WARNING: ${error}`);
  log(`\n\nFDTReaderSession ( ${crypto.randomUUID()} ) final stats:`);
  log(` Started: ${started.toString()}`);
  log(` Ended:   ${new Date().toString()}`);
  log(` Transfer period:   ${Math.round((Date.now() - started.getTime()) / 1000)}s`);
  log(` TotalBytes: ${total}`);
  log(` TotalNetworkBytes: ${total}`);
  log(` Exit Status: ${ok ? 'OK' : 'Not OK'}\n`);
  if (ok) {
    log(`\n [ ${new Date().toString()} ]  FDT Session finished OK.\n`);
    process.exit(0);
  }
  log(`\n [ ${new Date().toString()} ]  FDT Session finished with errors: ${errors[0]}\n`);
  process.exit(1);
}

main().catch((error) => {
  log(`java.lang.RuntimeException: ${error.stack ?? error}`);
  process.exit(1);
});
