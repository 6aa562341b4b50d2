import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, parseEventBody } from '../../src/lib/analytics/event-schema';

const body = (value: unknown) => JSON.stringify(value);
const PATH_MESSAGE = 'path は / で始まるサイト内のパスにしてください';
const TYPE_MESSAGE = 'type は pageview / diagnosis_complete / download / feedback のどれかにしてください';

/** A valid pageview padded with JSON whitespace to exactly `bytes` UTF-8 bytes, its path in Japanese. */
function paddedJapaneseBody(bytes: number): string {
  const json = body({ type: 'pageview', path: `/${'あ'.repeat(200)}/` });
  const padding = bytes - Buffer.byteLength(json, 'utf8');
  if (padding < 0) throw new Error('body already too long');
  return json + ' '.repeat(padding);
}

describe('parseEventBody: the four event types', () => {
  it('accepts a pageview', () => {
    expect(parseEventBody(body({ type: 'pageview', path: '/guides/stress-check/' }))).toEqual({
      ok: true,
      event: { type: 'pageview', path: '/guides/stress-check/' },
    });
  });

  it('accepts a completed self-assessment of each instrument', () => {
    expect(parseEventBody(body({ type: 'diagnosis_complete', path: '/check/stress/', instrument: 'bjsq57' }))).toEqual({
      ok: true,
      event: { type: 'diagnosis_complete', path: '/check/stress/', instrument: 'bjsq57' },
    });
    expect(
      parseEventBody(body({ type: 'diagnosis_complete', path: '/check/excellent-company/', instrument: 'excellent-company' })),
    ).toEqual({
      ok: true,
      event: { type: 'diagnosis_complete', path: '/check/excellent-company/', instrument: 'excellent-company' },
    });
  });

  it('accepts a download', () => {
    expect(parseEventBody(body({ type: 'download', path: '/guides/stress-check/', file: '/downloads/form.pdf' }))).toEqual({
      ok: true,
      event: { type: 'download', path: '/guides/stress-check/', file: '/downloads/form.pdf' },
    });
  });

  it('accepts feedback, useful true and false', () => {
    expect(parseEventBody(body({ type: 'feedback', path: '/guides/', useful: true }))).toEqual({
      ok: true,
      event: { type: 'feedback', path: '/guides/', useful: true },
    });
    expect(parseEventBody(body({ type: 'feedback', path: '/guides/', useful: false }))).toEqual({
      ok: true,
      event: { type: 'feedback', path: '/guides/', useful: false },
    });
  });

  it('accepts a path of exactly 300 characters and a Japanese path', () => {
    const path300 = `/${'a'.repeat(299)}`;
    expect(path300).toHaveLength(300);
    expect(parseEventBody(body({ type: 'pageview', path: path300 }))).toEqual({ ok: true, event: { type: 'pageview', path: path300 } });
    expect(parseEventBody(body({ type: 'pageview', path: '/ガイド/ストレスチェック/' }))).toEqual({
      ok: true,
      event: { type: 'pageview', path: '/ガイド/ストレスチェック/' },
    });
  });
});

