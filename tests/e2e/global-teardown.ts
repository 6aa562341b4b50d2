import { rmSync } from 'node:fs';
import { RUN_DIR } from './env';

// The servers' databases and every test's temporary folder live under RUN_DIR.
export default function removeRunFolder() {
  rmSync(RUN_DIR, { recursive: true, force: true });
}
