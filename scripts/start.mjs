// `npm start`: runs Galley as the Electron app when the Electron runtime is here, and
// otherwise serves the same renderer in the browser (its browser host implements the same
// AppApi with file inputs and downloads), so `npm start` always gives a working Galley.
//
//   node scripts/start.mjs            Electron if possible, else the browser
//   node scripts/start.mjs --browser  the browser, even where Electron could run
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');
const FETCH_TIMEOUT_MS = 90_000;
const DEV_PORT = 5173;

/**
 * The Electron binary, or null. With ignore-scripts (see .npmrc) the electron package is
 * installed without its binary: path.txt is written only after the download succeeded, and
 * the binary it names must still be there. Requiring the package instead would try to
 * download it as a side effect.
 */
function findElectronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** One quiet attempt at the download the skipped install script would have done. */
function tryToFetchElectron() {
  const installer = join(electronPackage, 'install.js');
  if (!existsSync(installer)) return;
  spawnSync(process.execPath, [installer], { cwd: electronPackage, stdio: 'ignore', timeout: FETCH_TIMEOUT_MS });
}

/** Why a window cannot be shown here, or null. On Linux a window needs X11 or Wayland. */
function noDisplayReason() {
  if (process.platform !== 'linux') return null;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'Galley: no display is available here (neither DISPLAY nor WAYLAND_DISPLAY is set), so Galley is served in your browser instead.';
}

function runElectron(binary) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);

  const env = { ...process.env };
  // Set by some tools (and inherited from them); it would make the binary act as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to start as root with its sandbox on (containers, CI); the renderer
  // stays sandboxed by webPreferences either way.
  const args = process.platform === 'linux' && process.getuid?.() === 0 ? [root, '--no-sandbox'] : [root];
  const child = spawn(binary, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser() {
  const configFile = join(root, 'vite.config.ts');
  if (!existsSync(configFile)) {
    console.error(`Galley: ${configFile} is missing, so the renderer cannot be served.`);
    process.exit(1);
  }
  // The config's root ('renderer') is resolved against the working directory.
  process.chdir(root);
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile,
    clearScreen: false,
    // hmr: false also keeps @vitejs/plugin-react from injecting its inline Fast Refresh
    // preamble, which the page's CSP (script-src 'self') would block, leaving a blank page.
    server: { host: '127.0.0.1', port: DEV_PORT, strictPort: false, hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port ?? DEV_PORT}/`;
  console.log(`Open ${url} in your browser.`);

  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Electron when it can run here; otherwise one line saying why, then the browser. */
async function main() {
  if (process.argv.includes('--browser')) return serveInBrowser();
  let binary = findElectronBinary();
  if (binary === null) {
    tryToFetchElectron();
    binary = findElectronBinary();
  }
  if (binary === null) {
    console.log('Galley: the Electron runtime is not installed here (it could not be downloaded), so Galley is served in your browser instead.');
    return serveInBrowser();
  }
  const noDisplay = noDisplayReason();
  if (noDisplay !== null) {
    console.log(noDisplay);
    return serveInBrowser();
  }
  return runElectron(binary);
}

await main();
