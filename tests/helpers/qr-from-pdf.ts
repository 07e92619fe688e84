import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Resolutions a page is rendered at. zbar reading a whole sheet of small codes at once misses some
 * at one resolution and others at the next (a sheet of 40 labels gave 39 at 150 dpi, 4 at 200 dpi and
 * 40 at 300 dpi); a phone reads one label at a time. The union over these reads every code.
 */
const DEFAULT_DPIS = [150, 300, 100] as const;

/**
 * The distinct QR codes on one page of a PDF: the page is rendered to PNG with pdftoppm and decoded
 * with zbarimg (both from Debian), at each resolution in `dpis`. Empty when none is found.
 */
export function decodeQrCodesFromPdf(
  pdf: Buffer,
  options: { page?: number; dpis?: readonly number[] } = {},
): string[] {
  const page = String(options.page ?? 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-qr-'));
  const found = new Set<string>();
  try {
    fs.writeFileSync(path.join(dir, 'document.pdf'), pdf);
    for (const dpi of options.dpis ?? DEFAULT_DPIS) {
      const image = path.join(dir, `page-${dpi}`);
      execFileSync('pdftoppm', [
        '-r',
        String(dpi),
        '-f',
        page,
        '-l',
        page,
        '-png',
        '-singlefile',
        path.join(dir, 'document.pdf'),
        image,
      ]);
      try {
        const out = execFileSync(
          'zbarimg',
          ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', `${image}.png`],
          { stdio: ['ignore', 'pipe', 'ignore'] },
        );
        for (const line of out.toString().split('\n')) if (line.trim()) found.add(line.trim());
      } catch {
        // zbarimg exits with status 4 when the image holds no code.
      }
    }
    return [...found];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
