import { useEffect, useMemo, useState } from 'preact/hooks';
import { evaluate, type EvaluationResult } from '../../lib/excellent-company/evaluate';
import {
  DIAGNOSIS_KEY,
  DIAGNOSIS_TAB_KEY,
  diagnosisSteps,
  parseSavedDiagnosis,
  runningAreaScore,
  type SavedDiagnosis,
} from '../../lib/excellent-company/progress';
import type { RuntimeCriteria } from '../../lib/excellent-company/schema';
import { savedAnswers } from '../shared/saved-answers';
import { trackCompletion } from '../shared/track';
import { useFocusTarget } from '../shared/use-focus-target';
import { useKept } from '../shared/use-kept';
import { DiagnosisResult } from './DiagnosisResult';
import { UnansweredSummary } from '../shared/UnansweredSummary';
import { RequiredToConfirm } from './RequiredToConfirm';
import { YesNoItem } from './YesNoItem';

interface Props {
  criteria: RuntimeCriteria;
}

/**
 * The official rule (「○×の判断に当たって、企業に属する全ての事業場で条件を満たす場合に○をつけてください」)
 * as a screen says it, where the choices are 「満たしている」「満たしていない」.
 */
const ANSWER_RULE =
  '企業に属する全ての事業場で条件を満たす場合は「満たしている」を、満たさない事業場が一つでもあれば「満たしていない」を選んでください（公式の自己診断の○と×にあたります）。';

/** Opt-in "continue later on this device". */
const storage = savedAnswers(DIAGNOSIS_KEY);
/** The tab's own memory: a link, Back or reload brings the person back to the same step or result. */
const tabStorage = savedAnswers(DIAGNOSIS_TAB_KEY, 'sessionStorage');

