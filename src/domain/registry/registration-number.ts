import type { ProducerType } from './producer-types';

/**
 * Registration / tax numbers of producers (mã số doanh nghiệp, mã số HTX, số đăng ký hộ kinh
 * doanh…), validated by format per producer type. The rules are data so a province can widen them
 * (pass its own table) without code changes. Decisions recorded here:
 *
 * - **enterprise** — the enterprise code is its tax code (Law on Enterprises 2020, art. 29):
 *   10 digits; a branch or dependent unit adds `-` and 3 digits (`0101234567-001`).
 * - **cooperative** — since the Law on Co-operatives 2012 the co-operative registration number is
 *   also a 10-digit tax code; branches add `-` and 3 digits like enterprises.
 * - **cooperative_group** — a co-op group has no business registration (Decree 77/2019): it is
 *   identified by its tax code when it has one (10 digits), otherwise by the number of the commune's
 *   confirmation of its co-operation contract, written locally (`12/GXN-UBND`): 3–40 characters of
 *   letters, digits, `/ - . _`, with at least one digit.
 * - **household** — a household business is registered at district (now commune) level; its number
 *   is one of: the owner's 10-digit tax code, the owner's 12-digit personal identification number
 *   (used as tax code from 07/2025), or a legacy district registration number: 2-digit province
 *   code, 1–2 letters for the district office, then 6–9 digits (`27A8012345`). Hyphens and slashes
 *   inside the legacy number are tolerated (`27A-8012345`).
 *
 * Input is normalised before checking: surrounding and inner spaces and dots removed, letters
 * upper-cased. The normalised value is what we store and what imports match on.
 */
export interface RegistrationNumberRule {
  pattern: RegExp;
  descriptionVi: string;
  descriptionEn: string;
}

const TAX_CODE: RegistrationNumberRule = {
  pattern: /^\d{10}(-\d{3})?$/,
  descriptionVi: 'mã số thuế 10 chữ số, chi nhánh thêm "-" và 3 chữ số (0101234567-001)',
  descriptionEn: 'a 10-digit tax code, branches add "-" and 3 digits (0101234567-001)',
};

export const DEFAULT_REGISTRATION_NUMBER_RULES = {
  enterprise: [TAX_CODE],
  cooperative: [TAX_CODE],
  cooperative_group: [
    TAX_CODE,
    {
      pattern: /^(?=[A-Z0-9/._-]*\d)[A-Z0-9][A-Z0-9/._-]{2,39}$/,
      descriptionVi: 'số xác nhận hợp đồng hợp tác của UBND xã (ví dụ 12/GXN-UBND)',
      descriptionEn:
        "the number of the commune's confirmation of the co-operation contract (e.g. 12/GXN-UBND)",
    },
  ],
  household: [
    TAX_CODE,
    {
      pattern: /^\d{12}$/,
      descriptionVi: 'số định danh cá nhân 12 chữ số',
      descriptionEn: 'a 12-digit personal identification number',
    },
    {
      pattern: /^\d{2}[A-Z]{1,2}[-/]?\d{6,9}$/,
      descriptionVi: 'số đăng ký hộ kinh doanh cũ (ví dụ 27A8012345)',
      descriptionEn: 'a legacy household business registration number (e.g. 27A8012345)',
    },
  ],
} as const satisfies Record<ProducerType, readonly RegistrationNumberRule[]>;

export type RegistrationNumberRules = Record<ProducerType, readonly RegistrationNumberRule[]>;

/** Removes spaces and dots, upper-cases letters: `" 0101.234.567 "` → `"0101234567"`. */
export function normalizeRegistrationNumber(raw: string): string {
  return raw.normalize('NFC').replace(/[\s.]/g, '').toUpperCase();
}

export type RegistrationNumberCheck =
  | { isValid: true; normalized: string }
  | { isValid: false; normalized: string; messageVi: string; messageEn: string };

/**
 * Checks `raw` against the rules of `type` (default rules unless a province passes its own).
 * Pure; never throws.
 */
export function checkRegistrationNumber(
  type: ProducerType,
  raw: string,
  rules: RegistrationNumberRules = DEFAULT_REGISTRATION_NUMBER_RULES,
): RegistrationNumberCheck {
  const normalized = normalizeRegistrationNumber(raw);
  const candidates = rules[type];
  if (candidates.some((rule) => rule.pattern.test(normalized))) return { isValid: true, normalized };
  return {
    isValid: false,
    normalized,
    messageVi: `Số đăng ký không đúng định dạng; cần ${candidates.map((r) => r.descriptionVi).join(' hoặc ')}`,
    messageEn: `Wrong registration number format; expected ${candidates.map((r) => r.descriptionEn).join(' or ')}`,
  };
}
