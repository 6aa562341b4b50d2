// The npm registry reachable here lacks some platform builds (e.g. @pagefind/darwin-arm64), so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lockfile.
// This adds a lock entry for each missing optional platform package, with the os/cpu/libc its name
// declares, so npm ci skips it on other platforms exactly as it would with a complete lockfile.
// Run after `npm install` changes dependencies: node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platform = (name) => {
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'sunos', 'aix'].find((o) => name.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x'].find((c) => new RegExp(`[-_]${c}([-_]|$)`).test(name));
  const libc = name.includes('musl') ? 'musl' : /-gnu|-glibc/.test(name) ? 'glibc' : undefined;
  return { os, cpu, libc };
};

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ''}node_modules/${dep}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platform(dep);
    if (!os && !cpu) continue; // not a platform build: leave it to npm
    lock.packages[`node_modules/${dep}`] = {
      version,
      ...(cpu && { cpu: [cpu] }),
      ...(libc && { libc: [libc] }),
      ...(entry.dev && { dev: true }),
      optional: true,
      ...(os && { os: [os] }),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
