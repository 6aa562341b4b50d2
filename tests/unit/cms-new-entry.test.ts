import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import './cms-browser-build';
import config from '../../src/cms/keystatic.config';
import { MATERIALS_DIRECTORY } from '../../src/cms/fields/material-upload';
import { problemLines, projectRoot, removeFixtures } from './content-check/fixture';
import { bodyFrom, newEntry, openEntry, saveEntry, validateEntry } from './cms-entry-files';

// Files made in the editor pass the content check (the build runs the same check first; the browser test
// tests/e2e/cms.spec.ts saves through the real editor and builds).
afterAll(removeFixtures);

const collections = config.collections!;
const FORMAT = { contentField: 'body', data: 'yaml' } as const;

function newGuide(slug: string) {
  const { schema, slugField } = collections['guides-support'];
  const state = newEntry(schema);
  Object.assign(state, {
    title: { name: '編集画面で書いた記事', slug },
    description: '編集画面から作った記事が内容チェックを通ることを確かめます。',
    audience: ['働く方'],
    lastReviewed: '2026-11-30',
    sources: [{ name: 'こころの耳（厚生労働省）', url: 'https://kokoro.mhlw.go.jp/', kind: '公式' }],
    keywords: ['編集画面'],
    body: bodyFrom(schema.body, '## はじめに\n\n<Callout type="注意" title="確かめること">\n\n本文です。\n\n</Callout>\n\n<Steps>\n\n1. 一つ目\n2. 二つ目\n\n</Steps>\n\n資料：<Download href="/materials/stress-check-annual-flow.pdf" title="年間の流れ" />\n'),
  });
  return { state, schema, slugField };
}

describe('an article written in the editor', () => {
  it('is saved at content/guides/<topic>/<slug>.mdx with valid frontmatter and passes the content check', async () => {
    const { state, schema, slugField } = newGuide('cms-new-article');
    expect(validateEntry(schema, state, slugField)).toEqual([]);
    const saved = saveEntry(schema, FORMAT, state, slugField);
    expect(saved.slug).toBe('cms-new-article');
    expect(saved.text).toMatch(/^---\ntitle: 編集画面で書いた記事\n/);
    expect(saved.text).toContain('topic: support\n');
    expect(saved.text).toContain('<Callout type="注意" title="確かめること">');
    expect(await problemLines({ 'content/guides/support/cms-new-article.mdx': saved.text })).toEqual([]);
  });

  it('refuses the file names the build refuses, and only those (a Japanese title gives no name)', async () => {
    const samples = ['ok-name-2', 'Upper', 'under_score', 'にほんご', 'with space', ''];
    const { schema, slugField } = collections['guides-support'];
    const accepted = samples.filter((slug) => validateEntry(schema, newGuide(slug).state, slugField).length === 0);
    const files = Object.fromEntries(samples.filter(Boolean).map((slug) => [`content/guides/support/${slug}.mdx`, saveEntry(schema, FORMAT, newGuide(slug).state, slugField).text]));
    const refusedByCheck = new Set((await problemLines(files)).map((line) => line.slice('content/guides/support/'.length, line.indexOf('.mdx'))));
    expect(accepted).toEqual(samples.filter((slug) => slug && !refusedByCheck.has(slug)));
    expect(accepted).toEqual(['ok-name-2']);
    // The name the editor suggests from a Japanese title is empty, and empty is refused.
    expect(validateEntry(schema, { ...newGuide('').state, title: { name: '日本語の題名', slug: '' } }, slugField)).not.toEqual([]);
  });
});

describe('a seminar', () => {
  it('made new, then its status changed, passes the content check', async () => {
    const { schema, slugField } = collections.seminars;
    const state = newEntry(schema);
    Object.assign(state, {
      title: { name: '編集画面のテストセミナー', slug: '2027-04-cms-test' },
      topic: 'stress-check',
      start: '2027-04-10T14:00',
      end: '2027-04-10T16:00',
      format: 'オンライン',
      venue: 'オンライン（Zoom）',
      audience: ['事業者・人事労務'],
      capacity: 100,
      fee: '無料',
      apply: { contact: '事務局', email: 'seminar@example.jp', url: '' },
      published: '2027-03-01',
      materials: [{ title: '当日資料', file: '/materials/stress-check-annual-flow.pdf', kind: '当日資料' }],
      body: bodyFrom(schema.body, '内容です。\n'),
    });
    expect(validateEntry(schema, state, slugField)).toEqual([]);
    const first = saveEntry(schema, FORMAT, state, slugField).text;
    expect(first).not.toMatch(/prefecture|url:/); // empty optional fields are not written
    const reopened = openEntry(schema, FORMAT, first, { field: slugField, value: '2027-04-cms-test' });
    const changed = saveEntry(schema, FORMAT, { ...reopened, status: '満席' }, slugField).text;
    expect(changed).toContain('status: 満席\n');
    expect(changed).toContain('start: 2027-04-10T14:00\n');
    expect(await problemLines({ 'content/seminars/2027-04-cms-test.md': changed })).toEqual([]);
  });
});

describe('an uploaded material', () => {
  it('is written to public/materials/<name> and can be used by a seminar', async () => {
    const field = (config.singletons!.materials.schema.files as { element: any }).element;
    expect(field.directory).toBe(MATERIALS_DIRECTORY);
    const pdf = readFileSync(join(projectRoot, 'public/materials/stress-check-annual-flow.pdf'));
    const value = field.validate({ name: 'cms-upload.pdf', data: new Uint8Array(pdf) });
    const out = field.serialize(value, { suggestedFilenamePrefix: 'files/0', slug: undefined });
    expect(out.value).toBe('/materials/cms-upload.pdf');
    expect(out.asset.filename).toBe('cms-upload.pdf'); // saved as public/materials/cms-upload.pdf (a singleton has no entry folder)
    // Opening the list again finds the same file.
    expect(field.filename(out.value, { suggestedFilenamePrefix: 'files/0', slug: undefined })).toBe('cms-upload.pdf');
    expect(field.parse(out.value, { asset: out.asset.content, slug: undefined }).name).toBe('cms-upload.pdf');
    expect(() => field.validate({ name: '資料.pdf', data: new Uint8Array(1) })).toThrow(/半角英数字/);

    const seminar = readFileSync(join(projectRoot, 'content/seminars/2026-06-mental-health-osaka.md'), 'utf8').replace(
      '/materials/stress-check-annual-flow.pdf',
      out.value,
    );
    expect(await problemLines({ [`${MATERIALS_DIRECTORY}/cms-upload.pdf`]: pdf.toString('latin1'), 'content/seminars/2026-06-mental-health-osaka.md': seminar })).toEqual([]);
  });
});
