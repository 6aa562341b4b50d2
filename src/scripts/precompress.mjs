// Brotli (quality 11) and gzip (level 9) copies of every text file in the build, written next to it
// (x.html.br, x.html.gz), so the server sends compressed files without compressing per request
// (src/server/http-static.mjs). Pagefind's index files (*.pf_*, *.pagefind) are compressed already.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.map', '.webmanifest', '.wasm']);
/** Below this, the bytes saved do not pay for a second request path and a Vary header. */
export const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const shouldCompress = (name) => TEXT.has(extname(name).toLowerCase()) && !/\.pf_\w+$|\.pagefind$/.test(name);

/** Keeps a copy only when it is smaller than the file; removes a stale one otherwise. */
async function keep(path, bytes, original) {
  if (bytes.length < original) {
    await writeFile(path, bytes);
    return true;
  }
  await rm(path, { force: true });
  return false;
}

async function compressOne(path) {
  const data = await readFile(path);
  if (data.length < MIN_BYTES) return undefined;
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: path.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: 9 }),
  ]);
  const hasBr = await keep(`${path}.br`, br, data.length);
  const hasGz = await keep(`${path}.gz`, gz, data.length);
  if (!hasBr && !hasGz) return undefined;
  return { before: data.length, brotli: hasBr ? br.length : data.length };
}

/**
 * Compresses the text files under `dir`. Returns how many got a copy, their total size and the total
 * a Brotli client receives for them.
 */
export async function precompress(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const queue = entries.filter((d) => d.isFile() && shouldCompress(d.name)).map((d) => join(d.parentPath, d.name));
  const summary = { files: 0, before: 0, brotli: 0 };
  // zlib runs in libuv's thread pool: one worker per core keeps every core busy, no more. After an
  // error the workers stop taking files and the error is thrown only once none is still writing.
  let failure;
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined && failure === undefined; path = queue.pop()) {
      try {
        const result = await compressOne(path);
        if (!result) continue;
        summary.files += 1;
        summary.before += result.before;
        summary.brotli += result.brotli;
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  if (failure !== undefined) throw failure;
  return summary;
}
