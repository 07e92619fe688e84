/**
 * Tờ tem — the label sheet layouts a producer can order: common self-adhesive A4 sheets. Each
 * label carries a QR code as tall as the label allows, so the smaller layout still scans at arm's
 * length (QR about 25 mm).
 */
export const LABEL_LAYOUTS = {
  'a4-24': { columns: 3, rows: 8, widthMm: 70, heightMm: 37, vi: 'A4, 24 tem/tờ (70 × 37 mm)', en: 'A4, 24 labels per sheet (70 × 37 mm)' },
  'a4-40': { columns: 4, rows: 10, widthMm: 52.5, heightMm: 29.7, vi: 'A4, 40 tem/tờ (52,5 × 29,7 mm)', en: 'A4, 40 labels per sheet (52.5 × 29.7 mm)' },
} as const;

export type LabelLayoutId = keyof typeof LABEL_LAYOUTS;
export const LABEL_LAYOUT_IDS = Object.keys(LABEL_LAYOUTS) as [LabelLayoutId, ...LabelLayoutId[]];
export const DEFAULT_LABEL_LAYOUT: LabelLayoutId = 'a4-24';

/** The layout of a stored id, falling back to the default for ids from an older release. */
export function labelLayoutOf(id: string): (typeof LABEL_LAYOUTS)[LabelLayoutId] {
  return id in LABEL_LAYOUTS ? LABEL_LAYOUTS[id as LabelLayoutId] : LABEL_LAYOUTS[DEFAULT_LABEL_LAYOUT];
}

/** Labels on one sheet of a layout. */
export function labelsPerSheet(id: string): number {
  const layout = labelLayoutOf(id);
  return layout.columns * layout.rows;
}
