import { z } from 'astro/zod';
import type { RuntimeBjsq57 } from '../stress-check/schema';
import type { ItemLayout } from './columns';
import { CHART_SCALE_INFO, CHART_SCALES } from './scales';

/**
 * Build-time only (zod): reads shortVersion23 of bjsq57.json, which bjsq57Schema passes through
 * unchecked, and makes the column layout of the import. The short form must be 23 known items and
 * must hold every item of the four 判定図 scales, or a 23-item file could not be charted.
 */
const shortVersionSchema = z.looseObject(
  {
    shortVersion23: z.looseObject(
      { items: z.array(z.string(), { error: 'shortVersion23.items は必須です' }).length(23, { error: 'shortVersion23.items は23項目にしてください' }) },
      { error: 'shortVersion23（簡略版23項目）は必須です' },
    ),
  },
  { error: 'bjsq57.json を読めません' },
);

export function itemLayout(data: unknown, instrument: Pick<RuntimeBjsq57, 'sections' | 'scales'>): ItemLayout {
  const all = instrument.sections.flatMap((s) => s.items.map((i) => i.id));
  const listed = new Set(shortVersionSchema.parse(data).shortVersion23.items);
  const unknown = [...listed].filter((id) => !all.includes(id));
  if (unknown.length > 0) throw new Error(`shortVersion23.items に調査票にない項目があります：${unknown.join('、')}`);
  for (const key of CHART_SCALES) {
    const scale = instrument.scales.find((s) => s.id === CHART_SCALE_INFO[key].instrumentScale);
    const outside = scale?.items.filter((id) => !listed.has(id)) ?? [];
    if (!scale || outside.length > 0) throw new Error(`判定図の尺度「${CHART_SCALE_INFO[key].name}」の項目が簡略版23項目に入っていません：${outside.join('、')}`);
  }
  return { all, short: all.filter((id) => listed.has(id)) };
}
