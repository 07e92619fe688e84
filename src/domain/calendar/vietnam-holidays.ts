/**
 * Ngày nghỉ lễ, Tết — Vietnam's public holidays 2025–2027, the built-in national calendar that
 * working-day arithmetic (`domain/calendar/working-days`) skips. Pure data; the stored calendar
 * (table `holiday_calendar`) starts from this list and the administrators edit it from there.
 *
 * Sources:
 * - Bộ luật Lao động 2019 (Labour Code, Law 45/2019/QH14), Điều 112: 1 January; Tết Nguyên đán
 *   5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30 April; 1 May; Quốc khánh 2 September + 1 adjacent
 *   day. Điều 111(3) / Nghị định 145/2020/NĐ-CP Điều 63: a holiday falling on a weekly rest day
 *   is compensated on the next working day (nghỉ bù).
 * - 2025: the Government's notices for civil servants — Tết off Monday 27 to Friday 31/01/2025,
 *   National Day off 01–02/09/2025.
 * - Lunar dates (Tết = 1/1 âm lịch, Hùng Kings = 10/3 âm lịch) computed for UTC+7 with Hồ Ngọc
 *   Đức's Vietnamese lunar calendar algorithm: Tết Ất Tỵ 29/01/2025, Bính Ngọ 17/02/2026, Đinh Mùi
 *   06/02/2027; Hùng Kings 07/04/2025, 26/04/2026 (Sunday → 27/04), 16/04/2027.
 * - 2026–2027: the Prime Minister fixes the exact Tết days and the day adjacent to 2 September
 *   each year; the dates marked `isProvisional` follow the usual pattern (last day of the lunar
 *   year + mùng 1–4; compensations for weekends) and must be checked against the year's notice.
 */
export interface BuiltInHoliday {
  date: string;
  nameVi: string;
  nameEn: string;
  /** True when the Prime Minister's yearly notice may still move this day. */
  isProvisional: boolean;
}

const day = (date: string, nameVi: string, nameEn: string, isProvisional = false): BuiltInHoliday => ({
  date,
  nameVi,
  nameEn,
  isProvisional,
});

const TET_VI = 'Tết Nguyên đán';
const TET_EN = 'Lunar New Year (Tết)';

export const VIETNAM_PUBLIC_HOLIDAYS_2025_2027: readonly BuiltInHoliday[] = [
  day('2025-01-01', 'Tết Dương lịch', 'New Year’s Day'),
  day('2025-01-27', `${TET_VI} (28 tháng Chạp)`, TET_EN),
  day('2025-01-28', `${TET_VI} (29 tháng Chạp)`, TET_EN),
  day('2025-01-29', `${TET_VI} (mùng 1)`, TET_EN),
  day('2025-01-30', `${TET_VI} (mùng 2)`, TET_EN),
  day('2025-01-31', `${TET_VI} (mùng 3)`, TET_EN),
  day('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings’ Commemoration'),
  day('2025-04-30', 'Ngày Chiến thắng (30/4)', 'Reunification Day'),
  day('2025-05-01', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day'),
  day('2025-09-01', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
  day('2025-09-02', 'Quốc khánh (2/9)', 'National Day'),

  day('2026-01-01', 'Tết Dương lịch', 'New Year’s Day'),
  day('2026-02-16', `${TET_VI} (29 tháng Chạp)`, TET_EN, true),
  day('2026-02-17', `${TET_VI} (mùng 1)`, TET_EN),
  day('2026-02-18', `${TET_VI} (mùng 2)`, TET_EN),
  day('2026-02-19', `${TET_VI} (mùng 3)`, TET_EN),
  day('2026-02-20', `${TET_VI} (mùng 4)`, TET_EN, true),
  day('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings’ Commemoration'),
  day('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'Hùng Kings’ Commemoration (in lieu)'),
  day('2026-04-30', 'Ngày Chiến thắng (30/4)', 'Reunification Day'),
  day('2026-05-01', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day'),
  day('2026-09-02', 'Quốc khánh (2/9)', 'National Day'),
  day('2026-09-03', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', true),

  day('2027-01-01', 'Tết Dương lịch', 'New Year’s Day'),
  day('2027-02-05', `${TET_VI} (29 tháng Chạp)`, TET_EN, true),
  day('2027-02-06', `${TET_VI} (mùng 1)`, TET_EN),
  day('2027-02-07', `${TET_VI} (mùng 2)`, TET_EN),
  day('2027-02-08', `${TET_VI} (mùng 3)`, TET_EN),
  day('2027-02-09', `${TET_VI} (mùng 4)`, TET_EN, true),
  day('2027-02-10', `Nghỉ bù ${TET_VI}`, `${TET_EN} (in lieu)`, true),
  day('2027-02-11', `Nghỉ bù ${TET_VI}`, `${TET_EN} (in lieu)`, true),
  day('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings’ Commemoration'),
  day('2027-04-30', 'Ngày Chiến thắng (30/4)', 'Reunification Day'),
  day('2027-05-01', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day'),
  day('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động', 'International Labour Day (in lieu)'),
  day('2027-09-02', 'Quốc khánh (2/9)', 'National Day'),
  day('2027-09-03', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', true),
];
