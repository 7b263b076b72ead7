import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The word-vector table is read at run time from beside the bundles (src/semantics/vectors.ts
// looks in its own __dirname), so one copy in dist/ serves the CJS, ESM and CLI builds.
const VECTORS = 'vectors.generated.bin';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs', 'esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    // __dirname in the ESM build (import.meta.url), for the vector table.
    shims: true,
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
