/**
 * compare() on hostile sizes and shapes: one 1 MB article, one giant line,
 * 100 articles, runs of quote marks, a long run without spaces, HTML soup.
 * Prints the time of each; nothing is asserted (speed is not a unit test).
 * Also fuzzes short random texts and counts spans that do not slice back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../src/compare';
import type { Report } from '../src/types';

const dir = join(__dirname, '..', 'examples', 'story');
const story = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));

function run(label: string, make: () => Report): void {
  const t0 = performance.now();
  const r = make();
  process.stdout.write(`${label.padEnd(28)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms  ${r.claims.length} claims, ${r.relations.length} relations, ${r.messages.length} messages\n`);
}

run('1 MB single article', () => compare([{ text: story.join('\n').repeat(64) }]));
run('one 300 KB line', () => compare([{ text: story.join(' ').replace(/\n/g, ' ').repeat(18) }]));
run('100 articles', () => compare(Array.from({ length: 100 }, (_, i) => ({ id: `x${i}`, text: story[i % story.length]! }))));
run('quote marks only', () => compare([{ text: `${'"'.repeat(5000)} said he. ${'“”‘’'.repeat(2000)}` }]));
run('200 KB without spaces', () => compare([{ text: 'a'.repeat(200_000) }]));
run('HTML soup', () => compare([{ text: `<div>${'<p onclick="x">Hello &amp; <b>world</b> said Bob.</p>'.repeat(3000)}</div>` }]));

// Seeded fuzz: short random texts; every claim, cue and source span must slice back exactly.
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const alphabet = [...'aB .,;:!?"“”‘’\'-—\n()[]0123456789$%😀éß|*#<>&', 'Mr.', 'U.S.', ' said ', ' according to ', ' he told ', 'The '];
let bad = 0;
let claims = 0;
for (let k = 0; k < 300; k++) {
  let s = '';
  const n = Math.floor(rand() * 120);
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  const r = compare([{ text: s }, { text: [...s].reverse().join('') }]);
  for (const c of r.claims) {
    claims++;
    const text = r.articles.find((a) => a.id === c.articleId)!.text;
    if (text.slice(c.span.start, c.span.end) !== c.text) bad++;
    const at = c.attribution;
    if (at?.cue && text.slice(at.cue.span.start, at.cue.span.end) !== at.cue.text) bad++;
    if (at?.source && text.slice(at.source.span.start, at.source.span.end) !== at.source.text) bad++;
  }
}
process.stdout.write(`fuzz: 300 random texts, ${claims} claims, ${bad} spans that do not slice back\n`);
