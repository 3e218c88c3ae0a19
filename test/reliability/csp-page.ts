/**
 * The page csp.test.ts loads in a frame served with a strict Content-Security-Policy
 * (`default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`).
 * It renders every element on the embedded memory client, uses each of them the way a person
 * would, and posts what happened to the test: every policy violation, every error, and which
 * steps were done. Nothing here may need the policy relaxed.
 */
import { createMemoryClient } from '../../src/client/memory/memory-client.js';
import { exerciseEverything } from './exercise-all.js';
import { tick } from '../fixtures/wait.js';

export interface CspReport {
  violations: string[];
  errors: string[];
  steps: string[];
  /** `eval` is refused: the policy really is in force on this page. */
  evalBlocked: boolean;
  /** Assigning a plain string to innerHTML is refused (where the browser has Trusted Types). */
  trustedTypesEnforced: boolean | 'unsupported';
  sentInvitations: number;
}

const violations: string[] = [];
const errors: string[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    violations.push(
      `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
    ),
  true,
);
window.addEventListener('error', (event) => {
  errors.push(event.message);
});
window.addEventListener('unhandledrejection', (event) => errors.push(String((event.reason as Error)?.message ?? event.reason)));

async function main(): Promise<void> {
  const client = createMemoryClient({ linkOrigin: location.origin });
  const { steps, errors: failedSteps } = await exerciseEverything(document.body, client);
  errors.push(...failedSteps);
  const sentInvitations = client.sentInvitations.length;
  const before = violations.length;
  // Controls, last: the policy must really be in force, or "no violations" would prove nothing.
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  let trustedTypesEnforced: CspReport['trustedTypesEnforced'] = 'unsupported';
  if ('trustedTypes' in window) {
    try {
      document.createElement('div').innerHTML = '<b>plain string</b>';
      trustedTypesEnforced = false;
    } catch {
      trustedTypesEnforced = true;
    }
  }
  await tick(50);
  const report: CspReport = { violations: violations.slice(0, before), errors, steps, evalBlocked, trustedTypesEnforced, sentInvitations };
  parent.postMessage({ type: 'invite-kit-csp-report', report }, location.origin);
}

void main();
