import { fields } from '@keystatic/core';
import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import { createElement, Fragment } from 'react';
import { METRIC_LABELS } from '../../lib/analytics/targets';
import { INSTRUMENT_IDS } from '../../lib/instruments';
import { PATH_PREFIX, PATH_PREFIX_MESSAGE } from '../patterns';
import { CmsFieldError, optionalSelect } from './checked';

/**
 * What a KPI target counts, written as the schema's union: `{ kind, pathPrefix }`, or for completions
 * `{ kind, instrument? }`. Keystatic's conditional field would write `{ discriminant, value }`, so this
 * field keeps one value and shows the part that belongs to the chosen kind.
 */
export interface MetricValue {
  kind: string;
  pathPrefix: string;
  instrument: string;
}

export const METRIC_KINDS = Object.keys(METRIC_LABELS) as (keyof typeof METRIC_LABELS)[];

const kindField = fields.select({
  label: '数えるもの',
  description: 'ページビュー／自己診断の完了数／ダウンロード数／「役に立った」の割合（目標は 0〜1、例：0.9）',
  options: METRIC_KINDS.map((k) => ({ label: `${METRIC_LABELS[k]}（${k}）`, value: k })),
  defaultValue: 'pageviews',
});
const pathField = fields.text({ label: '対象のパス', description: 'このパスで始まるページ・ファイルを数えます（例：/guides/）' });
const instrumentField = optionalSelect({
  label: '自己診断',
  description: '空のときはすべての自己診断',
  options: INSTRUMENT_IDS.map((id) => ({ label: id, value: id })),
  emptyLabel: '（すべて）',
});

export function metricProblem(value: MetricValue): string | undefined {
  if (value.kind === 'completions') return undefined;
  if (value.pathPrefix === '') return `対象のパスを書いてください（${PATH_PREFIX_MESSAGE}）`;
  if (!PATH_PREFIX.test(value.pathPrefix)) return `対象のパスは${PATH_PREFIX_MESSAGE}`;
  return undefined;
}

function MetricInput(props: FormFieldInputProps<MetricValue>) {
  const { value, onChange, autoFocus, forceValidation } = props;
  const part = (key: keyof MetricValue) => ({
    value: value[key],
    onChange: (next: string) => onChange({ ...value, [key]: next }),
    autoFocus: false,
    forceValidation,
  });
  const problem = forceValidation ? metricProblem(value) : undefined;
  return createElement(
    Fragment,
    null,
    // The kind is kept as text in MetricValue (parse refuses unknown kinds), so the select's input takes text.
    createElement(kindField.Input as BasicFormField<string>['Input'], { ...part('kind'), autoFocus }),
    value.kind === 'completions' ? createElement(instrumentField.Input, part('instrument')) : createElement(pathField.Input, part('pathPrefix')),
    problem ? createElement('p', { role: 'alert', style: { color: '#c3000b', margin: '0.25rem 0 0', fontSize: '0.875rem' } }, problem) : null,
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function parse(stored: FormFieldStoredValue): MetricValue {
  const value = (stored ?? {}) as Record<string, unknown>;
  const kind = text(value.kind);
  if (!(METRIC_KINDS as string[]).includes(kind)) throw new CmsFieldError(`指標の kind「${kind}」は使えません`);
  return { kind, pathPrefix: text(value.pathPrefix), instrument: text(value.instrument) };
}

export function metricField(): BasicFormField<MetricValue> & { kinds: readonly string[]; instruments: readonly string[] } {
  return {
    kind: 'form',
    label: '指標',
    kinds: METRIC_KINDS,
    instruments: instrumentField.options.map((o) => o.value),
    Input: MetricInput,
    defaultValue: () => ({ kind: 'pageviews', pathPrefix: '/', instrument: '' }),
    parse,
    serialize(value) {
      const stored: Record<string, string> =
        value.kind !== 'completions' ? { kind: value.kind, pathPrefix: value.pathPrefix } : value.instrument ? { kind: value.kind, instrument: value.instrument } : { kind: value.kind };
      return { value: stored };
    },
    validate(value) {
      const problem = metricProblem(value);
      if (problem) throw new CmsFieldError(problem);
      return value;
    },
    reader: { parse },
  };
}
