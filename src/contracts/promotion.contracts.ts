/**
 * Zod contracts of training courses (tập huấn), consultants (đơn vị tư vấn), trade-promotion events
 * (xúc tiến thương mại) and points of sale (điểm giới thiệu và bán sản phẩm OCOP), shared by the
 * server routes and the web forms.
 */
import { z } from 'zod';
import { isInsideVietnam } from '../domain/promotion/promotion-rules';
import {
  CONSULTANT_FIELDS,
  CONSULTANT_KINDS,
  POINT_OF_SALE_KINDS,
  TRADE_EVENT_KINDS,
  TRADE_EVENT_LEVELS,
  TRAINING_AUDIENCES,
} from '../domain/promotion/promotion.types';
import {
  checkSalesChannelLink,
  SALES_CHANNEL_PLATFORM_IDS,
  SALES_CHANNEL_PROBLEM_MESSAGES,
} from '../domain/promotion/sales-channels';
import { queryInt32 } from './shared.contracts';

const Name = z.string().trim().min(1).max(300);
const Text = (max: number) => z.string().trim().max(max);
const IsoDate = z.iso.date();
/** An amount in VND (đồng): whole, not negative, below a thousand trillion. */
const Vnd = z.number().int().min(0).max(999_999_999_999_999);
const Count = z.number().int().min(0).max(100_000_000);
const Phone = z
  .string()
  .trim()
  .regex(/^([0-9+() .-]{6,20})?$/, 'Số điện thoại không hợp lệ / invalid phone number');

const endNotBeforeStart = <T extends { startsOn: string; endsOn?: string | null | undefined }>(v: T) =>
  !v.endsOn || v.endsOn >= v.startsOn;
const END_MESSAGE = {
  path: ['endsOn'],
  message: 'Ngày kết thúc không được trước ngày bắt đầu / the end date must not precede the start date',
};

export const PromotionListQuery = z.object({
  unitId: z.uuid().optional().describe('Only records of this unit and the units below it'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export type PromotionListQuery = z.infer<typeof PromotionListQuery>;

const UnitRef = z.object({ id: z.uuid(), name: z.string() });

// ---- Training ---------------------------------------------------------------------------

export const TrainingParticipantInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('account'), accountId: z.uuid(), hasAttended: z.boolean().optional() }),
    z.object({
      kind: z.literal('producer'),
      producerId: z.uuid(),
      fullName: Text(200).optional(),
      hasAttended: z.boolean().optional(),
    }),
    z.object({
      kind: z.literal('person'),
      fullName: Name,
      organisation: Text(300).optional(),
      hasAttended: z.boolean().optional(),
    }),
  ])
  .describe('An account, a producer, or a person without an account');
export type TrainingParticipantInput = z.infer<typeof TrainingParticipantInput>;

export const CreateTrainingCourseInput = z
  .object({
    unitId: z.uuid().describe('The organising unit (nation, province or commune)'),
    title: Name.describe('Tên lớp tập huấn'),
    topic: Text(2000).optional(),
    audience: z.enum(TRAINING_AUDIENCES),
    startsOn: IsoDate,
    endsOn: IsoDate,
    place: Text(500).optional(),
    isOnline: z.boolean().optional(),
    trainers: Text(1000).optional(),
    budgetVnd: Vnd.nullable().optional(),
    materials: Text(4000).optional(),
    participants: z.array(TrainingParticipantInput).max(500).optional(),
  })
  .refine(endNotBeforeStart, END_MESSAGE)
  .meta({ id: 'CreateTrainingCourseInput' });
export type CreateTrainingCourseInput = z.infer<typeof CreateTrainingCourseInput>;

export const AddTrainingParticipantsInput = z
  .object({ participants: z.array(TrainingParticipantInput).min(1).max(500) })
  .meta({ id: 'AddTrainingParticipantsInput' });
export type AddTrainingParticipantsInput = z.infer<typeof AddTrainingParticipantsInput>;

export const RecordAttendanceInput = z
  .object({
    attendedParticipantIds: z
      .array(z.uuid())
      .max(500)
      .describe('Participants present; every other participant is marked absent'),
  })
  .meta({ id: 'RecordAttendanceInput' });
export type RecordAttendanceInput = z.infer<typeof RecordAttendanceInput>;

export const TrainingParticipantOutput = z
  .object({
    id: z.uuid(),
    kind: z.enum(['account', 'producer', 'person']),
    accountId: z.uuid().nullable(),
    producerId: z.uuid().nullable(),
    producerName: z.string().nullable(),
    fullName: z.string(),
    organisation: z.string(),
    hasAttended: z.boolean(),
  })
  .meta({ id: 'TrainingParticipant' });

