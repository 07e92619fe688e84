/**
 * Danh mục chỉ tiêu — the versioned indicator catalogue that plan targets refer to. This is data:
 * a new indicator or a new wording is a new catalogue version here, never a code branch. A plan
 * pins the version it was created with.
 *
 * `source.metric` names a figure the system computes live from its own records (see
 * `COMPUTED_METRICS`); `manual` indicators are entered by hand with a note and evidence until the
 * system holds their records.
 */
import type { IndicatorCatalogueVersion } from './indicator.types';

export const INDICATOR_CATALOGUE_VERSIONS: readonly IndicatorCatalogueVersion[] = [
  {
    id: 'ocop-indicators-2026.1',
    validFrom: '2026-01-01',
    // Amended in place before production: training courses and participants, fairs attended and
    // points of sale became computed once the promotion module held their records. No plan outside
    // the demo and the tests pins this version yet; after go-live such a change is a new version.
    indicators: [
      {
        code: 'products_new_3_star_plus',
        vi: 'Sản phẩm mới đạt 3 sao trở lên',
        en: 'Products newly at 3★ or more',
        unit: 'count',
        source: { kind: 'computed', metric: 'certificates_3_plus' },
      },
      {
        code: 'products_new_4_star_plus',
        vi: 'Sản phẩm mới đạt 4 sao trở lên',
        en: 'Products newly at 4★ or more',
        unit: 'count',
        source: { kind: 'computed', metric: 'certificates_4_plus' },
      },
      {
        code: 'products_new_5_star',
        vi: 'Sản phẩm đạt 5 sao',
        en: 'Products at 5★',
        unit: 'count',
        source: { kind: 'computed', metric: 'certificates_5' },
      },
      {
        code: 'products_registered',
        vi: 'Ý tưởng sản phẩm được chấp thuận đăng ký',
        en: 'Product ideas accepted for the year',
        unit: 'count',
        source: { kind: 'computed', metric: 'ideas_accepted' },
      },
      {
        code: 'business_plans_accepted',
        vi: 'Phương án sản xuất kinh doanh được chấp thuận',
        en: 'Business plans accepted',
        unit: 'count',
        source: { kind: 'computed', metric: 'business_plans_accepted' },
      },
      {
        code: 'share_products_valid_certificate',
        vi: 'Tỷ lệ sản phẩm OCOP còn hiệu lực chứng nhận',
        en: 'Share of OCOP products with a valid certificate',
        unit: 'percent',
        source: { kind: 'computed', metric: 'share_valid_certificates' },
      },
      {
        code: 'share_products_with_stamps',
        vi: 'Tỷ lệ sản phẩm OCOP sử dụng tem truy xuất điện tử',
        en: 'Share of OCOP products carrying traceability stamps',
        unit: 'percent',
        source: { kind: 'computed', metric: 'share_stamped_products' },
      },
      {
        code: 'budget_spent_share',
        vi: 'Tỷ lệ giải ngân kinh phí kế hoạch',
        en: 'Share of the plan budget spent',
        unit: 'percent',
        source: { kind: 'computed', metric: 'budget_spent_share' },
      },
      {
        code: 'products_reevaluated_on_time',
        vi: 'Sản phẩm được đánh giá lại đúng hạn',
        en: 'Products re-evaluated on time',
        unit: 'count',
        source: { kind: 'manual', aggregation: 'sum' },
      },
      {
        code: 'producers_supported',
        vi: 'Chủ thể được hỗ trợ',
        en: 'Producers supported',
        unit: 'count',
        source: { kind: 'manual', aggregation: 'sum' },
      },
      {
        code: 'cooperatives_established',
        vi: 'Hợp tác xã thành lập mới',
        en: 'Co-operatives established',
        unit: 'count',
        source: { kind: 'manual', aggregation: 'sum' },
      },
      {
        code: 'training_courses',
        vi: 'Lớp tập huấn',
        en: 'Training courses',
        unit: 'count',
        source: { kind: 'computed', metric: 'training_courses' },
      },
      {
        code: 'training_participants',
        vi: 'Lượt người tham gia tập huấn',
        en: 'Training participants',
        unit: 'count',
        source: { kind: 'computed', metric: 'training_participants' },
      },
      {
        code: 'fairs_attended',
        vi: 'Hội chợ, triển lãm tham gia',
        en: 'Fairs and exhibitions attended',
        unit: 'count',
        source: { kind: 'computed', metric: 'fairs_attended' },
      },
      {
        code: 'points_of_sale',
        vi: 'Điểm giới thiệu và bán sản phẩm OCOP',
        en: 'OCOP points of sale',
        unit: 'count',
        source: { kind: 'computed', metric: 'points_of_sale' },
      },
      {
        code: 'share_food_safety_commitment',
        vi: 'Tỷ lệ chủ thể ký cam kết ATTP',
        en: 'Share of producers with a food-safety commitment',
        unit: 'percent',
        source: { kind: 'manual', aggregation: 'none' },
      },
    ],
  },
];
