/**
 * Thông báo — the kinds of notification a person may also receive by e-mail, each switched on or
 * off per person (on unless turned off). A notification's `kind` (`dossier.submitted`,
 * `certificate.expiry-notice`…) belongs to one of these mail kinds.
 */
export const NOTIFICATION_MAIL_KINDS = [
  'dossier',
  'decision',
  'certificate.expiry-notice',
  'certificate.expired',
  'certificate.revoked',
] as const;
export type NotificationMailKind = (typeof NOTIFICATION_MAIL_KINDS)[number];

export const NOTIFICATION_MAIL_KIND_LABELS = {
  dossier: {
    vi: 'Hồ sơ: nộp, trả lại, chuyển cấp, kết quả',
    en: 'Dossiers: submitted, returned, forwarded, results',
  },
  decision: { vi: 'Quyết định công nhận', en: 'Recognition decisions' },
  'certificate.expiry-notice': { vi: 'Giấy chứng nhận sắp hết hạn', en: 'Certificate about to expire' },
  'certificate.expired': { vi: 'Giấy chứng nhận đã hết hạn', en: 'Certificate expired' },
  'certificate.revoked': { vi: 'Giấy chứng nhận bị thu hồi', en: 'Certificate revoked' },
} as const satisfies Record<NotificationMailKind, { vi: string; en: string }>;

/** The mail kind a notification kind belongs to (`dossier.returned` → `dossier`), or undefined. */
export function mailKindOf(notificationKind: string): NotificationMailKind | undefined {
  if ((NOTIFICATION_MAIL_KINDS as readonly string[]).includes(notificationKind))
    return notificationKind as NotificationMailKind;
  const family = notificationKind.split('.')[0] ?? '';
  return (NOTIFICATION_MAIL_KINDS as readonly string[]).includes(family)
    ? (family as NotificationMailKind)
    : undefined;
}
