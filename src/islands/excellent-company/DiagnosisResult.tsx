import type { Answers, EvaluationResult } from '../../lib/excellent-company/evaluate';
import { CRITERIA_ARTICLE, VERDICT_LABELS, answersToCsv, answersToJson, itemAnchor, shortfalls } from '../../lib/excellent-company/evaluate';
import { formatJapaneseDate } from '../../lib/dates';
import { ConfirmAction } from '../shared/ConfirmAction';
import type { RuntimeCriteria } from '../../lib/excellent-company/schema';
import { downloadText } from './download';
import { RequiredToConfirm } from './RequiredToConfirm';

interface Props {
  criteria: RuntimeCriteria;
  answers: Answers;
  result: EvaluationResult;
  /** Typed for the printout only; kept in this tab, never sent. */
  company: string;
  onCompany: (name: string) => void;
  onRestart: () => void;
}

const EXPLANATION = {
  meets: '回答のとおりであれば、必要項目をすべて満たし、各分野で6割以上、全体で8割以上の得点です。申請を検討する目安になります。',
  'not-meets': '必要項目は満たしていますが、6割に届かない分野があるか、全体の得点が8割に届いていません。下の「満たしていない項目」から取り組めるものを確かめてください。',
  ineligible: '公式の認定基準の文言どおりの必要項目に「×」があるため、今の時点では認定の対象になりません。必要項目は、法令違反がないことや安全衛生の体制など、優良企業の前提となる条件です。まずこれらを整えることから始めましょう。',
  'needs-check':
    '得点は各分野6割以上、全体8割以上です。ただ、「×」と答えた必要項目は公式の文言を確認できなかった項目で、公式の条件とは違う可能性があります。この診断では「対象になりません」とは判定せず、要確認とします。公表されている内容を見て、本社を管轄する都道府県労働局に確認してください。',
} as const;

/** A bar of the score with a tick at the pass mark; drawn in SVG (no inline styles, so CSP-safe). */
function ScoreBar({ score, max, needed }: { score: number; max: number; needed: number }) {
  const at = (n: number) => (n / max) * 100;
  return (
    <svg class="area-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="area-bar__track" x="0" y="2" width="100" height="6" />
      <rect class="area-bar__fill" x="0" y="2" width={at(score)} height="6" />
      <line class="area-bar__mark" x1={at(needed)} x2={at(needed)} y1="0" y2="10" />
    </svg>
  );
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });

