import { listItems } from '../../lib/group-analysis/columns';
import { ENCODING_LABELS } from '../../lib/group-analysis/decode';
import { formatCount } from '../../lib/group-analysis/format';
import type { ImportReport } from '../../lib/group-analysis/pipeline';

/** What was read from a file, and every row that needs fixing, by line and column. */
export function ImportReportView({ report, idPrefix }: { report: ImportReport; idPrefix: string }) {
  const s = report.summary;
  return (
    <div class="ga-report">
      <ul class="ga-report__facts">
        <li>
          文字コード：{ENCODING_LABELS[s.encoding]}
          {s.separator === 'tab' ? '（タブ区切り）' : ''}
        </li>
        <li>
          読み込んだ行：{formatCount(s.rows)}行（うち分析に使った行 {formatCount(s.used)}行、エラーで除いた行 {formatCount(s.excluded)}行）
        </li>
        {s.shortOnly > 0 && <li>高ストレスの判定に含めなかった行（57項目がそろっていない回答）：{formatCount(s.shortOnly)}行</li>}
        {s.form === '23' && (
          <li class="ga-report__warn">
            57項目のうち {listItems(s.missingFor57)}の列がないため、簡略版（23項目）として読みました。判定図と健康リスクは出せますが、高ストレス者の判定はしていません。
          </li>
        )}
        {s.ignoredColumns.length > 0 && <li>使わなかった列：{s.ignoredColumns.join('、')}（集計には使いません）</li>}
        {s.skippedAbove > 0 && <li>見出しの行より上の{s.skippedAbove}行は読み飛ばしました。</li>}
        {s.unreadable > 0 && (
          <li class="ga-report__warn">
            読めない文字が{formatCount(s.unreadable)}文字ありました。文字化けしている場合は、Excelで「CSV UTF-8（コンマ区切り）」として保存し直してください。
          </li>
        )}
        {s.unclosedQuoteLine !== null && (
          <li class="ga-report__warn">{s.unclosedQuoteLine}行目で始まる「"」が閉じられていないため、そこからファイルの終わりまでを1つの値として読みました。</li>
        )}
      </ul>
      {report.errorCount > 0 && (
        <ProblemList
          id={`${idPrefix}-errors`}
          heading={`直してほしいところ（${formatCount(report.errorCount)}件）`}
          lead="次の行は分析に含めていません。ほかの行は分析しています。ファイルを直して保存し、もう一度読み込んでください。"
          items={report.errors.map((e) => e.message)}
          total={report.errorCount}
        />
      )}
      {report.noteCount > 0 && (
        <ProblemList
          id={`${idPrefix}-notes`}
          heading={`高ストレスの判定に含めなかった行（${formatCount(report.noteCount)}件）`}
          lead="判定図と健康リスクには含めています。"
          items={report.notes.map((n) => n.message)}
          total={report.noteCount}
        />
      )}
    </div>
  );
}

function ProblemList({ id, heading, lead, items, total }: { id: string; heading: string; lead: string; items: string[]; total: number }) {
  const list = (
    <ul class="ga-problems" id={`${id}-list`}>
      {items.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
  return (
    <div class="ga-problem-list">
      <h3 id={id}>{heading}</h3>
      <p>{lead}</p>
      {/* A long list scrolls in its own box (reachable with the keyboard), so the results stay near. */}
      {items.length > 8 ? (
        <div class="ga-scroll-box" role="region" aria-labelledby={id} tabIndex={0}>
          {list}
        </div>
      ) : (
        list
      )}
      {total > items.length && <p>ほか{formatCount(total - items.length)}件あります（最初の{formatCount(items.length)}件を表示しています）。</p>}
    </div>
  );
}
