// Builds the app into dist/: the Electron main process and preload with esbuild, then the
// renderer with Vite (vite.config.ts at the repo root writes dist/renderer).
//
//   node scripts/build.mjs                  everything
//   node scripts/build.mjs --electron-only  main and preload only (skip the renderer)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronOnly = process.argv.includes('--electron-only');

/** Options both bundles share. `electron` stays external: the runtime provides it. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  tsconfig: join(root, 'electron', 'tsconfig.json'),
};

async function buildElectron() {
  // Remove what an older build left (a renamed entry would otherwise linger and be packaged).
  await rm(join(root, 'dist', 'electron'), { recursive: true, force: true });
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
    // The preload runs sandboxed: it can require only 'electron', so everything else
    // (the shared contract constants) must be bundled in, which bundle: true does.
    build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  ]);
  console.log('build: dist/electron/main.cjs and preload.cjs written');
}

function buildRenderer() {
  const vite = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) throw new Error(`the renderer build (vite build) failed with ${vite.status ?? vite.signal}`);
}

try {
  await buildElectron();
  if (!electronOnly) buildRenderer();
} catch (error) {
  // esbuild has already printed the located errors; say which step failed and stop.
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
