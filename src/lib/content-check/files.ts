import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Files under `dir`, relative with forward slashes, sorted; none when the folder does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
      .sort();
  } catch {
    return [];
  }
}

/** The text of a file, or null when it cannot be read (missing, a folder, no permission). */
export async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Hidden files (.DS_Store, editor swap files) are nobody's content. */
export const isHidden = (relativePath: string) => relativePath.split('/').some((s) => s.startsWith('.') || s.endsWith('~'));
