/**
 * The whole dossier as one PDF: Biểu 1, 2 and 3; then each evidence file in turn — a separator
 * page naming it (type, title, issuer, dates) followed by all its pages for a PDF, or one A4 page
 * with the picture for a JPEG/PNG; then the files attached separately (office documents, PDFs that
 * cannot be opened, files beyond the size limit) and the list of every file with its SHA-256.
 * pdfkit draws our pages, pdf-lib copies the evidence pages in between.
 */
import { PDFDocument } from 'pdf-lib';
import {
  EVIDENCE_TYPE_LABELS,
  EVIDENCE_TYPES,
  type EvidenceType,
} from '../../domain/registry/evidence-types';
import {
  prepareBundleEvidence,
  type BundleEntry,
  type BundleEvidence,
  type SeparateReason,
} from './dossier-bundle-evidence';
import { drawBieu1, drawBieu2, drawBieu3, type DossierDocumentData } from './dossier-forms.pdf';
import {
  contentWidth,
  field,
  FONTS,
  MARGIN,
  openDocument,
  paragraph,
  section,
  vietnameseDate,
  type Doc,
} from './dossier-pdf-layout';

export type { BundleEvidence } from './dossier-bundle-evidence';

const TITLE = 'Hồ sơ sản phẩm OCOP';

const SEPARATE_REASON_LABELS = {
  office: 'Tài liệu văn phòng (Word, Excel…), không ghép được vào PDF',
  unreadable: 'Tệp PDF/ảnh bị mã hóa hoặc hỏng, không mở được để ghép',
  missing: 'Không tìm thấy tệp trong kho lưu trữ',
  over_limit: 'Vượt giới hạn dung lượng của bản ghép hồ sơ',
  unsupported: 'Định dạng không ghép được vào PDF',
} as const satisfies Record<SeparateReason, string>;

/** Said of a value read from the library because the version did not keep it. */
const FROM_LIBRARY_NOTE = 'theo hồ sơ hiện tại của thư viện';

function typeLabel(documentType: string): string {
  return (EVIDENCE_TYPES as readonly string[]).includes(documentType)
    ? EVIDENCE_TYPE_LABELS[documentType as EvidenceType].vi
    : documentType;
}

