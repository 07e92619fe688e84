export * from './promotion.types';
export * from './promotion-rules';
export * from './sales-channels';
