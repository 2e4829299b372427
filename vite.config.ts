import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one page, loaded from file:// in Electron (hence the relative base) and
// from a local server in the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The word list for line-end hyphens (about 1.3 MB) is part of the bundle: a desktop app loads it from disk.
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 4096 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
