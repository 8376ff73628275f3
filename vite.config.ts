import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { fileURLToPath } from 'node:url';

// Builds the Teams tab into dist/tab, which the Node service serves at `/`.
export default defineConfig({
  root: 'tab',
  plugins: [
    react(),
    // Brotli and gzip copies beside each text file, which the service sends as they are (tab-files.ts).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(html|js|mjs|css|svg|json)$/,
      threshold: 1024,
    }),
  ],
  resolve: {
    alias: [
      { find: '@contract', replacement: fileURLToPath(new URL('./bot/src/contract', import.meta.url)) },
      // The contract's schemas, shared with the service, import `zod`: in the tab, zod without eval.
      { find: /^zod$/, replacement: fileURLToPath(new URL('./tab/src/zod/index.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: '../dist/tab',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3978', '/dev': 'http://127.0.0.1:3978' },
  },
});
