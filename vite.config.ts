import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one page, loaded from file:// in Electron (hence the relative base) and
// from a local server in the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