export const TrainingCourseOutput = z
  .object({
    id: z.uuid(),
    unit: UnitRef,
    title: z.string(),
    topic: z.string(),
    audience: z.enum(TRAINING_AUDIENCES),
    startsOn: z.string(),
    endsOn: z.string(),
    place: z.string(),
    isOnline: z.boolean(),
    trainers: z.string(),
    budgetVnd: z.number().nullable(),
    materials: z.string(),
    participantCount: z.number().int(),
    attendedCount: z.number().int(),
    participants: z.array(TrainingParticipantOutput).optional().describe('Only on getTrainingCourse'),
    createdAt: z.string(),
  })
  .meta({ id: 'TrainingCourse' });
export type TrainingCourseOutput = z.infer<typeof TrainingCourseOutput>;

export const ListTrainingCoursesOutput = z.object({
  items: z.array(TrainingCourseOutput),
  total: z.number().int(),
});
export type ListTrainingCoursesOutput = z.infer<typeof ListTrainingCoursesOutput>;

// ---- Consultants -----------------------------------------------------------------------

export const CreateConsultantInput = z
  .object({
    unitId: z.uuid().describe('The unit whose directory lists the consultant (province or nation)'),
    kind: z.enum(CONSULTANT_KINDS),
    name: Name.describe('Tên đơn vị / chuyên gia tư vấn'),
    fields: z
      .array(z.enum(CONSULTANT_FIELDS))
      .min(1)
      .max(CONSULTANT_FIELDS.length)
      .describe('Lĩnh vực tư vấn'),
    phone: Phone.optional(),
    email: z.union([z.email().max(200), z.literal('')]).optional(),
    address: Text(500).optional(),
    accountId: z
      .uuid()
      .nullable()
      .optional()
      .describe(
        "The consultant's own account: its contracts become consultancy links for conflict-of-interest hints",
      ),
    note: Text(2000).optional(),
  })
  .meta({ id: 'CreateConsultantInput' });
export type CreateConsultantInput = z.infer<typeof CreateConsultantInput>;

export const CreateConsultantContractInput = z
  .object({
    producerId: z.uuid(),
    productId: z.uuid().nullable().optional(),
    scope: Name.describe('Phạm vi tư vấn'),
    budgetVnd: Vnd.nullable().optional(),
    startsOn: IsoDate,
    endsOn: IsoDate.nullable().optional(),
  })
  .refine(endNotBeforeStart, END_MESSAGE)
  .meta({ id: 'CreateConsultantContractInput' });
export type CreateConsultantContractInput = z.infer<typeof CreateConsultantContractInput>;

export const ConsultantContractOutput = z
  .object({
    id: z.uuid(),
    producerId: z.uuid(),
    producerName: z.string(),
    productId: z.uuid().nullable(),
    productName: z.string().nullable(),
    scope: z.string(),
    budgetVnd: z.number().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
  })
  .meta({ id: 'ConsultantContract' });

export const ConsultantOutput = z
  .object({
    id: z.uuid(),
    unit: UnitRef,
    kind: z.enum(CONSULTANT_KINDS),
    name: z.string(),
    fields: z.array(z.enum(CONSULTANT_FIELDS)),
    phone: z.string(),
    email: z.string(),
    address: z.string(),
    accountId: z.uuid().nullable(),
    note: z.string(),
    contracts: z.array(ConsultantContractOutput),
    createdAt: z.string(),
  })
  .meta({ id: 'Consultant' });
export type ConsultantOutput = z.infer<typeof ConsultantOutput>;

export const ListConsultantsOutput = z.object({ items: z.array(ConsultantOutput), total: z.number().int() });
export type ListConsultantsOutput = z.infer<typeof ListConsultantsOutput>;

// ---- Trade events ----------------------------------------------------------------------

export const TradeEventParticipantInput = z.object({
  producerId: z.uuid(),
  productId: z.uuid().nullable().optional(),
});

export const CreateTradeEventInput = z
  .object({
    unitId: z.uuid().describe('The unit that records the event (its organiser or the unit taking part)'),
    kind: z.enum(TRADE_EVENT_KINDS),
    level: z.enum(TRADE_EVENT_LEVELS),
    name: Name.describe('Tên sự kiện'),
    startsOn: IsoDate,
    endsOn: IsoDate,
    place: Text(500).optional(),
    organiser: Text(300).optional(),
    description: Text(4000).optional(),
    participants: z.array(TradeEventParticipantInput).max(500).optional(),
  })
  .refine(endNotBeforeStart, END_MESSAGE)
  .meta({ id: 'CreateTradeEventInput' });
export type CreateTradeEventInput = z.infer<typeof CreateTradeEventInput>;

export const RecordTradeEventResultsInput = z
  .object({
    salesVnd: Vnd.nullable().describe('Doanh thu bán hàng (đồng)'),
    visitors: Count.nullable().describe('Lượt khách tham quan'),
    contractsSigned: Count.nullable().describe('Số hợp đồng, biên bản ghi nhớ đã ký'),
    resultNote: Text(4000).optional(),
  })
  .meta({ id: 'RecordTradeEventResultsInput' });
export type RecordTradeEventResultsInput = z.infer<typeof RecordTradeEventResultsInput>;

