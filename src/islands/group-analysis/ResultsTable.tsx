import type { Analysis, GroupResult } from '../../lib/group-analysis/analyse';
import { formatCount, formatRate, formatRisk } from '../../lib/group-analysis/format';
import { roundRisk } from '../../lib/group-analysis/risk';
import { isShown } from '../../lib/group-analysis/ten-person-rule';

interface Props {
  analysis: Analysis;
  revealed: ReadonlySet<string>;
}

/** 高ストレス者 by one method: the count, then the rate among those judged. */
function HighStressCell({ count, judged }: { count: number; judged: number }) {
  const rate = formatRate(count, judged);
  if (rate === null) {
    return (
      <td class="ga-num">
        —<span class="ga-sub">判定なし（57項目の回答なし）</span>
      </td>
    );
  }
  return (
    <td class="ga-num">
      {formatCount(count)}人<span class="ga-sub">
        {formatCount(judged)}人中 {rate}
      </span>
    </td>
  );
}

function GroupRow({ group, shown, whole }: { group: GroupResult; shown: boolean; whole?: boolean }) {
  const sexes = `男性${formatCount(group.male)}人・女性${formatCount(group.female)}人`;
  if (!shown) {
    // Hidden small group: none of the data-* attributes below are set on purpose. They carry results
    // (and the row's identity for tests), and appear only once the 実施者 chooses to show the group.
    return (
      <tr class="ga-row--hidden">
        <th scope="row">{group.name}</th>
        <td class="ga-num">{formatCount(group.people)}人</td>
        <td colSpan={5}>10人未満のため結果を表示していません（上の「10人未満の集団」で表示を選べます）</td>
      </tr>
    );
  }
  return (
    <tr
      class={whole ? 'ga-row--whole' : group.small ? 'ga-row--small' : undefined}
      data-group={group.name}
      data-people={group.people}
      data-high-stress-sum={group.highStress.sum}
      data-high-stress-conversion={group.highStress.conversion}
      data-risk-a={roundRisk(group.risk.a)}
      data-risk-b={roundRisk(group.risk.b)}
      data-total-risk={roundRisk(group.risk.total)}
    >
      <th scope="row">
        {group.name}
        {group.small && <span class="ga-sub ga-sub--mark">10人未満（表示を選択）</span>}
        {group.people > group.judged && <span class="ga-sub">うち{formatCount(group.people - group.judged)}人は57項目がそろわず、高ストレスの判定外</span>}
      </th>
      <td class="ga-num">
        {formatCount(group.people)}人<span class="ga-sub">{sexes}</span>
      </td>
      <HighStressCell count={group.highStress.conversion} judged={group.judged} />
      <HighStressCell count={group.highStress.sum} judged={group.judged} />
      <td class="ga-num">{formatRisk(group.risk.a)}</td>
      <td class="ga-num">{formatRisk(group.risk.b)}</td>
      <td class="ga-num ga-total">{formatRisk(group.risk.total)}</td>
    </tr>
  );
}

export function ResultsTable({ analysis, revealed }: Props) {
  return (
    <div class="table-scroll ga-table-scroll" role="region" aria-labelledby="ga-groups-caption" tabIndex={0}>
      <table class="ga-results" data-testid="group-results">
        <caption id="ga-groups-caption">集団ごとの人数、高ストレス者、健康リスク（全国平均＝100）</caption>
        <thead>
          <tr>
            <th scope="col">集団</th>
            <th scope="col">人数</th>
            <th scope="col">
              高ストレス者<span class="ga-sub">素点換算表</span>
            </th>
            <th scope="col">
              高ストレス者<span class="ga-sub">合計点数</span>
            </th>
            <th scope="col">
              健康リスクA<span class="ga-sub">量-コントロール</span>
            </th>
            <th scope="col">
              健康リスクB<span class="ga-sub">職場の支援</span>
            </th>
            <th scope="col">総合健康リスク</th>
          </tr>
        </thead>
        <tbody>
          {analysis.groups.map((g) => (
            <GroupRow key={g.name} group={g} shown={isShown(g, revealed)} />
          ))}
        </tbody>
        <tfoot>
          <GroupRow group={analysis.whole} shown={isShown(analysis.whole, revealed)} whole />
        </tfoot>
      </table>
    </div>
  );
}
