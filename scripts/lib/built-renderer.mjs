// Builds the renderer into a folder of its own and serves it on a port of its own, so a
// bench can run beside another bench or the end-to-end specs. GALLEY_BENCH_PORT overrides
// the port.
import { spawn, spawnSync } from 'node:child_process';

/** Debian's Chromium as the benches launch it (Playwright's own browsers are not used here). */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function serveBuiltRenderer(defaultPort) {
  const port = Number(process.env.GALLEY_BENCH_PORT ?? defaultPort);
  const outDir = `../dist/bench-${port}`;
  const vite = 'node_modules/vite/bin/vite.js';
  spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', outDir], { stdio: 'inherit' });
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}
