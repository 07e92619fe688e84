import { z } from 'zod';
import { queryInt32, versionField } from './shared.contracts';
import { GENDERS, PRODUCER_TYPES } from '../domain/registry/producer-types';
import { checkRegistrationNumber } from '../domain/registry/registration-number';
import { Password } from './auth.contracts';
import { Username } from './accounts.contracts';

const ShortText = z.string().trim().min(1).max(300);

export const LegalRepresentativeInput = z
  .object({
    fullName: ShortText.describe('Họ tên người đại diện theo pháp luật'),
    title: ShortText.describe('Chức vụ'),
    gender: z.enum(GENDERS),
    isEthnicMinority: z.boolean().describe('Người dân tộc thiểu số (tiêu chí A.3.b)'),
    ethnicity: z.string().trim().max(100).nullable().optional(),
  })
  .meta({ id: 'LegalRepresentative' });
export type LegalRepresentativeInput = z.infer<typeof LegalRepresentativeInput>;

export const ContactsInput = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+() .-]{6,20}$/, 'Số điện thoại không hợp lệ / invalid phone number')
      .nullable()
      .optional(),
    email: z.email().nullable().optional(),
    website: z.url().max(300).nullable().optional(),
  })
  .meta({ id: 'ProducerContacts' });

const Count = z.number().int().min(0).max(1_000_000).nullable().optional();
export const WorkforceInput = z
  .object({ total: Count, female: Count, local: Count, ethnicMinority: Count })
  .meta({ id: 'ProducerWorkforce' });

/** Checks the registration number against the format of the producer type (field-named issue). */
function refineRegistrationNumber(
  value: { type?: (typeof PRODUCER_TYPES)[number] | undefined; registrationNumber?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (!value.type || value.registrationNumber === undefined) return;
  const check = checkRegistrationNumber(value.type, value.registrationNumber);
  if (!check.isValid)
    ctx.addIssue({
      code: 'custom',
      path: ['registrationNumber'],
      message: `${check.messageVi} / ${check.messageEn}`,
    });
}

const ProducerProfileShape = z.object({
  type: z.enum(PRODUCER_TYPES),
  name: ShortText.describe('Tên chủ thể'),
  registrationNumber: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .describe('Mã số doanh nghiệp / HTX / số đăng ký hộ kinh doanh'),
  communeId: z.uuid().describe('Xã/phường nơi chủ thể đặt địa chỉ (đơn vị hiện hành)'),
  address: ShortText.describe('Địa chỉ (thôn, số nhà…)'),
  legalRepresentative: LegalRepresentativeInput,
  contacts: ContactsInput.optional(),
  workforce: WorkforceInput.optional(),
});

/** The producer profile (chủ thể): used by createProducer and inside registerProducer. */
export const ProducerProfileInput = ProducerProfileShape.superRefine(refineRegistrationNumber).meta({
  id: 'ProducerProfileInput',
});
export type ProducerProfileInput = z.infer<typeof ProducerProfileInput>;

export const CreateProducerInput = ProducerProfileInput;
export type CreateProducerInput = ProducerProfileInput;

export const UpdateProducerInput = ProducerProfileShape.partial()
  .extend({ version: versionField() })
  .meta({ id: 'UpdateProducerInput' });
export type UpdateProducerInput = z.infer<typeof UpdateProducerInput>;

export const ProducerOutput = z
  .object({
    id: z.uuid(),
    type: z.enum(PRODUCER_TYPES),
    name: z.string(),
    registrationNumber: z.string(),
    communeId: z.uuid(),
    communeName: z.string(),
    address: z.string(),
    legalRepresentative: LegalRepresentativeInput.nullable().describe(
      'null when the caller may not see personal data',
    ),
    contacts: ContactsInput,
    workforce: WorkforceInput,
    origin: z.enum(['official', 'self_registration', 'import']),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Producer' });
export type ProducerOutput = z.infer<typeof ProducerOutput>;

export const ListProducersQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Tên hoặc số đăng ký, không phân biệt dấu'),
  communeId: z.uuid().optional(),
  type: z.enum(PRODUCER_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type ListProducersQuery = z.infer<typeof ListProducersQuery>;

export const ListProducersOutput = z.object({ items: z.array(ProducerOutput), total: z.number().int() });

/** Self-registration: an account and a producer profile, pending until the e-mail is confirmed. */
export const RegisterProducerInput = z
  .object({
    account: z.object({
      username: Username,
      email: z.email(),
      displayName: z.string().trim().min(1).max(200),
      password: Password,
    }),
    producer: ProducerProfileInput,
  })
  .meta({ id: 'RegisterProducerInput' });
export type RegisterProducerInput = z.infer<typeof RegisterProducerInput>;

export const RegisterProducerOutput = z.object({
  status: z.literal('pending_confirmation'),
  email: z.string(),
  expiresAt: z.string(),
});

export const ConfirmRegistrationInput = z.object({ token: z.string().trim().min(20).max(200) });

export const ConfirmRegistrationOutput = z.object({
  producerId: z.uuid(),
  accountId: z.uuid(),
  username: z.string(),
});

/** A new account that acts for the producer (one producer, several people). */
export const AddProducerMemberInput = z.object({
  username: Username,
  email: z.email().nullable().optional(),
  displayName: z.string().trim().min(1).max(200),
  password: Password,
});
export type AddProducerMemberInput = z.infer<typeof AddProducerMemberInput>;

export const ProducerMemberOutput = z
  .object({
    accountId: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    isActive: z.boolean().describe('false when the account is disabled'),
    isOwner: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'ProducerMember' });
export type ProducerMemberOutput = z.infer<typeof ProducerMemberOutput>;

export const ListProducerMembersOutput = z.object({ items: z.array(ProducerMemberOutput) });

export const ProducerMemberParams = z.object({ id: z.uuid(), accountId: z.uuid() });
export type ProducerMemberParams = z.infer<typeof ProducerMemberParams>;
