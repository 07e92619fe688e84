export * from './promotion.types';
export * from './promotion-rules';
