/**
 * The components staff may use in guide articles, with their props: the one definition that the
 * components (src/components/mdx/) take their allowed values from and the content check checks against.
 * src/components/mdx/index.ts must provide exactly these names (a unit test compares them).
 */

export interface MdxProp {
  required: boolean;
  /** The only values allowed, when the prop is a choice. */
  values?: readonly string[];
}

export interface MdxComponent {
  props: Readonly<Record<string, MdxProp>>;
  /** How staff write it, shown in messages. */
  example: string;
}

export const CALLOUT_TYPES = ['注意', 'ポイント', '根拠'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const MDX_COMPONENTS = {
  Callout: {
    props: { type: { required: true, values: CALLOUT_TYPES }, title: { required: false } },
    example: '<Callout type="ポイント" title="任意の見出し">',
  },
  Steps: { props: {}, example: '<Steps>' },
  Glossary: { props: {}, example: '<Glossary>' },
  Term: { props: { name: { required: true } }, example: '<Term name="実施者">説明</Term>' },
  ComparisonTable: { props: { caption: { required: true } }, example: '<ComparisonTable caption="表の説明">' },
  RelatedLinks: {
    props: { links: { required: true }, title: { required: false } },
    example: '<RelatedLinks links={[{ href: "/guides/support/kokoro-no-mimi/", label: "こころの耳の相談窓口" }]} />',
  },
  Download: {
    props: { href: { required: true }, title: { required: true } },
    example: '<Download href="/materials/x.pdf" title="資料名" />',
  },
  HelpContacts: { props: {}, example: '<HelpContacts />' },
  CriteriaItems: { props: {}, example: '<CriteriaItems />' },
} as const satisfies Record<string, MdxComponent>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}
