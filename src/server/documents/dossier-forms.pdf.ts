/**
 * The dossier forms of Decision 148 as printable PDFs, generated from data: Biểu 1 (phiếu đăng ký
 * sản phẩm), Biểu 2 (báo cáo tự đánh giá, with chosen options and evidence per criterion) and
 * Biểu 3 (báo cáo đánh giá của UBND xã). Each renderer draws into a document, so the bundle can
 * put all three in one file.
 */
import type {
  CommuneAssessment,
  DossierContent,
  DossierType,
  ForwardRequest,
} from '../../domain/dossier/dossier.types';
import { DOSSIER_TYPE_LABELS, PRODUCER_TYPE_LABELS } from '../../domain/dossier/dossier.types';
import type { SelfScore } from '../../domain/dossier/dossier-self-score';
import { listCommuneCriteria } from '../../domain/dossier/commune-criteria';
import { findDistrictWordedCriteria } from '../../domain/rubric/district-wording';
import { listScorableCriteria } from '../../domain/rubric/rubric-tree';
import type { RubricSheet } from '../../domain/rubric/rubric.types';
import {
  contentWidth,
  ensureSpace,
  field,
  FONTS,
  MARGIN,
  nationalHeading,
  numberPages,
  openDocument,
  paragraph,
  placeAndDate,
  vietnameseTime,
  section,
  signature,
  type Doc,
} from './dossier-pdf-layout';
import { peoplesCommitteeOf, placeNameOf } from '../../domain/admin-units/unit-names';

/** Evidence as printed: what it is and how to recognise the file. */
export interface PrintedEvidence {
  id: string;
  title: string;
  documentType: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  issuer: string | null;
  validUntil: string | null;
  /** Issue date as linked; absent for versions submitted before it was frozen. */
  issuedOn?: string | null;
  /** Size of the file in bytes, when recorded. */
  sizeBytes?: number;
}

/** Everything the forms print: one frozen version (or the working draft when never submitted). */
export interface DossierDocumentData {
  dossierId: string;
  type: DossierType;
  /** Submitted version number, or null for a draft printout. */
  versionNumber: number | null;
  content: DossierContent;
  sheet: RubricSheet;
  rubricLegalBasis: string;
  selfScore: SelfScore;
  evidence: PrintedEvidence[];
  communeName: string;
  /** Who gave the truthfulness commitment and when (null for a draft). */
  commitment: { name: string; at: Date } | null;
  communeAssessment: CommuneAssessment | null;
  forwardRequest: ForwardRequest | null;
  printedAt: Date;
  /**
   * How "cấp huyện" is read for this producer ("Cấp huyện được hiểu là: địa bàn huyện cũ …"),
   * printed under each criterion that speaks of the district; absent = not printed.
   */
  districtReadingVi?: string;
}

export type DossierForm = 'bieu-1' | 'bieu-2' | 'bieu-3';

const versionLine = (data: DossierDocumentData): string =>
  data.versionNumber === null
    ? 'Bản nháp — chưa nộp'
    : `Hồ sơ ${data.dossierId.slice(0, 8)} — phiên bản ${data.versionNumber}`;

function optionLabel(
  sheet: RubricSheet,
  code: string,
  option: number | undefined,
): { text: string; points: number } {
  if (option === undefined) return { text: '(chưa trả lời)', points: 0 };
  if (option === 0) return { text: 'Không đạt phương án nào', points: 0 };
  const criterion = listScorableCriteria(sheet).find((s) => s.criterion.code === code)?.criterion;
  const chosen = criterion?.options[option - 1];
  return chosen ? { text: chosen.textVi, points: chosen.points } : { text: `Phương án ${option}`, points: 0 };
}

