export * from './candidate-workflow';
export * from './five-star-gaps';
export * from './candidate-access';
