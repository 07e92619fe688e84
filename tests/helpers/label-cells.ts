import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { labelCellsMm } from '../../src/domain/stamps/label-layouts';

/** A rendered page in 8-bit grey, row by row (0 black, 255 white). */
export interface Gray {
  width: number;
  height: number;
  pixels: Buffer;
}

function readPgm(file: string): Gray {
  const data = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`not a binary PGM: ${file}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length) };
}

function writePgmCrop(
  image: Gray,
  box: { x: number; y: number; width: number; height: number },
  file: string,
): void {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const width = Math.min(image.width, Math.ceil(box.x + box.width)) - x0;
  const height = Math.min(image.height, Math.ceil(box.y + box.height)) - y0;
  const out = Buffer.alloc(width * height);
  for (let row = 0; row < height; row += 1)
    image.pixels.copy(out, row * width, (y0 + row) * image.width + x0, (y0 + row) * image.width + x0 + width);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), out]));
}

/** One page of a PDF rendered in grey with pdftoppm at `dpi`. */
export function renderPageGray(pdf: Buffer, options: { dpi: number; page?: number }): Gray {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-page-'));
  try {
    const page = String(options.page ?? 1);
    fs.writeFileSync(path.join(dir, 'sheet.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-r',
      String(options.dpi),
      '-f',
      page,
      '-l',
      page,
      '-gray',
      '-singlefile',
      path.join(dir, 'sheet.pdf'),
      path.join(dir, 'page'),
    ]);
    return readPgm(path.join(dir, 'page.pgm'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What each label of one sheet reads as, in label order: the page is rendered with pdftoppm at
 * `dpi`, every label cell of `layout` is cut out and decoded on its own with zbarimg (a phone
 * reads one label at a time; zbar reading a whole page of small codes misses some). `null` for a
 * cell where no QR code is read; a cell holding two codes reads as both, joined by a new line.
 */
export function decodeLabelCells(
  pdf: Buffer,
  options: { layout: string; dpi: number; page?: number; cells?: number },
): (string | null)[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-labels-'));
  try {
    const page = String(options.page ?? 1);
    fs.writeFileSync(path.join(dir, 'sheet.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-r',
      String(options.dpi),
      '-f',
      page,
      '-l',
      page,
      '-gray',
      '-singlefile',
      path.join(dir, 'sheet.pdf'),
      path.join(dir, 'page'),
    ]);
    const image = readPgm(path.join(dir, 'page.pgm'));
    const scale = options.dpi / 25.4;
    const cells = labelCellsMm(options.layout).slice(0, options.cells);
    const files = cells.map((cell, i) => {
      const file = path.join(dir, `cell-${i}.pgm`);
      writePgmCrop(
        image,
        { x: cell.x * scale, y: cell.y * scale, width: cell.width * scale, height: cell.height * scale },
        file,
      );
      return file;
    });
    let xml = '';
    try {
      xml = execFileSync('zbarimg', ['--xml', '--quiet', '-Sdisable', '-Sqrcode.enable', ...files], {
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString();
    } catch (error) {
      // zbarimg exits with status 4 when some image holds no code; what it read is still on stdout.
      xml = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    }
    const read = new Map<string, string[]>();
    for (const source of xml.split('<source ').slice(1)) {
      const href = /^href='([^']+)'/.exec(source)?.[1] ?? '';
      read.set(
        path.basename(href),
        [...source.matchAll(/<data><!\[CDATA\[([\s\S]*?)\]\]><\/data>/g)].map((m) => m[1]!),
      );
    }
    return files.map((file) => read.get(path.basename(file))?.join('\n') ?? null);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
