import type { IsoDate } from './admin-unit.types';
import { REFORM_2025_DATE } from './unit-dates';

/** A unit the platform knows without any import. */
export interface BuiltInUnitFact {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  kind: string;
}

/** A demo commune: a real 2025 commune, with the code of its province. */
export interface BuiltInCommuneFact extends BuiltInUnitFact {
  provinceCode: string;
}

/**
 * The nation. Valid since 02/07/1976, when the country took the name Cộng hoà xã hội chủ nghĩa
 * Việt Nam; everything else hangs below it, before and after the 2025 reform.
 */
export const NATION_UNIT = {
  code: 'VN',
  name: 'Việt Nam',
  fullName: 'Cộng hoà xã hội chủ nghĩa Việt Nam',
  nameEn: 'Viet Nam',
  kind: 'Quốc gia',
  validFrom: '1976-07-02' as IsoDate,
} as const;

/** Built-in provinces and demo communes are in force from the 2025 reform on. */
export const BUILT_IN_VALID_FROM: IsoDate = REFORM_2025_DATE;

/**
 * Bậc tỉnh — the 34 provinces and centrally-run cities in force since 01/07/2025 (Resolution
 * 202/2025/QH15): 28 "Tỉnh" and 6 "Thành phố", with their official 2-digit codes from the
 * General Statistics Office's list (identical to the 2025-07-01 reference release).
 */
