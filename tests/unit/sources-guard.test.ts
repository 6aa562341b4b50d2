import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isOfficialUrl, UNOFFICIAL_LABEL } from '../../src/lib/official-sources';

// Guards on what the guidance rests on, read straight from the files (not through the schemas that
// enforce the same rules), so a change to either side is caught.
const root = join(import.meta.dirname, '..', '..');
const guideFiles = readdirSync(join(root, 'content', 'guides'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
const guides = guideFiles.map((file) => {
  const text = readFileSync(join(root, 'content', 'guides', file), 'utf8');
  const data = parse(text.split(/^---$/m)[1]!) as { sources: { name: string; url: string; kind?: string }[] };
  return { file, sources: data.sources };
});

/** Every "url" value anywhere in a JSON document. */
function urlsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'url' && typeof v === 'string' ? [v] : urlsIn(v)));
  }
  return [];
}
const instrumentFiles = readdirSync(join(root, 'content', 'instruments')).filter((f) => f.endsWith('.json'));
const instruments = instrumentFiles.map((file) => ({ file, json: JSON.parse(readFileSync(join(root, 'content', 'instruments', file), 'utf8')) }));
const materials = readdirSync(join(root, 'content', 'materials')).filter((f) => f.endsWith('.html'));

describe('sources', () => {
  it('found the content to check', () => {
    expect(guides.length).toBeGreaterThanOrEqual(16);
    expect(instrumentFiles).toContain('excellent-company.json');
  });

  it('every source address is https: guides, instruments and printed materials', () => {
    const plain = [
      ...guides.flatMap((g) => g.sources.map((s) => [g.file, s.url])),
      ...instruments.flatMap((i) => urlsIn(i.json).map((url) => [i.file, url])),
      ...materials.flatMap((m) =>
        [...readFileSync(join(root, 'content', 'materials', m), 'utf8').matchAll(/href="(https?:[^"]+)"/g)].map((x) => [m, x[1]]),
      ),
    ].filter(([, url]) => !url!.startsWith('https://'));
    expect(plain).toEqual([]);
  });

  it('every guide cites at least one source on an official site', () => {
    expect(guides.filter((g) => !g.sources.some((s) => isOfficialUrl(s.url))).map((g) => g.file)).toEqual([]);
  });

  it('every source that is not on an official site is labelled 解説（民間） in the guide', () => {
    const unlabelled = guides.flatMap((g) =>
      g.sources.filter((s) => !isOfficialUrl(s.url) && s.kind !== UNOFFICIAL_LABEL).map((s) => `${g.file}: ${s.url}`),
    );
    const mislabelled = guides.flatMap((g) =>
      g.sources.filter((s) => isOfficialUrl(s.url) && s.kind === UNOFFICIAL_LABEL).map((s) => `${g.file}: ${s.url}`),
    );
    expect({ unlabelled, mislabelled }).toEqual({ unlabelled: [], mislabelled: [] });
  });

  it('every source of the self-diagnosis criteria is graded by where it is: official only on an official site', () => {
    const criteria = instruments.find((i) => i.file === 'excellent-company.json')!.json;
    const graded: { url: string; grade: string }[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (typeof v.url === 'string' && typeof v.grade === 'string') graded.push({ url: v.url, grade: v.grade });
        Object.values(v).forEach(walk);
      }
    };
    walk(criteria);
    expect(graded.length).toBeGreaterThan(5);
    expect(graded.filter((s) => (s.grade === 'official') !== isOfficialUrl(s.url))).toEqual([]);
    expect(criteria.source.official.filter((s: { url: string }) => !isOfficialUrl(s.url))).toEqual([]);
  });

  it('every 必要項目 not in the official wording says what was published, where, and what to confirm', () => {
    const criteria = instruments.find((i) => i.file === 'excellent-company.json')!.json;
    const portalWorded = criteria.required.filter((r: { official: boolean }) => !r.official);
    expect(portalWorded.map((r: { id: string }) => r.id)).toEqual(['R1-03', 'R1-04', 'R1-05', 'R2-02', 'R2-03']);
    for (const r of portalWorded) {
      expect(r.published.wording.length).toBeGreaterThan(10);
      expect(r.published.source.url).toMatch(/^https:\/\//);
      expect(r.published.confirm.length).toBeGreaterThan(10);
    }
  });
});
