import type { GroupResult } from '../../lib/group-analysis/analyse';
import { formatCount } from '../../lib/group-analysis/format';
import { DIFFERENCE_WARNING, MIN_GROUP_SIZE, SMALL_GROUP_HANDLING, SMALL_GROUP_RULE } from '../../lib/group-analysis/ten-person-rule';

interface Props {
  small: readonly GroupResult[];
  revealed: ReadonlySet<string>;
  onReveal: (name: string, shown: boolean) => void;
}

/**
 * The 10-person rule where the results are shown, and the deliberate control that shows a small group:
 * one checkbox per group, since consent is given group by group.
 */
export function SmallGroupNotice({ small, revealed, onReveal }: Props) {
  return (
    <section class="ga-rule" aria-labelledby="ga-rule-heading">
      <h3 id="ga-rule-heading">{MIN_GROUP_SIZE}人未満の集団の結果の扱い</h3>
      <p data-testid="small-group-rule">{SMALL_GROUP_RULE}</p>
      <p>{SMALL_GROUP_HANDLING}</p>
      <p class="ga-note">{DIFFERENCE_WARNING}</p>
      {small.length === 0 ? (
        <p>今回のファイルには{MIN_GROUP_SIZE}人未満の集団はありません。</p>
      ) : (
        <fieldset class="ga-reveal no-print">
          <legend>{MIN_GROUP_SIZE}人未満の集団の結果を表示する</legend>
          <p class="ga-reveal__help" id="ga-reveal-help">
            表示するのは、その集団の全員の同意を得たとき、または衛生委員会等で調査審議した、個人が特定されるおそれのない方法で集計するときだけにしてください。表示した結果は、印刷とCSVにも入ります。
          </p>
          {small.map((g) => (
            <label class="check-choice ga-reveal__choice" key={g.name}>
              <input
                type="checkbox"
                checked={revealed.has(g.name)}
                aria-describedby="ga-reveal-help"
                onChange={(e) => onReveal(g.name, e.currentTarget.checked)}
              />
              「{g.name}」（{formatCount(g.people)}人）の結果を表示する
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
