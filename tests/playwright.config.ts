import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const baseURL = `http://127.0.0.1:${PORT}`;

// CHROMIUM_PATH wins; otherwise a system Chromium if there is one; otherwise Playwright's own browser.
const executablePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath,
      // Chromium's own background traffic (updates, sync) would fail on a closed network and add noise.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // Tests run against the production build, served by the Node adapter as `npm start` does.
  webServer: {
    command: 'node dist/server/entry.mjs',
    cwd: '..',
    url: `${baseURL}/`,
    env: { HOST: '127.0.0.1', PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
