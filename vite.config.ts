import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Builds the Teams tab into dist/tab, which the Node service serves at `/`.
export default defineConfig({
  root: 'tab',
  plugins: [react()],
  resolve: {
    alias: { '@contract': fileURLToPath(new URL('./bot/src/contract', import.meta.url)) },
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
