/**
 * One-off bootstrap of the 148 catalogue (src/domain/rubric/catalogue/148/set-NN.ts) from the
 * third-party transcription in ../shared/reference/criteria-148-transcription. It READS the
 * transcription and writes the project's own format; the transcription itself is never copied.
 * After generation the set files are owned as data: correct them there, and record why.
 *
 *   node bin/run-ts.js scripts/generate-rubric-148.ts [--check]
 *
 * `--check` prints the mechanical findings and writes nothing.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type {
  RubricCase,
  RubricCriterion,
  RubricDecision,
  RubricGroup,
  RubricOption,
  RubricPart,
  RubricSheet,
  MandatoryStarLevel,
  CommuneCriterionKind,
  PartCode,
} from '../src/domain/rubric/rubric.types';

const SOURCE_DIR = path.resolve('..', 'shared', 'reference', 'criteria-148-transcription');
const OUT_DIR = path.resolve('src', 'domain', 'rubric', 'catalogue', '148');

interface Row {
  title: string;
  description: string;
  level: string;
  stars: string;
  score: string;
  line: number;
}

function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  const lineOfRecord: number[] = [];
  let line = 1;
  let recordStart = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      lineOfRecord.push(recordStart);
      line++;
      recordStart = line;
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
    lineOfRecord.push(recordStart);
  }
  const [header, ...body] = records;
  if (!header) return [];
  return body
    .map((r, index) => ({
      title: r[0] ?? '',
      description: r[1] ?? '',
      level: r[2] ?? '',
      stars: r[3] ?? '',
      score: r[4] ?? '',
      line: lineOfRecord[index + 1] ?? 0,
    }))
    .filter((r) => r.title.trim() !== '');
}

// ---------------------------------------------------------------------------------------------
// Fixed texts of the model (not transcribed).

const PART_TITLES: Record<PartCode, { vi: string; en: string }> = {
  A: { vi: 'Sản phẩm và sức mạnh của cộng đồng', en: 'Product and community strength' },
  B: { vi: 'Khả năng tiếp thị', en: 'Marketing' },
  C: { vi: 'Chất lượng sản phẩm', en: 'Product quality' },
};

const GROUP_TITLES_EN: Record<string, string> = {
  'TỔ CHỨC SẢN XUẤT': 'Production organisation',
  'TỔ CHỨC DỊCH VỤ CỘNG ĐỒNG': 'Community service organisation',
  'PHÁT TRIỂN SẢN PHẨM': 'Product development',
  'SỨC MẠNH CỘNG ĐỒNG': 'Community strength',
  'TIẾP THỊ': 'Marketing',
  'CÂU CHUYỆN VỀ SẢN PHẨM': 'Product story',
  'CÂU CHUYỆN SẢN PHẨM': 'Product story',
  'CHỈ TIÊU CẢM QUAN': 'Sensory indicators',
  'TÍNH ĐỘC ĐÁO': 'Uniqueness',
  'DINH DƯỠNG': 'Nutrition',
  'CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ': 'Quality declaration and periodic testing',
  'CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM': 'Quality declaration',
  'ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM': 'Quality assurance',
  'HƯỚNG DẪN SỬ DỤNG ĐỂ ĐẢM BẢO SẢN PHẨM CÓ CHẤT LƯỢNG TỐT NHẤT CHO NGƯỜI TIÊU DÙNG': 'Usage instructions',
  'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU': 'Global market opportunity',
  'CHẤT LƯỢNG SẢN PHẨM': 'Product quality',
  'CÁC CHỈ TIÊU': 'Indicators',
};

const COMMUNE_PATTERNS: ReadonlyArray<[CommuneCriterionKind, PartCode, RegExp]> = [
  ['product-idea-origin', 'A', /^Nguồn gốc ý tưởng/i],
  ['origin-and-local-raw-material', 'A', /^(Nguồn nguyên liệu|Nguồn gốc sản phẩm)/i],
  ['local-labour', 'A', /lao động địa phương/i],
  ['story-local-identity', 'B', /^Trí tuệ\/bản sắc địa phương/i],
];

const EVIDENCE_HINTS: ReadonlyArray<[RegExp, string[]]> = [
  [
    /^(Nguồn nguyên liệu|Nguồn gốc sản phẩm)/i,
    ['Hợp đồng/hóa đơn mua nguyên liệu', 'Xác nhận vùng nguyên liệu của UBND xã'],
  ],
  [
    /Liên kết chuỗi trong sản xuất/i,
    ['Hợp đồng liên kết sản xuất', 'Biên bản nghiệm thu, thanh lý hợp đồng'],
  ],
  [
    /Bảo vệ môi trường/i,
    ['Hồ sơ, thủ tục môi trường theo quy định', 'Hồ sơ công trình thu gom, xử lý chất thải'],
  ],
  [/Năng lực sản xuất/i, ['Báo cáo sản lượng, công suất', 'Ảnh cơ sở sản xuất']],
  [/Loại hình tổ chức/i, ['Giấy chứng nhận đăng ký doanh nghiệp/HTX/hộ kinh doanh']],
  [/Đại diện pháp luật/i, ['Giấy đăng ký kinh doanh ghi người đại diện', 'Căn cước của người đại diện']],
  [/lao động địa phương/i, ['Danh sách lao động kèm nơi cư trú', 'Hợp đồng lao động']],
  [/Tăng trưởng/i, ['Báo cáo tài chính 2 năm gần nhất', 'Kết quả xếp loại HTX (nếu là HTX)']],
  [/Kế toán/i, ['Sổ sách, báo cáo kế toán']],
  [
    /Sở hữu trí tuệ/i,
    [
      'Giấy chứng nhận đăng ký nhãn hiệu',
      'Quyết định cho phép sử dụng chỉ dẫn địa lý/nhãn hiệu tập thể, chứng nhận',
    ],
  ],
  [/Nguồn gốc ý tưởng/i, ['Tài liệu về lịch sử, nguồn gốc sản phẩm']],
  [/(Đóng gói|bao bì)/i, ['Mẫu bao bì sản phẩm']],
  [/ghi nhãn/i, ['Mẫu nhãn', 'Mã truy xuất nguồn gốc']],
  [
    /(Khu vực phân phối|phân phối chính)/i,
    ['Hợp đồng phân phối, đại lý', 'Hợp đồng với siêu thị/sàn thương mại điện tử'],
  ],
  [/Quảng bá/i, ['Đường dẫn website/mạng xã hội', 'Giấy chứng nhận tham gia hội chợ, xúc tiến thương mại']],
  [/Câu chuyện/i, ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện']],
  [/Công bố/i, ['Bản công bố/tự công bố sản phẩm, tiêu chuẩn cơ sở', 'Phiếu kiểm nghiệm kèm theo']],
  [/Kiểm tra định kỳ/i, ['Phiếu kiểm nghiệm định kỳ các chỉ tiêu ATTP']],
  [
    /Đảm bảo chất lượng|ĐẢM BẢO CHẤT LƯỢNG/,
    [
      'Kế hoạch kiểm soát chất lượng nội bộ',
      'Chứng nhận ISO/GMP/HACCP…, giấy chứng nhận cơ sở đủ điều kiện ATTP',
    ],
  ],
  [
    /(Tạp chất|Màu sắc|Mùi|Vị|Hình dạng|Thể chất|Ngoại hình|Nước pha)/i,
    ['Mẫu sản phẩm (hội đồng đánh giá trực tiếp)'],
  ],
];

const KNOCK_OUT_PATTERN =
  /(không đánh giá các bước tiếp theo|sẽ không đánh giá|bị loại|Không xem xét các chỉ tiêu khác|Không đánh giá những sản phẩm)/i;

function knockOutEn(textVi: string): string {
  if (/tạp chất/i.test(textVi))
    return 'Unacceptable impurities (food-safety risk): the product is not evaluated further.';
  if (/nhập khẩu|không rõ nguồn gốc/i.test(textVi))
    return 'Excluded if all raw material is imported or of unknown origin.';
  if (/giống hệt/i.test(textVi))
    return "Excluded if identical to another producer's product with only the name changed.";
  if (/sở hữu trí tuệ/i.test(textVi)) return 'Excluded if the product infringes intellectual property.';
  if (/ATTP/i.test(textVi))
    return 'Not evaluated further if the food-safety certificate (or equivalent) is not valid.';
  if (/phổ biến/i.test(textVi))
    return 'Common products of national/provincial key groups without outstanding quality are not evaluated.';
  return 'Knock-out note: the product is not evaluated further when it applies.';
}

// ---------------------------------------------------------------------------------------------
// Recorded decisions on the transcription's flaws. Each entry changes the parsed tree and is
// written next to the data.

interface Fix {
  set: number;
  decision: RubricDecision;
  apply?: (sheet: MutableSheet) => void;
}

type MutableSheet = { parts: MutablePart[] };
type MutablePart = { code: PartCode; maxPoints: number; groups: MutableGroup[] };
type MutableGroup = Omit<RubricGroup, 'criteria' | 'cases'> & {
  criteria: MutableCriterion[];
  cases?: RubricCase[];
};
type MutableCriterion = Omit<RubricCriterion, 'options' | 'subCriteria'> & {
  options: RubricOption[];
  subCriteria?: MutableCriterion[];
};

function findCriterion(sheet: MutableSheet, code: string): MutableCriterion {
  for (const part of sheet.parts)
    for (const group of part.groups) {
      const all: MutableCriterion[] = [
        ...group.criteria,
        ...(group.cases ?? []).flatMap((c) => c.criteria as MutableCriterion[]),
      ];
      for (const c of all) {
        if (c.code === code) return c;
        for (const s of c.subCriteria ?? []) if (s.code === code) return s;
      }
    }
  throw new Error(`no criterion ${code}`);
}

function findGroup(sheet: MutableSheet, code: string): MutableGroup {
  for (const part of sheet.parts) for (const g of part.groups) if (g.code === code) return g;
  throw new Error(`no group ${code}`);
}

function raiseTopOption(sheet: MutableSheet, code: string, to: number): void {
  const c = findCriterion(sheet, code);
  const top = c.options[c.options.length - 1]!;
  c.options[c.options.length - 1] = { ...top, points: to };
  c.maxPoints = to;
}

function recomputeHeading(sheet: MutableSheet, code: string): void {
  const c = findCriterion(sheet, code);
  c.maxPoints = (c.subCriteria ?? []).reduce((s, x) => s + x.maxPoints, 0);
}

const FIXES: Fix[] = [];

// Set 3: four single-criterion groups whose criterion row lost its maximum.
for (const [code, max] of [
  ['C.7.a', 2],
  ['C.8.a', 5],
  ['C.10.a', 5],
  ['C.12.a', 3],
] as const) {
  FIXES.push({
    set: 3,
    decision: {
      nodeCode: code,
      kind: 'missing-value',
      source: 'criterion row has an empty maximum (score cell blank)',
      chosen: `criterion maximum ${max} = best option = group maximum`,
      reason:
        'The group row and the best option both read this value; the blank is a lost cell, not a different rule.',
    },
  });
}

FIXES.push({
  set: 7,
  decision: {
    nodeCode: 'C.6.d',
    kind: 'typo',
    source: 'criterion "d) Mùi" maximum 4, options 1 / 2 / 3',
    chosen: 'best option ("Tự nhiên của thành phần nguyên liệu, phù hợp, hấp dẫn") worth 4',
    reason:
      'The printed maximum 4 agrees with the group maximum 16 and part C = 35; only the best option cell disagrees, so it is the typo. To verify against the gazette copy of the Decision.',
  },
  apply: (s) => raiseTopOption(s, 'C.6.d', 4),
});

const BREW_FIX_REASON =
  'Part C is printed as 35 (as in every set) but the sensory group sums to less; the other processed food/drink sheets (sets 5–10) give the sensory group 16. The shortfall equals exactly one point per brewed-liquor (nước pha) indicator, so the best option of each gets one point more. Provisional: verify against the gazette copy of Decision 148 and correct here if it differs.';

for (const [set, codes, from, to, groupFrom, heading] of [
  [11, ['C.6.b.1', 'C.6.b.2', 'C.6.b.3'], 3, 4, 13, 'C.6.b'],
  [12, ['C.6.c', 'C.6.d', 'C.6.đ'], 3, 4, 13, null],
  [13, ['C.6.b.1', 'C.6.b.2'], 2, 3, 14, 'C.6.b'],
] as const) {
  for (const code of codes)
    FIXES.push({
      set,
      decision: {
        nodeCode: code,
        kind: 'missing-value',
        source: `best option ${from} points (criterion maximum ${from}); sensory group 6 = ${groupFrom}, part C sums to ${35 - (16 - groupFrom)} instead of 35`,
        chosen: `best option ${to} points (criterion maximum ${to}); group 6 = 16; part C = 35`,
        reason: BREW_FIX_REASON,
      },
      apply: (s) => {
        raiseTopOption(s, code, to);
        if (heading) recomputeHeading(s, heading);
        findGroup(s, 'C.6').maxPoints = 16;
      },
    });
}

FIXES.push({
  set: 11,
  decision: {
    nodeCode: 'C.6.a',
    kind: 'structure',
    source:
      'level-2 rows "a) Ngoại hình" / "b) Nước pha" followed by level-2 rows "- Tạp chất", "- Màu nước" …',
    chosen:
      'criteria a) and b) are headings with sub-criteria C.6.a.1–2 and C.6.b.1–3, each scored on its own',
    reason: 'The dash rows carry their own options and maxima that add up to the heading maximum.',
  },
});
FIXES.push({
  set: 13,
  decision: {
    nodeCode: 'C.6.a',
    kind: 'structure',
    source:
      'repeated level-2 rows "a) Ngoại hình - Tạp chất lạ", "a) Ngoại hình - Màu sắc" … and "b) Nước pha - …"',
    chosen: 'headings a) Ngoại hình (C.6.a.1–5) and b) Nước pha (C.6.b.1–2) with sub-criteria',
    reason:
      "Same letter repeated with a dash suffix is the sheet's sub-criterion layout flattened by the transcriber.",
  },
});
FIXES.push({
  set: 17,
  decision: {
    nodeCode: 'A.1.d',
    kind: 'typo',
    source: "option 2 score cell 'l' (file line 20; NOTES.md counts it as line 18)",
    chosen: 'option 2 worth 1 point',
    reason:
      "A letter l typed for the digit 1; options read 0 / ? / 2 / 3 in ascending order, as in the other sets' A.1.d.",
  },
  apply: (s) => {
    const c = findCriterion(s, 'A.1.d');
    c.options[1] = { ...c.options[1]!, points: 1 };
  },
});
FIXES.push({
  set: 18,
  decision: {
    nodeCode: 'A.1.b',
    kind: 'typo',
    source: "option 2 score cell 't' (file line 11; NOTES.md counts it as line 10)",
    chosen: 'option 2 worth 1 point',
    reason:
      'Options ascend 0 / ? / 2 / 3; the criterion maximum 3 and the same criterion in sets 19–20 read 1 for "Chế biến đơn giản".',
  },
  apply: (s) => {
    const c = findCriterion(s, 'A.1.b');
    c.options[1] = { ...c.options[1]!, points: 1 };
  },
});
for (const set of [18, 19])
  FIXES.push({
    set,
    decision: {
      nodeCode: 'A.3.e',
      kind: 'typo',
      source: 'criterion printed "c) Sở hữu trí tuệ****" after đ) (letter c used twice in group 3)',
      chosen: 'letter e, code A.3.e',
      reason: 'Letters run a, b, c, d, đ, then e; every other set has "e) Sở hữu trí tuệ".',
    },
  });
for (const set of [21, 22])
  FIXES.push({
    set,
    decision: {
      nodeCode: 'C.6.b',
      kind: 'structure',
      source: 'best option text ends with "Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ"',
      chosen: 'the note is a knock-out note of the criterion; option text without it',
      reason: 'It is a rule about the whole evaluation, not part of the option.',
    },
  });
FIXES.push({
  set: 26,
  decision: {
    nodeCode: 'C.8',
    kind: 'structure',
    source: 'group 8 max 3 with two criteria "a. Trường hợp 1" (3) and "b. Trường hợp 2" (3)',
    chosen: 'case block C.8.case-1 / C.8.case-2; exactly one case is scored; group max = 3',
    reason: 'The group note reads "Lựa chọn một trong hai trường hợp sau".',
  },
});
FIXES.push({
  set: 26,
  decision: {
    nodeCode: 'C.9',
    kind: 'structure',
    source: 'group 9 max 2 with "a. Trường hợp 1" (2) and "b. Trường hợp 2" (2)',
    chosen: 'case block C.9.case-1 / C.9.case-2; group max = 2',
    reason: 'The group note reads "Lựa chọn một trong hai trường hợp sau".',
  },
});
FIXES.push({
  set: 26,
  decision: {
    nodeCode: 'C.15',
    kind: 'structure',
    source: 'group 15 max 3 with "a. Trường hợp 1" (3) and "b. Trường hợp 2" (3)',
    chosen: 'case block C.15.case-1 / C.15.case-2; group max = 3',
    reason: 'The group note reads "Lựa chọn một trong hai trường hợp sau".',
  },
});
FIXES.push({
  set: 26,
  decision: {
    nodeCode: '*',
    kind: 'unverified',
    source: 'only 2 star-flagged rows (A.3.d option 2 ★4, A.3.e ★4); other sets carry 17–28',
    chosen: 'the two flags as transcribed, no others invented',
    reason:
      'The tourism sheet is structured differently (no samples, on-site inspection); no flag can be added without the official text. A tourism product can therefore reach 5★ on points alone. Verify against the gazette copy.',
  },
});
for (const set of [8, 10, 11, 12, 13, 14, 15, 16, 17])
  FIXES.push({
    set,
    decision: {
      nodeCode: set === 16 || set === 17 || set === 14 || set === 15 ? 'C.8.b' : 'C.8.b',
      kind: 'checked-no-change',
      source: 'NOTES.md: "b) Kiểm tra định kỳ các chỉ tiêu ATTP" maximum lower than an option (5)',
      chosen: 'as transcribed',
      reason:
        'Checked mechanically: in this transcription the criterion maximum equals its best option; nothing to correct.',
    },
  });
for (const set of [18, 19, 20])
  FIXES.push({
    set,
    decision: {
      nodeCode: 'B.5.c',
      kind: 'checked-no-change',
      source: 'NOTES.md: "c) Cấu trúc câu chuyện" maximum 2, an option reads 5',
      chosen: 'as transcribed (maximum 2, options 0 / 1 / 2)',
      reason: 'Checked mechanically: the criterion maximum equals its best option; nothing to correct.',
    },
  });
for (const set of [23, 24, 25])
  FIXES.push({
    set,
    decision: {
      nodeCode: 'C.6',
      kind: 'checked-no-change',
      source: 'NOTES.md: product design/size criteria maximum 3–5 with an option worth 8–10',
      chosen: 'as transcribed',
      reason:
        'Checked mechanically: every criterion of group 6 has maximum = best option and the group sums; nothing to correct.',
    },
  });
FIXES.push({
  set: 26,
  decision: {
    nodeCode: 'B.5.a',
    kind: 'structure',
    source:
      'the tourism sheet has no raw-material criterion and no separate "Trí tuệ/bản sắc địa phương" criterion',
    chosen:
      'commune-assessed (Biểu 3): A.2.a product idea origin, A.3.c local labour, and B.5.a product story (its options grade "trí tuệ bản sắc địa phương"); no raw-material criterion',
    reason:
      'Biểu 3 lists four local criteria; a service has no raw material, and the story criterion is where this sheet grades local identity.',
  },
});
FIXES.push({
  set: 26,
  decision: {
    nodeCode: 'B.5.c',
    kind: 'checked-no-change',
    source: 'NOTES.md: "c) Sản phẩm dịch vụ du lịch …" maximum 2, option 3',
    chosen: 'as transcribed (maximum 2, options 1 / 2)',
    reason: 'Checked mechanically: the criterion maximum equals its best option; nothing to correct.',
  },
});

// ---------------------------------------------------------------------------------------------

function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^□\s*/, '').trim();
}

