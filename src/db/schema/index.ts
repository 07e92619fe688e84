// Every table of the product. Each module keeps its tables in its own `*.schema.ts` file.
export * from './admin-units.schema';
export * from './accounts.schema';
export * from './audit.schema';
export * from './registry.schema';
export * from './mail.schema';
export * from './rubrics.schema';
export * from './dossiers.schema';
export * from './evaluation.schema';
export * from './consultancy.schema';
export * from './stamps.schema';
export * from './calendar.schema';
export * from './promotion.schema';
export * from './programme.schema';
export * from './news.schema';
export * from './candidates.schema';
export * from './trade-promotion-plans.schema';
export * from './council-settings.schema';
