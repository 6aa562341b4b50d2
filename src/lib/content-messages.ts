/**
 * The wording of content messages, shared by the zod schemas (so the Astro build says the same) and the
 * content check. Every message starts with the field it is about and ends with what to write.
 * No imports: the schemas load this file, and it must stay free of the checker's own code.
 */

const MAX_SHOWN = 40;

/** A value as it is quoted after the field name: 「…」, shortened when long; nothing for lists and objects. */
export function shown(value: unknown): string {
  if (value instanceof Date) {
    // What js-yaml made of an unquoted date (Astro build only): the day, or the instant when it has a time.
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return `「${iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')}」`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `「${value}」`;
  if (typeof value !== 'string') return '';
  const flat = value.replace(/\s*\n\s*/g, ' ');
  const chars = [...flat];
  return `「${chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : flat}」`;
}

/** The field with its value: `title「…」` or, when there is no value to show, `title ` (so 「は…」 reads on). */
export const named = (field: string, value: unknown): string => `${field}${shown(value) || ' '}`;

/** YAML gives `null` for `key:` with nothing after it; for staff that is the same as leaving it out. */
export const isMissing = (input: unknown): boolean => input === undefined || input === null;

export const requiredMessage = (field: string, example: string): string => `${field} は必須です（例：${example}）`;

/** A zod `error` option: 「…は必須です」 when the value is absent, otherwise `wrong(input)`. */
export function fieldError(field: string, example: string, wrong: (input: unknown) => string) {
  return { error: (iss: { input?: unknown }) => (isMissing(iss.input) ? requiredMessage(field, example) : wrong(iss.input)) };
}

/** For a number where text was meant (`title: 2026`), say how to keep it text. */
export function notTextMessage(field: string, input: unknown, example: string): string {
  const hint = typeof input === 'number' || typeof input === 'boolean' ? `。数字だけのときは "${input}" のように " で囲んでください` : '';
  return `${named(field, input)}は文字で書いてください${hint}（例：${example}）`;
}

export const notListMessage = (field: string, input: unknown, example: string): string =>
  `${named(field, input)}は [ ] で囲んだ一覧にしてください（例：${example}）`;

export const notAllowedMessage = (field: string, input: unknown, allowed: readonly string[]): string =>
  `${named(field, input)}は使えません（${allowed.join(' / ')} のどれか）`;

export const unknownKeyMessage = (key: string, allowed: readonly string[], where = ''): string =>
  `${where ? `${where} の ` : ''}${key} という項目は使えません${allowed.length ? `（使える項目：${allowed.join(', ')}）` : ''}`;

export const missingFileMessage = (publicPath: string, field: string): string => {
  const folder = publicPath.slice(0, publicPath.lastIndexOf('/') + 1);
  const fix = /^[\x20-\x7e]+$/.test(field) ? `${field} を` : `${field}を`;
  return `ファイル public${publicPath} がありません（public${folder} に置くか、${fix}直してください）`;
};

/**
 * A zod `error` option for an object: 必須 when absent, the shape when it is not an object, and the unknown
 * keys named with the keys that are allowed (zod alone says `Unrecognized key: "author"`).
 */
export function objectError(field: string, example: string, allowed: readonly string[]) {
  return {
    error: (iss: { code?: string; input?: unknown; keys?: string[] }) => {
      if (iss.code === 'unrecognized_keys') return unknownKeyMessage((iss.keys ?? []).join(', '), allowed, field);
      if (isMissing(iss.input)) return requiredMessage(field, example);
      return `${field} は「項目名: 値」の組にしてください（例：${example}）`;
    },
  };
}

/** Like objectError, for a whole frontmatter or list entry (`what`): its unknown keys are top-level fields. */
export function entryError(what: string, allowed: readonly string[], example: string) {
  return {
    error: (iss: { code?: string; keys?: string[] }) =>
      iss.code === 'unrecognized_keys'
        ? unknownKeyMessage((iss.keys ?? []).join(', '), allowed)
        : `${what} は「項目名: 値」の並びにしてください（例：${example}）`,
  };
}
