/**
 * Drives the real Electron app where its runtime is installed. Here (an offline install with
 * ignore-scripts) the runtime is usually missing, and the spec says so and skips: the same
 * renderer is covered in Chromium through the browser host by the other e2e specs.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The Electron binary, or null; the same test as scripts/start.mjs. Playwright's default
 * (`require('electron')`) would try to download the runtime as a side effect, so the path
 * is found here and passed explicitly.
 */
function findElectronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = findElectronBinary();
const missingDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason =
  binary === null
    ? 'Electron runtime not installed here (offline install): node_modules/electron has no downloaded binary (path.txt missing); the renderer is tested in Chromium instead'
    : missingDisplay
      ? 'Electron runtime found, but no display (DISPLAY/WAYLAND_DISPLAY unset): run under xvfb-run to test the Electron app'
      : null;

test.describe('Electron app', () => {
  if (skipReason !== null) {
    console.log(`electron.spec.ts skipped: ${skipReason}`);
    test.skip(true, skipReason);
  }

  let app: ElectronApplication | undefined;

  test.beforeAll(() => {
    // Build what the app loads (dist/electron and dist/renderer) from the current sources.
    test.setTimeout(240_000);
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    expect(built.status, 'node scripts/build.mjs').toBe(0);
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('shows the original and the reconstructed page', async () => {
    if (binary === null) throw new Error('unreachable: the spec is skipped when the runtime is missing');
    // ELECTRON_RUN_AS_NODE, inherited from some tools, would make the binary act as plain Node.
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE'),
    );
    // Chromium will not start as root with its sandbox on (containers, CI).
    const rootArgs = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({ executablePath: binary, args: ['.', ...rootArgs], cwd: root, env });

    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Galley/);
    await expect(page.getByRole('region', { name: 'Original' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reconstructed' })).toBeVisible();
    // The preload's API is there and says which host it is.
    expect(await page.evaluate(() => (window as unknown as { api?: { host?: string } }).api?.host)).toBe('electron');
  });
});
