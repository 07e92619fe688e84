export * from './news.types';
export * from './news-workflow';
export * from './news-slug';