export const TradeEventOutput = z
  .object({
    id: z.uuid(),
    unit: UnitRef,
    kind: z.enum(TRADE_EVENT_KINDS),
    level: z.enum(TRADE_EVENT_LEVELS),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    phase: z.enum(['upcoming', 'ongoing', 'past']),
    place: z.string(),
    organiser: z.string(),
    description: z.string(),
    salesVnd: z.number().nullable(),
    visitors: z.number().int().nullable(),
    contractsSigned: z.number().int().nullable(),
    resultNote: z.string(),
    participants: z.array(
      z.object({
        producerId: z.uuid(),
        producerName: z.string(),
        productId: z.uuid().nullable(),
        productName: z.string().nullable(),
      }),
    ),
    createdAt: z.string(),
  })
  .meta({ id: 'TradeEvent' });
export type TradeEventOutput = z.infer<typeof TradeEventOutput>;

export const ListTradeEventsOutput = z.object({ items: z.array(TradeEventOutput), total: z.number().int() });
export type ListTradeEventsOutput = z.infer<typeof ListTradeEventsOutput>;

// ---- Points of sale --------------------------------------------------------------------

export const CreatePointOfSaleInput = z
  .object({
    communeId: z.uuid().describe('Xã/phường nơi đặt điểm bán'),
    kind: z.enum(POINT_OF_SALE_KINDS),
    name: Name.describe('Tên điểm bán'),
    address: Name.describe('Địa chỉ'),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    openingHours: Text(300).optional(),
    phone: Phone.optional(),
    productIds: z.array(z.uuid()).max(1000).optional().describe('Products the point carries'),
  })
  .superRefine((v, ctx) => {
    const hasLatitude = v.latitude !== null && v.latitude !== undefined;
    const hasLongitude = v.longitude !== null && v.longitude !== undefined;
    if (hasLatitude !== hasLongitude) {
      ctx.addIssue({
        code: 'custom',
        path: [hasLatitude ? 'longitude' : 'latitude'],
        message: 'Cần cả vĩ độ và kinh độ / give both latitude and longitude',
      });
    } else if (hasLatitude && !isInsideVietnam(v.latitude!, v.longitude!)) {
      ctx.addIssue({
        code: 'custom',
        path: ['latitude'],
        message: 'Toạ độ nằm ngoài Việt Nam (nhầm vĩ độ và kinh độ?) / the point lies outside Vietnam',
      });
    }
  })
  .meta({ id: 'CreatePointOfSaleInput' });
export type CreatePointOfSaleInput = z.infer<typeof CreatePointOfSaleInput>;

export const PointOfSaleOutput = z
  .object({
    id: z.uuid(),
    commune: UnitRef,
    province: UnitRef,
    kind: z.enum(POINT_OF_SALE_KINDS),
    name: z.string(),
    address: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    openingHours: z.string(),
    phone: z.string(),
    products: z.array(z.object({ id: z.uuid(), name: z.string(), producerName: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'PointOfSaleRecord' });
export type PointOfSaleOutput = z.infer<typeof PointOfSaleOutput>;

export const ListPointsOfSaleOutput = z.object({
  items: z.array(PointOfSaleOutput),
  total: z.number().int(),
});
export type ListPointsOfSaleOutput = z.infer<typeof ListPointsOfSaleOutput>;

export const ProducerTrainingOutput = z
  .object({
    items: z.array(
      z.object({ courseId: z.uuid(), title: z.string(), startsOn: z.string(), hasAttended: z.boolean() }),
    ),
  })
  .meta({
    id: 'ProducerTraining',
    description: 'Lịch sử tập huấn của chủ thể / a producer’s training history',
  });
export type ProducerTrainingOutput = z.infer<typeof ProducerTrainingOutput>;

// ---- Online sales channels ----------------------------------------------------------------

export const SalesChannelInput = z
  .object({
    platform: z.enum(SALES_CHANNEL_PLATFORM_IDS),
    url: z.string().trim().min(1).max(500),
    label: Text(200).optional(),
  })
  .superRefine((v, ctx) => {
    const problem = checkSalesChannelLink(v.platform, v.url);
    if (problem) {
      const message = SALES_CHANNEL_PROBLEM_MESSAGES[problem];
      ctx.addIssue({ code: 'custom', path: ['url'], message: `${message.vi} / ${message.en}` });
    }
  });

export const ReplaceSalesChannelsInput = z
  .object({ channels: z.array(SalesChannelInput).max(20) })
  .meta({ id: 'ReplaceSalesChannelsInput', description: 'Kênh bán hàng trực tuyến / online sales channels' });
export type ReplaceSalesChannelsInput = z.infer<typeof ReplaceSalesChannelsInput>;

export const SalesChannelsOutput = z
  .object({
    items: z.array(
      z.object({
        platform: z.enum(SALES_CHANNEL_PLATFORM_IDS),
        platformName: z.string(),
        url: z.string(),
        label: z.string(),
      }),
    ),
  })
  .meta({ id: 'SalesChannels' });
export type SalesChannelsOutput = z.infer<typeof SalesChannelsOutput>;
