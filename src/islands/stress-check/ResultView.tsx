import type { StressCheckResult } from '../../lib/stress-check/score';
import { overallVerdict, toVerdict } from '../../lib/stress-check/verdict';
import { formatJapaneseDate } from '../../lib/dates';
import { onScreenLevelLabel } from '../../lib/stress-check/steps';
import { ConfirmAction } from '../shared/ConfirmAction';
import { HelpContacts } from '../shared/HelpContacts';
import { RadarChart } from './RadarChart';
import { ScoreBar } from './ScoreBar';

export interface ScaleInfo {
  id: string;
  name: string;
  domain: string;
  direction: 'stress' | 'resource';
}

interface Props {
  result: StressCheckResult;
  scales: readonly ScaleInfo[];
  levelLabels: readonly string[];
  explanations: Readonly<Record<string, string>>;
  onRestart: () => void;
}

const VERDICTS = {
  high: {
    heading: 'ストレスが高い状態にある可能性があります',
    body: '今回の回答は、厚生労働省のマニュアルに示された「高ストレス」の基準に当てはまりました。これは診断ではありませんが、心や体が無理をしているサインかもしれません。一人で抱え込まず、下の相談先を早めに使ってみてください。',
  },
  normal: {
    heading: '高ストレスの基準には当てはまりませんでした',
    body: '今回の回答は、厚生労働省のマニュアルに示された「高ストレス」の基準に当てはまりませんでした。それでも、評価点の低い（1や2の）尺度があれば、休息や相談のきっかけにしてください。',
  },
  split: {
    heading: '評価の方法によって結果が分かれました',
    body: '高ストレスかどうかを決める2つの方法のうち、一方では基準に当てはまり、もう一方では当てはまりませんでした。基準の境目に近い状態と考えられます。気になることがあれば、早めに相談先を使ってみてください。',
  },
} as const;

const DOMAINS = [
  { id: 'A', title: 'ストレスの原因と考えられる因子' },
  { id: 'B', title: 'ストレスによって起こる心身の反応' },
  { id: 'C', title: 'ストレス反応に影響を与える他の因子（周囲のサポート）' },
] as const;

