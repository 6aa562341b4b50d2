import type { StressCheckResult } from '../../lib/stress-check/score';
import { overallVerdict, toVerdict } from '../../lib/stress-check/verdict';
import { RadarChart } from './RadarChart';

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
    body: '今回の回答は、厚生労働省のマニュアルに示された「高ストレス」の基準に当てはまりませんでした。それでも、グラフで点数の低い項目があれば、休息や相談のきっかけにしてください。',
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
    return levelLabels[column - 1] ?? '';
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
      <div class="check-verdict">
        <p class="check-verdict__heading" data-testid="verdict">
          {verdict.heading}
        </p>
        <p>{verdict.body}</p>
      </div>

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
      <div class="table-scroll" role="region" aria-labelledby="check-breakdown-caption" tabIndex={0}>
        <table>
          <caption id="check-breakdown-caption">高ストレスの判定に使う2つの方法の点数</caption>
          <thead>
            <tr>
              <th scope="col">方法</th>
              <th scope="col">A 原因</th>
              <th scope="col">B 心身の反応</th>
              <th scope="col">C サポート</th>
              <th scope="col">判定</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">素点換算表（評価点の合計）</th>
              <td>{result.conversion.A}</td>
              <td>{result.conversion.B}</td>
              <td>{result.conversion.C}</td>
              <td>{result.conversion.highStress ? '高ストレス' : '該当しない'}</td>
            </tr>
            <tr>
              <th scope="row">合計点数</th>
              <td>{result.sum.A}</td>
              <td>{result.sum.B}</td>
              <td>{result.sum.C}</td>
              <td>{result.sum.highStress ? '高ストレス' : '該当しない'}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="check-note">
        素点換算表では評価点が低いほど、合計点数では点数が高いほどストレスが高い状態です。判定基準は厚生労働省「ストレスチェック制度実施マニュアル」の評価基準の例によります。
      </p>

      <p class="check-note" data-testid="scale-reading">
        次の表の「評価点（1〜5）」は、どの尺度でも1に近いほどストレスの面で注意が必要な状態、5に近いほどよい状態です。「状態」の欄は、その尺度そのものの程度（低い/少い〜高い/多い）です。たとえば「心理的な仕事の負担（量）」の状態が「高い/多い」なら、評価点は1に近くなります。
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
            <div class="check-domain__body">
              <RadarChart id={`radar-${domain.id}`} title={domain.title} scales={items} />
              <div class="table-scroll" role="region" aria-labelledby={`domain-${domain.id}`} tabIndex={0}>
                <table class="check-scales">
                  <thead>
                    <tr>
                      <th scope="col">尺度</th>
                      <th scope="col">評価点（1〜5）</th>
                      <th scope="col">状態</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((s) => (
                      <tr key={s.id}>
                        <th scope="row">
                          {s.name}
                          <span class="check-scales__explain">{explanations[s.id]}</span>
                        </th>
                        <td>{s.point}</td>
                        <td>{level(s.id, s.point)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </section>
        );
      })}
      {satisfaction && (
        <p class="check-note">
          {satisfaction.name}：素点 {satisfaction.raw}（2〜8点、高いほど満足）。{explanations[satisfaction.id]}
        </p>
      )}

      <div class="check-nav no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          印刷・PDFで保存
        </button>
        <button type="button" class="button" onClick={onRestart}>
          もう一度チェックする
        </button>
      </div>
    </section>
  );
}
