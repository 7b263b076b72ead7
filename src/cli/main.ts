/**
 * The `claimdiff` executable: wires {@link runCli} to the real process.
 * Everything testable lives in args.ts, read.ts and run.ts.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliIo } from './run';
import { runStoreCli } from './store';
import { openStore } from '../store';

function version(): string {
  try {
    // dist/cli.js sits one folder below package.json.
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// `claimdiff … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const io: CliIo = {
  readFile: (p) => readFileSync(p, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  writeStdout: (s) => process.stdout.write(s),
  writeStderr: (s) => process.stderr.write(s),
  writeFile: (p, s) => writeFileSync(p, s),
  version: version(),
  now: () => Date.now(),
};

function unexpected(err: unknown): void {
  process.stderr.write(`claimdiff: unexpected error: ${(err as Error).stack ?? String(err)}\nPlease report it with the command you ran.\n`);
  process.exitCode = 1;
}

const argv = process.argv.slice(2);
if (argv[0] === 'store') {
  // The store is asynchronous (a database is involved); its drivers load only here.
  runStoreCli(argv.slice(1), io, openStore).then((code) => (process.exitCode = code), unexpected);
} else {
  try {
    process.exitCode = runCli(argv, io);
  } catch (err) {
    unexpected(err);
  }
}
