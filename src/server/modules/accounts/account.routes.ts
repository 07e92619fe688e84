import {
  AccountOutput,
  CreateAccountInput,
  GrantInput,
  GrantParams,
  ListAccountsOutput,
  ListAccountsQuery,
  ResetPasswordInput,
  UpdateAccountInput,
} from '../../../contracts/accounts.contracts';
import { OkOutput } from '../../../contracts/auth.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { listGrantsOfAccounts } from '../../../db/repositories/grants.repository';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { presentAccount } from './account.presenter';
import { getAccountForAction } from './account-access';
import { createAccount } from './create-account';
import { listAccounts } from './list-accounts';
import { addGrant, revokeGrant } from './manage-grants';
import { resetPassword } from './reset-password';
import { updateAccount } from './update-account';

const tags = ['accounts'];

/** Administration of accounts and their role grants, always within the admin's own unit. */
export async function accountRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();

  app.get(
    '/api/v1/accounts',
    {
      schema: {
        operationId: 'listAccounts',
        tags,
        querystring: ListAccountsQuery,
        response: { 200: ListAccountsOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      listAccounts({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.post(
    '/api/v1/accounts',
    {
      schema: {
        operationId: 'createAccount',
        tags,
        body: CreateAccountInput,
        response: { 201: AccountOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const account = await createAccount({
        db: dbOf(request),
        audit: auditContextOf(request, 'account.manage'),
        actor,
        input: request.body,
        now: now(),
      });
      return reply.status(201).send(account);
    },
  );

  app.get(
    '/api/v1/accounts/:id',
    {
      schema: {
        operationId: 'getAccount',
        tags,
        params: IdParams,
        response: { 200: AccountOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { account, unit } = await getAccountForAction(
        dbOf(request),
        requireActor(request),
        'account.read',
        request.params.id,
      );
      return presentAccount(account, unit.fullName, await listGrantsOfAccounts(dbOf(request), [account.id]));
    },
  );

  app.patch(
    '/api/v1/accounts/:id',
    {
      schema: {
        operationId: 'updateAccount',
        tags,
        params: IdParams,
        body: UpdateAccountInput,
        response: { 200: AccountOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      updateAccount({
        db: dbOf(request),
        audit: auditContextOf(request, 'account.manage'),
        actor: requireActor(request),
        accountId: request.params.id,
        input: request.body,
        now: now(),
      }),
  );

  app.post(
    '/api/v1/accounts/:id/grants',
    {
      schema: {
        operationId: 'createGrant',
        tags,
        params: IdParams,
        body: GrantInput,
        response: { 201: AccountOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const db = dbOf(request);
      await addGrant({
        db,
        audit: auditContextOf(request, 'grant.manage'),
        actor,
        accountId: request.params.id,
        input: request.body,
        now: now(),
      });
      const { account, unit } = await getAccountForAction(db, actor, 'account.read', request.params.id);
      return reply
        .status(201)
        .send(presentAccount(account, unit.fullName, await listGrantsOfAccounts(db, [account.id])));
    },
  );

  app.delete(
    '/api/v1/accounts/:id/grants/:grantId',
    {
      schema: {
        operationId: 'revokeGrant',
        tags,
        params: GrantParams,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await revokeGrant({
        db: dbOf(request),
        audit: auditContextOf(request, 'grant.manage'),
        actor: requireActor(request),
        accountId: request.params.id,
        grantId: request.params.grantId,
        now: now(),
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/accounts/:id/password-reset',
    {
      schema: {
        operationId: 'resetAccountPassword',
        tags,
        params: IdParams,
        body: ResetPasswordInput,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      await resetPassword({
        db: dbOf(request),
        audit: auditContextOf(request, 'account.manage'),
        actor: requireActor(request),
        accountId: request.params.id,
        newPassword: request.body.newPassword,
        now: now(),
      });
      return { ok: true as const };
    },
  );
}
