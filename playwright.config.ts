import { defineConfig } from '@playwright/test';

// End-to-end specs drive the renderer through the browser host in Debian's Chromium
// (`npx playwright install` cannot download browsers here). The Electron spec launches
// the real app where its runtime exists and says so when it skips.
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// GALLEY_E2E_PORT lets two checkouts (or two people) run the specs side by side.
const port = Number(process.env.GALLEY_E2E_PORT ?? 4173);
const outDir = `../dist/e2e-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium', args: chromiumFlags },
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js build --logLevel warn --outDir ${outDir} && node node_modules/vite/bin/vite.js preview --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