function splitStars(text: string): { text: string; stars?: MandatoryStarLevel } {
  const m = /\s*(\*{3,5})\s*\.?\s*$/.exec(text);
  if (!m) return { text };
  return { text: text.slice(0, m.index).trim(), stars: m[1]!.length as MandatoryStarLevel };
}

function parseScore(cell: string, where: string, problems: string[]): number {
  const t = cell.trim();
  if (t === '') return NaN;
  const v = Number(t);
  if (!Number.isFinite(v)) {
    problems.push(`${where}: unparsable score '${cell}'`);
    return NaN;
  }
  return v;
}

function buildSheet(setNumber: number, rows: Row[], problems: string[]): MutableSheet {
  const sheet: MutableSheet = { parts: [] };
  let part: MutablePart | undefined;
  let group: MutableGroup | undefined;
  let criterion: MutableCriterion | undefined; // current scorable criterion
  let heading: MutableCriterion | undefined; // current criterion that may receive sub-criteria
  let cases: RubricCase[] | undefined;
  const where = (r: Row) => `set ${setNumber} line ${r.line}`;

  for (const row of rows) {
    const raw = row.title.trim();
    const firstLine = raw.split('\n')[0]!.trim();
    const restLines = raw.split('\n').slice(1).join(' ').trim();
    const note = [restLines, row.description.trim()].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    if (row.level === '0') {
      const code = (/Phần\s+([ABC])/.exec(raw)?.[1] ?? '') as PartCode;
      part = { code, maxPoints: parseScore(row.score, where(row), problems), groups: [] };
      sheet.parts.push(part);
      group = undefined;
      continue;
    }
    if (!part) throw new Error(`${where(row)}: row before any part`);
    if (row.level === '1') {
      const m = /^(\d+)\s*\.\s*(.*)$/.exec(firstLine);
      if (!m) throw new Error(`${where(row)}: group without number: ${firstLine}`);
      const number = Number(m[1]);
      const titleVi = m[2]!.trim();
      group = {
        code: `${part.code}.${number}`,
        number,
        titleVi,
        ...(GROUP_TITLES_EN[titleVi] ? { titleEn: GROUP_TITLES_EN[titleVi] } : {}),
        ...(note ? { noteVi: note.replace(/^\((.*)\)$/, '$1') } : {}),
        maxPoints: parseScore(row.score, where(row), problems),
        criteria: [],
      };
      cases = /Lựa chọn một trong hai trường hợp/i.test(note) ? [] : undefined;
      if (cases) group.cases = cases;
      part.groups.push(group);
      criterion = undefined;
      heading = undefined;
      continue;
    }
    if (!group) throw new Error(`${where(row)}: row before any group`);
    if (row.level === '2') {
      const { text: titleRaw, stars } = splitStars(firstLine);
      const caseMatch = /^([a-zđ])\s*[.)]\s*Trường hợp\s*(\d+)\s*:?\s*(.*)$/i.exec(titleRaw);
      const max = parseScore(row.score, where(row), problems);
      if (caseMatch && cases) {
        const n = Number(caseMatch[2]);
        const code = `${group.code}.case-${n}`;
        criterion = {
          code,
          letter: null,
          titleVi: `Trường hợp ${n}: ${caseMatch[3]!.trim()}`,
          maxPoints: max,
          options: [],
        };
        cases.push({ number: n, code, titleVi: criterion.titleVi, maxPoints: max, criteria: [criterion] });
        heading = undefined;
        continue;
      }
      const dash = /^-\s*(.*)$/.exec(titleRaw);
      const lettered = /^([a-zđ])\s*[).]\s*(.*)$/.exec(titleRaw);
      // "a) Ngoại hình - Tạp chất lạ" (set 13 layout): heading + sub-criterion on one row.
      const combined = lettered ? /^(Ngoại hình|Nước pha)\s+-\s+(.*)$/.exec(lettered[2]!) : null;
      if (dash && heading && heading.options.length === 0) {
        heading.subCriteria ??= [];
        const n = heading.subCriteria.length + 1;
        criterion = {
          code: `${heading.code}.${n}`,
          letter: null,
          titleVi: dash[1]!.trim(),
          maxPoints: max,
          options: [],
        };
        if (stars) criterion.mandatoryForStar = stars;
        heading.subCriteria.push(criterion);
        continue;
      }
      if (!lettered) throw new Error(`${where(row)}: criterion without letter: ${titleRaw}`);
      let letter = lettered[1]!;
      if (
        (setNumber === 18 || setNumber === 19) &&
        part.code === 'A' &&
        group.number === 3 &&
        /Sở hữu trí tuệ/.test(titleRaw)
      )
        letter = 'e';
      if (combined) {
        const headTitle = combined[1]!.trim();
        const headCode = `${group.code}.${letter}`;
        let head = group.criteria.find((c) => c.code === headCode);
        if (!head) {
          head = { code: headCode, letter, titleVi: headTitle, maxPoints: 0, options: [], subCriteria: [] };
          group.criteria.push(head);
        }
        head.subCriteria ??= [];
        const n = head.subCriteria.length + 1;
        criterion = {
          code: `${headCode}.${n}`,
          letter: null,
          titleVi: combined[2]!.trim(),
          maxPoints: max,
          options: [],
        };
        head.subCriteria.push(criterion);
        head.maxPoints += max;
        heading = undefined;
        continue;
      }
      criterion = {
        code: `${group.code}.${letter}`,
        letter,
        titleVi: lettered[2]!.trim(),
        ...(note ? { noteVi: note.replace(/^\((.*)\)$/, '$1') } : {}),
        maxPoints: max,
        options: [],
      };
      if (stars) criterion.mandatoryForStar = stars;
      group.criteria.push(criterion);
      heading = criterion;
      continue;
    }
    if (row.level === '3') {
      if (!criterion) {
        // A group printed without lettered criteria: the group itself is the criterion.
        criterion = {
          code: group.code,
          letter: null,
          titleVi: group.titleVi,
          maxPoints: group.maxPoints,
          options: [],
        };
        group.criteria.push(criterion);
      }
      let text = raw;
      const noteAt = text.search(/\n\s*Ghi chú:/);
      if (noteAt >= 0) {
        const koText = text.slice(noteAt).replace(/\s+/g, ' ').trim();
        text = text.slice(0, noteAt);
        const owner = heading ?? criterion;
        owner.knockOut = { textVi: koText, textEn: knockOutEn(koText) };
      }
      const { text: optionText, stars } = splitStars(cleanText(text));
      const option: RubricOption = {
        textVi: optionText,
        points: parseScore(row.score, where(row), problems),
      };
      if (stars) option.mandatoryForStar = stars;
      criterion.options.push(option);
      continue;
    }
    throw new Error(`${where(row)}: unknown level ${row.level}`);
  }
  // Criteria whose printed maximum was blank take the best option (recorded as a decision).
  for (const p of sheet.parts)
    for (const g of p.groups)
      for (const c of g.criteria) {
        if (Number.isNaN(c.maxPoints) && c.options.length > 0)
          c.maxPoints = Math.max(...c.options.map((o) => o.points));
      }
  return sheet;
}

