import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, seminarIcs, type IcsEvent } from '../../src/lib/seminars/ics';
import { jstInstant } from '../../src/lib/seminars/time';

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

const octets = (s: string) => new TextEncoder().encode(s).length;

/** RFC 5545 §3.1: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** A tiny content-line parser: NAME;PARAM=VALUE;…:VALUE per unfolded line. */
function parseIcs(ics: string): Prop[] {
  const lines = unfold(ics).split('\r\n');
  expect(lines.pop()).toBe(''); // the file ends with CRLF
  return lines.map((line) => {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/s.exec(line);
    if (!m) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    const params = Object.fromEntries(
      m[2]
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    return { name: m[1], params, value: m[3] };
  });
}

/** The TEXT value type's escapes (RFC 5545 §3.3.11), undone. */
const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** The one property of that name (inside the VEVENT for event properties). */
const prop = (props: Prop[], name: string) => {
  const found = props.filter((p) => p.name === name);
  expect(found, name).toHaveLength(1);
  return found[0];
};

/** The properties between BEGIN:name and END:name. */
const component = (props: Prop[], name: string) => {
  const begin = props.findIndex((p) => p.name === 'BEGIN' && p.value === name);
  const end = props.findIndex((p) => p.name === 'END' && p.value === name);
  expect(begin, `BEGIN:${name}`).toBeGreaterThanOrEqual(0);
  expect(end, `END:${name}`).toBeGreaterThan(begin);
  return props.slice(begin + 1, end);
};

/** 20260618T140000 read at a fixed UTC offset like +0900, as an instant. */
const localToInstant = (value: string, offset: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(value)!;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const o = /^([+-])(\d{2})(\d{2})$/.exec(offset)!;
  const offsetMs = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000;
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMs;
};

const event: IcsEvent = {
  uid: 'mental-health-2026-06-18-osaka@shokuba-kenko.example.jp',
  start: '2026-06-18T14:00',
  end: '2026-06-18T16:30',
  summary: 'メンタルヘルス対策セミナー, 大阪会場; 第1部\n第2部',
  description:
    '職場のメンタルヘルス対策について、ストレスチェック制度の実施手順と集団分析の活かし方を、事例を交えて解説します。事業者・人事労務担当者の方が対象です。参加費は無料です。',
  location: '大阪府立労働センター 2階ホール（大阪市中央区）',
  url: 'https://shokuba-kenko.example.jp/seminars/2026-06-18-osaka/',
  stamp: new Date('2026-05-01T09:15:30.250Z'),
};

describe('seminarIcs: the whole file', () => {
  const ics = seminarIcs(event);
  // Parsed inside each test, so that a malformed file fails the tests rather than the whole file.
  const parsed = () => parseIcs(ics);

  it('has VCALENDAR around VTIMEZONE and one VEVENT, in that nesting', () => {
    const props = parsed();
    const structure = props.filter((p) => p.name === 'BEGIN' || p.name === 'END').map((p) => `${p.name}:${p.value}`);
    expect(structure).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'BEGIN:STANDARD',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(props[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
    expect(props.at(-1)).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
    expect(prop(props, 'VERSION').value).toBe('2.0');
    expect(prop(props, 'PRODID').value).toBe('-//職場の健康と安全ポータル//セミナー//JA');
  });

  it('defines the Asia/Tokyo time zone at a fixed +0900', () => {
    const props = parsed();
    const tz = component(props, 'VTIMEZONE');
    expect(prop(tz, 'TZID').value).toBe('Asia/Tokyo');
    expect(prop(tz, 'TZOFFSETFROM').value).toBe('+0900');
    expect(prop(tz, 'TZOFFSETTO').value).toBe('+0900');
    expect(prop(tz, 'TZNAME').value).toBe('JST');
  });

  it('gives the event its local times in Asia/Tokyo, its UID and a UTC DTSTAMP', () => {
    const props = parsed();
    const ev = component(props, 'VEVENT');
    expect(prop(ev, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Asia/Tokyo' }, value: '20260618T140000' });
    expect(prop(ev, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Asia/Tokyo' }, value: '20260618T163000' });
    expect(prop(ev, 'UID').value).toBe('mental-health-2026-06-18-osaka@shokuba-kenko.example.jp');
    expect(prop(ev, 'DTSTAMP')).toEqual({ name: 'DTSTAMP', params: {}, value: '20260501T091530Z' });
    expect(prop(ev, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prop(ev, 'URL').value).toBe('https://shokuba-kenko.example.jp/seminars/2026-06-18-osaka/');
  });

  it('escapes SUMMARY, DESCRIPTION and LOCATION so that unescaping gives back the originals', () => {
    const props = parsed();
    expect(prop(props, 'SUMMARY').value).toBe('メンタルヘルス対策セミナー\\, 大阪会場\\; 第1部\\n第2部');
    expect(unescapeText(prop(props, 'SUMMARY').value)).toBe(event.summary);
    expect(unescapeText(prop(props, 'DESCRIPTION').value)).toBe(event.description);
    expect(unescapeText(prop(props, 'LOCATION').value)).toBe(event.location);
  });

  it('ends every physical line with CRLF and keeps it to 75 octets', () => {
    const props = parsed();
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/); // no bare CR or LF
    const physical = ics.split('\r\n').slice(0, -1);
    expect(physical.length).toBeGreaterThan(props.length); // the description was folded
    for (const line of physical) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(physical.filter((l) => l.startsWith(' ')).length).toBe(physical.length - props.length);
  });

  it('never splits a character when folding', () => {
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) {
      // Each physical line is whole UTF-8 on its own: encoding and decoding it is lossless.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
      expect(line.isWellFormed()).toBe(true);
    }
    expect(unfold(ics)).toContain(`DESCRIPTION:${escapeText(event.description)}\r\n`);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds at 76', () => {
    const line75 = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldLine(line75)).toBe(line75);
    expect(foldLine(`${line75}b`)).toBe(`${line75}\r\n b`);
  });

  it('puts 75 octets on the first line and 74 plus the space on the others', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`; // 212 octets
    const parts = foldLine(line).split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 64]); // 12+63, 1+74, 1+63
    expect(parts[0]).toBe(`DESCRIPTION:${'x'.repeat(63)}`);
    expect(parts[1]).toBe(` ${'x'.repeat(74)}`);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('folds Japanese text between characters, as many whole characters as fit', () => {
    const text = 'あ'.repeat(100); // 3 octets each
    const folded = foldLine(`DESCRIPTION:${text}`);
    const parts = folded.split('\r\n');
    // 12 + 21×3 = 75; then 1 + 24×3 = 73 (a 25th would make 76).
    expect(parts).toEqual([`DESCRIPTION:${'あ'.repeat(21)}`, ` ${'あ'.repeat(24)}`, ` ${'あ'.repeat(24)}`, ` ${'あ'.repeat(24)}`, ` ${'あ'.repeat(7)}`]);
    expect(unfold(folded)).toBe(`DESCRIPTION:${text}`);
  });

  it('does not split a character when the boundary falls inside it', () => {
    // 'SUMMARY:a' is 9 octets; 9 + 22×3 = 75 exactly, so shift by one to make the 23rd straddle 75.
    const line = `SUMMARY:ab${'漢'.repeat(30)}`; // 10 + 90 octets
    const parts = foldLine(line).split('\r\n');
    expect(parts[0]).toBe(`SUMMARY:ab${'漢'.repeat(21)}`); // 73 octets: a 22nd 漢 would be 76
    expect(parts.map(octets)).toEqual([73, 28]);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('keeps a 4-octet character (a surrogate pair) whole', () => {
    const line = `LOCATION:${'🏢'.repeat(30)}`; // 9 + 120 octets
    const parts = foldLine(line).split('\r\n');
    // 9 + 16×4 = 73 (a 17th would make 77); then 1 + 14×4 = 57.
    expect(parts).toEqual([`LOCATION:${'🏢'.repeat(16)}`, ` ${'🏢'.repeat(14)}`]);
    expect(parts.map(octets)).toEqual([73, 57]);
    for (const p of parts) expect(p.isWellFormed()).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('round-trips mixed text with spaces at the fold', () => {
    const line = `SUMMARY:${'セミナー 2026 '.repeat(12)}`;
    const folded = foldLine(line);
    for (const p of folded.split('\r\n')) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });
});

describe('escapeText', () => {
  it('escapes comma, semicolon and backslash', () => {
    expect(escapeText('a,b;c')).toBe('a\\,b\\;c');
    expect(escapeText('C:\\temp')).toBe('C:\\\\temp');
  });

  it('turns LF and CRLF into \\n', () => {
    expect(escapeText('一行目\n二行目')).toBe('一行目\\n二行目');
    expect(escapeText('一行目\r\n二行目\r\n')).toBe('一行目\\n二行目\\n');
  });

  it('escapes the backslash first, so an existing "\\," is not confused with an escape', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
    expect(escapeText('\\n')).toBe('\\\\n');
    expect(unescapeText(escapeText('\\n, ;\n\\'))).toBe('\\n, ;\n\\');
  });

  it('leaves other text, colons and Japanese punctuation alone', () => {
    expect(escapeText('会場：大阪、14:00〜')).toBe('会場：大阪、14:00〜');
    expect(escapeText('')).toBe('');
  });
});

describe('seminarIcs: times across JST midnight and the year end', () => {
  const at = (start: string, end: string) => {
    const props = parseIcs(seminarIcs({ ...event, start, end }));
    const offset = prop(component(props, 'VTIMEZONE'), 'TZOFFSETTO').value;
    const ev = component(props, 'VEVENT');
    expect(prop(ev, 'DTSTART').params).toEqual({ TZID: 'Asia/Tokyo' });
    return {
      dtstart: prop(ev, 'DTSTART').value,
      dtend: prop(ev, 'DTEND').value,
      startInstant: localToInstant(prop(ev, 'DTSTART').value, offset),
      endInstant: localToInstant(prop(ev, 'DTEND').value, offset),
    };
  };

  it('writes the JST wall clock, not UTC, for an event over JST midnight', () => {
    const t = at('2026-06-18T23:30', '2026-06-19T00:30');
    expect([t.dtstart, t.dtend]).toEqual(['20260618T233000', '20260619T003000']);
    expect(t.startInstant).toBe(jstInstant('2026-06-18T23:30'));
    expect(t.endInstant).toBe(jstInstant('2026-06-19T00:30'));
    expect(t.endInstant).toBe(Date.parse('2026-06-18T15:30:00Z'));
  });

  it('writes 31 December to 1 January in JST, which is all 31 December in UTC', () => {
    const t = at('2026-12-31T23:30', '2027-01-01T08:00');
    expect([t.dtstart, t.dtend]).toEqual(['20261231T233000', '20270101T080000']);
    expect(t.startInstant).toBe(jstInstant('2026-12-31T23:30'));
    expect(t.startInstant).toBe(Date.parse('2026-12-31T14:30:00Z'));
    expect(t.endInstant).toBe(jstInstant('2027-01-01T08:00'));
    expect(t.endInstant).toBe(Date.parse('2026-12-31T23:00:00Z'));
  });

  it('uses the same +9h in January and July (no DST)', () => {
    for (const [start, end] of [
      ['2026-01-15T10:00', '2026-01-15T12:00'],
      ['2026-07-15T10:00', '2026-07-15T12:00'],
      ['2028-02-29T10:00', '2028-02-29T12:00'],
    ]) {
      const t = at(start, end);
      expect(t.startInstant).toBe(jstInstant(start));
      expect(t.endInstant).toBe(jstInstant(end));
    }
  });

  it('writes DTSTAMP in UTC whatever the JST date', () => {
    const props = parseIcs(seminarIcs({ ...event, stamp: new Date('2026-12-31T15:00:00Z') }));
    expect(prop(props, 'DTSTAMP').value).toBe('20261231T150000Z');
  });
});
