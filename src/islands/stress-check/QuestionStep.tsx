import { groupByPrompt, onScreenInstruction, type AnswerMap, type StepItem } from '../../lib/stress-check/steps';
import { UnansweredSummary } from '../shared/UnansweredSummary';
import { ItemRadioGroup } from './ItemRadioGroup';

export interface CheckSection {
  id: string;
  title: string;
  instruction: string;
  options: readonly string[];
  items: readonly StepItem[];
}

interface Props {
  section: CheckSection;
  stepIndex: number;
  stepCount: number;
  answers: AnswerMap;
  answered: number;
  total: number;
  missing: readonly StepItem[];
  onAnswer: (id: string, value: number) => void;
  onBack: () => void;
  onNext: () => void;
}

export function QuestionStep({ section, stepIndex, stepCount, answers, answered, total, missing, onAnswer, onBack, onNext }: Props) {
  const missingIds = new Set(missing.map((m) => m.id));
  const isLast = stepIndex === stepCount - 1;
  return (
    <section class="check-step" aria-labelledby="check-step-heading">
      <div class="check-progress">
        <label for="check-progress-bar">回答済み</label>
        <progress id="check-progress-bar" max={total} value={answered} aria-valuetext={`${answered} / ${total}`} />
        <span class="check-progress__count" aria-hidden="true">
          {answered} / {total}
        </span>
      </div>
      <h2 id="check-step-heading" tabIndex={-1}>
        {section.id}. {section.title}（{stepIndex + 1} / {stepCount}）
      </h2>
      <p class="check-step__instruction">{onScreenInstruction(section.instruction)}</p>

      <UnansweredSummary
        id="check-error-summary"
        items={missing.map((item) => ({
          href: `#item-${item.id}`,
          label: `${item.globalNo}. ${item.prompt ? `${item.prompt}：` : ''}${item.text}`,
        }))}
      />

      {groupByPrompt(section.items).map((group) =>
        group.prompt ? (
          <fieldset class="check-group" key={group.prompt}>
            <legend>{group.prompt}</legend>
            {group.items.map((item) => (
              <ItemRadioGroup key={item.id} item={item} options={section.options} value={answers[item.id]} invalid={missingIds.has(item.id)} onChange={onAnswer} />
            ))}
          </fieldset>
        ) : (
          group.items.map((item) => (
            <ItemRadioGroup key={item.id} item={item} options={section.options} value={answers[item.id]} invalid={missingIds.has(item.id)} onChange={onAnswer} />
          ))
        ),
      )}

      <div class="check-nav">
        <button type="button" class="button button--secondary" onClick={onBack}>
          {stepIndex === 0 ? 'はじめに戻る' : '前へ戻る'}
        </button>
        <button type="button" class="button" onClick={onNext}>
          {isLast ? '結果を見る' : '次へ進む'}
        </button>
      </div>
    </section>
  );
}
