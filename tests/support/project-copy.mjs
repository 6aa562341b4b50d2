// A throwaway copy of the project in a temporary folder, sharing node_modules by a symlink, for tests
// and benchmarks that break content, build or start servers without touching the real checkout.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const CACHES = new Set(['.astro', '.vite', '.cache']);
const ENTRIES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * @param {string} prefix name of the temporary folder
 * @param {string} [parent] where to make it (default: the system temp folder)
 * @returns {{ dir: string, remove: () => void }}
 */
export function copyProject(prefix, parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, prefix));
  for (const entry of ENTRIES) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  // Every package is shared by a link, but not the caches (Astro's data store in node_modules/.astro,
  // Vite's in .vite): a copy building beside the real checkout must not read or overwrite its cache.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (CACHES.has(entry)) continue;
    symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