export function ResultView({ result, scales, levelLabels, explanations, onRestart }: Props) {
  const overall = overallVerdict(result.sum.highStress, result.conversion.highStress);
  const verdict = VERDICTS[overall];
  const scaleInfo = new Map(scales.map((s) => [s.id, s]));
  const level = (id: string, point: number) => {
    const column = scaleInfo.get(id)?.direction === 'stress' ? 6 - point : point;
    return onScreenLevelLabel(levelLabels[column - 1] ?? '');
  };
  const scores = {
    sum: { A: result.sum.A, B: result.sum.B, C: result.sum.C },
    conversion: { A: result.conversion.A, B: result.conversion.B, C: result.conversion.C },
  };
  const satisfaction = result.conversion.scales.find((s) => s.domain === 'D');

  return (
    <section
      class={`check-result check-result--${overall}`}
      id="check-result"
      aria-labelledby="check-result-heading"
      data-verdict-conversion={toVerdict(result.conversion.highStress)}
      data-verdict-sum={toVerdict(result.sum.highStress)}
      data-scores={JSON.stringify(scores)}
    >
      <h2 id="check-result-heading" tabIndex={-1}>
        チェックの結果
      </h2>
      <p class="check-date">チェックした日：{formatJapaneseDate(new Date())}</p>
      <div class="check-verdict">
        <p class="check-verdict__heading" data-testid="verdict">
          {verdict.heading}
        </p>
        <p>{verdict.body}</p>
      </div>
      {overall !== 'normal' && <HelpContacts headingLevel={3} />}

      <h3>次にできること</h3>
      <ul class="check-next">
        <li>
          勤め先のストレスチェックで「面接指導が必要」とされた場合は、会社に申し出ると医師による面接指導を受けられます。申し出を理由に不利益な扱いをすることは法律で禁じられています（
          <a href="/guides/stress-check/high-stress-and-interview/">面接指導の申し出方</a>）。
        </li>
        <li>社内に産業医や保健師がいれば、このセルフチェックの結果を持って相談できます。</li>
        <li>
          社内では話しにくいときは、厚生労働省の「こころの耳」の電話・SNS・メール相談が使えます（
          <a href="/guides/support/kokoro-no-mimi/">こころの耳の相談窓口</a>）。
        </li>
        <li>眠れない、食欲がないといった状態が続くときは、かかりつけ医や心療内科などの医療機関に相談してください。</li>
      </ul>

      <h3>評価の内訳</h3>
      <table class="check-breakdown">
        <caption>高ストレスの判定に使う2つの方法の点数</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">素点換算表</th>
            <th scope="col">合計点数</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['A', 'A ストレスの原因'],
              ['B', 'B 心身の反応'],
              ['C', 'C 周囲のサポート'],
            ] as const
          ).map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{result.conversion[key]}</td>
              <td>{result.sum[key]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">判定</th>
            <td>{result.conversion.highStress ? '高ストレス' : '該当しない'}</td>
            <td>{result.sum.highStress ? '高ストレス' : '該当しない'}</td>
          </tr>
        </tbody>
      </table>
      <p class="check-note">
        素点換算表では評価点が低いほど、合計点数では点数が高いほどストレスが高い状態です。判定基準は厚生労働省「ストレスチェック制度実施マニュアル」の評価基準の例によります。
      </p>

      <p class="check-note" data-testid="scale-reading">
        次の表の「評価点（1〜5）」は、どの尺度でも1に近いほどストレスの面で注意が必要な状態、5に近いほどよい状態です。「状態」の欄は、その尺度そのものの程度（低い/少ない〜高い/多い）です。たとえば「心理的な仕事の負担（量）」の状態が「高い/多い」なら、評価点は1に近くなります。
      </p>

      {DOMAINS.map((domain) => {
        const items = result.conversion.scales.filter((s) => s.domain === domain.id && s.point !== null) as {
          id: string;
          name: string;
          point: number;
        }[];
        return (
          <section class="check-domain" key={domain.id} aria-labelledby={`domain-${domain.id}`}>
            <h3 id={`domain-${domain.id}`}>{domain.title}</h3>
            <figure class="check-domain__chart">
              <RadarChart id={`radar-${domain.id}`} title={domain.title} scales={items} />
              <figcaption>外側ほど評価点が高く、ストレスの面でよい状態です（中心が1点、いちばん外側が5点）。</figcaption>
            </figure>
            <table class="check-scales">
              <caption class="visually-hidden">{domain.title}の尺度ごとの評価点</caption>
              <thead>
                <tr>
                  <th scope="col">尺度</th>
                  <th scope="col">評価点・状態</th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.id} data-scale={s.id}>
                    <th scope="row">
                      {s.name}
                      <span class="check-scales__explain">{explanations[s.id]}</span>
                    </th>
                    <td class="check-scales__score">
                      <span class="check-scales__point">{s.point}</span>
                      <span class="visually-hidden">点（5点満点）</span>
                      <ScoreBar point={s.point} />
                      <span class="check-scales__level">{level(s.id, s.point)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      {satisfaction && (
        <p class="check-note">
          {satisfaction.name}：素点 {satisfaction.raw}（2〜8点、高いほど満足）。{explanations[satisfaction.id]}
        </p>
      )}

      {overall === 'normal' && <HelpContacts headingLevel={3} />}

      <div class="check-actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          印刷・PDFで保存
        </button>
      </div>
      <div class="check-restart no-print">
        <ConfirmAction
          label="もう一度チェックする"
          question="この結果と回答をすべて消して、最初からやり直しますか？消した結果は元に戻せません。"
          confirmLabel="消して最初からやり直す"
          onConfirm={onRestart}
        />
      </div>
    </section>
  );
}