function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Type, title, issuer and dates of one evidence as the version linked it, at the top of its page. */
function drawEvidenceHeading(doc: Doc, evidence: BundleEvidence, heading: string): void {
  doc
    .font(FONTS.bold)
    .fontSize(12)
    .text(heading, MARGIN, MARGIN, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  field(doc, 'Loại giấy tờ', typeLabel(evidence.documentType));
  field(doc, 'Tên tài liệu', evidence.title);
  field(doc, 'Cơ quan cấp', evidence.issuer ?? 'không ghi');
  const issuedOn = evidence.issuedOn ? vietnameseDate(evidence.issuedOn) : 'không ghi';
  field(doc, 'Ngày cấp', evidence.issuedOnFromLibrary ? `${issuedOn} (${FROM_LIBRARY_NOTE})` : issuedOn);
  field(doc, 'Hiệu lực đến', evidence.validUntil ? vietnameseDate(evidence.validUntil) : 'không thời hạn');
  paragraph(doc, `Tệp ${evidence.fileName} — SHA-256 ${evidence.sha256}`, { italic: true, size: 8.5 });
}

/** Our own pages, and after which of them (0-based) the evidence pages go. */
interface DrawnBundle {
  doc: Doc;
  bytes: Promise<Buffer>;
  insertions: Map<number, BundleEntry & { kind: 'pdf' }>;
}

function drawEvidencePages(doc: Doc, entries: readonly BundleEntry[], unreadableImages: Set<string>) {
  const insertions = new Map<number, BundleEntry & { kind: 'pdf' }>();
  let insertedPages = 0;
  entries.forEach((entry, index) => {
    if (entry.kind === 'separate') return;
    doc.addPage();
    const heading = `Minh chứng ${index + 1}: ${entry.evidence.title}`;
    drawEvidenceHeading(doc, entry.evidence, heading);
    const pageIndex = doc.bufferedPageRange().count - 1;
    if (entry.kind === 'pdf') {
      const first = pageIndex + insertedPages + 2;
      const count = entry.pages.length;
      paragraph(doc, `Tệp gồm ${count} trang, là các trang ${first}–${first + count - 1} của hồ sơ này.`, {
        size: 10,
      });
      insertions.set(pageIndex, entry);
      insertedPages += count;
      return;
    }
    try {
      doc.image(entry.content, MARGIN, doc.y + 8, {
        fit: [contentWidth(doc), doc.page.height - doc.y - MARGIN - 28],
        align: 'center',
      });
    } catch {
      unreadableImages.add(entry.evidence.id);
      paragraph(doc, 'Không đọc được ảnh này; tải tệp gốc từ thư viện minh chứng.', { italic: true });
    }
  });
  return { insertions, insertedPages };
}

function drawSeparateFiles(
  doc: Doc,
  separate: readonly { evidence: BundleEvidence; reason: SeparateReason }[],
  maxEvidenceBytes: number,
): void {
  if (separate.length === 0) return;
  doc.addPage();
  section(doc, 'Tệp minh chứng đính kèm riêng — tải về từ thư viện minh chứng');
  paragraph(
    doc,
    'Các tệp dưới đây không được ghép vào bản PDF này; bản gốc vẫn lưu đầy đủ trong thư viện minh chứng của hồ sơ.',
    { italic: true, size: 9 },
  );
  if (separate.some((s) => s.reason === 'over_limit'))
    paragraph(
      doc,
      `Bản ghép hồ sơ chỉ chứa tối đa ${readableSize(maxEvidenceBytes)} minh chứng; các tệp vượt giới hạn được liệt kê dưới đây.`,
      { size: 9.5 },
    );
  separate.forEach(({ evidence, reason }, index) => {
    doc.moveDown(0.3);
    paragraph(doc, `${index + 1}. ${evidence.title} — tệp ${evidence.fileName}`);
    paragraph(doc, `${typeLabel(evidence.documentType)} · ${SEPARATE_REASON_LABELS[reason]}`, {
      size: 9,
      indent: 12,
    });
  });
}

function drawFileList(doc: Doc, entries: readonly BundleEntry[], unreadableImages: Set<string>): void {
  doc.addPage();
  section(doc, 'Danh mục tệp minh chứng kèm theo hồ sơ');
  paragraph(doc, 'Mã SHA-256 giúp đối chiếu từng tệp với bản gốc lưu trên hệ thống.', {
    italic: true,
    size: 9,
  });
  entries.forEach((entry, index) => {
    const file = entry.evidence;
    doc.moveDown(0.3);
    field(doc, `${index + 1}. ${file.title}`, file.fileName);
    paragraph(
      doc,
      `Loại: ${typeLabel(file.documentType)} (${file.mediaType})${file.issuer ? ` · Cơ quan cấp: ${file.issuer}` : ''}${file.validUntil ? ` · Hiệu lực đến: ${vietnameseDate(file.validUntil)}` : ''}`,
      { size: 9, indent: 12 },
    );
    paragraph(doc, `SHA-256: ${file.sha256}`, { size: 8, indent: 12 });
    const state =
      entry.kind === 'pdf'
        ? `Đã ghép ${entry.pages.length} trang vào hồ sơ này`
        : entry.kind === 'image'
          ? unreadableImages.has(file.id)
            ? SEPARATE_REASON_LABELS.unreadable
            : 'Đã in ảnh trong hồ sơ này'
          : `Đính kèm riêng: ${SEPARATE_REASON_LABELS[entry.reason]}`;
    paragraph(doc, state, { size: 8.5, indent: 12, italic: true });
  });
}

/** "Hồ sơ sản phẩm OCOP — Trang x/y" on our pages, counting the evidence pages merged between them. */
function numberBundlePages(doc: Doc, insertions: DrawnBundle['insertions'], insertedPages: number): void {
  const range = doc.bufferedPageRange();
  const total = range.count + insertedPages;
  let before = 0;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONTS.italic)
      .fontSize(8)
      .fillColor('#666666')
      .text(`${TITLE} — Trang ${i + 1 + before}/${total}`, MARGIN, doc.page.height - 30, {
        width: contentWidth(doc),
        align: 'center',
      });
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
    before += insertions.get(i)?.pages.length ?? 0;
  }
}

/**
 * Renders the bundle. Never fails because of an evidence file: whatever cannot be merged is
 * listed as attached separately, with the reason.
 */
export async function renderDossierBundlePdf(params: {
  data: DossierDocumentData;
  evidence: readonly BundleEvidence[];
  read: (sha256: string) => Promise<Buffer | undefined>;
  maxEvidenceBytes: number;
}): Promise<Buffer> {
  const target = await PDFDocument.create();
  const entries = await prepareBundleEvidence({
    evidence: params.evidence,
    read: params.read,
    target,
    maxBytes: params.maxEvidenceBytes,
  });

  const { doc, bytes } = openDocument(TITLE);
  drawBieu1(doc, params.data);
  doc.addPage();
  drawBieu2(doc, params.data);
  doc.addPage();
  drawBieu3(doc, params.data);
  const unreadableImages = new Set<string>();
  const { insertions, insertedPages } = drawEvidencePages(doc, entries, unreadableImages);
  const separate = entries.flatMap((e) =>
    e.kind === 'separate'
      ? [{ evidence: e.evidence, reason: e.reason }]
      : e.kind === 'image' && unreadableImages.has(e.evidence.id)
        ? [{ evidence: e.evidence, reason: 'unreadable' as const }]
        : [],
  );
  drawSeparateFiles(doc, separate, params.maxEvidenceBytes);
  drawFileList(doc, entries, unreadableImages);
  numberBundlePages(doc, insertions, insertedPages);
  doc.end();

  const own = await PDFDocument.load(await bytes);
  const ownPages = await target.copyPages(own, own.getPageIndices());
  ownPages.forEach((page, index) => {
    target.addPage(page);
    for (const evidencePage of insertions.get(index)?.pages ?? []) target.addPage(evidencePage);
  });
  target.setTitle(TITLE);
  target.setCreator('OCOP Platform');
  target.setProducer('OCOP Platform');
  return Buffer.from(await target.save());
}
