import type {
  ApprovePlanInput,
  BusinessPlanOutput,
  CreateBusinessPlanInput,
  ListBusinessPlansOutput,
  CreatePlanInput,
  CreateProductIdeaInput,
  IndicatorCatalogueOutput,
  ListPlansOutput,
  ListProductIdeasOutput,
  PlanOutput,
  PlanProgressOutput,
  ProductIdeaOutput,
  RecordPlanActualInput,
  ReviewInput,
  UpdateBusinessPlanInput,
  UpdatePlanInput,
  UpdateProductIdeaInput,
} from '../../contracts/programme.contracts';
import { apiRequest } from '../api/http';

/** Client of the programme endpoints (same contracts as the server). */
const id = (value: string) => encodeURIComponent(value);

export const programmeApi = {
  ideas: (signal?: AbortSignal) =>
    apiRequest<ListProductIdeasOutput>('/product-ideas', { query: { limit: 200 }, signal }),
  createIdea: (input: CreateProductIdeaInput) =>
    apiRequest<ProductIdeaOutput>('/product-ideas', { method: 'POST', body: input }),
  idea: (ideaId: string, signal?: AbortSignal) =>
    apiRequest<ProductIdeaOutput>(`/product-ideas/${id(ideaId)}`, { signal }),
  updateIdea: (ideaId: string, input: UpdateProductIdeaInput) =>
    apiRequest<ProductIdeaOutput>(`/product-ideas/${id(ideaId)}`, { method: 'PATCH', body: input }),
  reviewIdea: (ideaId: string, input: ReviewInput) =>
    apiRequest<ProductIdeaOutput>(`/product-ideas/${id(ideaId)}/review`, { method: 'POST', body: input }),
  startDossier: (ideaId: string) =>
    apiRequest<{ ideaId: string; productId: string; dossierId: string }>(
      `/product-ideas/${id(ideaId)}/start-dossier`,
      { method: 'POST' },
    ),
  businessPlans: (signal?: AbortSignal) =>
    apiRequest<ListBusinessPlansOutput>('/business-plans', { query: { limit: 200 }, signal }),
  createBusinessPlan: (input: CreateBusinessPlanInput) =>
    apiRequest<BusinessPlanOutput>('/business-plans', { method: 'POST', body: input }),
  updateBusinessPlan: (planId: string, input: UpdateBusinessPlanInput) =>
    apiRequest<BusinessPlanOutput>(`/business-plans/${id(planId)}`, { method: 'PATCH', body: input }),
  reviewBusinessPlan: (planId: string, input: ReviewInput) =>
    apiRequest<BusinessPlanOutput>(`/business-plans/${id(planId)}/review`, { method: 'POST', body: input }),
  plans: (signal?: AbortSignal) => apiRequest<ListPlansOutput>('/plans', { query: { limit: 200 }, signal }),
  plan: (planId: string, signal?: AbortSignal) => apiRequest<PlanOutput>(`/plans/${id(planId)}`, { signal }),
  createPlan: (input: CreatePlanInput) => apiRequest<PlanOutput>('/plans', { method: 'POST', body: input }),
  updatePlan: (planId: string, input: UpdatePlanInput) =>
    apiRequest<PlanOutput>(`/plans/${id(planId)}`, { method: 'PATCH', body: input }),
  approvePlan: (planId: string, input: ApprovePlanInput) =>
    apiRequest<PlanOutput>(`/plans/${id(planId)}/approve`, { method: 'POST', body: input }),
  amendPlan: (planId: string, version: number) =>
    apiRequest<PlanOutput>(`/plans/${id(planId)}/amend`, { method: 'POST', body: { version } }),
  recordActual: (planId: string, indicatorCode: string, input: RecordPlanActualInput) =>
    apiRequest<PlanOutput>(`/plans/${id(planId)}/actuals/${id(indicatorCode)}`, {
      method: 'PUT',
      body: input,
    }),
  progress: (planId: string, signal?: AbortSignal) =>
    apiRequest<PlanProgressOutput>(`/plans/${id(planId)}/progress`, { signal }),
  catalogue: (year: number, signal?: AbortSignal) =>
    apiRequest<IndicatorCatalogueOutput>('/indicator-catalogue', { query: { year }, signal }),
};
