/** The fault matrix (fault-suite.ts) through the memory harness. */
import { describeFaults } from './fault-suite.js';

describeFaults('memory');
