/**
 * `npx tsx eval/story-report.ts NAME [--format md|html|json]`: compare()'s report of one
 * dev story (a BASIL story gold's name, e.g. 2014-33521e65, or `seeds`), to read
 * its points, positions and tensions as a reader sees them.
 */
import { compare, toHtml, toJson, toMarkdown } from '../src/index';
import { loadDevStories } from './lib-stories';

const name = process.argv[2];
const story = loadDevStories().find((s) => s.name === name);
if (!story) {
  process.stderr.write(`usage: npx tsx eval/story-report.ts NAME [--format md|html|json]; NAME is seeds or a story gold's name in ../shared/corpus/stories\n`);
  process.exit(1);
}
const report = compare(story.inputs);
const i = process.argv.indexOf('--format');
const format = i > 0 ? process.argv[i + 1] : 'md';
process.stdout.write(format === 'html' ? toHtml(report) : format === 'json' ? toJson(report) : toMarkdown(report));
