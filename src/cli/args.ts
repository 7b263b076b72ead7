/**
 * Argument parsing of the claimdiff command, as a pure function so every
 * case can be tested as a table.
 *
 * @module
 */

/**
 * An output format of the CLI.
 *
 * @example
 * const f: Format = 'html';
 */
export type Format = 'md' | 'json' | 'html' | 'csv';

/**
 * What the command line asks for. `error` carries a message for stderr and exit code 2.
 *
 * @example
 * const c: Command = { kind: 'help' };
 */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'compare'; readonly files: readonly string[]; readonly format: Format; readonly out: string | null; readonly title: string | null }
  | { readonly kind: 'check'; readonly claim: string; readonly files: readonly string[]; readonly format: Format; readonly out: string | null }
  | { readonly kind: 'error'; readonly message: string };

const FORMATS: readonly Format[] = ['md', 'json', 'html', 'csv'];
const FORMAT_ALIASES: Readonly<Record<string, Format>> = { md: 'md', markdown: 'md', json: 'json', html: 'html', htm: 'html', csv: 'csv' };

/**
 * The usage text printed by `--help`.
 *
 * @example
 * USAGE.includes('claimdiff check'); // true
 */
export const USAGE = `claimdiff: compare news articles by what they claim

Usage:
  claimdiff [files…|-] [--format md|json|html|csv] [--out FILE] [--title T]
  claimdiff check "<claim>" files… [--format md|json]
  claimdiff store add|match|report|stats|remove --db FILE …   (claimdiff store --help)

Inputs: .txt and .md (the file name becomes the id; a first-line headline, a
"Source: X" or "By X" line and a "Published: <date>" line are read), .html (text extracted), .json (one
{ "text": … } article or an array of them), and - or a pipe for stdin.

Options:
  -f, --format F   md (default), json, html or csv; guessed from --out's extension
  -o, --out FILE   write the report to FILE instead of stdout
  -t, --title T    the report's heading
  -h, --help       show this help
  -v, --version    show the version

Examples:
  claimdiff examples/story/*.txt
  claimdiff examples/story/*.txt --format html --out report.html --title "Summit talks"
  claimdiff articles.json --format json > report.json
  cat article.txt | claimdiff - other.txt
  claimdiff check "The bridge will reopen this month" examples/story/*.txt

Exit codes: 0 ok, 1 the analysis failed, 2 bad arguments or an unreadable file.
`;

/**
 * The format a `--format` value names (aliases such as markdown and htm included), or null.
 *
 * @example
 * formatOf('markdown'); // 'md'
 */
export function formatOf(value: string): Format | null {
  return FORMAT_ALIASES[value.toLowerCase()] ?? null;
}

function formatFromOut(out: string | null): Format | null {
  const m = out ? /\.([a-z]+)$/i.exec(out) : null;
  return m?.[1] ? formatOf(m[1]) : null;
}

/**
 * Parses the arguments after `node cli.js`. Never throws: a bad command line
 * gives `{ kind: 'error', message }` that says what to do instead.
 *
 * @example
 * parseArgs(['a.txt', 'b.txt', '--format', 'html']); // { kind: 'compare', files: ['a.txt', 'b.txt'], format: 'html', out: null, title: null }
 * parseArgs(['--format', 'pdf']).kind; // 'error'
 */
export function parseArgs(argv: readonly string[]): Command {
  const files: string[] = [];
  let format: Format | null = null;
  let out: string | null = null;
  let title: string | null = null;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-v' || arg === '--version') return { kind: 'version' };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['-f', '--format', '-o', '--out', '-t', '--title'].includes(name)) {
      return { kind: 'error', message: `unknown option '${name}'. Run 'claimdiff --help' for the options.` };
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) return { kind: 'error', message: `${name} needs a value, e.g. ${name === '-f' || name === '--format' ? '--format html' : name === '-t' || name === '--title' ? '--title "My story"' : '--out report.html'}.` };
    if (name === '-f' || name === '--format') {
      format = formatOf(value);
      if (!format) return { kind: 'error', message: `unknown format '${value}'; use one of ${FORMATS.join(', ')}.` };
    } else if (name === '-o' || name === '--out') {
      if (value === '') return { kind: 'error', message: '--out needs a file name.' };
      out = value;
    } else title = value;
  }
  const fmt = format ?? formatFromOut(out) ?? 'md';
  if (files[0] === 'check') {
    const claim = files[1];
    if (claim === undefined || claim.trim() === '') return { kind: 'error', message: 'check needs a claim and files: claimdiff check "The bridge is closed" a.txt b.txt' };
    if (fmt === 'html') return { kind: 'error', message: 'check writes md, json or csv; use --format md or --format json.' };
    return { kind: 'check', claim, files: files.slice(2), format: fmt, out };
  }
  return { kind: 'compare', files, format: fmt, out, title };
}
