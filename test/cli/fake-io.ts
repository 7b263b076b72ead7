/**
 * A fake CliIo for the CLI tests: files from a table, output collected.
 */
import type { CliIo } from '../../src/cli/run';

/** The I/O of one CLI run, with what it wrote to stdout, stderr and files. */
export function fakeIo(files: Record<string, string>, opts: { stdin?: string; stdinIsTTY?: boolean; stderrIsTTY?: boolean; unwritable?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return f;
    },
    readStdin: () => opts.stdin ?? '',
    stdinIsTTY: opts.stdinIsTTY ?? true,
    stderrIsTTY: opts.stderrIsTTY ?? false,
    writeStdout: (s) => out.push(s),
    writeStderr: (s) => err.push(s),
    writeFile: (p, s) => {
      if (opts.unwritable) throw new Error('ENOENT: no such directory');
      written[p] = s;
    },
    version: '9.9.9',
    now: () => 0,
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
