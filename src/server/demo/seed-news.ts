import type { Database } from '../../db/database';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import { insertNewsArticle, replaceNewsMentions } from '../../db/repositories/news.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import { findFirstCertifiedProductUnder, unitHasNews } from '../../db/seed/demo-news';
import { slugFromTitle } from '../../domain/news/news-slug';
import type { NewsKind, NewsStatus } from '../../domain/news/news.types';

type Unit = AdminUnitRow;

interface DemoArticle {
  kind: NewsKind;
  status: NewsStatus;
  title: string;
  summary: string;
  body: string;
  /** Days before `now` it was published (published ones only). */
  daysAgo: number;
  mentionsCertifiedProduct: boolean;
}

const ARTICLES: readonly DemoArticle[] = [
  {
    kind: 'announcement',
    status: 'published',
    title: 'Thông báo đăng ký tham gia Chương trình OCOP năm 2026',
    summary: 'Các chủ thể sản xuất, kinh doanh đăng ký ý tưởng sản phẩm với UBND xã trước ngày 30/6/2026.',
    body: 'Cơ quan thường trực Chương trình OCOP tỉnh thông báo tới các hợp tác xã, doanh nghiệp, tổ hợp tác và hộ kinh doanh có đăng ký kinh doanh về việc đăng ký tham gia Chương trình OCOP năm 2026.\n\nChủ thể đăng ký ý tưởng sản phẩm trên hệ thống OCOP hoặc tại UBND xã; cán bộ xã hướng dẫn hoàn thiện phương án sản xuất kinh doanh.\n\nMọi thắc mắc xin liên hệ Cơ quan thường trực OCOP tỉnh.',
    daysAgo: 20,
    mentionsCertifiedProduct: false,
  },
  {
    kind: 'producer_story',
    status: 'published',
    title: 'Từ vườn nhà đến sản phẩm OCOP 4 sao: câu chuyện của một hợp tác xã',
    summary:
      'Hợp tác xã chuẩn hóa quy trình, truy xuất nguồn gốc và đưa sản phẩm lên sàn thương mại điện tử.',
    body: 'Ba năm trước, sản phẩm chỉ được bán ở chợ xã. Nhờ tham gia Chương trình OCOP, hợp tác xã đã xây dựng quy trình sản xuất, công bố chất lượng và dán tem truy xuất nguồn gốc.\n\nSau khi được công nhận, sản phẩm có mặt tại các điểm giới thiệu và bán sản phẩm OCOP của tỉnh và trên sàn thương mại điện tử.',
    daysAgo: 5,
    mentionsCertifiedProduct: true,
  },
  {
    kind: 'model_practice',
    status: 'draft',
    title: 'Mô hình liên kết vùng nguyên liệu cho sản phẩm OCOP (bản nháp)',
    summary: 'Bản nháp chờ duyệt.',
    body: 'Nội dung đang soạn.',
    daysAgo: 0,
    mentionsCertifiedProduct: false,
  },
];

/**
 * Demo news of the province's standing office: two published articles (a call for registration
 * and a producer's story about a certified product) and one draft. Idempotent.
 */
export async function seedDemoNews(params: {
  db: Database;
  now: Date;
  province: Unit;
  accountIdByUsername: ReadonlyMap<string, string>;
}): Promise<void> {
  const { db, now, province } = params;
  if (await unitHasNews(db, province.id)) return;
  // The province's first certified product, the one the producer's story is about.
  const product = await findFirstCertifiedProductUnder(db, province.path);
  const author = params.accountIdByUsername.get('tinh.vpdp') ?? null;
  await db.transaction(async (tx) => {
    for (const demo of ARTICLES) {
      const at = new Date(now.getTime() - demo.daysAgo * 86_400_000);
      const isPublished = demo.status === 'published';
      const row = await insertNewsArticle(tx, {
        unitId: province.id,
        kind: demo.kind,
        status: demo.status,
        slug: slugFromTitle(demo.title),
        title: demo.title,
        summary: demo.summary,
        body: demo.body,
        createdBy: author,
        createdAt: at,
        updatedAt: at,
        reviewedBy: isPublished ? author : null,
        reviewedAt: isPublished ? at : null,
        publishedAt: isPublished ? at : null,
      });
      if (demo.mentionsCertifiedProduct && product)
        await replaceNewsMentions(tx, row.id, {
          productIds: [product.id],
          producerIds: [product.producerId],
        });
      await appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        {
          action: 'demo.news-created',
          entityType: 'news-article',
          entityId: row.id,
          unitId: province.id,
          after: { title: row.title, status: row.status },
        },
        now,
      );
    }
  });
}
