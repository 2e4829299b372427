import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one page, loaded from file:// in Electron (hence the relative base) and
// from a local server in the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Workers as ES modules, so what they share (the French word list, ~4.5 MB) is one chunk that
  // each loads and the disk cache keeps, not inlined into each (an 'iife' worker cannot split).
  worker: { format: 'es' },
  // The French word list for line-end hyphens is a chunk of its own (about 4.5 MB), loaded on
  // demand: a desktop app reads it from disk, so its size is no warning.
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 5120 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
