import { forbidden } from '../errors';
import type { Role } from './roles';
import { isWithinUnit } from './unit-path';

/** One role held by an account in one administrative unit (and the units below it). */
export interface Grant {
  role: Role;
  unitId: string;
  unitPath: string;
}

/**
 * Whoever makes a request: an account with its active grants, and — when it signed in with an API
 * token — the scopes that token is limited to.
 */
export interface Actor {
  accountId: string;
  username: string;
  grants: readonly Grant[];
  /** `undefined` for a browser session; the token's actions for a machine client. */
  tokenScopes?: readonly Action[] | undefined;
}

/**
 * Who may do what, as a table: action → roles that may do it within their unit. A role listed
 * here acts only on resources whose unit lies within the unit of the grant.
 */
export const PERMISSIONS = {
  'unit.read': [
    'producer',
    'commune_officer',
    'standing_office',
    'council_member',
    'council_chair',
    'leader',
    'inspector',
    'admin',
  ],
  'unit.manage': ['admin'],
  'account.read': ['admin'],
  'account.manage': ['admin'],
  'grant.manage': ['admin'],
  'audit.read': ['admin'],
  'rubric.read': [
    'producer',
    'commune_officer',
    'standing_office',
    'council_member',
    'council_chair',
    'leader',
    'inspector',
    'admin',
  ],
  'rubric.manage': ['admin'],
  'settings.manage': ['admin'],
  /** Holiday calendar of working-day rules: national (nation admin) or a province's own days. */
  'calendar.read': [
    'commune_officer',
    'standing_office',
    'council_member',
    'council_chair',
    'leader',
    'admin',
  ],
  'calendar.manage': ['admin'],
  /** Working days per dossier task a province sets from a date on (số ngày làm việc của hồ sơ). */
  'dossier-deadline.manage': ['standing_office', 'admin'],
  /** A producer-role grant also needs membership of the producer (see producer-policy.ts). */
  'producer.read': ['producer', 'commune_officer', 'standing_office', 'leader', 'inspector', 'admin'],
  /** Legal representative's personal data (criterion A.3.b); the presenter strips it for others. */
  'producer.read-representative': ['producer', 'commune_officer', 'standing_office'],
  'producer.create': ['commune_officer', 'standing_office'],
  'producer.manage': ['producer', 'commune_officer', 'standing_office'],
  'product.manage': ['producer', 'commune_officer', 'standing_office'],
  'evidence.read': ['producer', 'commune_officer', 'standing_office'],
  'evidence.manage': ['producer', 'commune_officer', 'standing_office'],
  'import.run': ['standing_office', 'admin'],
  'mail.read': ['admin'],
  /** The background job queue (queued, running, failed jobs; runs of the daily jobs). */
  'jobs.read': ['admin'],
  /** Run one daily job now, as of a day (the admin screen; `ocop jobs run` on the server). */
  'jobs.run': ['admin'],
  /** Dossiers: a producer-role grant also needs membership of the dossier's producer. */
  'dossier.read': ['producer', 'commune_officer', 'standing_office'],
  'dossier.edit': ['producer'],
  'dossier.submit': ['producer'],
  /** Commune intake: check the form, return or accept (procedure 148 + 1489). */
  'dossier.intake.commune': ['commune_officer'],
  /** Biểu 3 and the written request forwarding the dossier to the next level. */
  'dossier.assess.commune': ['commune_officer'],
  /** District intake of historical dossiers under the original 148 procedure. */
  'dossier.intake.district': ['standing_office'],
  'dossier.intake.province': ['standing_office'],
  /** Councils and rounds (issue 5). Council members also need a seat in the council. */
  'council.read': ['standing_office', 'council_chair', 'council_member', 'leader'],
  'council.manage': ['standing_office'],
  /** A province's own council settings (quorum, forwarding reading…); see council-settings-access.ts. */
  'council-settings.manage': ['standing_office', 'admin'],
  'round.manage': ['standing_office'],
  /** Consultancy links (quan hệ tư vấn) that feed conflict-of-interest hints. */
  'consultancy.manage': ['standing_office'],
  'round.read': ['standing_office', 'council_chair', 'council_member', 'leader'],
  /** Declare conflicts and score assigned products (a seat in the council and an assignment). */
  'round.score': ['council_member', 'council_chair'],
  /** Chair's view, re-scoring requests, close scoring, adopt (the council's chair only). */
  'round.chair': ['council_chair'],
  'decision.read': ['standing_office', 'leader', 'council_chair'],
  'decision.draft': ['standing_office'],
  'decision.approve': ['leader'],
  /** A producer-role grant also needs membership of the certificate's producer. */
  'certificate.read': ['producer', 'commune_officer', 'standing_office', 'leader', 'inspector', 'admin'],
  'certificate.issue': ['standing_office'],
  'certificate.revoke': ['standing_office'],
  /** Revocation (thu hồi): proposals and decisions of the certificate's issuing unit. */
  'revocation.read': ['standing_office', 'leader', 'inspector'],
  'revocation.propose': ['standing_office'],
  'revocation.draft': ['standing_office'],
  'revocation.approve': ['leader'],
  /** Post-inspection (hậu kiểm): a producer-role grant also needs membership of the producer. */
  'inspection.read': ['producer', 'standing_office', 'leader', 'inspector'],
  'inspection.plan': ['standing_office', 'inspector'],
  'inspection.record': ['inspector'],
  'inspection.remedy': ['producer'],
  /** Market surveillance (giám sát thị trường): products sold as OCOP that are not, in the unit of the place. */
  'market_case.read': ['standing_office', 'inspector', 'leader'],
  'market_case.manage': ['standing_office', 'inspector'],
  /** Product ideas and business plans (OCOP cycle steps 2–3); producers need membership (programme-policy.ts). */
  'idea.read': ['producer', 'commune_officer', 'standing_office', 'leader'],
  'idea.manage': ['producer', 'commune_officer'],
  'idea.review': ['commune_officer'],
  /** Yearly OCOP plans with targets: drafted in the unit, approved by the unit's own leader. */
  'plan.read': ['commune_officer', 'standing_office', 'leader', 'inspector'],
  'plan.manage': ['commune_officer', 'standing_office'],
  'plan.approve': ['leader'],
  /** Stamps (issue 6): a producer-role grant also needs membership of the product's producer. */
  'stamp.order': ['producer', 'standing_office'],
  'stamp.read': ['producer', 'standing_office'],
  'stamp.manage': ['producer', 'standing_office'],
  /** Shoppers' reports of suspected fakes, for the standing office of the product's province. */
  'stamp.report.read': ['standing_office'],
  /** Confirm or dismiss a "possible copy" flag of a stamp of the province (audited). */
  'stamp.flag.review': ['standing_office'],
  /** Training, trade events and points of sale of the unit (tập huấn, xúc tiến thương mại). */
  'promotion.read': ['commune_officer', 'standing_office', 'leader'],
  'promotion.manage': ['commune_officer', 'standing_office'],
  /** Figures of the unit (thống kê): a producer-role grant sees only its own products' figures. */
  'statistics.read': [
    'producer',
    'commune_officer',
    'standing_office',
    'council_chair',
    'leader',
    'inspector',
    'admin',
  ],
  /** Recompute the figures now (otherwise after writes and daily). */
  'statistics.refresh': ['standing_office', 'admin'],
  /** The consultants' directory and their contracts, kept by the province (đơn vị tư vấn). */
  'consultant.manage': ['standing_office'],
  /** Periodic reports to the level above: the unit's standing office writes and submits, the units above read. */
  'report.read': ['standing_office', 'leader'],
  'report.manage': ['standing_office'],
  /** Reopen a submitted report of a unit strictly below the grant (the level above only, with a reason). */
  'report.reopen': ['standing_office'],
  /** Scoring quality of councils (per-member deviation); a chair also needs the chair of that council. */
  'scoring-quality.read': ['standing_office', 'council_chair'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** The unit a resource belongs to, as seen by the permission check. */
export interface UnitScoped {
  unitPath: string;
}

function isScopeAllowed(actor: Actor, action: Action): boolean {
  return actor.tokenScopes === undefined || actor.tokenScopes.includes(action);
}

/**
 * True when one of the actor's grants allows `action` on a resource of `resource.unitPath`.
 * Pure: every route calls it (or {@link assertCan}) with data it has already loaded.
 */
export function can(actor: Actor, action: Action, resource: UnitScoped): boolean {
  if (!isScopeAllowed(actor, action)) return false;
  const roles: readonly Role[] = PERMISSIONS[action];
  return actor.grants.some(
    (grant) => roles.includes(grant.role) && isWithinUnit(resource.unitPath, grant.unitPath),
  );
}

/**
 * Like {@link can}, for what a unit shares with the units inside it (a province's calendar and
 * working days): also true when the grant's unit lies below the resource's unit, so an officer of
 * a commune in province P reads P's calendar.
 */
export function canInsideOrAbove(actor: Actor, action: Action, resource: UnitScoped): boolean {
  if (!isScopeAllowed(actor, action)) return false;
  const roles: readonly Role[] = PERMISSIONS[action];
  return actor.grants.some(
    (grant) =>
      roles.includes(grant.role) &&
      (isWithinUnit(resource.unitPath, grant.unitPath) || isWithinUnit(grant.unitPath, resource.unitPath)),
  );
}

/** Like {@link can}, but throws `FORBIDDEN`. */
export function assertCan(actor: Actor, action: Action, resource: UnitScoped): void {
  if (!can(actor, action, resource)) throw forbidden();
}

/**
 * The unit paths under which the actor may do `action` — for list queries that must return only
 * what the actor may see. Empty when the actor may do it nowhere.
 */
export function scopesFor(actor: Actor, action: Action): string[] {
  if (!isScopeAllowed(actor, action)) return [];
  const roles: readonly Role[] = PERMISSIONS[action];
  const paths = actor.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.unitPath);
  // Drop paths already covered by a shorter one, so queries stay small.
  return paths.filter((path) => !paths.some((other) => other !== path && isWithinUnit(path, other)));
}

/** True when the actor holds `action` somewhere at all (for navigation and menus). */
export function canAnywhere(actor: Actor, action: Action): boolean {
  return scopesFor(actor, action).length > 0;
}

/**
 * An admin may grant a role in a unit only inside its own jurisdiction, and may not hand out a
 * grant wider than its own: the target unit must lie within one of its `grant.manage` units.
 */
export function canGrant(actor: Actor, target: UnitScoped): boolean {
  return can(actor, 'grant.manage', target);
}
