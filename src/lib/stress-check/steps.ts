/** How the questionnaire is walked through: one step per section, answers keyed by item id. */
export interface StepItem {
  id: string;
  text: string;
  globalNo: number;
  /** The shared question the C items answer (e.g. 「次の人たちはどのくらい気軽に話ができますか？」). */
  prompt?: string;
}
export interface StepSection {
  id: string;
  items: readonly StepItem[];
}
export type AnswerMap = Readonly<Record<string, number>>;

export const isAnswered = (answers: AnswerMap, id: string) => Number.isInteger(answers[id]) && answers[id] >= 1 && answers[id] <= 4;

export function unansweredItems<T extends StepItem>(items: readonly T[], answers: AnswerMap): T[] {
  return items.filter((item) => !isAnswered(answers, item.id));
}

export function answeredCount(sections: readonly StepSection[], answers: AnswerMap): number {
  return sections.reduce((n, s) => n + s.items.filter((i) => isAnswered(answers, i.id)).length, 0);
}

/** Consecutive items that share a prompt are shown together under it. */
export function groupByPrompt<T extends StepItem>(items: readonly T[]): { prompt?: string; items: T[] }[] {
  const groups: { prompt?: string; items: T[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.prompt === item.prompt) last.items.push(item);
    else groups.push({ prompt: item.prompt, items: [item] });
  }
  return groups;
}

/**
 * The questionnaire's instruction as a screen says it. The paper form asks to circle an answer
 * (「最もあてはまるものに○を付けてください」); on a screen the person chooses one. The data keeps
 * the form's exact text.
 */
export function onScreenInstruction(instruction: string): string {
  return instruction.replace(/ものに○を付けてください/g, 'ものを選んでください');
}

/** A 状態 label of the 素点換算表 as a screen shows it: the table's 「少い」 in today's spelling 「少ない」. */
export function onScreenLevelLabel(label: string): string {
  return label.replace(/少い/g, '少ない');
}
