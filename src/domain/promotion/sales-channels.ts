/**
 * Online sales channels of a product (kênh bán hàng trực tuyến): e-commerce platforms, the
 * producer's own shop, livestream channels. A link is checked against its platform, so that a
 * "Shopee" link really leads to Shopee and a typo or a look-alike domain is refused.
 */

/** Platforms and the host names their links use (the host itself or a subdomain of it). */
export const SALES_CHANNEL_PLATFORMS = {
  shopee: { vi: 'Shopee', en: 'Shopee', hosts: ['shopee.vn'], kind: 'e_commerce' },
  lazada: { vi: 'Lazada', en: 'Lazada', hosts: ['lazada.vn'], kind: 'e_commerce' },
  tiki: { vi: 'Tiki', en: 'Tiki', hosts: ['tiki.vn'], kind: 'e_commerce' },
  sendo: { vi: 'Sendo', en: 'Sendo', hosts: ['sendo.vn'], kind: 'e_commerce' },
  tiktok: { vi: 'TikTok Shop', en: 'TikTok Shop', hosts: ['tiktok.com'], kind: 'livestream' },
  facebook: { vi: 'Facebook', en: 'Facebook', hosts: ['facebook.com', 'fb.com'], kind: 'livestream' },
  youtube: { vi: 'YouTube', en: 'YouTube', hosts: ['youtube.com', 'youtu.be'], kind: 'livestream' },
  zalo: { vi: 'Zalo OA', en: 'Zalo OA', hosts: ['zalo.me'], kind: 'livestream' },
  /** The producer's own web shop: any host, but only over HTTPS. */
  producer_shop: {
    vi: 'Cửa hàng trực tuyến của chủ thể',
    en: "Producer's own shop",
    hosts: [],
    kind: 'producer_shop',
  },
} as const satisfies Record<
  string,
  { vi: string; en: string; hosts: readonly string[]; kind: 'e_commerce' | 'livestream' | 'producer_shop' }
>;

export type SalesChannelPlatform = keyof typeof SALES_CHANNEL_PLATFORMS;
export const SALES_CHANNEL_PLATFORM_IDS = Object.keys(SALES_CHANNEL_PLATFORMS) as [
  SalesChannelPlatform,
  ...SalesChannelPlatform[],
];

export type SalesChannelLinkProblem = 'not-a-link' | 'not-https' | 'wrong-platform';

export const SALES_CHANNEL_PROBLEM_MESSAGES = {
  'not-a-link': { vi: 'Không phải một đường dẫn web', en: 'Not a web link' },
  'not-https': { vi: 'Đường dẫn phải bắt đầu bằng https://', en: 'The link must start with https://' },
  'wrong-platform': {
    vi: 'Đường dẫn không thuộc nền tảng đã chọn',
    en: 'The link does not belong to the chosen platform',
  },
} as const satisfies Record<SalesChannelLinkProblem, { vi: string; en: string }>;

/**
 * Why `url` is not an acceptable link for `platform`, or `undefined` when it is: an absolute
 * HTTPS URL without credentials whose host is one of the platform's hosts or a subdomain of one
 * (`vn.shopee.vn`, not `shopee.vn.example.com`).
 */
export function checkSalesChannelLink(
  platform: SalesChannelPlatform,
  url: string,
): SalesChannelLinkProblem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-a-link';
  }
  if (parsed.protocol !== 'https:') return parsed.protocol === 'http:' ? 'not-https' : 'not-a-link';
  if (parsed.username || parsed.password || !parsed.hostname.includes('.')) return 'not-a-link';
  const hosts: readonly string[] = SALES_CHANNEL_PLATFORMS[platform].hosts;
  if (hosts.length === 0) return undefined;
  const host = parsed.hostname.toLowerCase();
  return hosts.some((h) => host === h || host.endsWith(`.${h}`)) ? undefined : 'wrong-platform';
}
