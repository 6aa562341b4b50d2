import { z } from 'astro/zod';

/**
 * The text rules the editor checks before saving, written as the build checks them. Where the schema
 * has the rule as a value (zod's e-mail pattern) it is taken from there; the others mirror a rule in
 * src/lib/ that is not exported, and tests/unit/cms-agreement.test.ts feeds the same samples to both.
 */

/** A file or folder name that becomes part of an address: content/guides/<topic>/<slug>.mdx and the others. */
export const SLUG = /^[a-z0-9-]+$/;
export const SLUG_MESSAGE = '半角英小文字・数字・ハイフン（a-z, 0-9, -）だけで書いてください（例：return-plan）';

/** A downloadable file directly in public/materials/. */
export const MATERIAL_PATH = /^\/materials\/[A-Za-z0-9._-]+$/;
export const MATERIAL_PATH_MESSAGE = '/materials/ の後ろに半角英数字のファイル名を書いてください（例：/materials/stress-check-annual-flow.pdf）';

/** A file name in public/materials/ (what an upload is saved as). */
export const MATERIAL_NAME = /^[A-Za-z0-9._-]+$/;

/** A source: https only, as the guide schema wants. */
export const HTTPS_URL = /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;
export const HTTPS_URL_MESSAGE = 'https:// で始まる URL を書いてください（例：https://kokoro.mhlw.go.jp/）';

/** An application page: http or https. */
export const WEB_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;
export const WEB_URL_MESSAGE = 'http:// か https:// で始まる URL を書いてください（例：https://example.jp/apply）';

/** zod's own e-mail pattern, the one `z.email()` in the seminar schema uses. */
export const EMAIL = z.regexes.email;
export const EMAIL_MESSAGE = 'メールアドレスを書いてください（例：seminar@example.jp）';

/** A path on this site for a KPI metric. */
export const PATH_PREFIX = /^\//;
export const PATH_PREFIX_MESSAGE = '/ で始めてください（例：/guides/）';

/** For optional text with a pattern: Keystatic applies the pattern to an empty box too. */
export const orEmpty = (pattern: RegExp) => new RegExp(`^$|${pattern.source}`);
