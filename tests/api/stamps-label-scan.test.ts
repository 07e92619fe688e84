/**
 * Every printed QR code scans: full label sheets of both layouts, with URIs of every length the
 * resolver prints (short form, GS1 Digital Link with a 1- and a 20-character lot, short and long
 * host names), rendered at print resolution (300 dpi) and a lower one (150 dpi); each label cell is
 * cut out and decoded on its own with zbarimg, and must read exactly its stamp's URI. The text
 * beside the code stays inside its column, one line never over another (pdftotext -bbox).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LABEL_LAYOUT_IDS,
  LABEL_PADDING_MM,
  labelCellsMm,
  labelPartsMm,
  labelsPerSheet,
} from '../../src/domain/stamps/label-layouts';
import { buildStampUri } from '../../src/domain/stamps/digital-link';
import { formatSerialForPrint, generateSerial } from '../../src/domain/stamps/stamp-serial';
import {
  renderLabelSheetsPdf,
  type LabelData,
  type LabelSheetData,
} from '../../src/server/documents/stamp-labels.pdf';
import QRCode from 'qrcode';
import { QR_QUIET_ZONE_MODULES } from '../../src/domain/stamps/label-layouts';
import { decodeLabelCells, renderPageGray } from '../helpers/label-cells';

/** A seeded source of random bytes (mulberry32), so a failing sheet can be rendered again. */
function seededBytes(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
  return (size: number) => Uint8Array.from({ length: size }, next);
}

const VARIANTS = [
  {
    name: 'short URI, local host',
    uri: (serial: string) => buildStampUri('http://localhost:3000', { kind: 'short', serial }),
    lot: 'A',
  },
  {
    name: 'GS1 URI, 1-character lot',
    uri: (serial: string) =>
      buildStampUri('https://ocop.gov.vn', { kind: 'gtin', gtin14: '08938505970011', lot: 'A', serial }),
    lot: 'A',
  },
  {
    name: 'GS1 URI, 20-character lot, long host',
    uri: (serial: string) =>
      buildStampUri('https://truyxuat-ocop.thuathienhue.gov.vn', {
        kind: 'gtin',
        gtin14: '08938505970011',
        lot: 'L2026/05-15.XUAT_KH9',
        serial,
      }),
    lot: 'L2026/05-15.XUAT_KH9',
  },
] as const;

const SHEETS_PER_PDF = 2;

async function renderSheets(sheet: LabelSheetData, pages: LabelData[][]): Promise<Buffer> {
  const queue = [...pages];
  return renderLabelSheetsPdf(
    sheet,
    async () => queue.shift() ?? [],
    async () => {},
  );
}

describe('every label of full sheets decodes, alone, to its own URI', () => {
  let seed = 1;
  for (const layout of LABEL_LAYOUT_IDS) {
    for (const variant of VARIANTS) {
      it(`${layout}, ${variant.name}: ${SHEETS_PER_PDF} sheets at 300 and 150 dpi`, async () => {
        const random = seededBytes((seed += 1));
        const pages = Array.from({ length: SHEETS_PER_PDF }, () =>
          Array.from({ length: labelsPerSheet(layout) }, () => {
            const serial = generateSerial(random);
            return { uri: variant.uri(serial), code: formatSerialForPrint(serial) };
          }),
        );
        const pdf = await renderSheets(
          {
            productName: 'Chè Shan tuyết cổ thụ Suối Giàng loại đặc biệt hộp quà tặng',
            stars: 5,
            lot: variant.lot,
            expiryDate: '2027-05-01',
            layout,
          },
          pages,
        );
        for (const dpi of [300, 150]) {
          pages.forEach((labels, index) => {
            const read = decodeLabelCells(pdf, { layout, dpi, page: index + 1 });
            expect(read, `page ${index + 1} at ${dpi} dpi`).toEqual(labels.map((l) => l.uri));
          });
        }
      }, 60_000);
    }
  }
});

