/**
 * The 10-person rule of the ストレスチェック指針 (group-analysis.md §1). It limits GIVING group results to
 * the employer, not analysing: below 10 people the 実施者 may give them only with the consent of every
 * worker in the group, or when a method that cannot identify individuals is used, with the method and
 * the group size deliberated beforehand by the 衛生委員会 等. The tool therefore hides such a group's
 * results by default and lets the 実施者 show them on purpose, one group at a time.
 */
export const MIN_GROUP_SIZE = 10;

export const isSmallGroup = (people: number): boolean => people < MIN_GROUP_SIZE;

/** Shown: 10 or more people, or a small group the 実施者 chose to show. */
export const isShown = (group: { name: string; small: boolean }, revealed: ReadonlySet<string>): boolean => !group.small || revealed.has(group.name);

/** The rule in the 指針's terms, as the page, the printout and the CSV say it. */
export const SMALL_GROUP_RULE =
  'ストレスチェック指針では、集計・分析の単位が10人を下回る場合、実施者は、その集団の全ての労働者の同意を得ない限り、集計・分析の結果を事業者に提供してはならないとされています。ただし、個々の労働者が特定されるおそれのない方法で集計・分析した場合はこの限りでありませんが、その手法と対象とする集団の規模について、あらかじめ衛生委員会等で調査審議を行う必要があります。';

/** What the tool does about it. */
export const SMALL_GROUP_HANDLING = '10人未満の集団の結果は、初期状態では表示していません。実施者が上の条件を満たすことを確かめたときだけ、集団ごとに表示できます。';

/** Subtraction: a hidden group can be worked out from the whole and the other groups. */
export const DIFFERENCE_WARNING =
  '10人未満の集団を表示しない場合でも、「全体」とほかの集団の結果から差し引きで推測できることがあります。全体の結果を事業者に渡すときも、このことに注意してください。';
