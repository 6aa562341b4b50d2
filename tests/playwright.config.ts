import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { ANALYTICS_PASSWORD, ANALYTICS_PORT, DESKTOP_CHROME, RUN_DIR, SITE_PORT } from './e2e/env';

// CHROMIUM_PATH wins; otherwise a system Chromium if there is one; otherwise Playwright's own browser.
const executablePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const server = (port: number, env: Record<string, string>) => ({
  command: 'node src/server/serve.mjs',
  cwd: '..',
  url: `http://127.0.0.1:${port}/`,
  env: { HOST: '127.0.0.1', PORT: String(port), ...env },
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['./e2e/budget-reporter.ts']],
  use: {
    browserName: 'chromium',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: {
      executablePath,
      // Chromium's own background traffic (updates, sync) would fail on a closed network and add noise.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'site', testIgnore: /analytics-.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    {
      // Its own server and database, so the counts it checks are only its own.
      name: 'analytics',
      testMatch: /analytics-.*\.spec\.ts/,
      fullyParallel: false,
      use: { baseURL: `http://127.0.0.1:${ANALYTICS_PORT}`, userAgent: DESKTOP_CHROME },
    },
  ],
  // Tests run against the production build, served by the Node adapter as `npm start` does.
  webServer: [
    server(SITE_PORT, { ANALYTICS_DB: join(RUN_DIR, 'site.db') }),
    server(ANALYTICS_PORT, {
      ANALYTICS_DB: join(RUN_DIR, 'analytics.db'),
      ANALYTICS_ADMIN_PASSWORD: ANALYTICS_PASSWORD,
      ANALYTICS_CLIENT_IP_HEADER: 'x-forwarded-for',
    }),
  ],
});
