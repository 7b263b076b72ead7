/**
 * `npm run example`: compares the bundled example story (five articles in
 * examples/story) and prints the Markdown report.
 *
 * Options: `--format json|md|html` (default md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, toHtml, toJson, toMarkdown, type ArticleInput } from '../src/index';

const dir = join(__dirname, 'story');
const articles: ArticleInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));

const report = compare(articles);
const format = process.argv[process.argv.indexOf('--format') + 1];
process.stdout.write(format === 'json' && process.argv.includes('--format') ? toJson(report) : format === 'html' && process.argv.includes('--format') ? toHtml(report) : toMarkdown(report));