function annotate(sheet: MutableSheet, setNumber: number, groupNotes: Map<string, string>): void {
  for (const part of sheet.parts)
    for (const group of part.groups) {
      const groupNote = groupNotes.get(group.code);
      const all = [
        ...group.criteria,
        ...(group.cases ?? []).flatMap((c) => c.criteria as MutableCriterion[]),
      ];
      for (const c of all) {
        const ko = c.noteVi && KNOCK_OUT_PATTERN.test(c.noteVi) ? c.noteVi : undefined;
        if (ko && !c.knockOut) c.knockOut = { textVi: ko, textEn: knockOutEn(ko) };
        const kind = COMMUNE_PATTERNS.find(
          ([, partCode, re]) => partCode === part.code && re.test(c.titleVi),
        );
        if (kind) c.assessedByCommune = kind[0];
        if (setNumber === 26 && c.code === 'B.5.a') c.assessedByCommune = 'story-local-identity';
        const hints = EVIDENCE_HINTS.find(([re]) => re.test(c.titleVi) || re.test(group.titleVi));
        if (hints) c.evidenceHintsVi = hints[1];
      }
      if (groupNote && KNOCK_OUT_PATTERN.test(groupNote) && group.criteria[0] && !group.criteria[0].knockOut)
        group.criteria[0].knockOut = { textVi: groupNote, textEn: knockOutEn(groupNote) };
    }
}

