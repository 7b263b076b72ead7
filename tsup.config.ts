import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The word-vector table is read at run time from beside the bundles (src/semantics/vectors.ts
// looks in its own __dirname), so one copy in dist/ serves the CJS, ESM and CLI builds.
const VECTORS = 'vectors.generated.bin';

export default defineConfig([
  {
    // claimdiff and claimdiff/store share one chunk of core code (one ClaimdiffError class for
    // both entries); the store's drivers (better-sqlite3, pg) are external peer dependencies,
    // imported only when a store opens, so the core entry never reaches a native module.
    entry: { index: 'src/index.ts', store: 'src/store/index.ts' },
    format: ['cjs', 'esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    // __dirname in the ESM build (import.meta.url), for the vector table.
    shims: true,
    splitting: true,
    external: ['better-sqlite3', 'pg'],
    target: 'node18',
    outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.js' }),
    onSuccess: async () => copyFileSync(`src/semantics/${VECTORS}`, `dist/${VECTORS}`),
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: true,
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
