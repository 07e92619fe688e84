import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { slugFromTitle, uniqueSlug } from './news-slug';
import { isNewsPublic, NEWS_ACTIONS, transitionNews, type NewsAction } from './news-workflow';
import { NEWS_STATUSES, type NewsStatus } from './news.types';

describe('news workflow', () => {
  const table: [NewsStatus, NewsAction, NewsStatus | 'refused'][] = [
    ['draft', 'edit', 'draft'],
    ['draft', 'review', 'reviewed'],
    ['draft', 'publish', 'refused'],
    ['draft', 'unpublish', 'refused'],
    ['reviewed', 'edit', 'draft'],
    ['reviewed', 'review', 'refused'],
    ['reviewed', 'publish', 'published'],
    ['reviewed', 'unpublish', 'refused'],
    ['published', 'edit', 'refused'],
    ['published', 'review', 'refused'],
    ['published', 'publish', 'refused'],
    ['published', 'unpublish', 'unpublished'],
    ['unpublished', 'edit', 'draft'],
    ['unpublished', 'review', 'refused'],
    ['unpublished', 'publish', 'published'],
    ['unpublished', 'unpublish', 'refused'],
  ];

  it('covers every status and action', () => {
    expect(table).toHaveLength(NEWS_STATUSES.length * NEWS_ACTIONS.length);
  });

  it.each(table)('%s --%s--> %s', (from, action, expected) => {
    if (expected === 'refused') {
      expect(() => transitionNews(from, action)).toThrow(DomainError);
      try {
        transitionNews(from, action);
      } catch (error) {
        expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      }
    } else {
      expect(transitionNews(from, action)).toBe(expected);
    }
  });

  it('shows only published articles to the public', () => {
    expect(NEWS_STATUSES.filter(isNewsPublic)).toEqual(['published']);
  });
});

describe('news slugs', () => {
  it.each([
    [
      'Thông báo đăng ký tham gia Chương trình OCOP năm 2026',
      'thong-bao-dang-ky-tham-gia-chuong-trinh-ocop-nam-2026',
    ],
    ['Đặc sản "Chè" Thái Nguyên <b>', 'dac-san-che-thai-nguyen-b'],
    ['   ', 'tin'],
    ['!!!', 'tin'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('keeps slugs short and ending on a word character', () => {
    const slug = slugFromTitle('Sản phẩm '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9-]+[a-z0-9]$/);
  });

  it('adds a number when a slug is taken', () => {
    expect(uniqueSlug('tin', new Set())).toBe('tin');
    expect(uniqueSlug('tin', new Set(['tin', 'tin-2']))).toBe('tin-3');
  });
});
