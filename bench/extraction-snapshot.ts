/**
 * The check that a speed change changed no output: writes the JSON of
 * extractClaims() and extractAttributions() for every PolNeAR dev text and every
 * dev story article to one file, to diff before and after the change.
 *
 * Usage: `npx tsx bench/extraction-snapshot.ts /tmp/before.txt`, change the code,
 * `npx tsx bench/extraction-snapshot.ts /tmp/after.txt`, then `cmp /tmp/before.txt /tmp/after.txt`.
 * Not a benchmark (its name does not end in .bench.ts, so `npm run bench` skips it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDevStories } from '../eval/lib-stories';
import { extractAttributions } from '../src/extract/attribution';
import { extractClaims } from '../src/extract/claims';

const out = process.argv[2];
if (out === undefined) {
  process.stderr.write('usage: npx tsx bench/extraction-snapshot.ts OUTPUT_FILE\n');
  process.exit(2);
}
const dir = path.resolve(__dirname, '..', '..', 'shared', 'datasets', 'polnear', 'dev', 'text');
const lines: string[] = [];
const add = (label: string, text: string, input: Parameters<typeof extractClaims>[0]): void => {
  lines.push(`# ${label} claims`, JSON.stringify(extractClaims(input)));
  lines.push(`# ${label} attributions`, JSON.stringify(extractAttributions(text)));
};
if (existsSync(dir)) {
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    add(f, text, { text });
  }
}
for (const story of loadDevStories()) for (const a of story.inputs) add(`${story.name} ${a.id}`, a.text, a);
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length / 4} texts written to ${out}\n`);
