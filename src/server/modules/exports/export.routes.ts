import type { FastifyRequest } from 'fastify';
import { ExportFileOutput, ExportListParams, ExportListQuery } from '../../../contracts/exports.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import { requireActor, type AppInstance } from '../../context';
import { exportList, type ListAnswer } from './export-list';

/** Asks a list endpoint as the caller (same session cookie or API token), in-process. */
function listReaderOf(app: AppInstance, request: FastifyRequest) {
  const headers: Record<string, string> = {};
  if (request.headers.cookie) headers.cookie = request.headers.cookie;
  if (request.headers.authorization) headers.authorization = request.headers.authorization;
  return async (path: string, query: Record<string, string>): Promise<ListAnswer> => {
    const response = await app.inject({ method: 'GET', url: path, query, headers });
    return { statusCode: response.statusCode, body: response.json() };
  };
}

/** Excel and CSV exports of the back-office lists, with the filters the screen shows. */
export async function exportRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/exports/:list',
    {
      schema: {
        operationId: 'exportList',
        tags: ['exports'],
        summary: 'Xuất danh sách ra Excel hoặc CSV theo bộ lọc đang xem / export a list with its filters',
        params: ExportListParams,
        querystring: ExportListQuery,
        response: { 200: ExportFileOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      requireActor(request);
      const { format, ...rest } = request.query;
      const filters = Object.fromEntries(
        Object.entries(rest).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[0] !== 'limit' && entry[0] !== 'offset',
        ),
      );
      const result = await exportList({
        list: request.params.list,
        format,
        filters,
        now: app.deps.clock(),
        readList: listReaderOf(app, request),
      });
      if (result.kind === 'problem')
        return reply
          .status(result.statusCode as 400 | 401 | 403 | 404 | 409)
          .type('application/problem+json')
          .send(result.body);
      return reply
        .type(result.contentType)
        .header('content-disposition', `attachment; filename="${result.fileName}"`)
        .header('x-export-rows', String(result.rows))
        .header('x-export-truncated', String(result.isTruncated))
        .send(result.bytes);
    },
  );
}
