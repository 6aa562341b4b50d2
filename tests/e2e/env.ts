import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Settings shared by the Playwright config and the tests. */
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4329);
export const ANALYTICS_PORT = SITE_PORT + 2;
export const ANALYTICS_PASSWORD = 'e2e-dashboard-password';
// Chromium in headless mode says "HeadlessChrome", which the collector rightly drops as a bot.
export const DESKTOP_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

// One run id for the runner and its workers (they inherit the environment), so every process agrees
// on where this run's files are. Everything a run writes goes under RUN_DIR; the global teardown
// removes it, so no run leaves folders behind.
process.env.E2E_RUN_ID ??= `${Date.now()}`;
export const RUN_DIR = join(tmpdir(), `ohp-e2e-${process.env.E2E_RUN_ID}`);

/** A fresh folder inside this run's folder, e.g. for one test's database. */
export function runTempDir(prefix: string): string {
  mkdirSync(RUN_DIR, { recursive: true });
  return mkdtempSync(join(RUN_DIR, prefix));
}

/** Port of the development server that tests/e2e/dev-preview.spec.ts starts on a copy of the project. */
export const DEV_PORT = SITE_PORT + 6;
