/** `invite-kit/testing`: the adapter conformance suite, for any `InviteClient` implementation. */
export { runInviteClientConformance } from './conformance.js';
export type { ConformanceContext, ConformanceHooks, ConformanceIds, SentMessage } from './context.js';
export { memoryConformanceContext, DEMO_CONFORMANCE_IDS } from './memory-context.js';
