import { memoryConformanceContext, runInviteClientConformance } from '../../src/testing/index.js';

runInviteClientConformance('memory client', () => memoryConformanceContext());

// The same contract where the optional capabilities are off: those tests check 'unavailable' or skip.
runInviteClientConformance('memory client without optional capabilities', () =>
  memoryConformanceContext({
    capabilities: {
      liveUpdates: false,
      revokeInvitation: false,
      linkExpiry: false,
      allowedDomains: false,
      bulkInvite: false,
      memberPaging: false,
    },
  }),
);
