#!/usr/bin/env node
// The content check for staff: `node src/scripts/check-content.mjs [--root <dir>]`.
// Prints each problem line to stderr and a closing line, exit 1; or one summary line to stdout, exit 0.
// The checker is TypeScript with extensionless imports, so Vite's module runner loads it (plain Node cannot).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function rootArgument(args) {
  const i = args.indexOf('--root');
  if (i < 0) return projectRoot;
  const dir = args[i + 1];
  if (!dir) {
    process.stderr.write('内容チェック：--root の後ろに、確かめるフォルダを書いてください（例：--root ./コピー）\n');
    process.exit(2);
  }
  return resolve(dir);
}

const root = rootArgument(process.argv.slice(2));
let module;
let result;
try {
  ({ module } = await runnerImport(fileURLToPath(new URL('../lib/content-check/index.ts', import.meta.url)), {
    root: projectRoot,
    logLevel: 'silent',
    clearScreen: false,
  }));
  result = await module.checkContent(root);
} catch (error) {
  // Not a content problem: the checker itself could not run. Say so in one line, for the developers.
  process.stderr.write(`内容チェック：チェックを実行できませんでした（${error instanceof Error ? error.message : error}）。開発担当に知らせてください。\n`);
  process.exit(2);
}
if (result.problems.length > 0) {
  process.stderr.write(`${[...result.problems.map(module.formatProblem), module.formatSummary(result)].join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`${module.formatSummary(result)}\n`);
}
