/**
 * Căn cứ thu hồi — the grounds on which a People's Committee revokes an OCOP certificate, kept as
 * versioned data (OCOP.md §12: "keep grounds as versioned data"). A proposal records the code and
 * the version it was made under, so a later list never rewrites what an old decision said.
 * Add a new version (with its effective date) instead of editing a published one.
 */
export interface RevocationGround {
  code: string;
  vi: string;
  en: string;
  /** The proposer must write the ground out (the "other" ground). */
  requiresText: boolean;
}

export interface RevocationGroundsVersion {
  version: string;
  effectiveFrom: string;
  grounds: readonly RevocationGround[];
}

export const REVOCATION_GROUND_VERSIONS: readonly RevocationGroundsVersion[] = [
  {
    version: '2026-01',
    effectiveFrom: '2019-05-07',
    grounds: [
      {
        code: 'not_reevaluated',
        vi: 'Không thực hiện đánh giá lại khi hết thời hạn công nhận (36 tháng)',
        en: 'Not re-evaluated when the recognition period (36 months) ended',
        requiresText: false,
      },
      {
        code: 'fails_mandatory_criteria',
        vi: 'Không còn đáp ứng các tiêu chí bắt buộc của hạng sao đã công nhận',
        en: 'No longer meets the mandatory criteria of the certified star rating',
        requiresText: false,
      },
      {
        code: 'food_safety_violation',
        vi: 'Vi phạm quy định về an toàn thực phẩm',
        en: 'Food-safety violation',
        requiresText: false,
      },
      {
        code: 'product_differs',
        vi: 'Sản phẩm lưu thông không đúng với sản phẩm đã được công nhận',
        en: 'The product on sale differs from the certified product',
        requiresText: false,
      },
      {
        code: 'missing_quality_records',
        vi: 'Không có hồ sơ công bố chất lượng hoặc hồ sơ truy xuất nguồn gốc',
        en: 'No quality declaration or traceability records',
        requiresText: false,
      },
      {
        code: 'production_stopped',
        vi: 'Chủ thể ngừng sản xuất sản phẩm',
        en: 'The producer stopped making the product',
        requiresText: false,
      },
      {
        code: 'producer_request',
        vi: 'Theo đề nghị của chủ thể',
        en: "At the producer's own request",
        requiresText: false,
      },
      { code: 'other', vi: 'Lý do khác', en: 'Other ground', requiresText: true },
    ],
  },
];

/** The grounds version in force on `date` (YYYY-MM-DD): the latest whose effective date has come. */
export function revocationGroundsOn(date: string): RevocationGroundsVersion {
  const inForce = REVOCATION_GROUND_VERSIONS.filter((v) => v.effectiveFrom <= date).sort((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  return inForce[0] ?? REVOCATION_GROUND_VERSIONS[0]!;
}

/** A ground of a given version, or undefined when the code is not part of it. */
export function findRevocationGround(version: string, code: string): RevocationGround | undefined {
  return REVOCATION_GROUND_VERSIONS.find((v) => v.version === version)?.grounds.find((g) => g.code === code);
}

/** How a decision prints a ground: its label, with the proposer's text for "other" or as a detail. */
export function describeRevocationGround(version: string, code: string, text: string | null): string {
  const ground = findRevocationGround(version, code);
  if (!ground) return text ?? code;
  if (ground.requiresText) return text ?? ground.vi;
  return text ? `${ground.vi} (${text})` : ground.vi;
}
