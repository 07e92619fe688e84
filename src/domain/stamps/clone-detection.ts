/**
 * Clone detection (phát hiện tem sao chép): a genuine stamp sits on one package and is scanned a
 * few times, from a few places. Scans are counted once per coarse network per `recountAfterMinutes`
 * (a shopper, or a script, reloading the page from one network is one scan), so volume from one
 * network can never discredit a stamp on its own. Within a sliding window a stamp counted from too
 * many distinct networks, or too often, is flagged "possible copy" (nghi sao chép) for the standing
 * office to review; shoppers are warned only on a strong signal: many distinct networks spread over
 * several regions. Thresholds are settings, not constants.
 */
export interface CloneSettings {
  /** Length of the sliding window, in hours. */
  windowHours: number;
  /** More distinct coarse networks than this within the window → flag. */
  maxDistinctNetworks: number;
  /** More counted scans than this within the window → flag (for the office only, never public). */
  maxScansInWindow: number;
  /** Scans of one stamp from one network count once per this many minutes. */
  recountAfterMinutes: number;
  /** At least this many distinct networks within the window → shoppers are warned… */
  publicWarningMinNetworks: number;
  /** …when they also lie in at least this many distinct regions (IPv4 /16, IPv6 /32). */
  publicWarningMinRegions: number;
}

export const DEFAULT_CLONE_SETTINGS: CloneSettings = {
  windowHours: 72,
  maxDistinctNetworks: 5,
  maxScansInWindow: 30,
  recountAfterMinutes: 60,
  publicWarningMinNetworks: 10,
  publicWarningMinRegions: 3,
};

export interface ScanFact {
  /** ISO timestamp of the scan. */
  at: string;
  /** Hash of the truncated client address (never the address itself). */
  network: string;
  /** Hash of the client's region (a coarser truncation); the network itself when absent. */
  region?: string;
}

export type CloneReason = 'too-many-networks' | 'too-many-scans';

/** What the window holds: scans counted once per network per recount period, networks, regions. */
export interface CloneCounts {
  countedScans: number;
  distinctNetworks: number;
  distinctRegions: number;
}

export interface CloneVerdict extends CloneCounts {
  /** Flag the stamp for the standing office's review. */
  isPossibleCopy: boolean;
  reasons: CloneReason[];
  /** Many networks over several regions: shoppers are warned (never for volume alone). */
  isStrongSignal: boolean;
}

/** The start of the recount period a scan falls in, in milliseconds since the epoch. */
export function recountPeriodStart(at: Date, settings: Pick<CloneSettings, 'recountAfterMinutes'>): number {
  const period = settings.recountAfterMinutes * 60_000;
  return Math.floor(at.getTime() / period) * period;
}

/** Applies the thresholds to the scans of one stamp, counting those within `windowHours` before `now`. */
export function evaluateCloneRisk(
  scans: readonly ScanFact[],
  settings: CloneSettings,
  now: Date,
): CloneVerdict {
  const since = now.getTime() - settings.windowHours * 3_600_000;
  const recent = scans.filter((scan) => {
    const at = Date.parse(scan.at);
    return at >= since && at <= now.getTime();
  });
  const counted = new Set(
    recent.map((scan) => `${scan.network}@${recountPeriodStart(new Date(scan.at), settings)}`),
  );
  return judgeCloneCounts(
    {
      countedScans: counted.size,
      distinctNetworks: new Set(recent.map((scan) => scan.network)).size,
      distinctRegions: new Set(recent.map((scan) => scan.region ?? scan.network)).size,
    },
    settings,
  );
}

/** The same rule over counts already taken within the window (the server counts in SQL). */
export function judgeCloneCounts(counts: CloneCounts, settings: CloneSettings): CloneVerdict {
  const reasons: CloneReason[] = [];
  if (counts.distinctNetworks > settings.maxDistinctNetworks) reasons.push('too-many-networks');
  if (counts.countedScans > settings.maxScansInWindow) reasons.push('too-many-scans');
  const isStrongSignal =
    counts.distinctNetworks >= settings.publicWarningMinNetworks &&
    counts.distinctRegions >= settings.publicWarningMinRegions;
  return { isPossibleCopy: reasons.length > 0 || isStrongSignal, reasons, isStrongSignal, ...counts };
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
  return `${groups
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/48`;
}

/**
 * The region of a client address, before hashing: IPv4 /16, IPv6 /32 — a provider's block in a
 * city or a province. Networks spread over several regions are unlikely to be one person.
 */
export function coarseRegionOf(ip: string): string {
  const network = coarseNetworkOf(ip);
  const v4 = /^(\d+)\.(\d+)\./.exec(network);
  if (v4) return `${v4[1]}.${v4[2]}.0.0/16`;
  return `${network.split(':').slice(0, 2).join(':')}::/32`;
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
