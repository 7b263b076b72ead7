/**
 * The claimdiff command as a function of its arguments and its I/O, so that
 * tests drive it without a process: parse, read, compare, render, write.
 *
 * @module
 */
import { compare } from '../compare';
import { checkClaim } from '../stance/stance';
import { toHtml } from '../report/html';
import { toJson, stableStringify } from '../report/json';
import { toMarkdown, mdText } from '../report/markdown';
import { toCsv, toRows } from '../report/rows';
import type { ArticleInput, ClaimCheck, Report } from '../types';
import { parseArgs, USAGE, type Format } from './args';
import { InputError, readInputs, type ReadIo } from './read';

/**
 * Everything the command touches outside itself.
 *
 * @example
 * const io: CliIo = { ...readIo, stdinIsTTY: false, stderrIsTTY: false, writeStdout: (s) => process.stdout.write(s), writeStderr: (s) => process.stderr.write(s), writeFile: fs.writeFileSync, version: '0.1.0', now: Date.now };
 */
export interface CliIo extends ReadIo {
  readonly stdinIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly writeStdout: (text: string) => void;
  readonly writeStderr: (text: string) => void;
  readonly writeFile: (path: string, text: string) => void;
  readonly version: string;
  readonly now: () => number;
}

/** More articles than this, on a terminal, and progress goes to stderr. */
const PROGRESS_AFTER = 5;

/**
 * A report in the CLI's output format.
 *
 * @example
 * renderReport('md', compare(articles), 'Summit talks').startsWith('# Summit talks'); // true
 */
export function renderReport(format: Format, report: Report, title: string | null): string {
  const t = title ?? undefined;
  if (format === 'json') return toJson(report);
  if (format === 'html') return toHtml(report, t ? { title: t } : {});
  if (format === 'csv') return toCsv(toRows(report));
  return toMarkdown(report, t ? { title: t } : {});
}

function renderChecks(format: Format, claim: string, checks: readonly ClaimCheck[]): string {
  if (format === 'json') return stableStringify({ claim, results: checks });
  if (format === 'csv') {
    const q = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return ['articleId,label,score,evidence', ...checks.map((c) => [q(c.articleId), c.label, c.score.toFixed(3), q(c.evidence.map((e) => e.text).join(' | '))].join(','))].join('\n') + '\n';
  }
  const lines = [`# Check: "${mdText(claim)}"`, '', '| Article | Stance | Score | Evidence |', '| --- | --- | ---: | --- |'];
  for (const c of checks) {
    const ev = c.evidence[0] ? `"${mdText(c.evidence[0].text)}"` : '';
    lines.push(`| ${mdText(c.articleId)} | ${c.label} | ${c.score.toFixed(2)} | ${ev} |`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Runs the command and returns its exit code: 0 ok, 1 the analysis failed,
 * 2 bad arguments or an unreadable input or output file.
 *
 * @example
 * const code = runCli(['a.txt', 'b.txt', '--format', 'json'], io); // 0
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const cmd = parseArgs(argv);
  const fail = (code: number, message: string): number => {
    io.writeStderr(`claimdiff: ${message}\n`);
    return code;
  };
  if (cmd.kind === 'help') {
    io.writeStdout(USAGE);
    return 0;
  }
  if (cmd.kind === 'version') {
    io.writeStdout(`${io.version}\n`);
    return 0;
  }
  if (cmd.kind === 'error') return fail(2, `${cmd.message}\nRun 'claimdiff --help' for usage.`);
  let files = cmd.files;
  if (files.length === 0) {
    if (io.stdinIsTTY) return fail(2, `no input files. Pass article files (e.g. claimdiff a.txt b.txt) or pipe text to stdin.\nRun 'claimdiff --help' for usage.`);
    files = ['-'];
  }
  if (files.filter((f) => f === '-').length > 1) return fail(2, "stdin ('-') can be read only once.");
  const progress = io.stderrIsTTY && files.length > PROGRESS_AFTER;
  const started = io.now();
  let articles: ArticleInput[];
  try {
    articles = readInputs(files, io, progress ? (i, p) => io.writeStderr(`\rreading ${i + 1}/${files.length}: ${p}\x1b[K`) : undefined);
  } catch (err) {
    if (err instanceof InputError) return fail(2, err.message);
    throw err;
  }
  if (progress) io.writeStderr(`\rcomparing ${articles.length} articles…\x1b[K`);
  let output: string;
  try {
    output = cmd.kind === 'check' ? renderChecks(cmd.format, cmd.claim, checkClaim(cmd.claim, articles)) : renderReport(cmd.format, compare(articles), cmd.title);
  } catch (err) {
    if (progress) io.writeStderr('\n');
    const code = (err as { code?: unknown }).code;
    return fail(1, `analysis failed${typeof code === 'string' ? ` (${code})` : ''}: ${(err as Error).message}`);
  }
  if (progress) io.writeStderr(`\rdone: ${articles.length} articles in ${((io.now() - started) / 1000).toFixed(1)} s\x1b[K\n`);
  if (cmd.out) {
    try {
      io.writeFile(cmd.out, output);
    } catch (err) {
      return fail(2, `${cmd.out}: cannot write the report (${(err as Error).message}); check that the folder exists and is writable.`);
    }
  } else io.writeStdout(output);
  return 0;
}
