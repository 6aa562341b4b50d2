// Build + index time of the real site, and of copies with 1,000 and 5,000 generated guide pages added
// in a temporary folder (never in the repository's content/).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleServerModule } from '../../src/scripts/bundle-server.mjs';
import { writeSiteManifest } from '../../src/scripts/site-manifest.mjs';
import { copyProject } from '../../tests/support/project-copy.mjs';
import { timed } from './process.mjs';

const TOPICS = ['stress-check', 'return-to-work', 'passive-smoking', 'excellent-company', 'overwork', 'support'];
const WORDS = ['労働者', '事業者', '面接指導', '衛生委員会', '産業医', '職場環境', '長時間労働', '健康診断', '休業', '復職', '喫煙室', '換気', '研修', '相談窓口', '記録', '計画', '評価', '改善', '安全配慮', '両立支援'];

function generatedGuide(i, topic) {
  let seed = i + 1;
  const word = () => WORDS[(seed = (seed * 48271) % 2147483647) % WORDS.length];
  const paragraph = () => Array.from({ length: 12 }, () => `${word()}について${word()}と${word()}を確認します。`).join('');
  const sections = Array.from({ length: 4 }, (_, s) => `## 項目${s + 1}：${word()}と${word()}\n\n${paragraph()}\n\n${paragraph()}\n`).join('\n');
  return `---
title: 生成された記事 ${i + 1}：${word()}の進め方
description: ベンチマーク用に生成した記事です（${topic}）。${word()}と${word()}について説明します。
topic: ${topic}
audience: [事業者・人事労務]
order: ${1000 + i}
lastReviewed: 2026-11-21
sources:
  - name: ベンチマーク用の出典（厚生労働省）
    url: https://www.mhlw.go.jp/source/${i}
keywords: [${word()}, ${word()}]
---

${sections}`;
}

/** Copies the project to a temporary folder, adds `count` generated guides and builds it there. */
export async function buildWithGenerated(count) {
  const work = copyProject(`ohp-scale-${count}-`).dir;
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length];
    mkdirSync(join(work, 'content', 'guides', topic), { recursive: true });
    writeFileSync(join(work, 'content', 'guides', topic, `generated-${String(i).padStart(5, '0')}.mdx`), generatedGuide(i, topic));
  }
  return { work, ...(await buildIn(work)) };
}

/** `astro build` and the Pagefind index, timed separately and together. */
export async function buildIn(dir) {
  const bin = (name) => join(dir, 'node_modules', '.bin', name);
  const astro = await timed(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir });
  const index = await timed(bin('pagefind'), ['--site', 'dist/client', '--force-language', 'ja'], { cwd: dir });
  const pages = Number(readFileSync(join(dir, 'dist', 'client', 'pagefind', 'pagefind-entry.json'), 'utf8').match(/"page_count":\s*(\d+)/)?.[1] ?? 0);
  // What npm run build adds for the server (not timed: it does not grow with the pages): the
  // collector's fast path, which serve.mjs loads, and the list of pages the collector accepts.
  await bundleServerModule(dir, 'src/server/collector-node.ts', join(dir, 'dist', 'server', 'collector.mjs'));
  writeSiteManifest(join(dir, 'dist'));
  return { buildMs: Math.round(astro.ms), indexMs: Math.round(index.ms), totalMs: Math.round(astro.ms + index.ms), peakMB: Math.max(astro.peakMB, index.peakMB), indexedPages: pages };
}

export const removeWork = (work) => rmSync(work, { recursive: true, force: true });
