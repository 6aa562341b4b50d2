import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, parseSavedProgress, serializeProgress } from '../../src/lib/stress-check/progress';
import { answeredCount, groupByPrompt, onScreenInstruction, onScreenLevelLabel, unansweredItems } from '../../src/lib/stress-check/steps';
import { overallVerdict, toVerdict } from '../../src/lib/stress-check/verdict';

const items = [
  { id: 'C1', text: '上司', globalNo: 47, prompt: '話せますか' },
  { id: 'C2', text: '同僚', globalNo: 48, prompt: '話せますか' },
  { id: 'C4', text: '上司', globalNo: 50, prompt: '頼れますか' },
];

describe('questionnaire steps', () => {
  it('lists the unanswered items in order, treating out-of-range values as unanswered', () => {
    expect(unansweredItems(items, { C1: 2, C2: 5 }).map((i) => i.id)).toEqual(['C2', 'C4']);
    expect(unansweredItems(items, { C1: 1, C2: 4, C4: 3 })).toEqual([]);
  });

  it('counts answered items across sections', () => {
    expect(answeredCount([{ id: 'C', items }, { id: 'D', items: [{ id: 'D1', text: '', globalNo: 56 }] }], { C1: 1, D1: 4, X: 1 })).toBe(2);
  });

  it('groups consecutive items under their shared prompt', () => {
    expect(groupByPrompt(items).map((g) => [g.prompt, g.items.map((i) => i.id)])).toEqual([
      ['話せますか', ['C1', 'C2']],
      ['頼れますか', ['C4']],
    ]);
    expect(groupByPrompt([{ id: 'A1', text: '', globalNo: 1 }])).toEqual([{ prompt: undefined, items: [{ id: 'A1', text: '', globalNo: 1 }] }]);
  });
});

describe('saved progress', () => {
  const ids = ['A1', 'A2', 'B1'];

  it('round-trips what was saved', () => {
    const raw = serializeProgress({ sex: 'female', step: 1, answers: { A1: 1, A2: 4 } });
    expect(parseSavedProgress(raw, ids, 4)).toEqual({ version: 1, sex: 'female', step: 1, answers: { A1: 1, A2: 4 }, screen: 'start' });
    const inTab = serializeProgress({ sex: 'male', step: 2, answers: { A1: 3 }, screen: 'result' });
    expect(parseSavedProgress(inTab, ids, 4)).toEqual({ version: 1, sex: 'male', step: 2, answers: { A1: 3 }, screen: 'result' });
    expect(parseSavedProgress(JSON.stringify({ version: 1, screen: 'elsewhere', answers: {} }), ids, 4)?.screen).toBe('start');
    expect(PROGRESS_KEY).toBe('ohp:stress-check:v1');
  });

  it('drops unknown items, bad values, bad steps and other versions', () => {
    const raw = JSON.stringify({ version: 1, sex: 'x', step: 9, answers: { A1: 0, A2: '3', B1: 2, Z9: 1 } });
    expect(parseSavedProgress(raw, ids, 4)).toEqual({ version: 1, sex: null, step: 0, answers: { B1: 2 }, screen: 'start' });
    expect(parseSavedProgress(JSON.stringify({ version: 2, answers: {} }), ids, 4)).toBeNull();
    expect(parseSavedProgress('{not json', ids, 4)).toBeNull();
    expect(parseSavedProgress(null, ids, 4)).toBeNull();
  });
});

describe('overall verdict', () => {
  it('is high or normal when both methods agree and split otherwise', () => {
    expect(overallVerdict(true, true)).toBe('high');
    expect(overallVerdict(false, false)).toBe('normal');
    expect(overallVerdict(true, false)).toBe('split');
    expect(overallVerdict(false, true)).toBe('split');
    expect(toVerdict(true)).toBe('high');
    expect(toVerdict(false)).toBe('normal');
  });
});

describe('onScreenInstruction', () => {
  it('asks to choose instead of to circle, and leaves other text alone', () => {
    expect(onScreenInstruction('あなたの仕事についてうかがいます。最もあてはまるものに○を付けてください。')).toBe(
      'あなたの仕事についてうかがいます。最もあてはまるものを選んでください。',
    );
    expect(onScreenInstruction('満足度について')).toBe('満足度について');
  });
});

describe('onScreenLevelLabel', () => {
  it('spells 少ない in full and leaves the other labels alone', () => {
    expect(['低い/少い', 'やや低い/少い', '普通', 'やや高い/多い'].map(onScreenLevelLabel)).toEqual(['低い/少ない', 'やや低い/少ない', '普通', 'やや高い/多い']);
  });
});
