import type { DevNode } from '../node.js';

export type Method = (node: DevNode, params: unknown[]) => unknown;
export type Methods = Record<string, Method>;
