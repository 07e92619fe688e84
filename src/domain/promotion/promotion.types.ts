/**
 * Running the programme beyond evaluation (OCOP.md §9 step 6 and §13): training courses (tập
 * huấn), consultants (đơn vị tư vấn), trade-promotion events (xúc tiến thương mại) and points of
 * sale (điểm giới thiệu và bán sản phẩm OCOP). The lists below are data shared by the schema, the
 * contracts and the screens.
 */

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

/** Who a training course is for. */
export const TRAINING_AUDIENCES = ['officials', 'producers', 'mixed'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];
export const TRAINING_AUDIENCE_LABELS = {
  officials: { vi: 'Cán bộ quản lý OCOP các cấp', en: 'OCOP officials' },
  producers: { vi: 'Chủ thể OCOP', en: 'Producers' },
  mixed: { vi: 'Cán bộ và chủ thể', en: 'Officials and producers' },
} as const satisfies Labels<TrainingAudience>;

/**
 * A participant of a course: an account, a producer (its representative), or a person without an
 * account, named in free text.
 */
export const TRAINING_PARTICIPANT_KINDS = ['account', 'producer', 'person'] as const;
export type TrainingParticipantKind = (typeof TRAINING_PARTICIPANT_KINDS)[number];

/** Consulting organisations and individuals. */
export const CONSULTANT_KINDS = ['organisation', 'individual'] as const;
export type ConsultantKind = (typeof CONSULTANT_KINDS)[number];
export const CONSULTANT_KIND_LABELS = {
  organisation: { vi: 'Tổ chức tư vấn', en: 'Consulting organisation' },
  individual: { vi: 'Chuyên gia cá nhân', en: 'Individual consultant' },
} as const satisfies Labels<ConsultantKind>;

/** Fields of expertise of a consultant (issue 12, item 5). */
export const CONSULTANT_FIELDS = [
  'product_development',
  'packaging_labels',
  'trademark_ip',
  'quality_systems',
  'traceability_stamps',
  'e_commerce',
] as const;
export type ConsultantField = (typeof CONSULTANT_FIELDS)[number];
export const CONSULTANT_FIELD_LABELS = {
  product_development: { vi: 'Phát triển sản phẩm', en: 'Product development' },
  packaging_labels: { vi: 'Bao bì, nhãn mác', en: 'Packaging and labels' },
  trademark_ip: { vi: 'Nhãn hiệu, sở hữu trí tuệ', en: 'Trademark and IP' },
  quality_systems: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality systems' },
  traceability_stamps: { vi: 'Truy xuất nguồn gốc, tem', en: 'Traceability and stamps' },
  e_commerce: { vi: 'Thương mại điện tử', en: 'E-commerce' },
} as const satisfies Labels<ConsultantField>;

/** Kinds of trade-promotion events. */
export const TRADE_EVENT_KINDS = [
  'fair',
  'exhibition',
  'ocop_week',
  'ministry_showcase',
  'livestream',
] as const;
export type TradeEventKind = (typeof TRADE_EVENT_KINDS)[number];
export const TRADE_EVENT_KIND_LABELS = {
  fair: { vi: 'Hội chợ', en: 'Fair' },
  exhibition: { vi: 'Triển lãm', en: 'Exhibition' },
  ocop_week: { vi: 'Tuần hàng OCOP', en: 'OCOP week' },
  ministry_showcase: { vi: 'Trưng bày tại Bộ', en: 'Showcase at the Ministry' },
  livestream: { vi: 'Phiên livestream bán hàng', en: 'Livestream sales session' },
} as const satisfies Labels<TradeEventKind>;

/** The level of an event: who organises it and for whom. */
export const TRADE_EVENT_LEVELS = ['international', 'national', 'regional', 'province', 'commune'] as const;
export type TradeEventLevel = (typeof TRADE_EVENT_LEVELS)[number];
export const TRADE_EVENT_LEVEL_LABELS = {
  international: { vi: 'Quốc tế', en: 'International' },
  national: { vi: 'Quốc gia', en: 'National' },
  regional: { vi: 'Vùng, liên tỉnh', en: 'Regional' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
} as const satisfies Labels<TradeEventLevel>;

/** Showrooms and points of sale of OCOP products. */
export const POINT_OF_SALE_KINDS = ['showroom', 'point_of_sale'] as const;
export type PointOfSaleKind = (typeof POINT_OF_SALE_KINDS)[number];
export const POINT_OF_SALE_KIND_LABELS = {
  showroom: { vi: 'Trung tâm giới thiệu sản phẩm OCOP', en: 'OCOP showroom' },
  point_of_sale: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP', en: 'OCOP point of sale' },
} as const satisfies Labels<PointOfSaleKind>;
