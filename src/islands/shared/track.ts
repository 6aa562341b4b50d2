import type { InstrumentId } from '../../lib/instruments';

/** Tells the page's analytics script that a self-assessment was completed: the instrument id only. */
export function trackCompletion(instrument: InstrumentId): void {
  dispatchEvent(new CustomEvent('ohp:track', { detail: { type: 'diagnosis_complete', instrument } }));
}
