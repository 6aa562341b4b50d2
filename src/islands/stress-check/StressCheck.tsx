import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RuntimeBjsq57 } from '../../lib/stress-check/schema';
import { scoreBjsq57, type Sex, type StressCheckResult } from '../../lib/stress-check/score';
import { answeredCount, unansweredItems, type StepItem } from '../../lib/stress-check/steps';
import { PROGRESS_KEY, parseSavedProgress, serializeProgress } from '../../lib/stress-check/progress';
import { savedAnswers } from '../shared/saved-answers';
import { trackCompletion } from '../shared/track';
import { useFocusTarget } from '../shared/use-focus-target';
import { StartScreen } from './StartScreen';
import { QuestionStep, type CheckSection } from './QuestionStep';
import { ResultView } from './ResultView';

interface Props {
  instrument: RuntimeBjsq57;
  explanations: Record<string, string>;
}

type Phase = { name: 'start' } | { name: 'questions'; step: number } | { name: 'result'; result: StressCheckResult };

const storage = savedAnswers(PROGRESS_KEY);

export default function StressCheck({ instrument, explanations }: Props) {
  const sections = instrument.sections as readonly CheckSection[];
  const itemIds = useMemo(() => sections.flatMap((s) => s.items.map((i) => i.id)), [sections]);
  const total = itemIds.length;

  const [phase, setPhase] = useState<Phase>({ name: 'start' });
  const [sex, setSex] = useState<Sex | null>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [saveEnabled, setSaveEnabled] = useState(false);
  const [hasSaved, setHasSaved] = useState(false);
  const [sexError, setSexError] = useState(false);
  const [missing, setMissing] = useState<StepItem[]>([]);
  const { root, focusNext } = useFocusTarget([phase, missing]);

  // Resume from this browser's saved progress, if the person saved some earlier.
  useEffect(() => {
    // A choice made before the page became interactive is kept, not silently dropped.
    const early = root.current?.querySelector<HTMLInputElement>('input[name="sex"]:checked')?.value;
    if (early === 'male' || early === 'female') setSex(early);
    const saved = parseSavedProgress(storage.read(), itemIds, sections.length);
    if (!saved) return;
    setHasSaved(true);
    setSaveEnabled(true);
    setSex(saved.sex);
    setAnswers(saved.answers);
  }, [itemIds, sections.length]);

  useEffect(() => {
    if (!saveEnabled) return;
    const step = phase.name === 'questions' ? phase.step : 0;
    storage.write(serializeProgress({ sex, step, answers }));
    setHasSaved(true);
  }, [saveEnabled, sex, answers, phase]);

  // After a screen change, move focus to its heading (or the error summary) so keyboard and
  // screen-reader users start at the top of what changed.

  const goTo = (next: Phase, focus: string) => {
    focusNext(focus);
    setMissing([]);
    setPhase(next);
  };

  const start = () => {
    if (!sex) {
      setSexError(true);
      root.current?.querySelector<HTMLInputElement>('input[name="sex"]')?.focus();
      return;
    }
    setSexError(false);
    const firstOpen = sections.findIndex((s) => unansweredItems(s.items, answers).length > 0);
    goTo({ name: 'questions', step: firstOpen === -1 ? sections.length - 1 : firstOpen }, 'check-step-heading');
  };

  const next = (step: number) => {
    const open = unansweredItems(sections[step].items, answers);
    if (open.length > 0) {
      focusNext('check-error-summary');
      setMissing(open);
      return;
    }
    if (step < sections.length - 1) return goTo({ name: 'questions', step: step + 1 }, 'check-step-heading');
    // Scored here, in the browser. Only the fact that a check was completed is counted; no answer,
    // score or verdict leaves the device.
    goTo({ name: 'result', result: scoreBjsq57(instrument, answers, sex!) }, 'check-result-heading');
    trackCompletion('bjsq57');
  };

  const deleteSaved = () => {
    storage.remove();
    setHasSaved(false);
    setSaveEnabled(false);
    setAnswers({});
  };

  const answer = (id: string, value: number) => {
    setAnswers((current) => ({ ...current, [id]: value }));
    setMissing((current) => current.filter((m) => m.id !== id));
  };

  const restart = () => {
    setAnswers({});
    goTo({ name: 'start' }, 'check-start-heading');
  };

  return (
    <div class="stress-check" ref={root}>
      {phase.name === 'start' && (
        <StartScreen
          sex={sex}
          sexError={sexError}
          saveEnabled={saveEnabled}
          hasSaved={hasSaved}
          answeredCount={answeredCount(sections, answers)}
          total={total}
          onSex={(value) => {
            setSex(value);
            setSexError(false);
          }}
          onSaveToggle={(enabled) => {
            setSaveEnabled(enabled);
            if (!enabled) {
              storage.remove();
              setHasSaved(false);
            }
          }}
          onDeleteSaved={deleteSaved}
          onStart={start}
        />
      )}
      {phase.name === 'questions' && (
        <QuestionStep
          section={sections[phase.step]}
          stepIndex={phase.step}
          stepCount={sections.length}
          answers={answers}
          answered={answeredCount(sections, answers)}
          total={total}
          missing={missing}
          onAnswer={answer}
          onBack={() =>
            phase.step === 0
              ? goTo({ name: 'start' }, 'check-start-heading')
              : goTo({ name: 'questions', step: phase.step - 1 }, 'check-step-heading')
          }
          onNext={() => next(phase.step)}
        />
      )}
      {phase.name === 'result' && (
        <ResultView
          result={phase.result}
          scales={instrument.scales}
          levelLabels={instrument.levelLabels}
          explanations={explanations}
          onRestart={restart}
        />
      )}
    </div>
  );
}
