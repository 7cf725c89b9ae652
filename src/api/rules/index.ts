export * from './application.js';
export * from './assignment.js';
export * from './contact.js';
export * from './dates.js';
export * from './fields.js';
export * from './text.js';
