#!/usr/bin/env node
// Writes the two files offered on /check/group-analysis/ from the questionnaire data:
//   public/materials/group-analysis-template.csv  the header row only (集団,性別,A1,…,D2)
//   public/materials/group-analysis-sample.csv    synthetic answers (src/lib/group-analysis/sample.ts)
// Both UTF-8 with a BOM and CRLF, as Excel's 「CSV UTF-8」 writes them. Run it after changing bjsq57.json
// or the generator, and commit the outputs (a unit test fails while they are out of date):
//   node src/scripts/make-group-analysis-samples.mjs
// The generator is TypeScript with extensionless imports, so Vite's module runner loads it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { module: sample } = await runnerImport(`${root}src/lib/group-analysis/sample.ts`, { root, logLevel: 'silent', clearScreen: false });
const bjsq = JSON.parse(readFileSync(`${root}content/instruments/bjsq57.json`, 'utf8'));
const columns = {
  items: bjsq.sections.flatMap((s) => s.items.map((i) => i.id)),
  shortItems: bjsq.shortVersion23.items,
  reverseItems: bjsq.criteria.simpleSum57.reverseItems,
};

for (const [name, text] of [
  ['group-analysis-template.csv', sample.templateCsv(columns)],
  ['group-analysis-sample.csv', sample.sampleCsv(columns)],
]) {
  writeFileSync(`${root}public/materials/${name}`, text);
  console.log(`public/materials/${name}: ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
}
