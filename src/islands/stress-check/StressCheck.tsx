import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RuntimeBjsq57 } from '../../lib/stress-check/schema';
import { scoreBjsq57, type Sex, type StressCheckResult } from '../../lib/stress-check/score';
import { answeredCount, unansweredItems, type StepItem } from '../../lib/stress-check/steps';
import { PROGRESS_KEY, TAB_KEY, parseSavedProgress, serializeProgress, type SavedProgress } from '../../lib/stress-check/progress';
import { takeEarlyAction } from '../shared/early-action';
import { savedAnswers } from '../shared/saved-answers';
import { trackCompletion } from '../shared/track';
import { useFocusTarget } from '../shared/use-focus-target';
import { useKept } from '../shared/use-kept';
import { StartScreen } from './StartScreen';
import { QuestionStep, type CheckSection } from './QuestionStep';
import { ResultView } from './ResultView';

interface Props {
  instrument: RuntimeBjsq57;
  explanations: Record<string, string>;
}

type Phase = { name: 'start' } | { name: 'questions'; step: number } | { name: 'result'; result: StressCheckResult };

/** Opt-in "continue later on this device". */
const deviceStorage = savedAnswers(PROGRESS_KEY);
/** The tab's own memory: a link, Back or reload brings the person back to where they were. */
const tabStorage = savedAnswers(TAB_KEY, 'sessionStorage');

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
  const [restored, setRestored] = useState(false);
  const { root, focusNext } = useFocusTarget([phase, missing]);

  const firstOpenStep = (given: Record<string, number>) => {
    const open = sections.findIndex((s) => unansweredItems(s.items, given).length > 0);
    return open === -1 ? sections.length - 1 : open;
  };

  /** The screen a kept record points to; a result is scored again here, in the browser, never sent. */
  const phaseOf = (kept: SavedProgress): Phase => {
    if (kept.screen === 'result' && kept.sex) {
      try {
        return { name: 'result', result: scoreBjsq57(instrument, kept.answers, kept.sex) };
      } catch {
        return { name: 'questions', step: firstOpenStep(kept.answers) };
      }
    }
    return kept.screen === 'questions' ? { name: 'questions', step: kept.step } : { name: 'start' };
  };

  // On arrival: this tab's memory first (Back, reload, a link followed from the result), then the
  // answers saved on this device if the person opted in. A press on 「チェックを始める」 made before
  // the page was interactive is carried out now, with the sex chosen then.
  useEffect(() => {
    const inTab = parseSavedProgress(tabStorage.read(), itemIds, sections.length);
    const onDevice = parseSavedProgress(deviceStorage.read(), itemIds, sections.length);
    if (onDevice) {
      setHasSaved(true);
      setSaveEnabled(true);
    }
    const kept = inTab ?? onDevice;
    const earlySex = root.current?.querySelector<HTMLInputElement>('input[name="sex"]:checked')?.value;
    const chosenSex: Sex | null = earlySex === 'male' || earlySex === 'female' ? earlySex : (kept?.sex ?? null);
    const early = takeEarlyAction();
    if (kept) setAnswers(kept.answers);
    setSex(chosenSex);
    if (inTab) setPhase(phaseOf(inTab));
    else if (early === 'start' && chosenSex) setPhase({ name: 'questions', step: firstOpenStep(kept?.answers ?? {}) });
    else if (early === 'start') setSexError(true);
    setRestored(true);
  }, [itemIds, sections.length]);

  useKept(() => {
    if (!restored) return;
    const screen = phase.name;
    const step = phase.name === 'questions' ? phase.step : 0;
    tabStorage.write(serializeProgress({ sex, step, answers, screen }));
    if (!saveEnabled) return;
    deviceStorage.write(serializeProgress({ sex, step, answers }));
    if (!hasSaved) setHasSaved(true);
  }, [restored, saveEnabled, sex, answers, phase]);

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
    goTo({ name: 'questions', step: firstOpenStep(answers) }, 'check-step-heading');
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
    deviceStorage.remove();
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
              deviceStorage.remove();
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
