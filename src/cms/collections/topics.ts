import { collection, fields } from '@keystatic/core';
import { idAsSlug } from '../fields/slug';

/**
 * Topics: one file per topic, content/topics/<id>.json. Keystatic saves an object per file; the old
 * single list file could not be edited by it (a list at the top of a file is not a Keystatic entry).
 */
export const topicsCollection = collection({
  label: 'トピック',
  path: 'content/topics/*',
  format: { data: 'json' },
  slugField: 'id',
  columns: ['title', 'order'],
  schema: {
    id: idAsSlug({
      label: 'ID',
      description: '半角英小文字・数字・ハイフン（例：overwork）。記事のフォルダ content/guides/ID/ とアドレス /guides/ID/ になります。作った後は変えないでください',
      slugLabel: 'ファイル名',
    }),
    title: fields.text({ label: '名前', description: '例：過重労働・長時間労働', validation: { isRequired: true } }),
    summary: fields.text({ label: '説明', description: 'トピックのページと一覧に出る説明', multiline: true, validation: { isRequired: true } }),
    order: fields.integer({ label: '並び順', description: 'メニューとトピック一覧での順番（1 が先頭）', validation: { isRequired: true } }),
  },
});
