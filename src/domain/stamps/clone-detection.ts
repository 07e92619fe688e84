/**
 * Clone detection (phát hiện tem sao chép): a genuine stamp sits on one package and is scanned a
 * few times, from a few places. A stamp scanned from too many distinct coarse networks, or too
 * often, within a sliding window is flagged "possible copy" (nghi sao chép). Thresholds are
 * settings, not constants.
 */
export interface CloneSettings {
  /** Length of the sliding window, in hours. */
  windowHours: number;
  /** More distinct coarse networks than this within the window → flag. */
  maxDistinctNetworks: number;
  /** More scans than this within the window → flag. */
  maxScansInWindow: number;
}

export const DEFAULT_CLONE_SETTINGS: CloneSettings = { windowHours: 72, maxDistinctNetworks: 5, maxScansInWindow: 30 };

export interface ScanFact {
  /** ISO timestamp of the scan. */
  at: string;
  /** Hash of the truncated client address (never the address itself). */
  network: string;
}

export type CloneReason = 'too-many-networks' | 'too-many-scans';

export interface CloneVerdict {
  isPossibleCopy: boolean;
  reasons: CloneReason[];
  distinctNetworks: number;
  scansInWindow: number;
}

/** Applies the thresholds to the scans of one stamp, counting those within `windowHours` before `now`. */
export function evaluateCloneRisk(scans: readonly ScanFact[], settings: CloneSettings, now: Date): CloneVerdict {
  const since = now.getTime() - settings.windowHours * 3_600_000;
  const recent = scans.filter((scan) => {
    const at = Date.parse(scan.at);
    return at >= since && at <= now.getTime();
  });
  return judgeCloneCounts({ distinctNetworks: new Set(recent.map((scan) => scan.network)).size, scansInWindow: recent.length }, settings);
}

/** The same rule over counts already taken within the window (the server counts in SQL). */
export function judgeCloneCounts(counts: { distinctNetworks: number; scansInWindow: number }, settings: CloneSettings): CloneVerdict {
  const reasons: CloneReason[] = [];
  if (counts.distinctNetworks > settings.maxDistinctNetworks) reasons.push('too-many-networks');
  if (counts.scansInWindow > settings.maxScansInWindow) reasons.push('too-many-scans');
  return { isPossibleCopy: reasons.length > 0, reasons, ...counts };
}

/**
 * The coarse network of a client address, before hashing: IPv4 truncated to /24, IPv6 to /48
 * (an IPv4-mapped IPv6 address counts as IPv4). Enough to tell cities and providers apart, too
 * coarse to identify a person.
 */
export function coarseNetworkOf(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  const expanded = ip.toLowerCase().split('::');
  const head = (expanded[0] ?? '').split(':').filter(Boolean);
  const tail = expanded.length > 1 ? (expanded[1] ?? '').split(':').filter(Boolean) : [];
  const groups = [...head, ...Array<string>(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail];
  return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/48`;
}

export const USER_AGENT_CLASSES = ['ios', 'android', 'desktop', 'bot', 'other'] as const;
export type UserAgentClass = (typeof USER_AGENT_CLASSES)[number];

/** A coarse class of the user agent: what kind of device scanned, nothing more. */
export function userAgentClassOf(userAgent: string | undefined): UserAgentClass {
  const ua = (userAgent ?? '').toLowerCase();
  if (/bot|crawler|spider|curl|wget|python|autocannon|headless/.test(ua)) return 'bot';
  if (/iphone|ipad|ipod/.test(ua)) return 'ios';
  if (/android/.test(ua)) return 'android';
  if (/windows|macintosh|linux|x11/.test(ua)) return 'desktop';
  return 'other';
}
