import { useEffect, useState } from 'preact/hooks';
import type { ItemLayout } from '../../lib/group-analysis/columns';
import { formatJapaneseDate } from '../../lib/dates';
import type { NormDispute } from '../../lib/group-analysis/norms-schema';
import type { ImportReport } from '../../lib/group-analysis/pipeline';
import type { RuntimeNorms } from '../../lib/group-analysis/risk';
import { TAB_KEY, parseSaved, serializeSaved, type SavedAnalysis } from '../../lib/group-analysis/saved-analysis';
import type { RuntimeBjsq57 } from '../../lib/stress-check/schema';
import { savedAnswers } from '../shared/saved-answers';
import { useFocusTarget } from '../shared/use-focus-target';
import { FileDrop } from './FileDrop';
import { ImportReportView } from './ImportReportView';
import { ProgressView } from './ProgressView';
import { ResultView } from './ResultView';
import { MAX_FILE_BYTES, runAnalysis, type Progress } from './run-analysis';
import { trackCompletion } from '../shared/track';

interface Props {
  instrument: RuntimeBjsq57;
  layout: ItemLayout;
  norms: RuntimeNorms;
  disputes: NormDispute[];
}

/** A file being read, or one that could not be analysed (the last result stays as it was). */
type FileState =
  | { name: 'idle' }
  | { name: 'working'; fileName: string; progress: Progress | null }
  | { name: 'failed'; fileName: string; problems: string[]; report: ImportReport | null };

/** The tab's own memory (sessionStorage): a reload or Back brings the last result back. */
const tabStorage = savedAnswers(TAB_KEY, 'sessionStorage');

export default function GroupAnalysis({ instrument, layout, norms, disputes }: Props) {
  const [file, setFile] = useState<FileState>({ name: 'idle' });
  const [saved, setSaved] = useState<SavedAnalysis | null>(null);
  const { root, focusNext } = useFocusTarget([file, saved]);

  useEffect(() => setSaved(parseSaved(tabStorage.read())), []);

  const keep = (next: SavedAnalysis | null) => {
    setSaved(next);
    if (next) tabStorage.write(serializeSaved(next));
    else tabStorage.remove();
  };

  const analyse = async (chosen: File) => {
    if (chosen.size > MAX_FILE_BYTES) {
      focusNext('ga-file-problem');
      return setFile({ name: 'failed', fileName: chosen.name, problems: ['ファイルが大きすぎます（100MBまで）。集団ごとにファイルを分けて読み込んでください。'], report: null });
    }
    setFile({ name: 'working', fileName: chosen.name, progress: null });
    try {
      // Read and analysed in this browser (a Web Worker); nothing is uploaded.
      const outcome = await runAnalysis(chosen, { instrument, layout, norms }, (progress) =>
        setFile((f) => (f.name === 'working' ? { ...f, progress } : f)),
      );
      if (outcome.kind === 'analysed') {
        focusNext('ga-result-heading');
        setFile({ name: 'idle' });
        keep({ version: 1, analysedAt: new Date().toISOString(), fileName: chosen.name, report: outcome.report, analysis: outcome.analysis, revealed: [] });
        // Only that an analysis was completed is counted; no answer, group or result leaves the browser.
        trackCompletion('group-analysis');
      } else {
        focusNext('ga-file-problem');
        setFile({
          name: 'failed',
          fileName: chosen.name,
          problems: outcome.kind === 'unreadable' ? outcome.problems : ['分析できる行がありませんでした。下の「直してほしいところ」を直して、もう一度読み込んでください。'],
          report: outcome.kind === 'no-rows' ? outcome.report : null,
        });
      }
    } catch (error) {
      focusNext('ga-file-problem');
      setFile({
        name: 'failed',
        fileName: chosen.name,
        problems: [`ファイルを読み込めませんでした（${error instanceof Error ? error.message : String(error)}）。CSVとして保存し直してから、もう一度選んでください。`],
        report: null,
      });
    }
  };

  const reveal = (name: string, shown: boolean) => {
    if (!saved) return;
    const revealed = saved.revealed.filter((n) => n !== name);
    keep({ ...saved, revealed: shown ? [...revealed, name] : revealed });
  };

  return (
    <div class="group-analysis" ref={root}>
      <section class="ga-import no-print" aria-labelledby="ga-import-heading">
        <h2 id="ga-import-heading">ファイルを読み込んで分析する</h2>
        <p>ファイルはこのブラウザの中で読み、集計します。回答や集団の名前がこの端末の外に送られることはありません。</p>
        <FileDrop busy={file.name === 'working'} onFile={analyse} />
        <div role="status" class="ga-status">
          {file.name === 'working' && <ProgressView fileName={file.fileName} progress={file.progress} />}
        </div>
        {file.name === 'failed' && (
          <div class="check-error-summary ga-file-problem" id="ga-file-problem" tabIndex={-1}>
            <h3 class="ga-file-problem__heading">「{file.fileName}」を分析できませんでした</h3>
            <ul>
              {file.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            {file.report && <ImportReportView report={file.report} idPrefix="ga-failed" />}
            {saved && (
              <p>
                前の結果（「{saved.fileName}」、{formatJapaneseDate(new Date(saved.analysedAt))}に分析）をそのまま下に表示しています。
              </p>
            )}
          </div>
        )}
      </section>
      {saved ? (
        <ResultView saved={saved} norms={norms} disputes={disputes} onReveal={reveal} onClear={() => keep(null)} />
      ) : (
        <p class="ga-empty" data-testid="empty-state">
          まだ結果はありません。テンプレートに回答を入れたCSVファイル（または上のサンプル）を選ぶと、ここに集団ごとの結果と判定図が出ます。
        </p>
      )}
    </div>
  );
}
