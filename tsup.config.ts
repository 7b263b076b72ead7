import { defineConfig } from 'tsup';

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
    splitting: true,
    external: ['better-sqlite3', 'pg'],
    target: 'node18',
    outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.js' }),
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
