/**
 * Writes schema.json, the JSON Schema of a Report, from src/types.ts, so that
 * pipelines can validate stored reports (`claimdiff/schema.json`).
 * Run: npx tsx scripts/build-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { stableStringify } from '../src/report/json';

const root = join(__dirname, '..');
const schema = createGenerator({
  path: join(root, 'src', 'types.ts'),
  tsconfig: join(root, 'tsconfig.json'),
  type: 'Report',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  skipTypeCheck: true,
}).createSchema('Report');

const out = { ...schema, $id: 'https://unpkg.com/claimdiff/schema.json', title: 'claimdiff Report' };
writeFileSync(join(root, 'schema.json'), stableStringify(out));
process.stdout.write(`schema.json: ${Object.keys(schema.definitions ?? {}).length} definitions\n`);
