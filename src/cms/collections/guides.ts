import { collection, fields } from '@keystatic/core';
import { AUDIENCES, type Topic } from '../../lib/guide-schema';
import { SOURCE_KINDS } from '../../lib/official-sources';
import { requiredMultiselect, selectOmittingDefault } from '../fields/checked';
import { titleWithSlug } from '../fields/slug';
import { mdxBlocks } from '../mdx-blocks';
import { HTTPS_URL, HTTPS_URL_MESSAGE } from '../patterns';

/**
 * Articles: one collection per topic, so that the folder (content/guides/<topic>/) and the frontmatter's
 * `topic` are the same by construction; the topic field offers only its own topic.
 */
export function guideCollection(topic: Topic) {
  return collection({
    label: `記事：${topic.title}`,
    path: `content/guides/${topic.id}/*`,
    slugField: 'title',
    format: { contentField: 'body' },
    entryLayout: 'content',
    columns: ['title', 'lastReviewed'],
    previewUrl: `/guides/${topic.id}/{slug}/`,
    schema: guideSchemaFor(topic),
  });
}

export function guideSchemaFor(topic: Topic) {
  return {
    title: titleWithSlug({
      label: 'タイトル',
      description: '80字以内。ページの見出しと検索結果に出ます',
      max: 80,
      slugLabel: 'ファイル名（アドレスの一部）',
      slugDescription: `半角英小文字・数字・ハイフン（例：return-plan）。日本語のタイトルからは作られないので入力してください。アドレスは /guides/${topic.id}/ファイル名/ になります`,
    }),
    description: fields.text({
      label: '説明',
      description: '10〜200字。記事一覧と検索結果に出る要約です',
      multiline: true,
      validation: { length: { min: 10, max: 200 } },
    }),
    topic: fields.select({
      label: 'トピック',
      description: 'この一覧のトピックです（別のトピックに移すときは、新しい記事として作り直してください）',
      options: [{ label: `${topic.title}（${topic.id}）`, value: topic.id }],
      defaultValue: topic.id,
    }),
    audience: requiredMultiselect({
      label: '対象読者',
      description: 'この記事を誰に向けて書いたか（1つ以上）',
      options: AUDIENCES.map((a) => ({ label: a, value: a })),
    }),
    order: fields.integer({
      label: '並び順（任意）',
      description: 'トピックの記事一覧での順番。1 が先頭。空のときは最後のほう（100）',
      validation: { min: 1 },
    }),
    lastReviewed: fields.date({
      label: '最終確認日',
      description: '出典と照らして内容を最後に確かめた日',
      validation: { isRequired: true },
    }),
    sources: fields.array(
      fields.object({
        name: fields.text({ label: '出典名', description: '例：こころの耳（厚生労働省）', validation: { isRequired: true } }),
        url: fields.text({ label: 'URL', description: 'https:// で始まるアドレス', validation: { isRequired: true, pattern: { regex: HTTPS_URL, message: HTTPS_URL_MESSAGE } } }),
        kind: selectOmittingDefault({
          label: '種類',
          description: '公式＝go.jp・lg.jp などの公的機関。それ以外のサイトは「解説（民間）」にし、公式の出典と並べてください',
          options: SOURCE_KINDS.map((k) => ({ label: k, value: k })),
          defaultValue: '公式',
        }),
      }),
      {
        label: '出典',
        description: '1件以上。少なくとも1件は公的機関（go.jp など）の資料にしてください',
        itemLabel: (props) => props.fields.name.value || '（出典名が未入力）',
        validation: { length: { min: 1 } },
      },
    ),
    keywords: fields.array(fields.text({ label: 'キーワード', validation: { isRequired: true } }), {
      label: 'キーワード（任意）',
      description: '読者が検索しそうな言葉（例：ストレスチェック、面接指導）',
      itemLabel: (props) => props.value || '（未入力）',
    }),
    body: fields.mdx({
      label: '本文',
      description: '見出しは「見出し2」から（題名がページの見出しになります）。部品は「＋」から入れます',
      options: {
        heading: [2, 3],
        bold: true,
        italic: true,
        link: true,
        orderedList: true,
        unorderedList: true,
        table: true,
        strikethrough: false,
        code: false,
        codeBlock: false,
        blockquote: false,
        divider: false,
        image: false,
      },
      components: mdxBlocks,
    }),
  };
}
