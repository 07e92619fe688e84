import type { Database } from '../../db/database';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import type { ProposalReview } from '../../db/repositories/ideas.repository';
import {
  findFirstProducerOfMemberIn,
  hasOcopPlan,
  insertDemoBusinessPlan,
  insertDemoOcopPlan,
  insertDemoOcopPlanActual,
  insertDemoOcopPlanVersion,
  insertDemoProductIdea,
  listOcopPlansOf,
} from '../../db/seed/demo-programme-rows';
import { catalogueInForce } from '../../domain/programme/indicator-catalogue';
import type { PlanContent, PlanTarget, ProposalStatus } from '../../domain/programme/programme.types';

type Unit = AdminUnitRow;

/** What `seed-demo --json` lists of the yearly plans. */
export interface DemoPlan {
  id: string;
  unit: { id: string; code: string; name: string };
  year: number;
}

const YEAR = 2026;

const target = (indicatorCode: string, value: number, note = ''): PlanTarget => ({
  indicatorCode,
  target: value,
  note,
});

function content(title: string, level: 'province' | 'commune', targets: PlanTarget[]): PlanContent {
  const office = level === 'province' ? 'Văn phòng Điều phối NTM Thành phố' : 'UBND xã';
  const budgetSource = level === 'province' ? ('province' as const) : ('commune' as const);
  return {
    title,
    legalBasis: [
      'Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ',
      'Quyết định số 919/QĐ-TTg ngày 01/7/2022 của Thủ tướng Chính phủ',
    ],
    goals:
      'Phát triển sản phẩm OCOP gắn với vùng nguyên liệu; nâng hạng sản phẩm; 100 % sản phẩm OCOP sử dụng tem truy xuất nguồn gốc điện tử.',
    sections: [
      {
        kind: 'communication',
        title: 'Tuyên truyền về Chương trình OCOP',
        activities: [
          {
            title: 'Tuyên truyền trên đài truyền thanh, trang thông tin điện tử',
            responsibleAgency: office,
            timing: `${YEAR}-Q1`,
            budget: [{ source: budgetSource, plannedVnd: 30_000_000, spentVnd: 30_000_000 }],
            status: 'done',
          },
        ],
      },
      {
        kind: 'training',
        title: 'Tập huấn',
        activities: [
          {
            title: 'Tập huấn chu trình OCOP cho chủ thể',
            responsibleAgency: office,
            timing: `${YEAR}-Q3`,
            budget: [{ source: 'national_target_programme', plannedVnd: 120_000_000, spentVnd: 80_000_000 }],
            status: 'in_progress',
          },
        ],
      },
      {
        kind: 'evaluation',
        title: 'Đánh giá, phân hạng sản phẩm',
        activities: [
          {
            title: 'Tổ chức đánh giá, phân hạng sản phẩm OCOP',
            responsibleAgency: office,
            timing: `${YEAR}-Q4`,
            budget: [{ source: budgetSource, plannedVnd: 200_000_000, spentVnd: 60_000_000 }],
            status: 'in_progress',
          },
        ],
      },
      {
        kind: 'trade_promotion',
        title: 'Xúc tiến thương mại',
        activities: [
          {
            title: 'Tham gia hội chợ OCOP',
            responsibleAgency: 'Sở Công Thương',
            timing: `${YEAR}-11`,
            budget: [{ source: 'producers', plannedVnd: 50_000_000, spentVnd: 0 }],
            status: 'not_started',
          },
        ],
      },
      {
        kind: 'review_conference',
        title: 'Tổng kết',
        activities: [
          {
            title: 'Hội nghị tổng kết Chương trình OCOP năm',
            responsibleAgency: office,
            timing: `${YEAR}-12`,
            budget: [],
            status: 'not_started',
          },
        ],
      },
    ],
    targets,
  };
}

async function producerOf(
  db: Database,
  accountId: string | undefined,
  communeId: string,
): Promise<string | undefined> {
  if (!accountId) return undefined;
  return findFirstProducerOfMemberIn(db, accountId, communeId);
}

interface IdeaPlan {
  productName: string;
  productSet: number;
  status: ProposalStatus;
  reason?: string;
  businessPlan?: { status: ProposalStatus; investmentVnd: number; reason?: string };
}

