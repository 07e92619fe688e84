/**
 * A news article (bản tin) as a table. Pure.
 *
 *   draft → (review) → reviewed → (publish) → published → (unpublish) → unpublished → (publish) …
 *
 * Editing a reviewed or withdrawn article sends it back to draft, so nothing reaches the public
 * site without a review of its latest text. A published article is withdrawn before it is edited.
 */
import { DomainError } from '../errors';
import type { NewsStatus } from './news.types';

export const NEWS_ACTIONS = ['edit', 'review', 'publish', 'unpublish'] as const;
export type NewsAction = (typeof NEWS_ACTIONS)[number];

export const ALLOWED_NEWS_ACTIONS_BY_STATUS = {
  draft: ['edit', 'review'],
  reviewed: ['edit', 'publish'],
  published: ['unpublish'],
  unpublished: ['edit', 'publish'],
} as const satisfies Record<NewsStatus, readonly NewsAction[]>;

export function isNewsActionAllowed(status: NewsStatus, action: NewsAction): boolean {
  return (ALLOWED_NEWS_ACTIONS_BY_STATUS[status] as readonly NewsAction[]).includes(action);
}

/**
 * The status after `action`.
 * @throws DomainError INVALID_TRANSITION when the status does not allow the action.
 */
export function transitionNews(status: NewsStatus, action: NewsAction): NewsStatus {
  if (!isNewsActionAllowed(status, action))
    throw new DomainError(
      'INVALID_TRANSITION',
      `Bản tin đang ở trạng thái "${status}" không cho phép thao tác "${action}".`,
      `A news article in status "${status}" does not allow "${action}".`,
    );
  switch (action) {
    case 'edit':
      return 'draft';
    case 'review':
      return 'reviewed';
    case 'publish':
      return 'published';
    case 'unpublish':
      return 'unpublished';
  }
}

/** Only published articles are shown on the public site and in the feed. */
export function isNewsPublic(status: NewsStatus): boolean {
  return status === 'published';
}