export function DiagnosisResult({ criteria, answers, result, company, onCompany, onRestart }: Props) {
  const areaName = new Map(criteria.areas.map((a) => [a.id, a.name]));
  const officialUnmet = result.unmetRequired.filter((r) => r.official);
  const toConfirm = criteria.required.filter((r) => result.unmetRequired.some((u) => u.id === r.id && !u.official));
  const gaps = shortfalls(result);
  const downloadCsv = () =>
    downloadText(`安全衛生優良企業_自己診断_${today()}.csv`, answersToCsv(criteria, answers, result, { bom: true }), 'text/csv;charset=utf-8');
  const downloadJson = () =>
    downloadText(
      `安全衛生優良企業_自己診断_${today()}.json`,
      JSON.stringify({ date: today(), ...answersToJson(criteria, answers, result) }, null, 2),
      'application/json',
    );

  return (
    <section class={`check-result diagnosis-result--${result.verdict}`} id="diagnosis-result" aria-labelledby="diagnosis-result-heading" data-verdict={result.verdict}>
      <h2 id="diagnosis-result-heading" tabIndex={-1}>
        診断の結果（参考）
      </h2>
      <p class="check-date">
        診断した日：{formatJapaneseDate(new Date())}
        {company && <span class="print-only">　会社名：{company}</span>}
      </p>
      <div class={`check-verdict check-verdict--${result.verdict}`}>
        <p class="check-verdict__heading" data-testid="verdict">
          {VERDICT_LABELS[result.verdict]}
        </p>
        <p>{EXPLANATION[result.verdict]}</p>
        {gaps.length > 0 && (
          <>
            <p>基準に届いていないところ：</p>
            <ul class="shortfalls" data-testid="shortfalls">
              {gaps.map((g) => (
                <li key={g.id}>
                  {g.label}：あと{g.points}点
                </li>
              ))}
            </ul>
          </>
        )}
        {officialUnmet.length > 0 && (
          <>
            <p>満たしていない必要項目（公式の文言）：</p>
            <ul>
              {officialUnmet.map((r) => (
                <li key={r.id}>
                  <span class="item-code">{r.id}</span> {r.text}
                </li>
              ))}
            </ul>
          </>
        )}
        {toConfirm.length > 0 && (
          <>
            <p>労働局に確認が必要な必要項目（このポータルの文言で「×」）：</p>
            <RequiredToConfirm items={toConfirm} />
          </>
        )}
      </div>
      <p class="portal-worded" data-testid="portal-worded">
        この診断のうち、必要項目 {result.portalWordedRequired.join('、')} と、すべての評価項目は、公式の文言を確認できなかったため、このポータルが分野の趣旨にもとづいて書いた言葉で判断しています。
      </p>

      <h3 id="area-scores-heading">分野ごとの得点</h3>
      <div class="table-scroll" role="region" aria-labelledby="area-scores-heading" tabIndex={0}>
        <table class="area-scores">
          <thead>
            <tr>
              <th scope="col">分野</th>
              <th scope="col">得点と基準</th>
              <th scope="col">判定</th>
            </tr>
          </thead>
          <tbody>
            {result.areas.map((area) => (
              <tr key={area.id} data-area={area.id} data-score={area.score}>
                <th scope="row">
                  {area.id} {area.name}
                  <ScoreBar score={area.score} max={area.max} needed={area.needed} />
                </th>
                <td class="area-scores__score">
                  <strong>
                    {area.score} / {area.max}点
                  </strong>
                  <span class="area-scores__needed">{area.needed}点以上（6割）</span>
                </td>
                <td class="area-scores__verdict">{area.passed ? '達成' : '未達成'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-area="total" data-score={result.total.score}>
              <th scope="row">総合点</th>
              <td class="area-scores__score">
                <strong>
                  {result.total.score} / {result.total.max}点
                </strong>
                <span class="area-scores__needed">{result.total.needed}点以上（8割）</span>
              </td>
              <td class="area-scores__verdict">{result.total.passed ? '達成' : '未達成'}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <h3>満たしていない項目</h3>
      {result.unmetItems.length === 0 ? (
        <p>「×」と答えた評価項目はありません。</p>
      ) : (
        <ul class="unmet-items">
          {result.unmetItems.map((item) => (
            <li key={item.id}>
              <span class="unmet-items__area">分野 {item.area} {areaName.get(item.area)}</span>
              <span class="item-code">{item.id}</span> {item.text}（{item.points}点）（
              <a href={`${CRITERIA_ARTICLE}#${itemAnchor(item.id)}`}>解説を読む</a>）
            </li>
          ))}
        </ul>
      )}

      <h3>次にすること</h3>
      <ul class="check-next">
        <li>認定の申請先は、本社を管轄する都道府県労働局です。企業単位の認定のため、全ての事業場で基準を満たしている必要があります。</li>
        <li>申請には、申請書のほか、各基準を満たしていることを示す書類（安全衛生の体制図や事務分掌など）が必要とされています。様式と提出方法は労働局で確認してください。</li>
        <li>
          この診断は参考版です。正式な基準と項目は厚生労働省の資料で確認してください（
          <a href="/guides/excellent-company/criteria/">認定基準の構成</a>、<a href="/guides/excellent-company/overview/">制度と申請の流れ</a>）。
        </li>
      </ul>

      <div class="check-actions no-print">
        <label class="company-name">
          会社名（印刷用・任意。この端末の外には送られません）
          <input type="text" maxLength={100} value={company} onInput={(e) => onCompany(e.currentTarget.value)} autoComplete="organization" />
        </label>
        <button type="button" class="button" onClick={() => window.print()}>
          印刷（社内報告用）
        </button>
        <button type="button" class="button button--secondary" onClick={downloadCsv}>
          回答と結果をCSVで保存
        </button>
        <button type="button" class="button button--secondary" onClick={downloadJson}>
          回答と結果をJSONで保存
        </button>
      </div>
      <div class="check-restart no-print">
        <ConfirmAction
          label="最初からやり直す"
          question="この結果とすべての回答を消して、最初からやり直しますか？消した回答は元に戻せません（CSVやJSONで保存した分は残ります）。"
          confirmLabel="消して最初からやり直す"
          onConfirm={onRestart}
        />
      </div>
    </section>
  );
}
