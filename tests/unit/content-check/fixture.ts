import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, formatProblem } from '../../../src/lib/content-check/index';

/**
 * Test trees for the content check: a copy of the real content/, public/ and src/pages/ (which the
 * content check passes with no problem, see real-content.test.ts), plus the files a test writes.
 * So each test's expected lines are exactly the problems of the files it wrote.
 */
export const projectRoot = join(import.meta.dirname, '..', '..', '..');
const made: string[] = [];

export function fixture(files: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  made.push(root);
  for (const dir of ['content', 'public', 'src/pages']) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    if (text === null) {
      rmSync(target, { recursive: true, force: true });
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return root;
}

export function removeFixtures(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** The formatted problem lines for a tree made of the real content plus `files`. */
export async function problemLines(files: Record<string, string | null>): Promise<string[]> {
  const result = await checkContent(fixture(files));
  return result.problems.map(formatProblem);
}

/** A valid guide frontmatter, one field per line (line 2 = title … line 9 = the url of the source). */
export const GUIDE_FRONTMATTER = [
  'title: テストの記事',
  'description: 内容チェックのテストに使う記事です。',
  'topic: support',
  'audience: [働く方]',
  'lastReviewed: 2026-11-21',
  'sources:',
  '  - name: こころの耳（厚生労働省）',
  '    url: https://kokoro.mhlw.go.jp/',
];

/** A guide file: `---`, the frontmatter lines, `---`, then the body (body line 1 = file line frontmatter + 3). */
export function guide(frontmatter: readonly string[] = GUIDE_FRONTMATTER, body = '本文です。\n'): string {
  return ['---', ...frontmatter, '---', body].join('\n');
}

/** The valid frontmatter with one field replaced (or removed with null), keeping the other lines in place. */
export function guideWith(field: string, line: string | null, body?: string): string {
  const lines = GUIDE_FRONTMATTER.flatMap((l) => (l.startsWith(`${field}:`) ? (line === null ? [] : [line]) : [l]));
  return guide(lines, body);
}

/** A valid seminar frontmatter (line 2 = title … line 20 = the kind of the material). */
export const SEMINAR_FRONTMATTER = [
  'title: テストのセミナー',
  'programme: メンタルヘルス対策セミナー',
  'topic: stress-check',
  'start: 2026-12-10T14:00',
  'end: 2026-12-10T16:00',
  'format: 会場',
  'venue: 大阪市内の会議室',
  'prefecture: 大阪府',
  'audience: [事業者・人事労務]',
  'capacity: 100',
  'fee: 無料',
  'apply:',
  '  contact: 事務局（seminar@example.jp）',
  'status: 受付中',
  'published: 2026-11-01',
  'materials:',
  '  - title: 当日資料',
  '    file: /materials/stress-check-annual-flow.pdf',
  '    kind: 当日資料',
];

export function seminar(frontmatter: readonly string[] = SEMINAR_FRONTMATTER, body = 'セミナーの内容です。\n'): string {
  return ['---', ...frontmatter, '---', body].join('\n');
}

/** The valid seminar with lines replaced: `{ 'end:': 'end: …' }`, a null value removes the line. */
export function seminarWith(changes: Record<string, string | null>): string {
  return seminar(
    SEMINAR_FRONTMATTER.flatMap((line) => {
      const prefix = Object.keys(changes).find((p) => line.startsWith(p));
      if (prefix === undefined) return [line];
      const replacement = changes[prefix];
      return replacement === null ? [] : [replacement];
    }),
  );
}
