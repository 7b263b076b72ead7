// CI check: the CommonJS and ESM builds must give byte-identical JSON on the
// example story (a runtime require that works in one format and silently fails
// in the other would show here). Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'examples', 'story');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));

const cjs = createRequire(import.meta.url)(join(root, 'dist', 'index.js'));
const esm = await import(join(root, 'dist', 'index.mjs'));
const a = cjs.toJson(cjs.compare(articles));
const b = esm.toJson(esm.compare(articles));
const c = cjs.toJson(cjs.compare(articles));
if (a !== b) {
  console.error('The CommonJS and ESM builds give different reports on the example story.');
  process.exit(1);
}
if (a !== c) {
  console.error('Two runs of compare() on the same input gave different JSON.');
  process.exit(1);
}
console.log(`builds agree: ${a.length} bytes of identical JSON from require() and import`);
