import type { Domain, RuntimeBjsq57, RuntimeCriterion, RuntimeScale, SectionId } from './schema';

/**
 * Scoring of the 57-item 職業性ストレス簡易調査票 by both MHLW methods of the 実施マニュアル
 * (「評価基準の設定例」): その1 合計点数 and その2 素点換算表. Pure: no DOM, no Astro.
 * Thresholds, reverse items, formulas and tables all come from the instrument data.
 */

export type Sex = 'male' | 'female';
/** Item id → printed option position, 1 (leftmost) … 4. */
export type Answers = Readonly<Record<string, number>>;

/** Answer points 1..4 (stress-check.md §1); the 合計点数 method recodes reverse items as 5 − answer (1⇄4, 2⇄3). */
const ANSWER_MIN = 1;
const ANSWER_MAX = 4;

/** 「A3、B12 ほか全5項目」: the first two ids, then the count. */
function listIds(ids: readonly string[]): string {
  return ids.length <= 2 ? ids.join('、') : `${ids.slice(0, 2).join('、')} ほか全${ids.length}項目`;
}

/** Some items have no answer (absent, undefined or null). `missing` is in questionnaire order. */
export class IncompleteAnswersError extends Error {
  readonly missing: string[];
  constructor(missing: string[]) {
    super(`未回答の項目があります（${listIds(missing)}）。すべての項目に回答してください。`);
    this.name = 'IncompleteAnswersError';
    this.missing = missing;
  }
}

/** Some answers are not an integer 1..4 (0, 5, 2.5, the string '2' …). `invalid` is in questionnaire order. */
export class InvalidAnswersError extends Error {
  readonly invalid: string[];
  constructor(invalid: string[]) {
    super(`回答の値が正しくありません（${listIds(invalid)}）。各項目は1〜4の中から選んでください。`);
    this.name = 'InvalidAnswersError';
    this.invalid = invalid;
  }
}

/**
 * Throws InvalidAnswersError if any value is not an integer 1..4 (checked first: such a value means a bug or
 * tampering, not a skipped question), else IncompleteAnswersError if any item is unanswered. Keys that are not
 * item ids are ignored.
 */
export function assertValidAnswers(instrument: RuntimeBjsq57, answers: Answers): void {
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const section of instrument.sections) {
    for (const { id } of section.items) {
      const value: unknown = Object.hasOwn(answers, id) ? answers[id] : undefined;
      if (value === undefined || value === null) missing.push(id);
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < ANSWER_MIN || value > ANSWER_MAX) invalid.push(id);
    }
  }
  if (invalid.length > 0) throw new InvalidAnswersError(invalid);
  if (missing.length > 0) throw new IncompleteAnswersError(missing);
}

export interface MethodResult {
  A: number;
  B: number;
  C: number;
  highStress: boolean;
  /** Ids of the criteria that matched, e.g. ['ア'] or ['ア', 'イ']. */
  reasons: string[];
}
export interface ScaleResult {
  id: string;
  name: string;
  domain: SectionId;
  raw: number;
  /** 評価点 1 (most stress) … 5; null when the sex's table has no row set for this scale. */
  point: number | null;
}
export interface StressCheckResult {
  /** その1: 合計点数 (higher = more stress). */
  sum: MethodResult;
  /** その2: 素点換算表 (評価点, lower = more stress); scales lists all scales incl. 満足度. */
  conversion: MethodResult & { scales: ScaleResult[] };
}

function matchedCriteria(criteria: readonly RuntimeCriterion[], totals: Record<Domain, number>): string[] {
  return criteria
    .filter((c) =>
      c.all.every(({ domains, op, value }) => {
        const total = domains.reduce((n, d) => n + totals[d], 0);
        return op === '>=' ? total >= value : total <= value;
      }),
    )
    .map((c) => c.id);
}

function verdict(criteria: readonly RuntimeCriterion[], totals: Record<Domain, number>): MethodResult {
  const reasons = matchedCriteria(criteria, totals);
  return { ...totals, highStress: reasons.length > 0, reasons };
}

/** A scale's raw score (素点) by its formula, from the raw answers. */
export function rawScore(scale: Pick<RuntimeScale, 'constant' | 'terms'>, answers: Answers): number {
  return scale.terms.reduce((n, { item, weight }) => n + weight * (answers[item] as number), scale.constant);
}

function simpleSum(instrument: RuntimeBjsq57, answers: Answers): MethodResult {
  const reverse = new Set(instrument.reverseItems);
  const totals: Record<Domain, number> = { A: 0, B: 0, C: 0 };
  for (const section of instrument.sections) {
    if (section.id === 'D') continue;
    for (const { id } of section.items) {
      const value = answers[id] as number;
      totals[section.id] += reverse.has(id) ? ANSWER_MIN + ANSWER_MAX - value : value;
    }
  }
  return verdict(instrument.criteria.simpleSum, totals);
}

function conversion(instrument: RuntimeBjsq57, answers: Answers, sex: Sex): StressCheckResult['conversion'] {
  const tables = instrument.conversion[sex];
  const totals: Record<Domain, number> = { A: 0, B: 0, C: 0 };
  const scales = instrument.scales.map(({ id, name, domain, constant, terms, usedInHighStressJudgement }) => {
    const raw = rawScore({ constant, terms }, answers);
    const rows = tables[id];
    const point = rows ? (rows.find((r) => raw >= r.min && raw <= r.max)?.point ?? null) : null;
    // D (満足度) is not summed: the manual's criteria leave it out of the verdict (bjsq57.json criteria.note).
    if (usedInHighStressJudgement && domain !== 'D') {
      // The schema guarantees a row for every possible raw score of these scales.
      if (point === null) throw new Error(`素点換算表に尺度 ${id} の素点 ${raw} の行がありません`);
      totals[domain] += point;
    }
    return { id, name, domain, raw, point };
  });
  return { ...verdict(instrument.criteria.conversion, totals), scales };
}

/**
 * Scores a complete set of answers by both methods. Throws InvalidAnswersError / IncompleteAnswersError
 * (see assertValidAnswers) before any scoring, and a TypeError for an unknown sex.
 */
export function scoreBjsq57(instrument: RuntimeBjsq57, answers: Answers, sex: Sex): StressCheckResult {
  if (sex !== 'male' && sex !== 'female') throw new TypeError(`sex は 'male' か 'female' にしてください: ${String(sex)}`);
  assertValidAnswers(instrument, answers);
  return { sum: simpleSum(instrument, answers), conversion: conversion(instrument, answers, sex) };
}
