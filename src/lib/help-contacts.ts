/**
 * Where a worker can get help, as the pages show it. Only what the reference confirms: the こころの耳
 * number is given in an MHLW document (平成30年度 行政事業レビュー); its hours changed in 2025 and
 * are not printed here, only linked. Other hotlines are reached through まもろうよ こころ, which MHLW
 * keeps current. Checked 2026-11-30.
 */
export const KOKORO_NO_MIMI = {
  name: '働く人の「こころの耳電話相談」（厚生労働省）',
  phone: '0120-565-455',
  tel: 'tel:0120565455',
  /** The official page with the current hours and the SNS and mail consultations. */
  windowUrl: 'https://kokoro.mhlw.go.jp/tel-soudan/',
} as const;

export const MAMOROUYO_KOKORO = {
  name: 'まもろうよ こころ（厚生労働省）',
  url: 'https://www.mhlw.go.jp/mamorouyokokoro/',
} as const;

/** The portal's own page of help contacts, linked from every page. */
export const HELP_PAGE = '/help/';