describe('the quiet zone around every QR code is clear', () => {
  for (const layout of LABEL_LAYOUT_IDS) {
    it(`${layout}: nothing but white within ${QR_QUIET_ZONE_MODULES} modules of the symbol, for the longest URIs`, async () => {
      const random = seededBytes(7);
      const labels = Array.from({ length: labelsPerSheet(layout) }, () => {
        const serial = generateSerial(random);
        return { uri: VARIANTS[2].uri(serial), code: formatSerialForPrint(serial) };
      });
      const pdf = await renderSheets(
        {
          productName: 'Bánh chưng Tranh truyền thống gói lá dong rừng Hưng Yên đặc biệt ngon',
          stars: 5,
          lot: 'L2026/05-15.XUAT_KH9',
          expiryDate: '2027-05-01',
          layout,
        },
        [labels],
      );
      const dpi = 300;
      const px = dpi / 25.4;
      const image = renderPageGray(pdf, { dpi });
      const at = (x: number, y: number) => image.pixels[Math.round(y) * image.width + Math.round(x)]!;
      labelCellsMm(layout).forEach((cell, i) => {
        const { qrBox } = labelPartsMm(cell);
        const modules = QRCode.create(labels[i]!.uri, { errorCorrectionLevel: 'M' }).modules.size;
        const module = (qrBox.width / (modules + 2 * QR_QUIET_ZONE_MODULES)) * px;
        const box = { x: qrBox.x * px, y: qrBox.y * px, size: qrBox.width * px };
        // Sample the ring between the box's edge and the symbol, half a module inside each border.
        const inner = QR_QUIET_ZONE_MODULES * module;
        let darkest = 255;
        for (let d = 1; d < inner - 1; d += 1)
          for (let s = 1; s < box.size - 1; s += 1) {
            darkest = Math.min(
              darkest,
              at(box.x + d, box.y + s),
              at(box.x + box.size - d, box.y + s),
              at(box.x + s, box.y + d),
              at(box.x + s, box.y + box.size - d),
            );
          }
        expect(darkest, `label ${i + 1}`).toBeGreaterThan(240);
      });
    }, 60_000);
  }
});

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function wordsOf(pdf: Buffer): Word[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-label-text-'));
  try {
    fs.writeFileSync(path.join(dir, 'sheet.pdf'), pdf);
    const html = execFileSync('pdftotext', [
      '-bbox',
      '-f',
      '1',
      '-l',
      '1',
      path.join(dir, 'sheet.pdf'),
      '-',
    ]).toString();
    return [
      ...html.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!,
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('label text never wraps into the QR code or the caption', () => {
  const MM = 72 / 25.4;
  for (const layout of LABEL_LAYOUT_IDS) {
    it(`${layout}: the longest name, lot and URI stay in the text column, line under line`, async () => {
      const random = seededBytes(99);
      const labels = Array.from({ length: labelsPerSheet(layout) }, () => {
        const serial = generateSerial(random);
        return { uri: VARIANTS[2].uri(serial), code: formatSerialForPrint(serial) };
      });
      const sheet = {
        productName: 'Bánh chưng Tranh truyền thống gói lá dong rừng Hưng Yên đặc biệt ngon',
        stars: 5,
        lot: 'L2026/05-15.XUAT_KH9',
        expiryDate: '2027-05-01',
        layout,
      };
      const words = wordsOf(await renderSheets(sheet, [labels]));
      const cells = labelCellsMm(layout);
      // Every serial is printed whole on one line, and the lot too.
      const text = words.map((w) => w.text).join(' ');
      for (const label of labels) expect(text).toContain(label.code);
      expect(words.filter((w) => w.text === 'L2026/05-15.XUAT_KH9')).toHaveLength(cells.length);
      expect(words.filter((w) => w.text === 'Scan')).toHaveLength(cells.length);
      for (const cell of cells) {
        const column = labelPartsMm(cell).text;
        const inCell = words.filter(
          (w) =>
            w.xMin >= cell.x * MM &&
            w.xMin < (cell.x + cell.width) * MM &&
            w.yMin >= cell.y * MM &&
            w.yMin < (cell.y + cell.height) * MM,
        );
        expect(inCell.length).toBeGreaterThan(8);
        for (const w of inCell) {
          expect(w.xMin, w.text).toBeGreaterThanOrEqual(column.x * MM - 0.5);
          expect(w.xMax, w.text).toBeLessThanOrEqual((cell.x + cell.width - LABEL_PADDING_MM) * MM + 0.5);
          expect(w.yMax, w.text).toBeLessThanOrEqual((cell.y + cell.height - LABEL_PADDING_MM) * MM);
        }
        // Words on different lines never overlap (a wrapped line would land on the next one).
        for (const a of inCell)
          for (const b of inCell) {
            if (a === b || Math.abs(a.yMin - b.yMin) < 0.5) continue;
            const overlapsX = a.xMin < b.xMax && b.xMin < a.xMax;
            const overlapsY = a.yMin < b.yMax - 0.6 && b.yMin < a.yMax - 0.6;
            expect(overlapsX && overlapsY, `${a.text} / ${b.text}`).toBe(false);
          }
      }
    });
  }
});
