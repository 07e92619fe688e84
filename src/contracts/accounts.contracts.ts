import { z } from 'zod';
import { queryInt32, versionField } from './shared.contracts';
import { ROLES } from '../domain/access/roles';
import { GrantView, Password } from './auth.contracts';

const IsoDate = z.iso.date();

export const GrantInput = z.object({
  role: z.enum(ROLES),
  unitId: z.uuid(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.nullable().optional(),
});
export type GrantInput = z.infer<typeof GrantInput>;

export const Username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/i, 'Chỉ chữ không dấu, số, dấu chấm, gạch / letters, digits, . _ - only');

export const CreateAccountInput = z
  .object({
    username: Username,
    email: z.email().nullable().optional(),
    displayName: z.string().trim().min(1).max(200),
    password: Password,
    unitId: z.uuid().describe('Home unit: who may administer the account'),
    locale: z.enum(['vi', 'en']).optional(),
    grants: z.array(GrantInput).max(20).optional(),
  })
  .meta({ id: 'CreateAccountInput' });
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const UpdateAccountInput = z.object({
  version: versionField(),
  displayName: z.string().trim().min(1).max(200).optional(),
  email: z.email().nullable().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  locale: z.enum(['vi', 'en']).optional(),
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

export const ResetPasswordInput = z.object({ newPassword: Password });

export const AccountOutput = z
  .object({
    id: z.uuid(),
    username: z.string(),
    email: z.string().nullable(),
    displayName: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    status: z.enum(['active', 'disabled']),
    locale: z.enum(['vi', 'en']),
    createdAt: z.string(),
    version: z.number().int(),
    grants: z.array(GrantView),
  })
  .meta({ id: 'Account' });
export type AccountOutput = z.infer<typeof AccountOutput>;

export const ListAccountsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});

export const ListAccountsOutput = z.object({ items: z.array(AccountOutput), total: z.number().int() });

export const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });
