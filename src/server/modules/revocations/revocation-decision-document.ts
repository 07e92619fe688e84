import type { AppConfig } from '../../config';
import type { DecisionWithUnit, ProposalWithNames } from '../../../db/repositories/revocations.repository';
import { describeRevocationGround } from '../../../domain/revocation/revocation-grounds';
import { renderOfficialDecisionPdf, type OfficialDecisionData } from '../../documents/official-decision.pdf';
import { signingIdentityOf } from '../../documents/signing/signing-identity';
import { signPdf } from '../../documents/signing/sign-pdf';

const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** What the revocation decision says, article by article (Vietnamese only). */
export function revocationDecisionData(
  found: DecisionWithUnit,
  items: readonly ProposalWithNames[],
): OfficialDecisionData {
  const d = found.decision;
  const isDraft = d.status !== 'approved';
  const count = items.length;
  return {
    issuerLevel: found.unitLevel,
    issuerName: d.issuerName,
    number: d.number,
    placeName: d.placeName,
    signedOn: isDraft ? null : d.signedOn,
    subject: 'Về việc thu hồi Giấy chứng nhận sản phẩm đạt chuẩn OCOP',
    legalBases: d.legalBases,
    proposedBy: 'Theo đề nghị của Cơ quan thường trực Chương trình mỗi xã một sản phẩm (OCOP)',
    articles: [
      {
        heading: 'Điều 1.',
        text: `Thu hồi Giấy chứng nhận sản phẩm đạt chuẩn OCOP đối với ${count} sản phẩm có tên trong danh sách dưới đây; kết quả công nhận sản phẩm OCOP tương ứng hết hiệu lực kể từ ngày ký:`,
        table: {
          columns: [
            { title: 'TT', width: 28 },
            { title: 'Sản phẩm', width: 110 },
            { title: 'Chủ thể', width: 110 },
            { title: 'Giấy chứng nhận', width: 100 },
            { title: 'Căn cứ thu hồi', width: 142 },
          ],
          rows: items.map((item, i) => [
            String(i + 1),
            `${item.productName} (${item.certificateStars} sao)`,
            item.producerName,
            `Số ${item.certificateNumber}, hiệu lực đến ${vnDate(item.certificateValidUntil)}`,
            describeRevocationGround(
              item.proposal.groundsVersion,
              item.proposal.groundCode,
              item.proposal.groundText,
            ),
          ]),
        },
      },
      {
        heading: 'Điều 2.',
        text: 'Các chủ thể có tên tại Điều 1 không được sử dụng biểu trưng OCOP và số sao đã được công nhận trên nhãn, bao bì, tem và tài liệu quảng bá sản phẩm kể từ ngày Quyết định này có hiệu lực. Cơ quan thường trực Chương trình OCOP cập nhật trạng thái thu hồi trên hệ thống tra cứu công khai.',
      },
      {
        heading: 'Điều 3.',
        text: 'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân, Thủ trưởng các cơ quan, đơn vị liên quan, Ủy ban nhân dân các xã, phường và các chủ thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
      },
    ],
    recipients: d.recipients,
    signerName: d.decidedByName,
    isDraft,
  };
}

/** The decision PDF: a draft is unsigned; an approved decision carries the authority's PAdES signature. */
export async function renderRevocationDecisionPdf(params: {
  config: AppConfig;
  found: DecisionWithUnit;
  items: readonly ProposalWithNames[];
}): Promise<Buffer> {
  const data = revocationDecisionData(params.found, params.items);
  const pdf = await renderOfficialDecisionPdf(data);
  const d = params.found.decision;
  if (data.isDraft || !d.decidedByName || !d.decidedAt) return pdf;
  return signPdf(pdf, signingIdentityOf(params.config), {
    reason: `Quyet dinh thu hoi so ${d.number}`,
    signerName: d.decidedByName,
    location: d.placeName,
    signingTime: d.decidedAt,
  });
}
