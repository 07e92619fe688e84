/**
 * "Report a suspected fake" (báo cáo nghi hàng giả): a plain HTML form (multipart, optional photo
 * checked by its content: JPEG, PNG or WebP, ≤ 5 MB) that lands in the report list of the standing
 * office of the product's province. Keeps the coarse-network hash only, never the address.
 * Limited per client address (stamp-throttle.ts): generous enough for a family behind one mobile
 * carrier's NAT, tight enough that a script cannot flood the office's list.
 */
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { insertStampReport } from '../../db/repositories/stamp-reports.repository';
import { parseStampPath } from '../../domain/stamps/digital-link';
import type { AppInstance } from '../context';
import { createBlobStore, fileStoreRoot } from '../files/blob-store';
import { resolveStamp } from '../modules/stamps/resolve-stamp';
import { networkHashOf, scanHashSaltOf } from '../modules/stamps/scan-recorder';
import { escapeHtml, publicPage } from './public-html';
import { renderStampReportForm } from './stamp-page';
import { perNetworkLimit, registerStampThrottle } from './stamp-throttle';

export const REPORT_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Reports accepted per client address within REPORT_WINDOW_MS (attempts count, accepted or not). */
export const REPORTS_PER_WINDOW = 10;
export const REPORT_WINDOW_MS = 10 * 60_000;
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

function answer(reply: FastifyReply, status: number, vi: string, en: string, back: string) {
  const color = status < 300 ? '#1b7f3b' : '#b3261e';
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(
      publicPage({
        title: vi,
        description: en,
        heading: 'Báo cáo nghi giả / Report a fake',
        noIndex: true,
        body: `<div class="status" style="background:${color};color:#fff" role="status">${escapeHtml(vi)}<small lang="en">${escapeHtml(en)}</small></div><p><a href="${escapeHtml(back)}">← Quay lại / back</a></p>`,
      }),
    );
}

export async function stampReportRoutes(app: AppInstance): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: REPORT_PHOTO_MAX_BYTES, files: 1, fields: 8, fieldSize: 4000 },
  });
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  await registerStampThrottle(app);
  const limit = perNetworkLimit({
    max: REPORTS_PER_WINDOW,
    timeWindowMs: REPORT_WINDOW_MS,
    key: (request) => request.ip,
    answer: (_request, reply, retryAfterSeconds) => {
      const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
      return answer(
        reply,
        429,
        `Bạn đã gửi nhiều báo cáo trong thời gian ngắn. Xin hãy thử lại sau ${minutes} phút; các báo cáo đã gửi thành công vẫn được giữ nguyên.`,
        `You have sent many reports in a short time. Please try again in ${minutes} minutes; reports already accepted are kept.`,
        '/',
      );
    },
  });

  // The form has its own page, linked from the verification page, which then stays small.
  app.get('/bao-cao-tem', { schema: { hide: true } }, async (request, reply) => {
    const stampPath = (request.query as { tem?: unknown }).tem;
    if (typeof stampPath !== 'string' || !parseStampPath(stampPath))
      return answer(
        reply,
        400,
        'Địa chỉ không chỉ tới một tem OCOP: hãy mở trang kiểm tra tem rồi chọn "Báo cáo nghi hàng giả".',
        'This address does not point at an OCOP stamp: open the stamp check page, then "report a suspected fake".',
        '/',
      );
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderStampReportForm(stampPath));
  });

  app.post('/stamp-reports', { schema: { hide: true }, ...limit }, async (request, reply) => {
    if (!request.isMultipart())
      return answer(
        reply,
        415,
        'Hãy gửi biểu mẫu dạng multipart/form-data.',
        'Send the form as multipart/form-data.',
        '/',
      );
    const fields: Record<string, string> = {};
    let photo: Buffer | undefined;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const content = await part.toBuffer();
          if (content.length > 0) photo = content;
        } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        return answer(reply, 413, 'Ảnh vượt quá 5 MB.', 'The photo exceeds 5 MB.', fields.stampPath ?? '/');
      return answer(reply, 400, 'Biểu mẫu không hợp lệ.', 'The form could not be read.', '/');
    }
    const back = fields.stampPath ?? '/';
    // PostgreSQL text cannot hold NUL; the form answers in words, like the API's 400.
    if (Object.values(fields).some((value) => value.includes('\u0000')))
      return answer(
        reply,
        400,
        'Biểu mẫu chứa ký tự không hợp lệ (NUL).',
        'The form holds a character that is not allowed (NUL).',
        '/',
      );
    const key = parseStampPath(back);
    const message = (fields.message ?? '').trim();
    if (!key || message.length < 5 || message.length > 2000)
      return answer(
        reply,
        400,
        'Hãy mô tả điều bất thường (5–2000 ký tự).',
        'Describe what looks wrong (5–2000 characters).',
        back,
      );
    let photoMeta: { sha256: string; mediaType: string; sizeBytes: number } | undefined;
    if (photo) {
      const type = await fileTypeFromBuffer(photo);
      if (!type || !PHOTO_TYPES.has(type.mime))
        return answer(
          reply,
          415,
          'Ảnh phải là JPEG, PNG hoặc WebP.',
          'The photo must be a JPEG, PNG or WebP image.',
          back,
        );
      photoMeta = { sha256: (await blobs.put(photo)).sha256, mediaType: type.mime, sizeBytes: photo.length };
    }
    const found = await resolveStamp(app.deps.database.db, key);
    await insertStampReport(app.deps.database.db, {
      stampPath: back,
      serial: found?.serial ?? null,
      batchId: found?.batchId ?? null,
      productId: found?.productId ?? null,
      provinceUnitId: found?.provinceUnitId ?? null,
      message,
      placeOfPurchase: (fields.placeOfPurchase ?? '').trim().slice(0, 300),
      contact: (fields.contact ?? '').trim().slice(0, 200),
      photo: photoMeta ?? null,
      networkHash: networkHashOf(request.ip, scanHashSaltOf(app.deps.config)),
      createdAt: app.deps.clock(),
    });
    return answer(
      reply,
      201,
      'Cảm ơn bạn! Báo cáo đã được gửi tới cơ quan thường trực OCOP.',
      'Thank you — your report has reached the OCOP standing office.',
      back,
    );
  });
}
