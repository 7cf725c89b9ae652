export * from './client.js';
export { contentLanguageOf } from './content-language.js';
export * from './errors.js';
export * from './query.js';
export * from './schemas.js';
export { safeUrl } from './url.js';
export * from './cv.js';
