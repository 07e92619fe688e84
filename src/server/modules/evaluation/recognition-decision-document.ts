/**
 * Quyết định công nhận — the recognition decision as a PDF in the official layout (Decree 30),
 * Vietnamese only, PAdES-signed with the issuing authority's certificate once a leader approved it.
 */
import type { DecisionOutput } from '../../../contracts/evaluation.contracts';
import type { AppConfig } from '../../config';
import { renderOfficialDecisionPdf } from '../../documents/official-decision.pdf';
import { signingIdentityOf } from '../../documents/signing/signing-identity';
import { signPdf } from '../../documents/signing/sign-pdf';
import { placeNameOfUnit } from '../revocations/draft-revocation-decision';

export async function renderRecognitionDecisionPdf(params: {
  config: AppConfig;
  decision: DecisionOutput;
  unit: { level: string; name: string };
}): Promise<Buffer> {
  const { decision, unit } = params;
  const isDraft = decision.status !== 'approved';
  const placeName = placeNameOfUnit(unit);
  const pdf = await renderOfficialDecisionPdf({
    issuerLevel: unit.level,
    issuerName: decision.issuerName,
    number: decision.number,
    placeName,
    signedOn: isDraft ? null : decision.signedOn,
    subject: 'Về việc công nhận sản phẩm đạt chuẩn OCOP',
    legalBases: decision.legalBases,
    proposedBy:
      'Theo đề nghị của Hội đồng đánh giá, phân hạng sản phẩm OCOP và Cơ quan thường trực Chương trình OCOP',
    articles: [
      {
        heading: 'Điều 1.',
        text: `Công nhận ${decision.items.length} sản phẩm đạt chuẩn OCOP, có giá trị trong thời hạn 36 tháng kể từ ngày ký, gồm:`,
        table: {
          columns: [
            { title: 'TT', width: 28 },
            { title: 'Sản phẩm', width: 140 },
            { title: 'Chủ thể', width: 140 },
            { title: 'Hạng sao', width: 60 },
            { title: 'Giấy chứng nhận', width: 122 },
          ],
          rows: decision.items.map((item, i) => [
            String(i + 1),
            `${item.productName} (bộ ${item.productSet})`,
            item.producerName,
            `${item.stars} sao`,
            item.certificateNumber ? `Số ${item.certificateNumber}` : 'Cấp khi phê duyệt',
          ]),
        },
      },
      {
        heading: 'Điều 2.',
        text: 'Các chủ thể có sản phẩm được công nhận được sử dụng biểu trưng OCOP và số sao trên nhãn, bao bì sản phẩm trong thời hạn giấy chứng nhận có hiệu lực, và có trách nhiệm duy trì chất lượng sản phẩm theo tiêu chuẩn đã được công nhận.',
      },
      {
        heading: 'Điều 3.',
        text: 'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân, Thủ trưởng các cơ quan, đơn vị liên quan và các chủ thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
      },
    ],
    recipients: ['Như Điều 3', 'Văn phòng Điều phối nông thôn mới Trung ương', 'Lưu: VT'],
    signerName: decision.approvedByName,
    isDraft,
  });
  if (isDraft) return pdf;
  return signPdf(pdf, signingIdentityOf(params.config), {
    reason: `Quyet dinh cong nhan so ${decision.number}`,
    signerName: decision.approvedByName ?? decision.issuerName,
    location: placeName,
    signingTime: decision.approvedAt
      ? new Date(decision.approvedAt)
      : new Date(`${decision.signedOn}T00:00:00Z`),
  });
}
