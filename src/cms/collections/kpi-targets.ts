import { collection, fields } from '@keystatic/core';
import { CmsFieldError } from '../fields/checked';
import { metricField } from '../fields/metric';
import { idAsSlug } from '../fields/slug';

/** KPI targets for the staff dashboard: one file per target and 年度, content/kpi/targets/<id>.yaml. */
export const kpiTargetsCollection = collection({
  label: 'KPI 目標',
  path: 'content/kpi/targets/*',
  format: { data: 'yaml' },
  slugField: 'id',
  columns: ['label', 'fiscalYear', 'target'],
  schema: {
    id: idAsSlug({
      label: 'ID',
      description: '半角英小文字・数字・ハイフン。年度を頭に付けます（例：fy2027-portal-pageviews）',
      slugLabel: 'ファイル名',
    }),
    label: fields.text({ label: '目標の名前', description: 'ダッシュボードに出る名前（例：ポータル全体の延べアクセス件数）', validation: { isRequired: true } }),
    fiscalYear: fields.integer({ label: '年度', description: '西暦（4月〜翌3月。例：2027）', validation: { isRequired: true, min: 2000, max: 2100 } }),
    metric: metricField(),
    target: positiveNumber(),
    note: fields.text({ label: 'メモ（任意）', description: '目標の根拠など（例：平成29年度実績 146,781件）', multiline: true }),
  },
});

/** The target: a count, or a share from 0 to 1 for 「役に立った」の割合. */
function positiveNumber() {
  const inner = fields.number({
    label: '目標値',
    description: '件数は整数（例：150000）。「役に立った」の割合は 0〜1（例：0.9）',
    validation: { isRequired: true },
  });
  const field: typeof inner & { positive: true } = {
    ...inner,
    positive: true,
    validate(value) {
      const checked = inner.validate(value);
      if (checked !== null && checked <= 0) throw new CmsFieldError('目標値は 0 より大きい数にしてください');
      return checked;
    },
  };
  return field;
}
