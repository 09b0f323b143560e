/**
 * Runs inside the sandbox. The built-ins the sandbox modules use, captured when the bundle
 * runs in the prelude: before the metered built-ins replace some of them and before lockdown,
 * so nothing a contract changes later reaches them.
 */
export const getOwnDesc = Object.getOwnPropertyDescriptor;
export const hasOwnRaw = Object.hasOwn;
export const objectCreate = Object.create;
export const objectIs = Object.is;
export const reflectDefine = Reflect.defineProperty;
export const reflectDelete = Reflect.deleteProperty;
export const reflectOwnKeys = Reflect.ownKeys;
