/**
 * `npm run gen:first-names`: turns the English first-name table of the npm
 * package gender-detection-from-name (a dev dependency) into a compact committed
 * table (names by gender, each list one '|'-joined string), so that the library
 * carries one language's names and no runtime dependency. Deterministic: the same
 * input gives a byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The package's own English map: name (lower case) → 'male' | 'female'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const en = require('gender-detection-from-name/names/en') as ReadonlyMap<string, string>;
const OUT = join(__dirname, '..', 'src', 'lexicon', 'first-names.generated.json');

const male: string[] = [];
const female: string[] = [];
for (const [name, gender] of en) {
  if (!/^[a-z]{2,}$/.test(name)) continue;
  if (gender === 'male') male.push(name);
  else if (gender === 'female') female.push(name);
}
male.sort();
female.sort();
writeFileSync(OUT, `${JSON.stringify({ source: 'gender-detection-from-name 1.11.5, names/en (MIT)', male: male.join('|'), female: female.join('|') })}\n`);
process.stdout.write(`${male.length} male and ${female.length} female first names written to ${OUT}\n`);
