import { fields } from '@keystatic/core';
import { block, inline, repeating, wrapper } from '@keystatic/core/content-components';
import { CALLOUT_TYPES } from '../lib/mdx-components';
import { MATERIAL_PATH, MATERIAL_PATH_MESSAGE } from './patterns';

/**
 * The article components (src/lib/mdx-components.ts) as blocks staff insert from the editor's 「+」 menu.
 * The names and props are the ones the site renders and the content check knows; the unit test
 * tests/unit/cms-agreement.test.ts compares them with MDX_COMPONENTS. A component with text inside is a
 * wrapper; one without is a block; Download may stand inside a sentence, so it is inline.
 */
export const mdxBlocks = {
  Callout: wrapper({
    label: '囲み（Callout）',
    description: '注意・ポイント・根拠を目立たせる囲み。中に本文を書きます',
    schema: {
      type: fields.select({
        label: '種類',
        description: '注意（気をつけること）／ポイント（要点）／根拠（法令・通達など）',
        options: CALLOUT_TYPES.map((t) => ({ label: t, value: t })),
        defaultValue: 'ポイント',
      }),
      title: fields.text({ label: '見出し（任意）', description: '囲みの上に太字で出ます。なくてもかまいません' }),
    },
  }),
  Steps: wrapper({
    label: '手順（Steps）',
    description: '中に番号付きリストを書くと、大きな番号の手順になります',
    schema: {},
  }),
  Glossary: repeating({
    label: '用語集（Glossary）',
    description: '用語と説明の一覧。中に「用語（Term）」を並べます',
    children: ['Term'],
    validation: { children: { min: 1 } },
    schema: {},
  }),
  Term: wrapper({
    label: '用語（Term）',
    description: '用語集の中の1語。中に説明を書きます',
    forSpecificLocations: true,
    schema: {
      name: fields.text({ label: '用語', validation: { isRequired: true } }),
    },
  }),
  ComparisonTable: wrapper({
    label: '比較表（ComparisonTable）',
    description: '中に表を入れます。スマートフォンでは横にスクロールします',
    schema: {
      caption: fields.text({ label: '表の説明（キャプション）', description: '表の上に出る題名（例：喫煙室の種類ごとの違い）', validation: { isRequired: true } }),
    },
  }),
  RelatedLinks: block({
    label: '関連する記事（RelatedLinks）',
    description: '記事の最後に置く、関連ページへのリンクの一覧',
    schema: {
      links: fields.array(
        fields.object({
          href: fields.text({
            label: 'リンク先',
            description: 'サイト内のアドレス（例：/guides/support/kokoro-no-mimi/）',
            validation: { isRequired: true },
          }),
          label: fields.text({ label: 'リンクの文字', validation: { isRequired: true } }),
        }),
        { label: 'リンク', itemLabel: (props) => props.fields.label.value || '（リンクの文字が未入力）', validation: { length: { min: 1 } } },
      ),
      title: fields.text({ label: '見出し（任意）', description: '空のときは「関連する記事」' }),
    },
  }),
  Download: inline({
    label: 'ダウンロード（Download）',
    description: 'public/materials/ の資料へのリンク。形式と大きさが自動で付きます',
    schema: {
      href: fields.text({
        label: 'ファイル',
        description: '/materials/ファイル名（例：/materials/stress-check-annual-flow.pdf）。新しい資料は「資料ファイル」でアップロードします',
        validation: { isRequired: true, pattern: { regex: MATERIAL_PATH, message: MATERIAL_PATH_MESSAGE } },
      }),
      title: fields.text({ label: '資料名', validation: { isRequired: true } }),
    },
  }),
  HelpContacts: block({
    label: '相談先（HelpContacts）',
    description: '産業医・保健師、こころの耳、まもろうよ こころ の相談先の囲み（中身は自動）',
    schema: {},
  }),
  CriteriaItems: block({
    label: '評価項目の一覧（CriteriaItems）',
    description: '安全衛生優良企業の全評価項目（基準の記事で1回だけ使います）',
    schema: {},
  }),
};
