/**
 * Turning files into articles: by extension, with the file name as id. The
 * parsing is pure (name and content in, ArticleInput out); only
 * {@link readInputs} touches the file system, through the functions it is given.
 *
 * @module
 */
import type { ArticleInput } from '../types';

/**
 * A problem with an input file: the CLI prints it and exits with code 2.
 *
 * @example
 * throw new InputError('a.json: not valid JSON (Unexpected token). Check the file or rename it to .txt.');
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

function metaContent(html: string, key: string): string | null {
  const re = new RegExp(`<meta\\b[^>]*(?:property|name)=["']${key}["'][^>]*>`, 'i');
  const tag = re.exec(html)?.[0];
  const m = tag ? /content=["']([^"']*)["']/i.exec(tag) : null;
  return m?.[1] ? decodeEntities(m[1]).trim() : null;
}

/**
 * Plain text and metadata of an HTML page: scripts, styles and navigation
 * dropped, block elements made into lines, entities decoded; title, outlet,
 * URL and date from the usual meta tags.
 *
 * @example
 * htmlToArticle('<title>Storm</title><p>It rained.</p>').text; // 'It rained.'
 */
export function htmlToArticle(html: string): { text: string; title?: string; outlet?: string; url?: string; publishedAt?: string } {
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = decodeEntities(
    body
      .replace(/<(script|style|noscript|template|svg|nav|footer|header|aside|form)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|li|ul|ol|h[1-6]|tr|section|article|blockquote|figure|figcaption|main|table)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  const out: { text: string; title?: string; outlet?: string; url?: string; publishedAt?: string } = { text };
  const title = metaContent(html, 'og:title') ?? (titleTag ? decodeEntities(titleTag).replace(/\s+/g, ' ').trim() : null);
  if (title) out.title = title;
  const outlet = metaContent(html, 'og:site_name');
  if (outlet) out.outlet = outlet;
  const url = metaContent(html, 'og:url') ?? /<link\b[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ?? null;
  if (url) out.url = url;
  const date = metaContent(html, 'article:published_time') ?? /<time\b[^>]*datetime=["']([^"']+)["']/i.exec(html)?.[1] ?? null;
  if (date) out.publishedAt = date;
  return out;
}

/**
 * The base name of a path without folder or extension: the article id.
 *
 * @example
 * baseId('news/bbc-story.txt'); // 'bbc-story'
 */
export function baseId(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function fromJson(name: string, content: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw new InputError(`${name}: not valid JSON (${(err as Error).message}). Fix the file, or give it a .txt extension to read it as plain text.`);
  }
  const list = Array.isArray(data) ? data : [data];
  const id = baseId(name);
  return list.map((item, i) => {
    const where = Array.isArray(data) ? `${name}[${i}]` : name;
    if (item === null || typeof item !== 'object' || Array.isArray(item) || typeof (item as { text?: unknown }).text !== 'string') {
      throw new InputError(`${where}: each article needs a "text" string, like { "text": "…", "outlet": "…" }.`);
    }
    const a = item as ArticleInput;
    return a.id !== undefined ? a : { ...a, id: Array.isArray(data) ? `${id}-${i + 1}` : id };
  });
}

function markdownTitle(content: string): string | null {
  const first = content.split('\n').find((l) => l.trim() !== '');
  const m = first ? /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(first) : null;
  return m?.[1] ?? null;
}

/**
 * The articles in one file, chosen by extension (.json, .html/.htm, .md,
 * anything else as plain text). `name` is used for ids and in errors.
 *
 * @example
 * parseFile('bbc.txt', 'Storm Hits Coast\nIt rained.'); // [{ id: 'bbc', text: 'Storm Hits Coast\nIt rained.' }]
 */
export function parseFile(name: string, content: string): ArticleInput[] {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const text = content.replace(/^\ufeff/, '');
  const id = baseId(name);
  if (ext === 'json') return fromJson(name, text);
  if (ext === 'html' || ext === 'htm') return [{ id, ...htmlToArticle(text) }];
  if (ext === 'md' || ext === 'markdown') {
    const title = markdownTitle(text);
    return [title ? { id, text, title } : { id, text }];
  }
  return [{ id, text }];
}

/**
 * Articles from stdin: JSON when it starts with `{` or `[`, HTML when it
 * starts with `<`, else plain text with id `stdin`.
 *
 * @example
 * parseStdin('[{"text":"A."}]')[0]?.id; // 'stdin-1'
 */
export function parseStdin(content: string): ArticleInput[] {
  const t = content.replace(/^\ufeff/, '').trimStart();
  if (t.startsWith('{') || t.startsWith('[')) return parseFile('stdin.json', t);
  if (t.startsWith('<')) return parseFile('stdin.html', t);
  return parseFile('stdin.txt', content);
}

/**
 * How the CLI reaches files and stdin; tests pass fakes.
 *
 * @example
 * const io: ReadIo = { readFile: (p) => fs.readFileSync(p, 'utf8'), readStdin: () => fs.readFileSync(0, 'utf8') };
 */
export interface ReadIo {
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
}

/**
 * Reads every named file (or stdin for `-`) into articles, in order. Two
 * files with the same base name get `-2`, `-3` so ids stay unique. Throws an
 * {@link InputError} that names the file and says what to do.
 *
 * @example
 * readInputs(['a.txt', 'b.txt'], io).map((a) => a.id); // ['a', 'b']
 */
export function readInputs(paths: readonly string[], io: ReadIo, onFile?: (index: number, path: string) => void): ArticleInput[] {
  const out: ArticleInput[] = [];
  const seen = new Map<string, number>();
  paths.forEach((path, i) => {
    onFile?.(i, path);
    let content: string;
    try {
      content = path === '-' ? io.readStdin() : io.readFile(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file; check the path' : code === 'EISDIR' ? 'is a folder; pass the files inside it, e.g. folder/*.txt' : code === 'EACCES' ? 'permission denied; check the file permissions' : `cannot be read (${(err as Error).message})`;
      throw new InputError(`${path === '-' ? 'stdin' : path}: ${why}.`);
    }
    const articles = path === '-' ? parseStdin(content) : parseFile(path, content);
    for (const a of articles) {
      const id = a.id ?? `a${out.length + 1}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      out.push(n === 1 ? a : { ...a, id: `${id}-${n}` });
    }
  });
  return out;
}
