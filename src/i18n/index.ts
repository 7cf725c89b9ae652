export * from './codes.js';
export * from './common.js';
export * from './format.js';
export * from './lang.js';
export * from './messages.js';