function toSheet(
  setNumber: number,
  nameVi: string,
  nameEn: string,
  m: MutableSheet,
  decisions: RubricDecision[],
): RubricSheet {
  return {
    setNumber,
    setNameVi: nameVi,
    setNameEn: nameEn,
    maxPoints: 100,
    requiresSamples: setNumber !== 26,
    parts: m.parts.map((p): RubricPart => ({
      code: p.code,
      titleVi: PART_TITLES[p.code].vi,
      titleEn: PART_TITLES[p.code].en,
      maxPoints: p.maxPoints,
      groups: p.groups,
    })),
    decisions,
  };
}

function mechanicalCheck(setNumber: number, sheet: MutableSheet): string[] {
  const out: string[] = [];
  const critMax = (c: MutableCriterion): number => {
    if (c.subCriteria?.length) {
      const sum = c.subCriteria.reduce((s, x) => s + critMax(x), 0);
      if (sum !== c.maxPoints) out.push(`set ${setNumber} ${c.code}: heading ${c.maxPoints} ≠ Σ sub ${sum}`);
      return c.maxPoints;
    }
    const best = Math.max(...c.options.map((o) => o.points));
    if (best !== c.maxPoints) out.push(`set ${setNumber} ${c.code}: max ${c.maxPoints} ≠ best ${best}`);
    return c.maxPoints;
  };
  for (const p of sheet.parts) {
    let ps = 0;
    for (const g of p.groups) {
      let gs = g.criteria.reduce((s, c) => s + critMax(c), 0);
      if (g.cases?.length)
        gs += Math.max(
          ...g.cases.map((k) => k.criteria.reduce((s, c) => s + critMax(c as MutableCriterion), 0)),
        );
      if (gs !== g.maxPoints) out.push(`set ${setNumber} ${g.code}: group ${g.maxPoints} ≠ Σ ${gs}`);
      ps += g.maxPoints;
    }
    if (ps !== p.maxPoints) out.push(`set ${setNumber} part ${p.code}: ${p.maxPoints} ≠ Σ ${ps}`);
  }
  return out;
}

