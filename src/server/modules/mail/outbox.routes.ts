import { ListOutboxOutput, ListOutboxQuery } from '../../../contracts/mail.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { listOutbox } from './list-outbox';

/** The mail outbox (every e-mail the platform sent or would have sent), for administrators. */
export async function outboxRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/mail/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        tags: ['mail'],
        querystring: ListOutboxQuery,
        response: { 200: ListOutboxOutput, ...commonErrorResponses },
      },
    },
    async (request) => listOutbox({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );
}
