import { collection, fields } from '@keystatic/core';
import { AUDIENCES, type Topic } from '../../lib/guide-schema';
import { PREFECTURES } from '../../lib/seminars/prefectures';
import { FORMATS, MATERIAL_KINDS, PROGRAMMES, STATUSES } from '../../lib/seminars/schema';
import { localDateTime, optionalSelect, requiredMultiselect } from '../fields/checked';
import { titleWithSlug } from '../fields/slug';
import { EMAIL, EMAIL_MESSAGE, MATERIAL_PATH, MATERIAL_PATH_MESSAGE, orEmpty, WEB_URL, WEB_URL_MESSAGE } from '../patterns';

const choices = (values: readonly string[]) => values.map((v) => ({ label: v, value: v }));

/** Seminars: content/seminars/<name>.md, shown at /seminars/<name>/. */
export function seminarCollection(topics: readonly Topic[]) {
  return collection({
    label: 'セミナー',
    path: 'content/seminars/*',
    slugField: 'title',
    format: { contentField: 'body' },
    entryLayout: 'form',
    columns: ['title', 'start', 'status'],
    previewUrl: '/seminars/{slug}/',
    schema: seminarSchemaFor(topics),
  });
}

export function seminarSchemaFor(topics: readonly Topic[]) {
  return {
    title: titleWithSlug({
      label: 'セミナー名',
      description: '80字以内（例：メンタルヘルス対策セミナー 大阪会場）',
      max: 80,
      slugLabel: 'ファイル名（アドレスの一部）',
      slugDescription: '「年-月-内容」を半角英小文字・数字・ハイフンで（例：2027-04-mental-health-osaka）。アドレスは /seminars/ファイル名/ になります',
    }),
    programme: fields.select({
      label: '種類',
      options: choices(PROGRAMMES.map((p) => p.name)),
      defaultValue: PROGRAMMES[0].name,
    }),
    topic: fields.select({
      label: 'トピック',
      description: '資料一覧（/materials/）で、このセミナーの資料を載せるトピック',
      options: topics.map((t) => ({ label: `${t.title}（${t.id}）`, value: t.id })),
      defaultValue: topics[0]?.id ?? 'stress-check',
    }),
    start: localDateTime({ label: '開始日時', description: '日本時間' }),
    end: localDateTime({ label: '終了日時', description: '日本時間。開始より後にしてください' }),
    format: fields.select({ label: '開催形式', options: choices(FORMATS.map((f) => f.name)), defaultValue: FORMATS[0].name }),
    venue: fields.text({ label: '会場', description: '例：大阪市内の会議室（詳細は申込者に通知）。オンラインなら「オンライン（Zoom）」など', validation: { isRequired: true } }),
    prefecture: optionalSelect({
      label: '都道府県',
      description: '会場・ハイブリッドでは必須。オンラインだけなら空のままにします',
      options: choices(PREFECTURES),
      emptyLabel: '（なし：オンライン）',
    }),
    audience: requiredMultiselect({ label: '対象', description: '1つ以上', options: choices(AUDIENCES) }),
    capacity: fields.integer({ label: '定員', description: '人数（正の整数）', validation: { isRequired: true, min: 1 } }),
    fee: fields.text({ label: '参加費', description: '例：無料', validation: { isRequired: true } }),
    apply: fields.object(
      {
        contact: fields.text({ label: '問い合わせ先', description: 'ページに出す問い合わせ先の文字（例：職場の健康と安全ポータル 事務局）' }),
        email: fields.text({
          label: 'メールアドレス（任意）',
          description: '問い合わせ先のリンクになり、受付中で申込ページがなければ「メールで申し込む」ボタンになります',
          validation: { pattern: { regex: orEmpty(EMAIL), message: EMAIL_MESSAGE } },
        }),
        url: fields.text({
          label: '申込ページ（任意）',
          description: 'あれば「申し込む」ボタンのリンク先になります',
          validation: { pattern: { regex: orEmpty(WEB_URL), message: WEB_URL_MESSAGE } },
        }),
      },
      { label: '申し込み', description: '問い合わせ先か申込ページのどちらかは必ず書いてください' },
    ),
    status: fields.select({
      label: '受付状況',
      description: '終了日時を過ぎたセミナーは、ビルドのときに自動で「終了」と表示されます',
      options: choices(STATUSES),
      defaultValue: STATUSES[0],
    }),
    published: fields.date({ label: '告知日', description: 'RSS フィードに載る日付', validation: { isRequired: true } }),
    materials: fields.array(
      fields.object({
        title: fields.text({ label: '資料名', validation: { isRequired: true } }),
        file: fields.text({
          label: 'ファイル',
          description: '/materials/ファイル名（例：/materials/stress-check-annual-flow.pdf）。新しいファイルは先に「資料ファイル」でアップロードします',
          validation: { isRequired: true, pattern: { regex: MATERIAL_PATH, message: MATERIAL_PATH_MESSAGE } },
        }),
        kind: fields.select({ label: '種類', options: choices(MATERIAL_KINDS), defaultValue: MATERIAL_KINDS[0] }),
      }),
      { label: '資料（任意）', itemLabel: (props) => props.fields.title.value || '（資料名が未入力）' },
    ),
    body: fields.mdx({
      label: '本文',
      description: '内容とプログラム',
      extension: 'md',
      options: { heading: [2, 3], bold: true, italic: true, link: true, orderedList: true, unorderedList: true, table: false, strikethrough: false, code: false, codeBlock: false, blockquote: false, divider: false, image: false },
    }),
  };
}
