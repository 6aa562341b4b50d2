import { formatJapaneseDate, isoDateJst } from '../../lib/dates';
import { groupResultsCsv } from '../../lib/group-analysis/export-csv';
import { COMBINE_RULE, HIGH_STRESS_RULE, SHORT_FORM_RULE, normsNote } from '../../lib/group-analysis/method';
import type { NormDispute } from '../../lib/group-analysis/norms-schema';
import type { RuntimeNorms } from '../../lib/group-analysis/risk';
import type { SavedAnalysis } from '../../lib/group-analysis/saved-analysis';
import { downloadText } from '../excellent-company/download';
import { ConfirmAction } from '../shared/ConfirmAction';
import { ChartsSection } from './ChartsSection';
import { ImportReportView } from './ImportReportView';
import { ResultsTable } from './ResultsTable';
import { SmallGroupNotice } from './SmallGroupNotice';

interface Props {
  saved: SavedAnalysis;
  norms: RuntimeNorms;
  disputes: readonly NormDispute[];
  onReveal: (name: string, shown: boolean) => void;
  onClear: () => void;
}

export function ResultView({ saved, norms, disputes, onReveal, onClear }: Props) {
  const { analysis, report } = saved;
  const revealed = new Set(saved.revealed);
  const analysedAt = new Date(saved.analysedAt);
  const small = [...analysis.groups, analysis.whole].filter((g) => g.small);
  const notes = [HIGH_STRESS_RULE, SHORT_FORM_RULE, COMBINE_RULE, normsNote(disputes)];

  const downloadCsv = () =>
    downloadText(
      `集団分析_${isoDateJst(analysedAt)}.csv`,
      groupResultsCsv(analysis, revealed, { date: formatJapaneseDate(analysedAt), methodNotes: notes }),
      'text/csv;charset=utf-8',
    );

  return (
    <section class="check-result ga-result" id="ga-result" aria-labelledby="ga-result-heading">
      <h2 id="ga-result-heading" tabIndex={-1}>
        集団分析の結果
      </h2>
      <p class="check-date" data-testid="analysed-date">
        分析した日：{formatJapaneseDate(analysedAt)}　ファイル：{saved.fileName}
      </p>

      <h3>読み込んだデータ</h3>
      <ImportReportView report={report} idPrefix="ga-result" />

      <SmallGroupNotice small={small} revealed={revealed} onReveal={onReveal} />

      <h3 id="ga-groups-heading">集団ごとの結果</h3>
      <ResultsTable analysis={analysis} revealed={revealed} />
      <ul class="ga-notes">
        <li>健康リスクは全国平均を100とした値です。たとえば120は、健康問題が起きるリスクが全国平均の約1.2倍と読むのが一般的です。</li>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>

      <ChartsSection analysis={analysis} revealed={revealed} norms={norms} />

      <h3 class="no-print">結果の保存と印刷</h3>
      <p class="no-print">
        CSVと印刷には、画面と同じ結果と注意書きが入ります（10人未満で表示していない集団は、名前と人数だけです）。どちらもこのブラウザの中で作り、どこにも送りません。
      </p>
      <div class="check-actions no-print">
        <button type="button" class="button" onClick={downloadCsv}>
          集団ごとの結果をCSVで保存
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          印刷・PDFで保存
        </button>
      </div>
      <div class="check-restart no-print">
        <ConfirmAction
          label="結果を消す"
          question="この画面の分析結果を消しますか？元のCSVファイルは消えません。もう一度読み込めば同じ結果になります。"
          confirmLabel="結果を消す"
          onConfirm={onClear}
        />
      </div>
    </section>
  );
}
