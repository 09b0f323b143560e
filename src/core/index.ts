export * from './assert.js';
export * from './base58.js';
export * from './bytes.js';
export * from './errors.js';
export * from './result.js';
