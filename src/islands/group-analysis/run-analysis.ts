import type { AnalysisInput, AnalysisOutcome, ProgressPhase } from '../../lib/group-analysis/pipeline';
import type { WorkerReply, WorkerRequest } from './analysis.worker';

export type Progress = { phase: ProgressPhase; done: number; total: number };

/** Files larger than this are refused before reading: far beyond any workplace, and a tab could stall. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Analyses a chosen file in a Web Worker. If a worker cannot start (an old browser, a policy), the same
 * code runs here instead, loaded only then. Nothing is sent anywhere either way.
 */
export async function runAnalysis(file: File, input: AnalysisInput, onProgress: (p: Progress) => void): Promise<AnalysisOutcome> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'group-analysis' });
  } catch {
    return inThisPage(file, input);
  }
  const bytes = await file.arrayBuffer();
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'progress') return onProgress(data);
      worker.terminate();
      if (data.type === 'done') resolve(data.outcome);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      // The worker script itself failed to load or run: fall back rather than leave the person waiting.
      event.preventDefault();
      worker.terminate();
      inThisPage(file, input).then(resolve, reject);
    };
    const request: WorkerRequest = { bytes, input };
    worker.postMessage(request, [bytes]);
  });
}

async function inThisPage(file: File, input: AnalysisInput): Promise<AnalysisOutcome> {
  const [{ analyseCsvBytes }, bytes] = await Promise.all([import('../../lib/group-analysis/pipeline'), file.arrayBuffer()]);
  return analyseCsvBytes(new Uint8Array(bytes), input);
}