const IDEAS: readonly (readonly IdeaPlan[])[] = [
  [
    {
      productName: 'Trà gừng mật ong',
      productSet: 7,
      status: 'accepted',
      businessPlan: { status: 'accepted', investmentVnd: 850_000_000 },
    },
    {
      productName: 'Bánh gai lá gai',
      productSet: 1,
      status: 'accepted',
      businessPlan: { status: 'submitted', investmentVnd: 420_000_000 },
    },
    {
      productName: 'Rượu nếp cái hoa vàng',
      productSet: 9,
      status: 'changes_requested',
      reason: 'Bổ sung vùng nguyên liệu nếp cái hoa vàng và giấy phép sản xuất rượu.',
    },
    {
      productName: 'Dưa muối',
      productSet: 1,
      status: 'declined',
      reason: 'Sản phẩm chưa có đặc trưng địa phương, chưa có vùng nguyên liệu ổn định.',
    },
  ],
  [
    {
      productName: 'Trà sen ướp bông',
      productSet: 7,
      status: 'accepted',
      businessPlan: {
        status: 'changes_requested',
        investmentVnd: 1_200_000_000,
        reason: 'Làm rõ công suất và thị trường tiêu thụ.',
      },
    },
    {
      productName: 'Hạt sen sấy giòn',
      productSet: 1,
      status: 'accepted',
      businessPlan: {
        status: 'declined',
        investmentVnd: 3_000_000_000,
        reason: 'Vốn đầu tư vượt khả năng của hộ; đề nghị liên kết HTX.',
      },
    },
    { productName: 'Mứt sen trần', productSet: 1, status: 'submitted' },
  ],
];

