import { z } from 'zod';
import { ACTIONS, type Action } from '../domain/access/permissions';
import { ROLES } from '../domain/access/roles';

export const Password = z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự / at least 10 characters').max(200);

export const LoginInput = z
  .object({
    username: z.string().trim().min(1).max(200).describe('Username or e-mail'),
    password: z.string().min(1).max(200),
  })
  .meta({ id: 'LoginInput' });
export type LoginInput = z.infer<typeof LoginInput>;

export const GrantView = z.object({
  id: z.uuid(),
  role: z.enum(ROLES),
  unitId: z.uuid(),
  unitName: z.string(),
  unitLevel: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type GrantView = z.infer<typeof GrantView>;

export const MeOutput = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    locale: z.enum(['vi', 'en']),
    unitId: z.uuid(),
    grants: z.array(GrantView),
    /** What the account may do somewhere: drives the navigation. */
    actions: z.array(z.enum(ACTIONS as [Action, ...Action[]])),
    /** Send back in the `X-CSRF-Token` header on every write made with the session cookie. */
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type MeOutput = z.infer<typeof MeOutput>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const CreateApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(ACTIONS as [Action, ...Action[]])).min(1),
  expiresInDays: z.number().int().min(1).max(730).optional(),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const ApiTokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof ApiTokenView>;

export const CreateApiTokenOutput = ApiTokenView.extend({
  /** Shown once; only its hash is stored. */
  token: z.string(),
});

export const OkOutput = z.object({ ok: z.literal(true) });
