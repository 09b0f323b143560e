export * as core from './core/index.js';
export * as state from './state/index.js';
