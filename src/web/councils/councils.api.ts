import type { z } from 'zod';
import type {
  CreateHolidayInput,
  ListHolidaysOutput,
  HolidayOutput,
} from '../../contracts/calendar.contracts';
import type { CouncilCandidatesOutput } from '../../contracts/council-setup.contracts';
import type {
  CouncilOutput,
  CreateCouncilInput,
  CreateRoundInput,
  ListCouncilsOutput,
  ListRoundsOutput,
  AttendanceOutput,
  OpenRoundInput,
  RecordAttendanceInput,
  PoolOutput,
  RoundOutput,
  SetRoundProductCaseInput,
  UpdateCouncilInput,
} from '../../contracts/evaluation.contracts';
import type {
  RoundProductMemberChoicesOutput,
  SetRoundProductMembersInput,
} from '../../contracts/round-assignment.contracts';
import { apiRequest } from '../api/http';

/** Client of the council, round and holiday-calendar endpoints (same contracts as the server). */
const id = (value: string) => encodeURIComponent(value);

export const councilsApi = {
  councils: (signal?: AbortSignal) => apiRequest<z.infer<typeof ListCouncilsOutput>>('/councils', { signal }),
  council: (councilId: string, signal?: AbortSignal) =>
    apiRequest<CouncilOutput>(`/councils/${id(councilId)}`, { signal }),
  createCouncil: (input: CreateCouncilInput) =>
    apiRequest<CouncilOutput>('/councils', { method: 'POST', body: input }),
  updateCouncil: (councilId: string, input: UpdateCouncilInput) =>
    apiRequest<CouncilOutput>(`/councils/${id(councilId)}`, { method: 'PATCH', body: input }),
  candidates: (unitId: string, signal?: AbortSignal) =>
    apiRequest<CouncilCandidatesOutput>('/council-candidates', { query: { unitId }, signal }),
  pool: (councilId: string, set: number | undefined, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof PoolOutput>>(`/councils/${id(councilId)}/pool`, { query: { set }, signal }),
  rounds: (signal?: AbortSignal) => apiRequest<z.infer<typeof ListRoundsOutput>>('/rounds', { signal }),
  round: (roundId: string, signal?: AbortSignal) =>
    apiRequest<RoundOutput>(`/rounds/${id(roundId)}`, { signal }),
  createRound: (input: CreateRoundInput) =>
    apiRequest<RoundOutput>('/rounds', { method: 'POST', body: input }),
  openRound: (roundId: string, input: OpenRoundInput) =>
    apiRequest<RoundOutput>(`/rounds/${id(roundId)}/open`, { method: 'POST', body: input }),
  setProductCase: (roundId: string, productId: string, input: SetRoundProductCaseInput) =>
    apiRequest<RoundOutput>(`/rounds/${id(roundId)}/products/${id(productId)}/case`, {
      method: 'PUT',
      body: input,
    }),
  productMemberChoices: (roundId: string, productId: string, signal?: AbortSignal) =>
    apiRequest<RoundProductMemberChoicesOutput>(`/rounds/${id(roundId)}/products/${id(productId)}/members`, {
      signal,
    }),
  setProductMembers: (roundId: string, productId: string, input: SetRoundProductMembersInput) =>
    apiRequest<RoundOutput>(`/rounds/${id(roundId)}/products/${id(productId)}/members`, {
      method: 'PUT',
      body: input,
    }),
  attendance: (roundId: string, signal?: AbortSignal) =>
    apiRequest<AttendanceOutput>(`/rounds/${id(roundId)}/attendance`, { signal }),
  recordAttendance: (roundId: string, input: z.input<typeof RecordAttendanceInput>) =>
    apiRequest<AttendanceOutput>(`/rounds/${id(roundId)}/attendance`, { method: 'PUT', body: input }),
  holidays: (query: { unitId?: string; year?: number }, signal?: AbortSignal) =>
    apiRequest<ListHolidaysOutput>('/holidays', { query, signal }),
  createHoliday: (input: CreateHolidayInput) =>
    apiRequest<HolidayOutput>('/holidays', { method: 'POST', body: input }),
  deleteHoliday: (holidayId: string) =>
    apiRequest<{ ok: true }>(`/holidays/${id(holidayId)}`, { method: 'DELETE' }),
};

export const COUNCILS_KEY = ['councils'] as const;
export const ROUNDS_KEY = ['council-rounds'] as const;
export const HOLIDAYS_KEY = ['holidays'] as const;
