import { describe, expect, it } from 'vitest';
import { checkSalesChannelLink } from './sales-channels';

describe('checkSalesChannelLink', () => {
  it.each([
    ['shopee', 'https://shopee.vn/htx-nong-san-sach', undefined],
    ['shopee', 'https://vn.shopee.vn/shop/123', undefined],
    ['shopee', 'http://shopee.vn/shop', 'not-https'],
    ['shopee', 'https://shopee.vn.example.com/shop', 'wrong-platform'],
    ['shopee', 'https://fakeshopee.vn/shop', 'wrong-platform'],
    ['lazada', 'https://www.lazada.vn/shop/tra-sen', undefined],
    ['youtube', 'https://youtu.be/abc', undefined],
    ['facebook', 'https://www.facebook.com/htx/live', undefined],
    ['tiktok', 'https://www.tiktok.com/@htx', undefined],
    ['producer_shop', 'https://trasen.example.vn/', undefined],
    ['producer_shop', 'http://trasen.example.vn/', 'not-https'],
    ['producer_shop', 'javascript:alert(1)', 'not-a-link'],
    ['producer_shop', 'https://user:pass@trasen.example.vn/', 'not-a-link'],
    ['producer_shop', 'shopee.vn/shop', 'not-a-link'],
    ['producer_shop', 'https://localhost/', 'not-a-link'],
  ] as const)('%s %s → %s', (platform, url, problem) => {
    expect(checkSalesChannelLink(platform, url)).toBe(problem);
  });
});
