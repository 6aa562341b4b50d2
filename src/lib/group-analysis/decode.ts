/**
 * The bytes of an uploaded CSV as text. Japanese Excel writes Shift_JIS (「CSV（コンマ区切り）」) or
 * UTF-8 with a BOM (「CSV UTF-8」), and 「Unicode テキスト」 is UTF-16 with a BOM. A BOM decides; without
 * one, strict UTF-8 is tried first (Shift_JIS Japanese is practically never valid UTF-8), then Shift_JIS.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  shift_jis: 'Shift_JIS',
};

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
  /** Characters that could not be read (U+FFFD), e.g. a file in another encoding. */
  unreadable: number;
}

const countUnreadable = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
};

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  const decode = (encoding: CsvEncoding, bom: boolean, skip: number): DecodedText => {
    // ignoreBOM: we strip the BOM ourselves, so a second one inside the text would stay visible.
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
    return { text, encoding, bom, unreadable: countUnreadable(text) };
  };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode('utf-8', true, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decode('utf-16le', true, 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decode('utf-16be', true, 2);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', bom: false, unreadable: 0 };
  } catch {
    return decode('shift_jis', false, 0);
  }
}