export default function ExcellentCompany({ criteria }: Props) {
  const [manufacturing, setManufacturing] = useState<boolean | null>(null);
  const [required, setRequired] = useState<Record<string, boolean>>({});
  const [items, setItems] = useState<Record<string, boolean>>({});
  const [stepIndex, setStepIndex] = useState(0);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [saveEnabled, setSaveEnabled] = useState(false);
  const [hasSaved, setHasSaved] = useState(false);
  const [company, setCompany] = useState('');
  const [restored, setRestored] = useState(false);
  const { root, focusNext } = useFocusTarget([stepIndex, result, missing]);

  const steps = useMemo(() => diagnosisSteps(criteria, manufacturing), [criteria, manufacturing]);
  const step = steps[stepIndex];

  // On arrival: this tab's memory first (Back, reload, a link followed from the result), then the
  // answers saved on this device if the person opted in. An industry chosen before the page was
  // interactive is kept.
  useEffect(() => {
    const inTab = parseSavedDiagnosis(tabStorage.read(), criteria);
    const onDevice = parseSavedDiagnosis(storage.read(), criteria);
    if (onDevice) {
      setHasSaved(true);
      setSaveEnabled(true);
    }
    const kept: SavedDiagnosis | null = inTab ?? onDevice;
    const early = root.current?.querySelector<HTMLInputElement>('input[name="industry"]:checked')?.value;
    if (kept) {
      setRequired(kept.required);
      setItems(kept.items);
      setManufacturing(kept.manufacturing);
    }
    if (early === 'yes' || early === 'no') setManufacturing(early === 'yes');
    if (inTab) {
      setStepIndex(inTab.step);
      setCompany(inTab.company);
      if (inTab.screen === 'result' && inTab.manufacturing !== null) {
        try {
          // Evaluated again here, in the browser; it was counted when it was first completed.
          setResult(evaluate(criteria, { manufacturing: inTab.manufacturing, required: inTab.required, items: inTab.items }));
        } catch {
          /* answers changed shape: back to the questions */
        }
      }
    }
    setRestored(true);
  }, [criteria]);

  useKept(() => {
    if (!restored) return;
    const answers = { manufacturing, required, items };
    tabStorage.write(JSON.stringify({ version: 1, ...answers, step: stepIndex, screen: result ? 'result' : 'questions', company }));
    if (!saveEnabled) return;
    storage.write(JSON.stringify({ version: 1, ...answers }));
    if (!hasSaved) setHasSaved(true);
  }, [restored, saveEnabled, manufacturing, required, items, stepIndex, result, company]);

  const go = (index: number) => {
    focusNext('diagnosis-step-heading');
    setMissing([]);
    setStepIndex(index);
  };

  const stepQuestions = (): string[] => {
    if (step.kind === 'industry') return manufacturing === null ? ['industry'] : [];
    if (step.kind === 'required') return criteria.required.filter((r) => typeof required[r.id] !== 'boolean').map((r) => r.id);
    return criteria.items.filter((i) => i.area === step.areaId && typeof items[i.id] !== 'boolean').map((i) => i.id);
  };

  const next = () => {
    const open = stepQuestions();
    if (open.length > 0) {
      focusNext('diagnosis-errors');
      setMissing(open);
      return;
    }
    if (stepIndex < steps.length - 1) return go(stepIndex + 1);
    // Evaluated here, in the browser; only the completion itself is counted, never the answers.
    focusNext('diagnosis-result-heading');
    setResult(evaluate(criteria, { manufacturing: manufacturing!, required, items }));
    trackCompletion('excellent-company');
  };

  const restart = () => {
    setManufacturing(null);
    setRequired({});
    setItems({});
    setResult(null);
    setCompany('');
    go(0);
  };

  const deleteSaved = () => {
    storage.remove();
    setSaveEnabled(false);
    setHasSaved(false);
    restart();
  };

  const answerRequired = (id: string, value: boolean) => {
    setRequired((current) => ({ ...current, [id]: value }));
    setMissing((current) => current.filter((m) => m !== id));
  };
  const answerItem = (id: string, value: boolean) => {
    setItems((current) => ({ ...current, [id]: value }));
    setMissing((current) => current.filter((m) => m !== id));
  };

  if (result) {
    return (
      <div class="diagnosis" ref={root}>
        <DiagnosisResult
          criteria={criteria}
          answers={{ manufacturing: manufacturing!, required, items }}
          result={result}
          company={company}
          onCompany={setCompany}
          onRestart={restart}
        />
      </div>
    );
  }

  const missingSet = new Set(missing);
  const label = (id: string) =>
    id === 'industry' ? '業種' : (criteria.required.find((r) => r.id === id) ?? criteria.items.find((i) => i.id === id))?.text ?? id;
  const area = step.kind === 'area' ? criteria.areas.find((a) => a.id === step.areaId)! : null;
  const running = area ? runningAreaScore(criteria, area.id, items) : null;
  const requiredNo = criteria.required.filter((r) => required[r.id] === false);
  const officialNo = requiredNo.filter((r) => r.official);
  const toConfirm = requiredNo.filter((r) => !r.official);
  const title =
    step.kind === 'industry' ? '業種' : step.kind === 'required' ? '必要項目' : `分野 ${area!.id} ${area!.name}`;

  return (
    <div class="diagnosis" ref={root}>
      <p class="diagnosis__progress">
        ステップ {stepIndex + 1} / {steps.length}
      </p>
      <h2 id="diagnosis-step-heading" tabIndex={-1}>
        {title}
      </h2>

      <UnansweredSummary
        id="diagnosis-errors"
        items={missing.map((id) => ({ href: id === 'industry' ? '#industry' : `#item-${id}`, label: label(id) }))}
      />

      {step.kind === 'industry' && (
        <>
          <fieldset
            id="industry"
            aria-describedby={missingSet.has('industry') ? 'industry-error' : undefined}
            aria-invalid={missingSet.has('industry') ? 'true' : undefined}
          >
            <legend>{criteria.industries.prompt}</legend>
            {missingSet.has('industry') && (
              <p id="industry-error" class="check-error">
                業種について、どちらかを選んでください。
              </p>
            )}
            <ul class="industry-list">
              {criteria.industries.list.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            <label class="check-choice">
              <input type="radio" name="industry" value="yes" checked={manufacturing === true} onChange={() => (setManufacturing(true), setMissing([]))} />
              <span>含む（製造業等）</span>
            </label>
            <label class="check-choice">
              <input type="radio" name="industry" value="no" checked={manufacturing === false} onChange={() => (setManufacturing(false), setMissing([]))} />
              <span>含まない</span>
            </label>
            <p class="check-start__help">
              含む場合は、分野3「安全でリスクの少ない職場環境の整備の取組状況」も評価し、55点満点になります。含まない場合は42点満点です。
            </p>
          </fieldset>
          <div class="check-start__save">
            <label class="check-choice">
              <input
                type="checkbox"
                checked={saveEnabled}
                onChange={(e) => {
                  const enabled = e.currentTarget.checked;
                  setSaveEnabled(enabled);
                  if (!enabled) {
                    storage.remove();
                    setHasSaved(false);
                  }
                }}
              />
              <span>この端末に回答を保存して、あとで続ける</span>
            </label>
            <p class="check-start__help">保存先はこのブラウザの中だけです。共用のパソコンでは保存しないでください。</p>
            {(saveEnabled || hasSaved) && (
              <button type="button" class="button button--secondary" onClick={deleteSaved}>
                保存した回答を削除
              </button>
            )}
          </div>
        </>
      )}

      {step.kind === 'required' && (
        <>
          <p class="check-step__instruction">{ANSWER_RULE}</p>
          {criteria.requiredSections.map((section) => (
            <fieldset key={section.id}>
              <legend>
                {section.id} {section.title}
              </legend>
              {criteria.required
                .filter((r) => r.section === section.id)
                .map((r) => (
                  <YesNoItem
                    key={r.id}
                    id={r.id}
                    text={r.text}
                    help={r.help}
                    note={r.official ? '公式の認定基準の文言です。' : '公式の文言を確認できなかったため、このポータルの言葉で書いた項目です（×のときは「要確認」）。'}
                    value={required[r.id]}
                    invalid={missingSet.has(r.id)}
                    onChange={answerRequired}
                  />
                ))}
            </fieldset>
          ))}
          <div role="status">
            {officialNo.length > 0 ? (
              <div class="check-verdict check-verdict--ineligible">
                <p class="check-verdict__heading">今の時点では、認定の対象になりません</p>
                <p>
                  公式の認定基準の文言どおりの必要項目（{officialNo.map((r) => r.id).join('、')}）に「×」があるためです。必要項目は、優良企業の前提となる条件です。このまま評価項目にも答えると、取組の現状を分野ごとに確かめられます（参考）。
                </p>
              </div>
            ) : (
              toConfirm.length > 0 && (
                <div class="check-verdict check-verdict--needs-check">
                  <p class="check-verdict__heading">労働局への確認が必要です（要確認）</p>
                  <p>
                    「×」と答えた次の必要項目は、公式の文言を確認できなかったため、このポータルの言葉で書いたものです。公式の条件とは違う可能性があるので、この診断では「対象になりません」とは判定しません。公表されている内容を見て、本社を管轄する都道府県労働局に確認してください。
                  </p>
                  <RequiredToConfirm items={toConfirm} />
                </div>
              )
            )}
          </div>
        </>
      )}

      {area && running && (
        <>
          <p class="check-step__instruction">{ANSWER_RULE}</p>
          <p class="running-score" role="status">
            この分野の得点：{running.score} / {running.max}点（基準：{running.needed}点以上）　回答済み {running.answered} / {running.count}
          </p>
          {criteria.items
            .filter((i) => i.area === area.id)
            .map((i) => (
              <YesNoItem key={i.id} id={i.id} text={i.text} help={i.help} value={items[i.id]} invalid={missingSet.has(i.id)} onChange={answerItem} />
            ))}
        </>
      )}

      <div class="check-nav">
        {stepIndex > 0 ? (
          <button type="button" class="button button--secondary" onClick={() => go(stepIndex - 1)}>
            前へ戻る
          </button>
        ) : (
          <span />
        )}
        <button type="button" class="button" onClick={next}>
          {stepIndex === steps.length - 1 ? '結果を見る' : '次へ進む'}
        </button>
      </div>
    </div>
  );
}
