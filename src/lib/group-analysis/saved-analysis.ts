import { readSavedRecord } from '../saved-record';
import type { Analysis, GroupResult } from './analyse';
import type { ImportReport } from './pipeline';
import { CHART_SCALES } from './scales';

/**
 * The last analysis, kept in this tab only (sessionStorage, which ends with the tab), so a reload or a
 * link and Back do not lose it. Never localStorage, never sent. What is read back is checked and
 * dropped if anything is off, never trusted.
 */
export const TAB_KEY = 'ohp:group-analysis:tab:v1';

export interface SavedAnalysis {
  version: 1;
  /** ISO time of the analysis. */
  analysedAt: string;
  fileName: string;
  report: ImportReport;
  analysis: Analysis;
  /** Small groups the 実施者 chose to show. */
  revealed: string[];
}

export const serializeSaved = (saved: Omit<SavedAnalysis, 'version'>): string => JSON.stringify({ version: 1, ...saved });

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isScales = (v: unknown) => isObj(v) && CHART_SCALES.every((k) => isNum(v[k]));
const isRisk = (v: unknown) => isObj(v) && isNum(v.a) && isNum(v.b) && isNum(v.total);

function isGroup(v: unknown): v is GroupResult {
  if (!isObj(v) || typeof v.name !== 'string' || typeof v.small !== 'boolean') return false;
  const hs = v.highStress;
  return (
    ['people', 'male', 'female', 'judged'].every((k) => isNum(v[k])) &&
    isObj(hs) &&
    isNum(hs.sum) &&
    isNum(hs.conversion) &&
    isScales(v.means) &&
    isRisk(v.risk) &&
    isObj(v.bySex)
  );
}

function isReport(v: unknown): v is ImportReport {
  if (!isObj(v) || !isObj(v.summary) || !Array.isArray(v.errors) || !Array.isArray(v.notes)) return false;
  const s = v.summary;
  return (
    ['rows', 'used', 'excluded', 'shortOnly', 'skippedAbove', 'unreadable'].every((k) => isNum(s[k])) &&
    typeof s.encoding === 'string' &&
    (s.form === '57' || s.form === '23') &&
    Array.isArray(s.ignoredColumns) &&
    Array.isArray(s.missingFor57) &&
    isNum(v.errorCount) &&
    isNum(v.noteCount) &&
    v.errors.every((e) => isObj(e) && isNum(e.line) && typeof e.message === 'string') &&
    v.notes.every((n) => isObj(n) && isNum(n.line) && typeof n.message === 'string')
  );
}

export function parseSaved(raw: string | null): SavedAnalysis | null {
  const data = readSavedRecord(raw, 1);
  if (!data) return null;
  const { analysedAt, fileName, report, analysis, revealed } = data;
  if (typeof analysedAt !== 'string' || Number.isNaN(Date.parse(analysedAt)) || typeof fileName !== 'string') return null;
  if (!isReport(report) || !isObj(analysis) || !Array.isArray(analysis.groups) || !analysis.groups.every(isGroup) || !isGroup(analysis.whole)) return null;
  if (!Array.isArray(revealed) || !revealed.every((r) => typeof r === 'string')) return null;
  return { version: 1, analysedAt, fileName, report, analysis: analysis as unknown as Analysis, revealed };
}
