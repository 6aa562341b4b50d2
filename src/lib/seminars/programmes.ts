// Plain constants, shared by the schema (build time) and the filter script (browser) without zod.
/** The seminar programmes, with the ASCII ids used in filter URLs. */
export const PROGRAMMES = [
  { id: 'excellent-company-cases', name: '安全衛生優良企業 事例発表会' },
  { id: 'excellent-company-seminar', name: '安全衛生優良企業 企業向けセミナー' },
  { id: 'mental-health', name: 'メンタルヘルス対策セミナー' },
  { id: 'passive-smoking', name: '受動喫煙防止対策 説明会' },
  { id: 'karoshi-symposium', name: '過労死等防止対策推進シンポジウム' },
] as const;

export const FORMATS = [
  { id: 'venue', name: '会場' },
  { id: 'online', name: 'オンライン' },
  { id: 'hybrid', name: 'ハイブリッド' },
] as const;

