/**
 * The self-assessments whose completions are counted (analytics), by id. One list for the event
 * schema, the KPI targets, the islands that report a completion and the dashboard's names.
 */
export const INSTRUMENT_IDS = ['bjsq57', 'excellent-company', 'group-analysis'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];
