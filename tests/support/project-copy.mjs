// A throwaway copy of the project in a temporary folder, sharing node_modules by a symlink, for tests
// and benchmarks that break content, build or start servers without touching the real checkout.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const ENTRIES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * @param {string} prefix name of the temporary folder
 * @param {string} [parent] where to make it (default: the system temp folder)
 * @returns {{ dir: string, remove: () => void }}
 */
export function copyProject(prefix, parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, prefix));
  for (const entry of ENTRIES) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
