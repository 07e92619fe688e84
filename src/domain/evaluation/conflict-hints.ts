/**
 * Conflicts of interest (xung đột lợi ích): hints computed from data — the member works in the
 * producer's commune, belongs to the producer, has the producer's name as organisation, or
 * advised the producer earlier — shown before the member declares. Pure.
 */
import { foldVietnamese } from '../text/fold-vietnamese';

export const CONFLICT_HINT_CODES = [
  'same-unit',
  'producer-member',
  'same-organisation',
  'consultancy',
] as const;
export type ConflictHintCode = (typeof CONFLICT_HINT_CODES)[number];

export interface ConflictHint {
  code: ConflictHintCode;
  messageVi: string;
  messageEn: string;
}

export interface ConflictHintInput {
  member: { accountId: string; homeUnitId: string; organisation: string };
  producer: { id: string; name: string; communeId: string; memberAccountIds: readonly string[] };
  /** Earlier consultancy links (tư vấn, hỗ trợ xây dựng hồ sơ) of the member's account. */
  consultedProducerIds: readonly string[];
}

/** The hints for one member and one product's producer, most specific first. */
export function findConflictHints(input: ConflictHintInput): ConflictHint[] {
  const hints: ConflictHint[] = [];
  const { member, producer } = input;
  if (producer.memberAccountIds.includes(member.accountId))
    hints.push({
      code: 'producer-member',
      messageVi: 'Bạn là thành viên của chủ thể này.',
      messageEn: 'You are a member of this producer.',
    });
  const organisation = foldVietnamese(member.organisation).trim();
  if (organisation.length > 0 && organisation === foldVietnamese(producer.name).trim())
    hints.push({
      code: 'same-organisation',
      messageVi: 'Đơn vị công tác của bạn trùng với chủ thể.',
      messageEn: "Your organisation is the producer's.",
    });
  if (member.homeUnitId === producer.communeId)
    hints.push({
      code: 'same-unit',
      messageVi: 'Bạn công tác tại xã của chủ thể.',
      messageEn: "You work in the producer's commune.",
    });
  if (input.consultedProducerIds.includes(producer.id))
    hints.push({
      code: 'consultancy',
      messageVi: 'Bạn đã từng tư vấn cho chủ thể này.',
      messageEn: 'You advised this producer before.',
    });
  return hints;
}
