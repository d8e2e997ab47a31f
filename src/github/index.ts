export * from './client.js';
export * from './dispatcher.js';
export * from './endpoint.js';
export * from './errors.js';
export * from './node-id.js';
export * from './path-params.js';
export * from './rate-limit.js';
export * from './routes.js';
export type * from './types.js';
