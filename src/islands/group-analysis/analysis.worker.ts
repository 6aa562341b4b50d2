import { analyseCsvBytes, type AnalysisInput, type AnalysisOutcome, type ProgressPhase } from '../../lib/group-analysis/pipeline';

/**
 * Reads and analyses one file off the main thread, so the page stays responsive and can show progress
 * for a large file. Bundled by Vite as a same-origin file (allowed by the CSP's worker-src 'self').
 * It only computes: it has no network access of its own to use and sends results to the page alone.
 */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  input: AnalysisInput;
}
export type WorkerReply =
  | { type: 'progress'; phase: ProgressPhase; done: number; total: number }
  | { type: 'done'; outcome: AnalysisOutcome }
  | { type: 'failed'; message: string };

// The DOM typings describe a window; a dedicated worker's scope is this much of it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = ({ data }) => {
  try {
    const outcome = analyseCsvBytes(new Uint8Array(data.bytes), data.input, (phase, done, total) =>
      scope.postMessage({ type: 'progress', phase, done, total }),
    );
    scope.postMessage({ type: 'done', outcome });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
