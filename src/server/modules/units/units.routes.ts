import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import {
  GetUnitHistoryOutput,
  GetUnitOutput,
  ListUnitChildrenInput,
  ListUnitChildrenOutput,
  ListUnitsInput,
  ListUnitsOutput,
  ResolveUnitSuccessorsInput,
  ResolveUnitSuccessorsOutput,
  SearchPublicUnitsInput,
  SearchPublicUnitsOutput,
  SearchUnitsInput,
  SearchUnitsOutput,
} from '../../../contracts/units.contracts';
import { toIsoDate } from '../../../domain/admin-units/unit-dates';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { PUBLIC_ROUTE } from '../../route-config';
import { getUnit } from './get-unit';
import { getUnitHistory } from './get-unit-history';
import { listUnitChildren } from './list-unit-children';
import { listUnits } from './list-units';
import { resolveUnitSuccessors } from './resolve-unit-successors';
import { searchPublicUnits } from './search-public-units';
import { searchUnits } from './search-units';

const tags = ['units'];
const readErrors = { 400: ProblemOutput, 401: ProblemOutput, 403: ProblemOutput };

/**
 * Administrative units: reads scoped to the caller's jurisdiction (`unit.read`: its grants'
 * subtrees, their ancestors, and their predecessors across reforms), plus one public look-up of
 * current units.
 */
export async function unitRoutes(app: AppInstance): Promise<void> {
  const today = (): string => toIsoDate(app.deps.clock());

  app.get(
    '/api/v1/units',
    {
      schema: {
        operationId: 'listUnits',
        tags,
        summary: 'Đơn vị theo ngày / units as of a date',
        querystring: ListUnitsInput,
        response: { 200: ListUnitsOutput, ...readErrors },
      },
    },
    async (request) =>
      listUnits({
        db: dbOf(request),
        actor: requireActor(request),
        ...request.query,
        asOf: request.query.asOf ?? today(),
      }),
  );

  app.get(
    '/api/v1/units/search',
    {
      schema: {
        operationId: 'searchUnits',
        tags,
        summary: 'Tìm đơn vị / search units',
        querystring: SearchUnitsInput,
        response: { 200: SearchUnitsOutput, ...readErrors },
      },
    },
    async (request) =>
      searchUnits({
        db: dbOf(request),
        actor: requireActor(request),
        ...request.query,
        asOf: request.query.asOf ?? today(),
      }),
  );

  app.get(
    '/api/v1/units/:id',
    {
      schema: {
        operationId: 'getUnit',
        tags,
        summary: 'Một đơn vị / one unit',
        params: IdParams,
        response: { 200: GetUnitOutput, ...commonErrorResponses },
      },
    },
    async (request) => getUnit({ db: dbOf(request), actor: requireActor(request), id: request.params.id }),
  );

  app.get(
    '/api/v1/units/:id/children',
    {
      schema: {
        operationId: 'listUnitChildren',
        tags,
        summary: 'Đơn vị trực thuộc / child units',
        params: IdParams,
        querystring: ListUnitChildrenInput,
        response: { 200: ListUnitChildrenOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      listUnitChildren({
        db: dbOf(request),
        actor: requireActor(request),
        id: request.params.id,
        ...request.query,
        asOf: request.query.asOf ?? today(),
      }),
  );

  app.get(
    '/api/v1/units/:id/successors',
    {
      schema: {
        operationId: 'resolveUnitSuccessors',
        tags,
        summary: 'Đơn vị kế thừa hiện hành / current successor(s) of an old unit',
        params: IdParams,
        querystring: ResolveUnitSuccessorsInput,
        response: { 200: ResolveUnitSuccessorsOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      resolveUnitSuccessors({
        db: dbOf(request),
        actor: requireActor(request),
        id: request.params.id,
        asOf: request.query.asOf ?? today(),
      }),
  );

  app.get(
    '/api/v1/units/:id/history',
    {
      schema: {
        operationId: 'getUnitHistory',
        tags,
        summary: 'Lịch sử sáp nhập / predecessors and successors',
        params: IdParams,
        response: { 200: GetUnitHistoryOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      getUnitHistory({ db: dbOf(request), actor: requireActor(request), id: request.params.id }),
  );

  app.get(
    '/api/v1/public/units',
    {
      config: PUBLIC_ROUTE,
      schema: {
        operationId: 'searchPublicUnits',
        tags,
        summary: 'Tra cứu đơn vị hiện hành (công khai) / public look-up of current units',
        querystring: SearchPublicUnitsInput,
        response: { 200: SearchPublicUnitsOutput, 400: ProblemOutput },
      },
    },
    async (request) => searchPublicUnits({ db: dbOf(request), ...request.query, today: today() }),
  );
}
