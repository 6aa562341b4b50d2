import type { Sex } from '../stress-check/score';

/**
 * The columns of the import file: 集団, 性別 and one column per questionnaire item (A1 … D2), answers
 * 1–4 as the printed option position. The 57 items come from bjsq57.json; the 23 of the 簡略版
 * (shortVersion23) are enough for the 判定図, whose four scales all lie within them.
 */
export const GROUP_COLUMN = '集団';
export const SEX_COLUMN = '性別';
/** The whole workplace in the results and exports; a group may not take this name. */
export const WHOLE_NAME = '全体';

export interface ItemLayout {
  /** The 57 item ids in questionnaire order. */
  all: readonly string[];
  /** The 23 item ids of the short form, in questionnaire order. */
  short: readonly string[];
}

/** What may be written in 性別 (after trimming and NFKC, so full-width letters count too). */
export const SEX_VALUES: Readonly<Record<string, Sex>> = { 男性: 'male', 女性: 'female', 男: 'male', 女: 'female' };
export const SEX_NAMES: Readonly<Record<Sex, string>> = { male: '男性', female: '女性' };

/** The template's header row: 集団,性別,A1,…,D2. */
export function templateHeader(layout: ItemLayout): string[] {
  return [GROUP_COLUMN, SEX_COLUMN, ...layout.all];
}

/** 「A4、A5 ほか全12項目」: the first two ids, then the count. */
export function listItems(ids: readonly string[]): string {
  return ids.length <= 2 ? ids.join('、') : `${ids.slice(0, 2).join('、')} ほか全${ids.length}項目`;
}
