/**
 * Tờ tem — the label sheet layouts a producer can order: common self-adhesive A4 sheets. Each
 * label carries a QR code as tall as the label allows, so the smaller layout still scans at arm's
 * length (QR about 25 mm).
 */
export const LABEL_LAYOUTS = {
  'a4-24': {
    columns: 3,
    rows: 8,
    widthMm: 70,
    heightMm: 37,
    vi: 'A4, 24 tem/tờ (70 × 37 mm)',
    en: 'A4, 24 labels per sheet (70 × 37 mm)',
  },
  'a4-40': {
    columns: 4,
    rows: 10,
    widthMm: 52.5,
    heightMm: 29.7,
    vi: 'A4, 40 tem/tờ (52,5 × 29,7 mm)',
    en: 'A4, 40 labels per sheet (52.5 × 29.7 mm)',
  },
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

/** A rectangle on an A4 page, in millimetres from the top-left corner. */
export interface BoxMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** White margin between a label's edge and its QR box, in mm. */
export const LABEL_PADDING_MM = 2;
/** Gap between the QR box and the text column, in mm (on top of the QR's own quiet zone). */
export const LABEL_TEXT_GAP_MM = 1;
/**
 * Quiet zone (vùng trắng) around the QR symbol, in modules, kept inside the QR box: ISO/IEC 18004
 * asks for 4; nothing is drawn there, whatever the URI's length.
 */
export const QR_QUIET_ZONE_MODULES = 4;

/** A4 in millimetres. */
const PAGE_WIDTH_MM = 210;
const PAGE_HEIGHT_MM = 297;

/**
 * Where each label of a sheet sits, in label order (row by row, left to right): the grid is
 * centred on A4. The PDF renderer draws into these cells and tests cut them out of a rendered page.
 */
export function labelCellsMm(id: string): BoxMm[] {
  const layout = labelLayoutOf(id);
  const left = (PAGE_WIDTH_MM - layout.columns * layout.widthMm) / 2;
  const top = (PAGE_HEIGHT_MM - layout.rows * layout.heightMm) / 2;
  return Array.from({ length: layout.columns * layout.rows }, (_, i) => ({
    x: left + (i % layout.columns) * layout.widthMm,
    y: top + Math.floor(i / layout.columns) * layout.heightMm,
    width: layout.widthMm,
    height: layout.heightMm,
  }));
}

/**
 * Inside a label cell: the square QR box (symbol plus its quiet zone) as tall as the label allows,
 * and the text column to its right, which never reaches into the box.
 */
export function labelPartsMm(cell: BoxMm): { qrBox: BoxMm; text: BoxMm } {
  const side = cell.height - 2 * LABEL_PADDING_MM;
  const qrBox = { x: cell.x + LABEL_PADDING_MM, y: cell.y + LABEL_PADDING_MM, width: side, height: side };
  const textX = qrBox.x + side + LABEL_TEXT_GAP_MM;
  return {
    qrBox,
    text: { x: textX, y: qrBox.y, width: cell.x + cell.width - LABEL_PADDING_MM - textX, height: side },
  };
}