describe('parseEventBody: rejected events (400)', () => {
  it('rejects an unknown field, so nothing else can be stored', () => {
    const result = parseEventBody(body({ type: 'pageview', path: '/', ip: '203.0.113.77' }));
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect('event' in result).toBe(false);
    expect(parseEventBody(body({ type: 'feedback', path: '/', useful: true, comment: 'とても良い' }))).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("rejects useful: 'yes' with the Japanese reason", () => {
    expect(parseEventBody(body({ type: 'feedback', path: '/guides/', useful: 'yes' }))).toEqual({
      ok: false,
      status: 400,
      reason: 'useful: useful は true か false にしてください',
    });
    expect(parseEventBody(body({ type: 'feedback', path: '/guides/' }))).toEqual({
      ok: false,
      status: 400,
      reason: 'useful: useful は true か false にしてください',
    });
  });

  it('rejects a path that is not a string', () => {
    expect(parseEventBody(body({ type: 'pageview', path: 42 }))).toEqual({
      ok: false,
      status: 400,
      reason: 'path: path は文字列で送ってください',
    });
    expect(parseEventBody(body({ type: 'pageview' }))).toEqual({
      ok: false,
      status: 400,
      reason: 'path: path は文字列で送ってください',
    });
  });

  it('rejects a path that does not start with /', () => {
    for (const path of ['guides/', 'https://example.com/', ' /guides/', '\\guides\\']) {
      expect(parseEventBody(body({ type: 'pageview', path }))).toEqual({ ok: false, status: 400, reason: `path: ${PATH_MESSAGE}` });
    }
    expect(parseEventBody(body({ type: 'download', path: '/guides/', file: 'form.pdf' }))).toEqual({
      ok: false,
      status: 400,
      reason: `file: ${PATH_MESSAGE}`,
    });
  });

  it('rejects control characters and white space in a path', () => {
    for (const path of ['/a\u0000b', '/a\nb', '/a\rb', '/a\tb', '/a\u001fb', '/a b', '/guides/\u0007']) {
      expect(parseEventBody(body({ type: 'pageview', path }))).toEqual({ ok: false, status: 400, reason: `path: ${PATH_MESSAGE}` });
    }
  });

  it('rejects a path longer than 300 characters', () => {
    const path301 = `/${'a'.repeat(300)}`;
    expect(path301).toHaveLength(301);
    expect(parseEventBody(body({ type: 'pageview', path: path301 }))).toEqual({
      ok: false,
      status: 400,
      reason: 'path: path が長すぎます（300文字まで）',
    });
  });

  it('rejects an unknown instrument with a 400', () => {
    const result = parseEventBody(body({ type: 'diagnosis_complete', path: '/check/', instrument: 'phq9' }));
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(result.ok ? '' : result.reason.startsWith('instrument: ')).toBe(true);
  });

  it('gives the unknown-instrument reason in Japanese, like every other reason', () => {
    const result = parseEventBody(body({ type: 'diagnosis_complete', path: '/check/', instrument: 'phq9' }));
    const reason = result.ok ? '' : result.reason;
    // Every other 400 reason is Japanese; this one falls back to zod's English default
    // ('instrument: Invalid option: expected one of "bjsq57"|"excellent-company"').
    expect(reason).toMatch(/^instrument: .*[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('rejects a missing or unknown type', () => {
    expect(parseEventBody(body({ path: '/guides/' }))).toEqual({ ok: false, status: 400, reason: `type: ${TYPE_MESSAGE}` });
    expect(parseEventBody(body({ type: 'click', path: '/guides/' }))).toEqual({ ok: false, status: 400, reason: `type: ${TYPE_MESSAGE}` });
  });

  it('rejects JSON that is not an object', () => {
    for (const value of [null, [], 'pageview', 42]) {
      expect(parseEventBody(body(value))).toEqual({ ok: false, status: 400, reason: TYPE_MESSAGE });
    }
  });

  it('rejects a body that is not JSON', () => {
    for (const text of ['', '{', 'type=pageview&path=/', "{'type':'pageview'}"]) {
      expect(parseEventBody(text)).toEqual({ ok: false, status: 400, reason: '本文を JSON として読めません' });
    }
  });
});

describe('parseEventBody: size limit in bytes (413)', () => {
  it('is 2048 bytes', () => {
    expect(MAX_BODY_BYTES).toBe(2048);
  });

  it('answers 413 to 2049 bytes, counting UTF-8 bytes rather than characters', () => {
    const text = paddedJapaneseBody(2049);
    expect(Buffer.byteLength(text, 'utf8')).toBe(2049);
    expect(text.length).toBeLessThan(2048); // only the byte count is over the limit
    expect(parseEventBody(text)).toEqual({ ok: false, status: 413, reason: '本文が大きすぎます（2048バイトまで）' });
    const allJapanese = 'あ'.repeat(683); // 683 characters, 2049 bytes
    expect(parseEventBody(allJapanese)).toEqual({ ok: false, status: 413, reason: '本文が大きすぎます（2048バイトまで）' });
  });

  it('reads a body of exactly 2048 bytes', () => {
    const text = paddedJapaneseBody(2048);
    expect(Buffer.byteLength(text, 'utf8')).toBe(2048);
    expect(parseEventBody(text)).toEqual({ ok: true, event: { type: 'pageview', path: `/${'あ'.repeat(200)}/` } });
    // 2048 bytes of invalid JSON is a 400, not a 413.
    expect(parseEventBody('x'.repeat(2048))).toEqual({ ok: false, status: 400, reason: '本文を JSON として読めません' });
  });

  it('checks the size before parsing', () => {
    expect(parseEventBody('x'.repeat(2049))).toEqual({ ok: false, status: 413, reason: '本文が大きすぎます（2048バイトまで）' });
  });
});
