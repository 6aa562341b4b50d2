import { readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const CLIENT_DIR = join(import.meta.dirname, '..', '..', 'dist', 'client');

/** Every page the build wrote, as URL paths (/guides/x/y/), read from dist/client. */
export function builtRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        const rel = relative(CLIENT_DIR, dir).split(sep).join('/');
        routes.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(CLIENT_DIR);
  return routes.sort();
}

/** WCAG 2.2 AA (with 2.0/2.1 A and AA, i.e. the JIS X 8341-3 baseline): no violation allowed. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Gzip bytes of all JavaScript a page loads before interaction: script files and inline scripts. */
export async function javaScriptGzipBytes(page: Page, path: string): Promise<{ files: number; bytes: number }> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body());
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  const files = await Promise.all(bodies);
  return { files: files.length, bytes: [...files, ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + gzipSync(b).length, 0) };
}

/**
 * Opens a page with an island and waits until it has hydrated (Astro removes `ssr` from the island then).
 * A click on the server-rendered markup before that would be lost on a busy machine, so tests that
 * interact with a self-check start here. (A person's early tap is the product's concern, tested apart.)
 */
export async function gotoHydrated(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
}

/**
 * What makes a result hard to read on a phone, measured in the page: text under 12 px, table cells
 * narrower than four characters of their own font, and how far the page scrolls sideways.
 */
export function readability(root: Locator) {
  return root.evaluate((element) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || parent.getBoundingClientRect().width === 0 || parent.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 12) small.push(`${size}px: ${node.textContent!.trim().slice(0, 20)}`);
    }
    const narrow = [...element.querySelectorAll('th, td')]
      .filter((cell) => cell.getBoundingClientRect().width > 0 && cell.textContent!.trim())
      .map((cell) => {
        const style = getComputedStyle(cell);
        const inner = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: cell.textContent!.trim().slice(0, 12), chars: inner / parseFloat(style.fontSize) };
      })
      .filter((c) => c.chars < 4);
    return { small, narrow, overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth) };
  });
}
