import { z } from 'zod';
import {
  AddProducerMemberInput,
  ConfirmRegistrationInput,
  ConfirmRegistrationOutput,
  CreateProducerInput,
  ListProducerMembersOutput,
  ListProducersOutput,
  ListProducersQuery,
  ProducerMemberParams,
  ProducerOutput,
  RegisterProducerInput,
  RegisterProducerOutput,
  UpdateProducerInput,
} from '../../../contracts/producers.contracts';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import { listProducerMembers, type ProducerMemberRow } from '../../../db/repositories/producers.repository';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { mailerOf } from '../../mail/mailer';
import { PUBLIC_ROUTE } from '../../route-config';
import { DomainError } from '../../../domain/errors';
import { windowThrottleFor, type WindowThrottle } from '../../cluster/shared-window-throttle';
import { addProducerMember } from './add-producer-member';
import { confirmRegistration } from './confirm-registration';
import { createProducer } from './create-producer';
import { getProducer } from './get-producer';
import { listProducers } from './list-producers';
import { getProducerForAction } from './producer-access';
import { registerProducer } from './register-producer';
import { removeProducerMember } from './remove-producer-member';
import { updateProducer } from './update-producer';

const tags = ['producers'];

/** Self-registration is public: per-address budgets stop mass sign-ups and confirmation-token guessing. */
const REGISTRATION_WINDOW_MS = 10 * 60_000;
const REGISTRATIONS_PER_WINDOW = 10;
const CONFIRMATIONS_PER_WINDOW = 30;

/** An onRequest hook answering 429 with Retry-After once the client address is over budget. */
function throttledBy(throttle: WindowThrottle, clock: () => Date) {
  return async (request: { ip: string }, reply: { header: (name: string, value: string) => unknown }) => {
    if (await throttle.tryAcquire(request.ip, clock().getTime())) return;
    const minutes = REGISTRATION_WINDOW_MS / 60_000;
    reply.header('retry-after', String(REGISTRATION_WINDOW_MS / 1000));
    throw new DomainError(
      'RATE_LIMITED',
      `Quá nhiều yêu cầu đăng ký từ địa chỉ này. Hãy thử lại sau ${minutes} phút.`,
      `Too many registration requests from this address. Try again in ${minutes} minutes.`,
    );
  };
}

function presentMembers(rows: readonly ProducerMemberRow[]): z.infer<typeof ListProducerMembersOutput> {
  return { items: rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
}

/** The producer registry (chủ thể OCOP): profiles, members, self-registration. */
export async function producerRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();

  app.get(
    '/api/v1/producers',
    {
      schema: {
        operationId: 'listProducers',
        tags,
        querystring: ListProducersQuery,
        response: { 200: ListProducersOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      listProducers({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.post(
    '/api/v1/producers',
    {
      schema: {
        operationId: 'createProducer',
        tags,
        body: CreateProducerInput,
        response: { 201: ProducerOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const producer = await createProducer({
        db: dbOf(request),
        audit: auditContextOf(request, 'producer.create'),
        actor,
        input: request.body,
        now: now(),
      });
      return reply.status(201).send(producer);
    },
  );

  app.get(
    '/api/v1/producers/:id',
    {
      schema: {
        operationId: 'getProducer',
        tags,
        params: IdParams,
        response: { 200: ProducerOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      getProducer({ db: dbOf(request), actor: requireActor(request), producerId: request.params.id }),
  );

  app.patch(
    '/api/v1/producers/:id',
    {
      schema: {
        operationId: 'updateProducer',
        tags,
        params: IdParams,
        body: UpdateProducerInput,
        response: { 200: ProducerOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      updateProducer({
        db: dbOf(request),
        audit: auditContextOf(request, 'producer.manage'),
        actor: requireActor(request),
        producerId: request.params.id,
        input: request.body,
        now: now(),
      }),
  );

  app.get(
    '/api/v1/producers/:id/members',
    {
      schema: {
        operationId: 'listProducerMembers',
        tags,
        params: IdParams,
        response: { 200: ListProducerMembersOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { producer } = await getProducerForAction(
        dbOf(request),
        requireActor(request),
        'producer.manage',
        request.params.id,
      );
      return presentMembers(await listProducerMembers(dbOf(request), producer.id));
    },
  );

  app.post(
    '/api/v1/producers/:id/members',
    {
      schema: {
        operationId: 'addProducerMember',
        tags,
        params: IdParams,
        body: AddProducerMemberInput,
        response: { 201: ListProducerMembersOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const input = {
        db: dbOf(request),
        audit: auditContextOf(request, 'producer.manage'),
        actor: requireActor(request),
        producerId: request.params.id,
        input: request.body,
        now: now(),
      };
      return reply.status(201).send(presentMembers(await addProducerMember(input)));
    },
  );

  app.delete(
    '/api/v1/producers/:id/members/:accountId',
    {
      schema: {
        operationId: 'removeProducerMember',
        tags,
        params: ProducerMemberParams,
        response: { 200: ListProducerMembersOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { id, accountId } = request.params;
      const input = {
        db: dbOf(request),
        audit: auditContextOf(request, 'producer.manage'),
        actor: requireActor(request),
        producerId: id,
        accountId,
        now: now(),
      };
      return presentMembers(await removeProducerMember(input));
    },
  );

  app.post(
    '/api/v1/producer-registrations',
    {
      config: PUBLIC_ROUTE,
      onRequest: throttledBy(
        windowThrottleFor(
          app.deps.database,
          'producer-registration',
          REGISTRATIONS_PER_WINDOW,
          REGISTRATION_WINDOW_MS,
        ),
        now,
      ),
      schema: {
        operationId: 'registerProducer',
        tags,
        body: RegisterProducerInput,
        response: { 202: RegisterProducerOutput, ...commonErrorResponses, 429: ProblemOutput },
      },
    },
    async (request, reply) => {
      const result = await registerProducer({
        db: dbOf(request),
        mailer: mailerOf(app.deps),
        audit: auditContextOf(request),
        input: request.body,
        publicBaseUrl: app.deps.config.publicBaseUrl,
        now: now(),
      });
      return reply.status(202).send(result);
    },
  );

  app.post(
    '/api/v1/producer-registrations/confirm',
    {
      config: PUBLIC_ROUTE,
      onRequest: throttledBy(
        windowThrottleFor(
          app.deps.database,
          'registration-confirmation',
          CONFIRMATIONS_PER_WINDOW,
          REGISTRATION_WINDOW_MS,
        ),
        now,
      ),
      schema: {
        operationId: 'confirmRegistration',
        tags,
        body: ConfirmRegistrationInput,
        response: { 200: ConfirmRegistrationOutput, ...commonErrorResponses, 429: ProblemOutput },
      },
    },
    async (request) =>
      confirmRegistration({
        db: dbOf(request),
        audit: auditContextOf(request),
        token: request.body.token,
        now: now(),
      }),
  );
}
