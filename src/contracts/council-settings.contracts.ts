/**
 * Council settings a province keeps for its own councils (quy chế hội đồng): one zod schema pair
 * per endpoint, shared by the server routes and the web screen.
 */
import { z } from 'zod';
import { FORWARDING_READINGS, QUORUM_ROUNDINGS } from '../domain/rubric/council-settings';
import { DISTRICT_READINGS } from '../domain/rubric/district-wording';

export const CouncilQuorumSettings = z
  .object({
    minPresentPercent: z
      .number()
      .int()
      .min(50)
      .max(100)
      .describe('Tỷ lệ tối thiểu thành viên có mặt, phần trăm nguyên (75 = 75 %)'),
    rounding: z.enum(QUORUM_ROUNDINGS).describe("'nearest' 11 × 75 % = 8; 'up' 11 × 75 % = 9"),
    requireChair: z.boolean().describe('Chủ tịch hoặc phó chủ tịch chủ trì phải có mặt'),
    abstentionsCountAsPresent: z
      .boolean()
      .describe('Thành viên không chấm vì xung đột lợi ích vẫn tính là có mặt'),
  })
  .strict();

/** The settings a province may set: every field, so a period reads on its own. */
export const EditableCouncilSettings = z
  .object({
    quorum: CouncilQuorumSettings,
    forwardingReading: z
      .enum(FORWARDING_READINGS)
      .nullable()
      .describe("Chuyển cấp trên theo điểm ('points') hay theo sao ('stars'); null = theo quy trình"),
    districtReading: z.enum(DISTRICT_READINGS).describe('Cách hiểu "cấp huyện" sau 01/07/2025'),
  })
  .strict()
  .meta({ id: 'EditableCouncilSettings' });
export type EditableCouncilSettings = z.infer<typeof EditableCouncilSettings>;

export const CouncilSettingsParams = z.object({ provinceId: z.uuid() });
export type CouncilSettingsParams = z.infer<typeof CouncilSettingsParams>;

export const UpdateCouncilSettingsInput = z
  .object({
    effectiveFrom: z.iso.date().describe('Rounds created from this day on use the settings'),
    settings: EditableCouncilSettings,
  })
  .strict()
  .meta({ id: 'UpdateCouncilSettingsInput' });
export type UpdateCouncilSettingsInput = z.infer<typeof UpdateCouncilSettingsInput>;

export const CouncilSettingsOutput = z
  .object({
    province: z.object({ id: z.uuid(), name: z.string() }),
    defaults: EditableCouncilSettings,
    /** The settings a round created today copies. */
    inForce: EditableCouncilSettings,
    periods: z.array(
      z.object({
        effectiveFrom: z.iso.date(),
        settings: EditableCouncilSettings,
        updatedAt: z.string(),
      }),
    ),
    canManage: z.boolean(),
  })
  .meta({ id: 'CouncilSettings' });
export type CouncilSettingsOutput = z.infer<typeof CouncilSettingsOutput>;
