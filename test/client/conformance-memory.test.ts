import { NO_CAPABILITIES } from '../../src/client/capabilities.js';
import { memoryConformanceContext, runInviteClientConformance } from '../../src/testing/index.js';

runInviteClientConformance('memory client', () => memoryConformanceContext());

// The same contract where the optional capabilities are off: those tests check 'unavailable' or skip.
runInviteClientConformance('memory client without optional capabilities', () =>
  memoryConformanceContext({ capabilities: NO_CAPABILITIES }),
);
