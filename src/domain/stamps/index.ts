export * from './clone-detection';
export * from './digital-link';
export * from './gtin14';
export * from './stamp-serial';
export * from './stamp-status';
export * from './copy-flag';
