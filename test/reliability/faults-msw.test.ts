/** The fault matrix (fault-suite.ts) through the msw harness. */
import { describeFaults } from './fault-suite.js';

describeFaults('msw');
