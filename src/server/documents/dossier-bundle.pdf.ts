/**
 * The whole dossier as one PDF: Biểu 1, 2 and 3, then every image evidence embedded on its own
 * page, then the list of every evidence file with its SHA-256 so a reader can match the
 * originals. pdfkit cannot copy pages out of another PDF, so PDF and office evidence are listed,
 * not merged (merging needs a PDF-editing library such as pdf-lib).
 */
import {
  drawBieu1,
  drawBieu2,
  drawBieu3,
  type DossierDocumentData,
  type PrintedEvidence,
} from './dossier-forms.pdf';
import {
  contentWidth,
  field,
  FONTS,
  MARGIN,
  numberPages,
  openDocument,
  paragraph,
  section,
} from './dossier-pdf-layout';

/** Evidence with its bytes when the file store has them. */
export interface BundledEvidence extends PrintedEvidence {
  content: Buffer | undefined;
}

const EMBEDDABLE_IMAGES = new Set(['image/jpeg', 'image/png']);

/** Renders the bundle. Images that fail to decode are listed instead of embedded. */
export function renderDossierBundlePdf(
  data: DossierDocumentData,
  files: readonly BundledEvidence[],
): Promise<Buffer> {
  const { doc, bytes } = openDocument('Hồ sơ sản phẩm OCOP');
  drawBieu1(doc, data);
  doc.addPage();
  drawBieu2(doc, data);
  doc.addPage();
  drawBieu3(doc, data);

  const embedded = new Set<string>();
  for (const file of files) {
    if (!file.content || !EMBEDDABLE_IMAGES.has(file.mediaType)) continue;
    doc.addPage();
    doc
      .font(FONTS.bold)
      .fontSize(11)
      .text(`Minh chứng: ${file.title}`, MARGIN, MARGIN, { width: contentWidth(doc) });
    doc
      .font(FONTS.italic)
      .fontSize(8.5)
      .text(`${file.fileName} — SHA-256 ${file.sha256}`, { width: contentWidth(doc) });
    try {
      doc.image(file.content, MARGIN, doc.y + 8, {
        fit: [contentWidth(doc), doc.page.height - doc.y - MARGIN - 20],
        align: 'center',
      });
      embedded.add(file.id);
    } catch {
      paragraph(doc, 'Không đọc được ảnh này; xem tệp gốc theo mã SHA-256.', { italic: true });
    }
  }

  doc.addPage();
  section(doc, 'Danh mục tệp minh chứng kèm theo hồ sơ');
  paragraph(
    doc,
    'Tệp PDF và tài liệu văn phòng được liệt kê kèm mã SHA-256 để đối chiếu với bản gốc lưu trên hệ thống.',
    { italic: true, size: 9 },
  );
  files.forEach((file, index) => {
    doc.moveDown(0.3);
    field(doc, `${index + 1}. ${file.title}`, file.fileName);
    paragraph(
      doc,
      `Loại: ${file.mediaType}${file.issuer ? ` · Cơ quan cấp: ${file.issuer}` : ''}${file.validUntil ? ` · Hiệu lực đến: ${file.validUntil.split('-').reverse().join('/')}` : ''}`,
      { size: 9, indent: 12 },
    );
    paragraph(doc, `SHA-256: ${file.sha256}`, { size: 8, indent: 12 });
    const state = embedded.has(file.id)
      ? 'Đã in ảnh trong hồ sơ này'
      : file.content
        ? 'Tệp gốc kèm theo (không ghép trang)'
        : 'Không tìm thấy tệp trong kho lưu trữ';
    paragraph(doc, state, { size: 8.5, indent: 12, italic: true });
  });
  numberPages(doc, 'Hồ sơ sản phẩm OCOP');
  doc.end();
  return bytes;
}
