import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/lib/analytics/batch-writer';
import { clientKey } from '../../src/lib/analytics/client-key';
import { collect, readBodyLimited, type CollectorDeps } from '../../src/lib/analytics/collector';
import { RateLimiter } from '../../src/lib/analytics/rate-limit';
import { SqliteStore } from '../../src/lib/analytics/sqlite-store';
import { MemorySaltStore, visitorHash } from '../../src/lib/analytics/visitor';

const NOW = Date.parse('2026-03-31T15:30:42.123Z'); // 00:30:42 on 1 April 2026 in Japan
const MINUTE = Date.parse('2026-03-31T15:30:00Z');
const IP = '203.0.113.77';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Googlebot/2.1 (+http://www.google.com/bot.html)';
const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36';
const TOO_LARGE = { status: 413, reason: '本文が大きすぎます（2048バイトまで）', rejected: 'too-large' };
const TOO_MANY = { status: 429, reason: '送信が多すぎます。しばらくしてからお試しください', rejected: 'rate-limit' };
const SITE = {
  pages: new Set(['/', '/guides/', '/guides/stress-check/', '/check/stress/']),
  materials: new Set(['/materials/form.pdf']),
};

function setup(limit = 60, now = NOW, globalLimit = Number.POSITIVE_INFINITY) {
  const store = new SqliteStore(':memory:');
  const writer = new BatchWriter(store);
  const salts = new MemorySaltStore();
  const clock = { now };
  const deps: CollectorDeps = {
    write: (e) => writer.write(e),
    salts,
    limiter: new RateLimiter(store.counters, limit, 60_000, () => clock.now, globalLimit),
    site: SITE,
    now: () => clock.now,
  };
  const rows = () => store.db.prepare('SELECT * FROM events ORDER BY id').all().map((r) => ({ ...r }));
  return { store, deps, rows, clock, salts };
}

const json = (value: unknown) => JSON.stringify(value);
const from = (body: string | null, ip = IP, userAgent = UA) => ({ body, client: clientKey(ip), ip, userAgent });

describe('collect', () => {
  it('answers 202 and stores exactly one row, dated by the JST day, its time cut to the minute', async () => {
    const { store, deps, rows, salts } = setup();
    const answer = await collect(from(json({ type: 'pageview', path: '/guides/stress-check/' })), deps);
    expect(answer).toEqual({ status: 202 });
    const salt = salts.get('2026-04-01');
    expect(salt?.length).toBe(32);
    expect(rows()).toEqual([
      {
        id: 1,
        ts: MINUTE,
        day: '2026-04-01',
        type: 'pageview',
        path: '/guides/stress-check/',
        target: null,
        useful: null,
        visitor: visitorHash(salt!, IP, UA),
      },
    ]);
    store.close();
  });

  it('stores the instrument, the file and the answer of the other event types; a path without its slash counts with it', async () => {
    const { store, deps, rows } = setup();
    const send = (event: unknown) => collect(from(json(event)), deps);
    expect(await send({ type: 'diagnosis_complete', path: '/check/stress/', instrument: 'bjsq57' })).toEqual({ status: 202 });
    expect(await send({ type: 'download', path: '/guides/stress-check', file: '/materials/form.pdf' })).toEqual({ status: 202 });
    expect(await send({ type: 'feedback', path: '/guides/', useful: true })).toEqual({ status: 202 });
    expect(await send({ type: 'feedback', path: '/guides/', useful: false })).toEqual({ status: 202 });
    expect(rows().map((r) => [r.type, r.path, r.target, r.useful, r.day])).toEqual([
      ['diagnosis_complete', '/check/stress/', 'bjsq57', null, '2026-04-01'],
      ['download', '/guides/stress-check/', '/materials/form.pdf', null, '2026-04-01'],
      ['feedback', '/guides/', null, 1, '2026-04-01'],
      ['feedback', '/guides/', null, 0, '2026-04-01'],
    ]);
    const visitors = new Set(rows().map((r) => r.visitor));
    expect(visitors.size).toBe(1); // same person, same day
    store.close();
  });

  it('refuses pages and files the build did not produce, and says why', async () => {
    const { store, deps, rows } = setup();
    const send = (event: unknown) => collect(from(json(event)), deps);
    expect(await send({ type: 'pageview', path: '/no-such-page/' })).toEqual({ status: 400, reason: 'このサイトにないページです', rejected: 'unknown-page' });
    expect(await send({ type: 'download', path: '/guides/', file: '/materials/made-up.pdf' })).toEqual({
      status: 400,
      reason: 'このサイトにない資料です',
      rejected: 'unknown-file',
    });
    expect(await send({ type: 'download', path: '/guides/', file: '/seminars/x.ics' })).toMatchObject({ rejected: 'unknown-file' });
    expect(rows()).toEqual([]);
    store.close();
  });

  it('dates an event at 14:59 UTC on 31 March to 31 March (年度 2025)', async () => {
    const { store, deps, rows } = setup(60, Date.parse('2026-03-31T14:59:59Z'));
    await collect(from(json({ type: 'pageview', path: '/' })), deps);
    expect(rows().map((r) => r.day)).toEqual(['2026-03-31']);
    store.close();
  });

  it('answers known bots 202 but stores nothing', async () => {
    const { store, deps, rows } = setup();
    for (const userAgent of [GOOGLEBOT, HEADLESS]) {
      expect(await collect(from(json({ type: 'pageview', path: '/' }), IP, userAgent), deps)).toEqual({ status: 202, dropped: 'bot' });
    }
    expect(rows()).toEqual([]);
    store.close();
  });

  it('drops an event without a user agent', async () => {
    const { store, deps, rows } = setup();
    expect(await collect(from(json({ type: 'pageview', path: '/' }), IP, ''), deps)).toEqual({ status: 202, dropped: 'bot' });
    expect(rows()).toEqual([]);
    store.close();
  });

  it('answers 413 to a body that was too large to read', async () => {
    const { store, deps, rows } = setup();
    expect(await collect(from(null), deps)).toEqual(TOO_LARGE);
    expect(rows()).toEqual([]);
    store.close();
  });

  it('answers 400 with the reason to a bad event and stores nothing', async () => {
    const { store, deps, rows } = setup();
    expect(await collect(from('{'), deps)).toEqual({ status: 400, reason: '本文を JSON として読めません', rejected: 'bad-request' });
    expect(await collect(from(json({ type: 'feedback', path: '/', useful: 'yes' })), deps)).toEqual({
      status: 400,
      reason: 'useful: useful は true か false にしてください',
      rejected: 'bad-request',
    });
    expect(await collect(from('x'.repeat(2049)), deps)).toEqual(TOO_LARGE);
    expect(rows()).toEqual([]);
    store.close();
  });

  it('limits a client by its address, whatever user agent it sends: rotating it does not help', async () => {
    const { store, deps, rows, clock } = setup(3);
    const send = (ip: string, userAgent: string) => collect(from(json({ type: 'pageview', path: '/' }), ip, userAgent), deps);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await send(IP, `${UA} rotated/${i}`));
    expect(answers).toEqual([{ status: 202 }, { status: 202 }, { status: 202 }, TOO_MANY, TOO_MANY]);
    expect(await send('198.51.100.1', UA)).toEqual({ status: 202 }); // another client is not affected
    expect(rows()).toHaveLength(4);
    clock.now += 60_000; // the next window
    expect(await send(IP, UA)).toEqual({ status: 202 });
    expect(rows()).toHaveLength(5);
    store.close();
  });

  it('limits an IPv6 client by its /64, and everybody together by the global cap', async () => {
    const { store, deps } = setup(2, NOW, 5);
    const send = (ip: string) => collect(from(json({ type: 'pageview', path: '/' }), ip), deps);
    expect(await send('2001:db8:1:2::1')).toEqual({ status: 202 });
    expect(await send('2001:db8:1:2:ffff::9')).toEqual({ status: 202 });
    expect(await send('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toEqual(TOO_MANY); // same /64
    expect(await send('2001:db8:1:3::1')).toEqual({ status: 202 }); // another /64
    expect(await send('192.0.2.1')).toEqual({ status: 202 });
    expect(await send('192.0.2.2')).toEqual({ status: 202 }); // the fifth accepted event
    expect(await send('192.0.2.3')).toEqual({ ...TOO_MANY, rejected: 'global-limit' });
    store.close();
  });

  it('answers 503 when the event cannot be written', async () => {
    const { store, deps } = setup();
    const failing: CollectorDeps = { ...deps, write: () => Promise.reject(new Error('SQLITE_FULL')) };
    expect(await collect(from(json({ type: 'pageview', path: '/' })), failing)).toEqual({ status: 503, reason: '一時的に記録できません' });
    store.close();
  });

  it('keeps neither the IP, the user agent nor the salt anywhere in the database', async () => {
    const { store, deps, clock, salts } = setup();
    const events = [
      { type: 'pageview', path: '/guides/stress-check/' },
      { type: 'diagnosis_complete', path: '/check/stress/', instrument: 'bjsq57' },
      { type: 'download', path: '/guides/', file: '/materials/form.pdf' },
      { type: 'feedback', path: '/guides/', useful: true },
    ];
    for (const event of events) expect(await collect(from(json(event)), deps)).toEqual({ status: 202 });
    const salt = Buffer.from(salts.get('2026-04-01')!);
    clock.now += 24 * 60 * 60 * 1000; // and the next day, which replaces the salt
    for (const event of events) expect(await collect(from(json(event)), deps)).toEqual({ status: 202 });

    const tables = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => String(r.name));
    expect(tables.sort()).toEqual(['events', 'rejections', 'store_info']);

    const needles = [IP, UA, 'Mozilla', 'Chrome/124', salt.toString('hex'), salt.toString('latin1')];
    const values: string[] = [];
    for (const table of tables) {
      for (const row of store.db.prepare(`SELECT * FROM ${table}`).all()) {
        for (const value of Object.values(row)) {
          if (value instanceof Uint8Array) values.push(Buffer.from(value).toString('latin1'), Buffer.from(value).toString('utf8'));
          else values.push(String(value));
        }
      }
    }
    expect(values.length).toBe(8 * 8 + 1); // 8 rows × 8 columns of events, and the file's random name
    expect(store.storeId()).toMatch(/^[0-9a-f]{32}$/);
    for (const needle of needles) expect(values.filter((v) => v.includes(needle))).toEqual([]);

    const forbidden = ['ip', 'ua', 'user_agent', 'useragent', 'cookie', 'address', 'salt'];
    for (const table of tables) {
      const columns = store.db
        .prepare(`PRAGMA table_info(${table})`)
        .all()
        .map((c) => String(c.name).toLowerCase());
      expect(columns.filter((c) => forbidden.includes(c))).toEqual([]);
    }
    expect(
      store.db
        .prepare('PRAGMA table_info(events)')
        .all()
        .map((c) => c.name),
    ).toEqual(['id', 'ts', 'day', 'type', 'path', 'target', 'useful', 'visitor']);
    store.close();
  });
});

describe('readBodyLimited', () => {
  const URL = 'http://localhost/api/event';

  it('reads a normal body, Japanese included', async () => {
    const text = json({ type: 'feedback', path: '/ガイド/', useful: true });
    expect(await readBodyLimited(new Request(URL, { method: 'POST', body: text }), 2048)).toBe(text);
  });

  it('reads a body of exactly the limit', async () => {
    const text = 'あ'.repeat(682) + 'xx'; // 2048 bytes
    expect(Buffer.byteLength(text)).toBe(2048);
    expect(await readBodyLimited(new Request(URL, { method: 'POST', body: text }), 2048)).toBe(text);
  });

  it('refuses a body whose content-length is over the limit, without reading it', async () => {
    const request = new Request(URL, { method: 'POST', body: 'x'.repeat(3000), headers: { 'content-length': '3000' } });
    expect(await readBodyLimited(request, 2048)).toBeNull();
    expect(request.bodyUsed).toBe(false);
  });

  it('refuses a streamed body over the limit without a content-length, and stops reading', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(1000).fill(0x78);
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          if (pulled > 10) controller.close();
          else controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(URL, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    expect(await readBodyLimited(request, 2048)).toBeNull();
    expect(pulled).toBeLessThan(10);
    expect(cancelled).toBe(true);
  });

  it('reads a streamed body under the limit, joining the chunks', async () => {
    const parts = ['{"type":"page', 'view","path":"/ガ', 'イド/"}'];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(new TextEncoder().encode(p));
        controller.close();
      },
    });
    const request = new Request(URL, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(await readBodyLimited(request, 2048)).toBe('{"type":"pageview","path":"/ガイド/"}');
  });

  it('reads an empty body as an empty string', async () => {
    expect(await readBodyLimited(new Request(URL, { method: 'POST' }), 2048)).toBe('');
    expect(await readBodyLimited(new Request(URL, { method: 'POST', body: '' }), 2048)).toBe('');
  });
});
