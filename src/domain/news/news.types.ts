/** Kinds of news the standing office publishes (OCOP.md §13: communication is step one of the cycle). */
export const NEWS_KINDS = ['announcement', 'producer_story', 'model_practice'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** Vietnamese label of each kind, as shown on the public site. */
export const NEWS_KIND_LABELS_VI = {
  announcement: 'Thông báo',
  producer_story: 'Câu chuyện chủ thể',
  model_practice: 'Mô hình hay',
} as const satisfies Record<NewsKind, string>;

/** Bản tin: drafted, reviewed, then published (and possibly withdrawn). */
export const NEWS_STATUSES = ['draft', 'reviewed', 'published', 'unpublished'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];