/** Biểu 1 — phiếu đăng ký sản phẩm OCOP. */
export function drawBieu1(doc: Doc, data: DossierDocumentData): void {
  const r = data.content.registration;
  nationalHeading(
    doc,
    'Biểu số 1',
    'PHIẾU ĐĂNG KÝ SẢN PHẨM OCOP',
    `${data.rubricLegalBasis} — ${versionLine(data)}`,
  );
  paragraph(doc, `Kính gửi: ${peoplesCommitteeOf(data.communeName)}`, { italic: true });
  section(doc, '1. Thông tin chủ thể');
  field(doc, 'Tên chủ thể', r.producer.name);
  field(
    doc,
    'Loại hình',
    PRODUCER_TYPE_LABELS[r.producer.type as keyof typeof PRODUCER_TYPE_LABELS] ?? r.producer.type,
  );
  field(doc, 'Số đăng ký / mã số thuế', r.producer.registrationNumber);
  field(doc, 'Địa chỉ', r.producer.address);
  field(doc, 'Điện thoại', r.producer.phone);
  field(doc, 'E-mail', r.producer.email);
  section(doc, '2. Người đại diện theo pháp luật');
  field(doc, 'Họ và tên', r.legalRepresentative.fullName);
  field(doc, 'Chức vụ', r.legalRepresentative.title);
  field(
    doc,
    'Giới tính',
    r.legalRepresentative.gender === 'female'
      ? 'Nữ'
      : r.legalRepresentative.gender === 'male'
        ? 'Nam'
        : r.legalRepresentative.gender,
  );
  field(doc, 'Người dân tộc thiểu số', r.legalRepresentative.isEthnicMinority ? 'Có' : 'Không');
  section(doc, '3. Sản phẩm đăng ký đánh giá, phân hạng');
  field(doc, 'Tên sản phẩm', r.product.name);
  field(doc, 'Bộ sản phẩm', `Số ${data.sheet.setNumber} — ${data.sheet.setNameVi}`);
  field(doc, 'Mô tả', r.product.description);
  field(doc, 'Quy cách đóng gói', r.product.packaging);
  field(doc, 'Hình thức đánh giá', DOSSIER_TYPE_LABELS[data.type].vi);
  field(
    doc,
    'Số lượng mẫu sản phẩm',
    data.sheet.requiresSamples ? `${r.sampleCount} mẫu` : 'Không nộp mẫu (đánh giá tại chỗ)',
  );
  section(doc, '4. Hồ sơ kèm theo');
  paragraph(doc, '- Báo cáo tự đánh giá sản phẩm (Biểu số 2).');
  for (const e of data.evidence)
    paragraph(doc, `- ${e.title}${e.issuer ? ` (${e.issuer})` : ''} — tệp ${e.fileName}`);
  for (const a of r.attachments) paragraph(doc, `- ${a}`);
  section(doc, '5. Cam kết');
  paragraph(
    doc,
    'Chúng tôi cam kết các thông tin trong hồ sơ là trung thực, chính xác và chịu trách nhiệm trước pháp luật về nội dung đã kê khai.',
  );
  if (data.commitment)
    paragraph(
      doc,
      `Đã xác nhận cam kết trên hệ thống bởi ${data.commitment.name} lúc ${vietnameseTime(data.commitment.at)} (giờ Việt Nam).`,
      { italic: true, size: 9 },
    );
  signature(doc, {
    placeDate: placeAndDate(placeNameOf(data.communeName), data.commitment?.at ?? data.printedAt),
    role: 'ĐẠI DIỆN CHỦ THỂ',
    note: '(Ký, ghi rõ họ tên, đóng dấu nếu có)',
    name: r.legalRepresentative.fullName,
  });
}

/** One criterion of Biểu 2: chosen option, points, evidence, note. */
function bieu2Criterion(doc: Doc, data: DossierDocumentData, code: string, title: string): void {
  const answer = data.content.answers[code];
  const chosen = optionLabel(data.sheet, code, answer?.option);
  const evidence = (answer?.evidenceIds ?? []).map(
    (id) => data.evidence.find((e) => e.id === id)?.title ?? id,
  );
  const width = contentWidth(doc);
  doc.font(FONTS.bold).fontSize(9.5);
  ensureSpace(doc, doc.heightOfString(title, { width: width - 60 }) + 30);
  const top = doc.y;
  doc.text(`${code}. ${title}`, MARGIN, top, { width: width - 60 });
  doc.text(`${chosen.points} điểm`, MARGIN + width - 60, top, { width: 60, align: 'right' });
  doc.x = MARGIN;
  paragraph(doc, `Tự đánh giá: ${answer?.option ?? '—'} — ${chosen.text}`, { indent: 12, size: 9 });
  paragraph(doc, `Minh chứng: ${evidence.length > 0 ? evidence.join('; ') : 'không'}`, {
    indent: 12,
    size: 9,
    italic: true,
  });
  if (answer?.note) paragraph(doc, `Ghi chú: ${answer.note}`, { indent: 12, size: 9, italic: true });
  districtReadingLine(doc, data, code);
  doc.moveDown(0.3);
}

/** Under a criterion that speaks of the district: how "cấp huyện" is read after 01/07/2025. */
function districtReadingLine(doc: Doc, data: DossierDocumentData, code: string): void {
  if (!data.districtReadingVi) return;
  const isDistrictWorded = findDistrictWordedCriteria(data.sheet).some(
    (c) => c.code === code || code.startsWith(`${c.code}.`),
  );
  if (isDistrictWorded) paragraph(doc, data.districtReadingVi, { indent: 12, size: 9, italic: true });
}

