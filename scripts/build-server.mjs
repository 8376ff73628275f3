// Bundles the Node service into dist/server/main.js, or the file given as argument (which must lie inside the
// repository: dependencies stay in node_modules and are found from there).
import { build } from 'esbuild';

await build({
  entryPoints: ['bot/src/main.ts'],
  outfile: process.argv[2] ?? 'dist/server/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  alias: { '@contract': './bot/src/contract' },
  sourcemap: true,
  logLevel: 'warning',
});
