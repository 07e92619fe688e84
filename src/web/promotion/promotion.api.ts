import type {
  ConsultantOutput,
  CreateConsultantInput,
  CreatePointOfSaleInput,
  CreateTradeEventInput,
  CreateTrainingCourseInput,
  ListConsultantsOutput,
  ListPointsOfSaleOutput,
  ListTradeEventsOutput,
  ListTrainingCoursesOutput,
  PointOfSaleOutput,
  ProducerTrainingOutput,
  TradeEventOutput,
  TrainingCourseOutput,
} from '../../contracts/promotion.contracts';
import { apiRequest } from '../api/http';

/** Client of the promotion endpoints (same contracts as the server). */
const page = (offset: number) => ({ limit: 50, offset });

export const promotionApi = {
  trainingCourses: (offset: number, signal?: AbortSignal) =>
    apiRequest<ListTrainingCoursesOutput>('/training-courses', { query: page(offset), signal }),
  createTrainingCourse: (input: CreateTrainingCourseInput) =>
    apiRequest<TrainingCourseOutput>('/training-courses', { method: 'POST', body: input }),
  consultants: (offset: number, signal?: AbortSignal) =>
    apiRequest<ListConsultantsOutput>('/consultants', { query: page(offset), signal }),
  createConsultant: (input: CreateConsultantInput) =>
    apiRequest<ConsultantOutput>('/consultants', { method: 'POST', body: input }),
  tradeEvents: (offset: number, signal?: AbortSignal) =>
    apiRequest<ListTradeEventsOutput>('/trade-events', { query: page(offset), signal }),
  createTradeEvent: (input: CreateTradeEventInput) =>
    apiRequest<TradeEventOutput>('/trade-events', { method: 'POST', body: input }),
  pointsOfSale: (offset: number, signal?: AbortSignal) =>
    apiRequest<ListPointsOfSaleOutput>('/points-of-sale', { query: page(offset), signal }),
  producerTraining: (producerId: string, signal?: AbortSignal) =>
    apiRequest<ProducerTrainingOutput>(`/producers/${encodeURIComponent(producerId)}/training`, { signal }),
  createPointOfSale: (input: CreatePointOfSaleInput) =>
    apiRequest<PointOfSaleOutput>('/points-of-sale', { method: 'POST', body: input }),
};