async function seedIdeas(
  tx: Database,
  now: Date,
  communes: [Unit, Unit],
  producerIds: [string | undefined, string | undefined],
  reviewerIds: [string | undefined, string | undefined],
) {
  for (const [i, plans] of IDEAS.entries()) {
    const commune = communes[i as 0 | 1];
    const producerId = producerIds[i as 0 | 1];
    if (!producerId) continue;
    const review = (decision: ProposalReview['decision'], reason = ''): ProposalReview => ({
      decision,
      reason,
      byAccountId: reviewerIds[i as 0 | 1] ?? '',
      byName: `Cán bộ nông nghiệp xã (${i + 1})`,
      at: now.toISOString(),
    });
    const decisionOf = (status: ProposalStatus) =>
      status === 'accepted' ? 'accept' : status === 'declined' ? 'decline' : 'request_changes';
    for (const plan of plans) {
      const idea = await insertDemoProductIdea(tx, {
        producerId,
        communeId: commune.id,
        year: YEAR,
        productName: plan.productName,
        productSet: plan.productSet,
        description: `${plan.productName} làm từ nguyên liệu địa phương.`,
        rawMaterialArea: `Vùng nguyên liệu tại ${commune.fullName}`,
        rawMaterialAreaHectares: 5,
        market: 'Hà Nội và các tỉnh lân cận; sàn thương mại điện tử',
        novelty: 'Công thức truyền thống của làng nghề, bao bì mới thân thiện môi trường.',
        packaging: 'Hộp giấy 250 g',
        status: plan.status,
        lastReview: plan.status === 'submitted' ? null : review(decisionOf(plan.status), plan.reason),
        createdAt: now,
        updatedAt: now,
      });
      if (!idea || !plan.businessPlan) continue;
      const bp = plan.businessPlan;
      await insertDemoBusinessPlan(tx, {
        ideaId: idea.id,
        producerId,
        communeId: commune.id,
        year: YEAR,
        investmentVnd: bp.investmentVnd,
        annualCapacity: 10,
        capacityUnit: 'tấn',
        market: 'Siêu thị, cửa hàng OCOP, sàn thương mại điện tử',
        supportNeeded: 'Hỗ trợ thiết kế bao bì, tem truy xuất nguồn gốc, tham gia hội chợ',
        summary: `Phương án sản xuất kinh doanh ${plan.productName} giai đoạn ${YEAR}–${YEAR + 2}.`,
        status: bp.status,
        lastReview: bp.status === 'submitted' ? null : review(decisionOf(bp.status), bp.reason),
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}

async function insertApprovedPlan(
  tx: Database,
  p: {
    unit: Unit;
    versions: {
      content: PlanContent;
      decisionNumber: string;
      decisionDate: string;
      approvedByName: string;
      approvedBy: string | undefined;
      reason?: string;
    }[];
    actuals: { code: string; value: number; note: string }[];
    now: Date;
  },
): Promise<void> {
  const last = p.versions.at(-1)!;
  const plan = await insertDemoOcopPlan(tx, {
    unitId: p.unit.id,
    year: YEAR,
    catalogueVersionId: catalogueInForce(`${YEAR}-01-01`).id,
    status: 'approved',
    content: last.content,
    approvedVersion: p.versions.length,
    createdAt: p.now,
    updatedAt: p.now,
  });
  for (const [i, v] of p.versions.entries())
    await insertDemoOcopPlanVersion(tx, {
      planId: plan!.id,
      number: i + 1,
      content: v.content,
      decisionNumber: v.decisionNumber,
      decisionDate: v.decisionDate,
      amendmentReason: v.reason ?? '',
      approvedBy: v.approvedBy ?? null,
      approvedByName: v.approvedByName,
      approvedAt: p.now,
    });
  for (const a of p.actuals)
    await insertDemoOcopPlanActual(tx, {
      planId: plan!.id,
      indicatorCode: a.code,
      value: a.value,
      note: a.note,
      evidence: 'Báo cáo (demo)',
      recordedAt: p.now,
    });
}

/**
 * The 2026 OCOP plan of the demo province (Hà Nội) and of its two demo communes, with targets some
 * met and some not, and product ideas and business plans in every review state. Idempotent.
 */
export async function seedDemoProgramme(params: {
  db: Database;
  now: Date;
  province: Unit;
  communes: [Unit, Unit];
  accountIdByUsername: ReadonlyMap<string, string>;
}): Promise<DemoPlan[]> {
  const { db, now, province, communes } = params;
  const id = (username: string) => params.accountIdByUsername.get(username);
  const units = [province, ...communes];
  if (!(await hasOcopPlan(db, province.id, YEAR))) {
    const producerIds: [string | undefined, string | undefined] = [
      await producerOf(db, id('chuthe1'), communes[0].id),
      await producerOf(db, id('chuthe2'), communes[1].id),
    ];
    await db.transaction(async (tx) => {
      await insertApprovedPlan(tx, {
        unit: province,
        now,
        versions: [
          {
            content: content(
              `Kế hoạch thực hiện Chương trình OCOP năm ${YEAR} của ${province.fullName}`,
              'province',
              [
                target('products_new_3_star_plus', 5, '5–7 sản phẩm đạt 3 sao trở lên'),
                target('products_new_4_star_plus', 1),
                target('share_products_with_stamps', 100, '100 % sản phẩm OCOP dùng tem truy xuất điện tử'),
                target('share_products_valid_certificate', 90),
                target('products_registered', 4),
                target('producers_supported', 3, 'Hỗ trợ 2–3 chủ thể'),
                target('training_courses', 2),
                target('fairs_attended', 2, 'Tham gia ít nhất 2 hội chợ, triển lãm'),
                target('points_of_sale', 3),
                target('budget_spent_share', 80),
              ],
            ),
            decisionNumber: `125/QĐ-UBND`,
            decisionDate: `${YEAR}-01-20`,
            approvedByName: 'Phó Chủ tịch UBND tỉnh',
            approvedBy: id('tinh.lanhdao'),
          },
        ],
        actuals: [
          {
            code: 'producers_supported',
            value: 3,
            note: 'Hỗ trợ 3 chủ thể theo Quyết định 512/QĐ-UBND (demo)',
          },
        ],
      });
      const communeTargets = (registered: number, training: number) => [
        target('products_new_3_star_plus', 1),
        target('products_registered', registered),
        target('training_courses', training),
        target('producers_supported', 2),
      ];
      await insertApprovedPlan(tx, {
        unit: communes[0],
        now,
        versions: [
          {
            content: content(
              `Kế hoạch OCOP năm ${YEAR} của ${communes[0].fullName}`,
              'commune',
              communeTargets(2, 1),
            ),
            decisionNumber: '15/QĐ-UBND',
            decisionDate: `${YEAR}-02-05`,
            approvedByName: 'Chủ tịch UBND xã',
            approvedBy: undefined,
          },
        ],
        actuals: [{ code: 'producers_supported', value: 1, note: 'Hỗ trợ HTX thiết kế bao bì (demo)' }],
      });
      await insertApprovedPlan(tx, {
        unit: communes[1],
        now,
        versions: [
          {
            content: content(
              `Kế hoạch OCOP năm ${YEAR} của ${communes[1].fullName}`,
              'commune',
              communeTargets(3, 1),
            ),
            decisionNumber: '21/QĐ-UBND',
            decisionDate: `${YEAR}-02-10`,
            approvedByName: 'Chủ tịch UBND xã',
            approvedBy: undefined,
          },
          {
            content: content(
              `Kế hoạch OCOP năm ${YEAR} của ${communes[1].fullName} (điều chỉnh)`,
              'commune',
              communeTargets(2, 2),
            ),
            decisionNumber: '88/QĐ-UBND',
            decisionDate: `${YEAR}-07-01`,
            approvedByName: 'Chủ tịch UBND xã',
            approvedBy: undefined,
            reason: 'Điều chỉnh chỉ tiêu sau sơ kết 6 tháng',
          },
        ],
        actuals: [],
      });
      await seedIdeas(tx, now, communes, producerIds, [id('xa1.canbo'), id('xa2.canbo')]);
      await appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        {
          action: 'demo.programme-seeded',
          entityType: 'ocop_plan',
          entityId: province.id,
          unitId: province.id,
        },
        now,
      );
    });
  }
  const rows = await listOcopPlansOf(
    db,
    units.map((u) => u.id),
    YEAR,
  );
  return units.flatMap((unit) =>
    rows
      .filter((r) => r.unitId === unit.id)
      .map((r) => ({ id: r.id, unit: { id: unit.id, code: unit.code, name: unit.fullName }, year: r.year })),
  );
}