export const PROVINCES_2025: readonly BuiltInUnitFact[] = [
  { code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', nameEn: 'Ha Noi', kind: 'Thành phố' },
  { code: '04', name: 'Cao Bằng', fullName: 'Tỉnh Cao Bằng', nameEn: 'Cao Bang', kind: 'Tỉnh' },
  { code: '08', name: 'Tuyên Quang', fullName: 'Tỉnh Tuyên Quang', nameEn: 'Tuyen Quang', kind: 'Tỉnh' },
  { code: '11', name: 'Điện Biên', fullName: 'Tỉnh Điện Biên', nameEn: 'Dien Bien', kind: 'Tỉnh' },
  { code: '12', name: 'Lai Châu', fullName: 'Tỉnh Lai Châu', nameEn: 'Lai Chau', kind: 'Tỉnh' },
  { code: '14', name: 'Sơn La', fullName: 'Tỉnh Sơn La', nameEn: 'Son La', kind: 'Tỉnh' },
  { code: '15', name: 'Lào Cai', fullName: 'Tỉnh Lào Cai', nameEn: 'Lao Cai', kind: 'Tỉnh' },
  { code: '19', name: 'Thái Nguyên', fullName: 'Tỉnh Thái Nguyên', nameEn: 'Thai Nguyen', kind: 'Tỉnh' },
  { code: '20', name: 'Lạng Sơn', fullName: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son', kind: 'Tỉnh' },
  { code: '22', name: 'Quảng Ninh', fullName: 'Tỉnh Quảng Ninh', nameEn: 'Quang Ninh', kind: 'Tỉnh' },
  { code: '24', name: 'Bắc Ninh', fullName: 'Tỉnh Bắc Ninh', nameEn: 'Bac Ninh', kind: 'Tỉnh' },
  { code: '25', name: 'Phú Thọ', fullName: 'Tỉnh Phú Thọ', nameEn: 'Phu Tho', kind: 'Tỉnh' },
  { code: '31', name: 'Hải Phòng', fullName: 'Thành phố Hải Phòng', nameEn: 'Hai Phong', kind: 'Thành phố' },
  { code: '33', name: 'Hưng Yên', fullName: 'Tỉnh Hưng Yên', nameEn: 'Hung Yen', kind: 'Tỉnh' },
  { code: '37', name: 'Ninh Bình', fullName: 'Tỉnh Ninh Bình', nameEn: 'Ninh Binh', kind: 'Tỉnh' },
  { code: '38', name: 'Thanh Hóa', fullName: 'Tỉnh Thanh Hóa', nameEn: 'Thanh Hoa', kind: 'Tỉnh' },
  { code: '40', name: 'Nghệ An', fullName: 'Tỉnh Nghệ An', nameEn: 'Nghe An', kind: 'Tỉnh' },
  { code: '42', name: 'Hà Tĩnh', fullName: 'Tỉnh Hà Tĩnh', nameEn: 'Ha Tinh', kind: 'Tỉnh' },
  { code: '44', name: 'Quảng Trị', fullName: 'Tỉnh Quảng Trị', nameEn: 'Quang Tri', kind: 'Tỉnh' },
  { code: '46', name: 'Huế', fullName: 'Thành phố Huế', nameEn: 'Hue', kind: 'Thành phố' },
  { code: '48', name: 'Đà Nẵng', fullName: 'Thành phố Đà Nẵng', nameEn: 'Da Nang', kind: 'Thành phố' },
  { code: '51', name: 'Quảng Ngãi', fullName: 'Tỉnh Quảng Ngãi', nameEn: 'Quang Ngai', kind: 'Tỉnh' },
  { code: '52', name: 'Gia Lai', fullName: 'Tỉnh Gia Lai', nameEn: 'Gia Lai', kind: 'Tỉnh' },
  { code: '56', name: 'Khánh Hòa', fullName: 'Tỉnh Khánh Hòa', nameEn: 'Khanh Hoa', kind: 'Tỉnh' },
  { code: '66', name: 'Đắk Lắk', fullName: 'Tỉnh Đắk Lắk', nameEn: 'Dak Lak', kind: 'Tỉnh' },
  { code: '68', name: 'Lâm Đồng', fullName: 'Tỉnh Lâm Đồng', nameEn: 'Lam Dong', kind: 'Tỉnh' },
  { code: '75', name: 'Đồng Nai', fullName: 'Tỉnh Đồng Nai', nameEn: 'Dong Nai', kind: 'Tỉnh' },
  {
    code: '79',
    name: 'Hồ Chí Minh',
    fullName: 'Thành phố Hồ Chí Minh',
    nameEn: 'Ho Chi Minh',
    kind: 'Thành phố',
  },
  { code: '80', name: 'Tây Ninh', fullName: 'Tỉnh Tây Ninh', nameEn: 'Tay Ninh', kind: 'Tỉnh' },
  { code: '82', name: 'Đồng Tháp', fullName: 'Tỉnh Đồng Tháp', nameEn: 'Dong Thap', kind: 'Tỉnh' },
  { code: '86', name: 'Vĩnh Long', fullName: 'Tỉnh Vĩnh Long', nameEn: 'Vinh Long', kind: 'Tỉnh' },
  { code: '91', name: 'An Giang', fullName: 'Tỉnh An Giang', nameEn: 'An Giang', kind: 'Tỉnh' },
  { code: '92', name: 'Cần Thơ', fullName: 'Thành phố Cần Thơ', nameEn: 'Can Tho', kind: 'Thành phố' },
  { code: '96', name: 'Cà Mau', fullName: 'Tỉnh Cà Mau', nameEn: 'Ca Mau', kind: 'Tỉnh' },
];

/**
 * Bậc xã — a handful of real communes/wards/special zones of 2025 in three provinces (Hà Nội,
 * Quảng Ninh, Lâm Đồng), so a fresh installation can be tried before the national list is
 * imported. Codes and names as in the 2025-07-01 release; importing that release later matches
 * them and changes nothing.
 */
export const DEMO_COMMUNES_2025: readonly BuiltInCommuneFact[] = [
  {
    code: '00004',
    provinceCode: '01',
    name: 'Ba Đình',
    fullName: 'Phường Ba Đình',
    nameEn: 'Ba Dinh',
    kind: 'Phường',
  },
  {
    code: '00070',
    provinceCode: '01',
    name: 'Hoàn Kiếm',
    fullName: 'Phường Hoàn Kiếm',
    nameEn: 'Hoan Kiem',
    kind: 'Phường',
  },
  {
    code: '00175',
    provinceCode: '01',
    name: 'Yên Hòa',
    fullName: 'Phường Yên Hòa',
    nameEn: 'Yen Hoa',
    kind: 'Phường',
  },
  {
    code: '00577',
    provinceCode: '01',
    name: 'Bát Tràng',
    fullName: 'Xã Bát Tràng',
    nameEn: 'Bat Trang',
    kind: 'Xã',
  },
  {
    code: '06673',
    provinceCode: '22',
    name: 'Bãi Cháy',
    fullName: 'Phường Bãi Cháy',
    nameEn: 'Bai Chay',
    kind: 'Phường',
  },
  {
    code: '06688',
    provinceCode: '22',
    name: 'Hạ Long',
    fullName: 'Phường Hạ Long',
    nameEn: 'Ha Long',
    kind: 'Phường',
  },
  {
    code: '06994',
    provinceCode: '22',
    name: 'Vân Đồn',
    fullName: 'Đặc khu Vân Đồn',
    nameEn: 'Van Don',
    kind: 'Đặc khu',
  },
  {
    code: '07192',
    provinceCode: '22',
    name: 'Cô Tô',
    fullName: 'Đặc khu Cô Tô',
    nameEn: 'Co To',
    kind: 'Đặc khu',
  },
  {
    code: '24781',
    provinceCode: '68',
    name: 'Xuân Hương - Đà Lạt',
    fullName: 'Phường Xuân Hương - Đà Lạt',
    nameEn: 'Xuan Huong - Da Lat',
    kind: 'Phường',
  },
  {
    code: '24931',
    provinceCode: '68',
    name: 'Đơn Dương',
    fullName: 'Xã Đơn Dương',
    nameEn: 'Don Duong',
    kind: 'Xã',
  },
];
