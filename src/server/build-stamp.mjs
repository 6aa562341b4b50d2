// A build is "complete" only when every step finished: the build writes this stamp last, with a
// fingerprint of everything the build reads. `npm start` serves dist/ only when the stamp exists and
// the fingerprint still matches, so it never serves a half-written or stale build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the build reads: source, content, static files, configuration and the locked dependencies. */
export const BUILD_INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Environment variables baked into the pages (canonical links, "past or upcoming" for seminars). */
export const BUILD_ENV = ['SITE_URL', 'PORTAL_NOW'];

export const stampPath = (root) => join(root, 'dist', 'build-complete.json');

function filesUnder(root, entry) {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [entry];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** A hash per input file (path → sha256) plus the build-time environment. */
export function fingerprint(root, env = process.env) {
  const files = {};
  for (const file of BUILD_INPUTS.flatMap((entry) => filesUnder(root, entry)).sort()) {
    files[file] = createHash('sha256').update(readFileSync(join(root, file))).digest('hex');
  }
  const environment = Object.fromEntries(BUILD_ENV.map((name) => [name, env[name] ?? '']));
  return { files, environment };
}

export function readStamp(root) {
  try {
    return JSON.parse(readFileSync(stampPath(root), 'utf8'));
  } catch {
    return undefined;
  }
}

export const removeStamp = (root) => rmSync(stampPath(root), { force: true });

export function writeStamp(root, print = fingerprint(root)) {
  writeFileSync(stampPath(root), `${JSON.stringify({ builtAt: new Date().toISOString(), ...print }, null, 1)}\n`);
}

/**
 * Why dist/ cannot be served as it is, in Japanese, or undefined when it can. Names up to three
 * changed files so staff see that their edit is what triggers the build.
 */
export function staleReason(root, env = process.env) {
  const stamp = readStamp(root);
  if (!stamp?.files) return '完成したビルドがありません';
  const now = fingerprint(root, env);
  const changed = [...new Set([...Object.keys(now.files), ...Object.keys(stamp.files)])]
    .filter((file) => now.files[file] !== stamp.files[file])
    .sort();
  const envChanged = BUILD_ENV.filter((name) => now.environment[name] !== (stamp.environment?.[name] ?? ''));
  if (changed.length > 0) {
    const shown = changed.slice(0, 3).join('、');
    return `前回のビルドのあとに ${shown}${changed.length > 3 ? ` ほか ${changed.length - 3} 件` : ''} が変わりました`;
  }
  if (envChanged.length > 0) return `環境変数 ${envChanged.join('、')} が前回のビルドと違います`;
  return undefined;
}