function literal(value: unknown, indent = ''): string {
  const next = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v === 'string') && JSON.stringify(value).length < 80)
      return JSON.stringify(value).replace(/","/g, '", "').replace(/"/g, "'");
    return `[\n${value.map((v) => `${next}${literal(v, next)},`).join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const inline = entries.map(([k, v]) => `${k}: ${literal(v, next)}`).join(', ');
    if (inline.length + indent.length < 90 && !inline.includes('\n')) return `{ ${inline} }`;
    return `{\n${entries.map(([k, v]) => `${next}${/^[a-zA-Z_]\w*$/.test(k) ? k : `'${k}'`}: ${literal(v, next)},`).join('\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return String(value);
}

const SET_NAMES: Record<number, [string, string]> = {
  1: ['Rau, củ, quả, hạt tươi', 'Fresh vegetables, tubers, fruits and nuts'],
  2: ['Thịt, thủy sản, trứng, sữa tươi', 'Fresh meat, aquatic products, eggs and milk'],
  3: ['Gạo, ngũ cốc, hạt sơ chế khác', 'Rice, cereals and other pre-processed grains'],
  4: ['Mật ong, mật khác và nông sản thực phẩm khác', 'Honey, other syrups and other agri-food products'],
  5: ['Đồ ăn nhanh', 'Fast food'],
  6: ['Chế biến từ gạo, ngũ cốc', 'Processed from rice and cereals'],
  7: ['Chế biến từ rau, củ, quả, hạt', 'Processed from vegetables, tubers, fruits and nuts'],
  8: [
    'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong',
    'Processed from meat, aquatic products, eggs, milk and honey',
  ],
  9: ['Tương, nước mắm, gia vị dạng lỏng khác', 'Sauces, fish sauce and other liquid condiments'],
  10: ['Gia vị khác (muối, hành, tỏi, tiêu,...)', 'Other condiments (salt, shallot, garlic, pepper…)'],
  11: ['Chè tươi, chè chế biến', 'Fresh and processed tea'],
  12: ['Sản phẩm trà từ thực vật khác', '"Tea" from other plants'],
  13: ['Sản phẩm cà phê, ca cao', 'Coffee and cocoa products'],
  14: ['Rượu trắng', 'White spirit'],
  15: ['Đồ uống có cồn khác', 'Other alcoholic drinks'],
  16: [
    'Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai',
    'Natural mineral water and bottled drinking water',
  ],
  17: ['Đồ uống không cồn khác', 'Other non-alcoholic drinks'],
  18: [
    'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
    'Functional foods, herbal and traditional medicines',
  ],
  19: ['Mỹ phẩm có thành phần từ thảo dược', 'Cosmetics with herbal ingredients'],
  20: ['Tinh dầu và thảo dược khác', 'Essential oils and other herbs'],
  21: ['Thủ công mỹ nghệ gia dụng, trang trí', 'Household and decorative handicrafts'],
  22: ['Vải, may mặc', 'Fabric and garments'],
  23: ['Hoa', 'Flowers'],
  24: ['Cây cảnh', 'Ornamental plants'],
  25: ['Động vật cảnh', 'Ornamental animals'],
  26: [
    'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    'Community tourism, eco-tourism and tourist spots',
  ],
};

function main(): void {
  const checkOnly = process.argv.includes('--check');
  if (!existsSync(SOURCE_DIR)) {
    console.error(`transcription not found at ${SOURCE_DIR}`);
    process.exit(1);
  }
  const problems: string[] = [];
  if (!checkOnly) mkdirSync(OUT_DIR, { recursive: true });
  for (let n = 1; n <= 26; n++) {
    const file = path.join(SOURCE_DIR, `set-${String(n).padStart(2, '0')}.csv`);
    const rows = parseCsv(readFileSync(file, 'utf8'));
    const groupNotes = new Map<string, string>();
    const notices: string[] = [];
    const m = buildSheet(n, rows, notices);
    for (const x of notices) console.log('notice:', x);
    for (const p of m.parts) for (const g of p.groups) if (g.noteVi) groupNotes.set(g.code, g.noteVi);
    annotate(m, n, groupNotes);
    const before = mechanicalCheck(n, m);
    const fixes = FIXES.filter((f) => f.set === n);
    for (const f of fixes) f.apply?.(m);
    const after = mechanicalCheck(n, m);
    if (checkOnly) {
      for (const b of before) console.log('before:', b);
      for (const a of after) console.log('AFTER :', a);
      continue;
    }
    if (after.length > 0) problems.push(...after);
    const [nameVi, nameEn] = SET_NAMES[n]!;
    const sheet = toSheet(
      n,
      nameVi,
      nameEn,
      m,
      fixes.map((f) => f.decision),
    );
    const id = String(n).padStart(2, '0');
    const body = `/**
 * Product set ${n} — ${nameVi} (${nameEn}).
 * Source: Decision 148/QĐ-TTg of 24/02/2023 (Prime Minister), Appendix I, scoring sheet of set ${n}.
 * Bootstrapped from a third-party transcription by scripts/generate-rubric-148.ts and then owned
 * here as data: every deviation from that transcription is listed in \`decisions\` with its reason.
 */
import type { RubricSheet } from '../../rubric.types';

export const set${id}: RubricSheet = ${literal(sheet)};
`;
    writeFileSync(path.join(OUT_DIR, `set-${id}.ts`), body);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(checkOnly ? 'checked' : `wrote 26 sets to ${OUT_DIR}`);
}

main();