/** Biểu 2 — báo cáo tự đánh giá sản phẩm OCOP. */
export function drawBieu2(doc: Doc, data: DossierDocumentData): void {
  const r = data.content.registration;
  nationalHeading(
    doc,
    'Biểu số 2',
    'BÁO CÁO TỰ ĐÁNH GIÁ SẢN PHẨM OCOP',
    `${data.rubricLegalBasis} — ${versionLine(data)}`,
  );
  field(doc, 'Chủ thể', r.producer.name);
  field(doc, 'Sản phẩm', r.product.name);
  field(doc, 'Bộ sản phẩm', `Số ${data.sheet.setNumber} — ${data.sheet.setNameVi}`);
  let group = '';
  for (const s of listScorableCriteria(data.sheet)) {
    if (s.caseNumber !== undefined && data.content.answers[s.criterion.code] === undefined) continue;
    if (s.group.code !== group) {
      group = s.group.code;
      section(doc, `${s.group.code}. ${s.group.titleVi} (tối đa ${s.group.maxPoints} điểm)`);
    }
    bieu2Criterion(doc, data, s.criterion.code, s.criterion.titleVi);
  }
  section(doc, 'Tổng hợp');
  const score = data.selfScore;
  field(
    doc,
    'Tổng điểm tự đánh giá',
    `${score.total} / 100 (A ${score.parts.A} · B ${score.parts.B} · C ${score.parts.C})`,
  );
  field(
    doc,
    'Dự kiến hạng sao',
    score.stars === null ? 'Không xếp hạng (phương án loại)' : `${score.stars} sao`,
  );
  paragraph(doc, score.explanationVi, { italic: true, size: 9 });
  signature(doc, {
    placeDate: placeAndDate(placeNameOf(data.communeName), data.commitment?.at ?? data.printedAt),
    role: 'ĐẠI DIỆN CHỦ THỂ',
    note: '(Ký, ghi rõ họ tên, đóng dấu nếu có)',
    name: r.legalRepresentative.fullName,
  });
}

/** Biểu 3 — báo cáo đánh giá của UBND xã (the commune-assessed criteria). */
export function drawBieu3(doc: Doc, data: DossierDocumentData): void {
  const r = data.content.registration;
  const assessment = data.communeAssessment;
  nationalHeading(
    doc,
    'Biểu số 3',
    'BÁO CÁO ĐÁNH GIÁ CỦA ỦY BAN NHÂN DÂN CẤP XÃ',
    `Về các tiêu chí địa phương của sản phẩm — ${versionLine(data)}`,
  );
  field(doc, 'Ủy ban nhân dân', data.communeName);
  field(doc, 'Chủ thể', r.producer.name);
  field(doc, 'Sản phẩm', `${r.product.name} (bộ số ${data.sheet.setNumber})`);
  section(doc, 'Kết quả đánh giá các tiêu chí do UBND xã đánh giá');
  for (const { criterion } of listCommuneCriteria(data.sheet)) {
    const commune = optionLabel(data.sheet, criterion.code, assessment?.choices[criterion.code]?.option);
    const own = optionLabel(data.sheet, criterion.code, data.content.answers[criterion.code]?.option);
    paragraph(doc, `${criterion.code}. ${criterion.titleVi}`, { size: 10 });
    paragraph(doc, `UBND xã đánh giá: ${commune.text} — ${commune.points} điểm`, { indent: 12, size: 9.5 });
    paragraph(doc, `Chủ thể tự đánh giá: ${own.text} — ${own.points} điểm`, {
      indent: 12,
      size: 9,
      italic: true,
    });
    const note = assessment?.choices[criterion.code]?.note;
    if (note) paragraph(doc, `Nhận xét: ${note}`, { indent: 12, size: 9, italic: true });
    districtReadingLine(doc, data, criterion.code);
    doc.moveDown(0.3);
  }
  section(doc, 'Kết luận');
  paragraph(doc, assessment?.conclusion || (assessment ? '(không có)' : 'UBND xã chưa đánh giá.'));
  if (data.forwardRequest)
    paragraph(
      doc,
      `Văn bản đề nghị số ${data.forwardRequest.number} ngày ${data.forwardRequest.date.split('-').reverse().join('/')} gửi cấp trên.`,
      { italic: true },
    );
  signature(doc, {
    placeDate: placeAndDate(placeNameOf(data.communeName), assessment?.assessedOn ?? data.printedAt),
    role: data.forwardRequest
      ? `TM. ỦY BAN NHÂN DÂN\n${data.forwardRequest.signerTitle.toUpperCase()}`
      : 'TM. ỦY BAN NHÂN DÂN',
    note: '(Ký, ghi rõ họ tên, đóng dấu)',
    name: data.forwardRequest?.signerName ?? assessment?.assessorName ?? '',
  });
}

const DRAWERS = { 'bieu-1': drawBieu1, 'bieu-2': drawBieu2, 'bieu-3': drawBieu3 } as const satisfies Record<
  DossierForm,
  (doc: Doc, data: DossierDocumentData) => void
>;
const FORM_TITLES = {
  'bieu-1': 'Biểu 1 — Phiếu đăng ký sản phẩm OCOP',
  'bieu-2': 'Biểu 2 — Báo cáo tự đánh giá',
  'bieu-3': 'Biểu 3 — Báo cáo đánh giá của UBND xã',
} as const;

/** One form as PDF bytes. Invariant: every submitted Biểu 1 field and Biểu 2 answer is printed. */
export function renderDossierFormPdf(form: DossierForm, data: DossierDocumentData): Promise<Buffer> {
  const { doc, bytes } = openDocument(FORM_TITLES[form]);
  DRAWERS[form](doc, data);
  numberPages(doc, FORM_TITLES[form]);
  doc.end();
  return bytes;
}
