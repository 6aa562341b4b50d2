/** Tells the page's analytics script that a self-assessment was completed: the instrument id only. */
export function trackCompletion(instrument: 'bjsq57' | 'excellent-company'): void {
  dispatchEvent(new CustomEvent('ohp:track', { detail: { type: 'diagnosis_complete', instrument } }));
}
