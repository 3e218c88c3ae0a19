/**
 * Guarantee: every element works on a page with a strict Content-Security-Policy —
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'` —
 * with no violation reported. The page (csp-page.html, served with that header by the test
 * runner's `strictCsp` middleware) loads in a frame, uses every element, and reports back.
 */
import { expect } from '@open-wc/testing';
import type { CspReport } from './csp-page.js';

function loadReport(src: string, timeout = 60_000): Promise<{ report: CspReport; frame: HTMLIFrameElement }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '768px';
    const timer = setTimeout(() => reject(new Error('the CSP page sent no report')), timeout);
    window.addEventListener('message', function onMessage(event: MessageEvent<{ type?: string; report: CspReport }>) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'invite-kit-csp-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve({ report: event.data.report, frame });
    });
    frame.src = src;
    document.body.append(frame);
  });
}

describe('reliability: a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('every element works on the page with no violation and no error', async function () {
    this.timeout(90_000);
    const loaded = await loadReport('/test/reliability/csp-page.html?strict-csp');
    frame = loaded.frame;
    const { report } = loaded;
    console.log(
      `strict CSP page: ${report.steps.length} steps, eval blocked: ${report.evalBlocked}, Trusted Types: ${report.trustedTypesEnforced}`,
    );
    expect(report.evalBlocked, 'the policy is in force (eval is refused)').to.equal(true);
    // Where this browser has Trusted Types, the page must have found them required.
    expect(report.trustedTypesEnforced, 'Trusted Types are required').to.equal('trustedTypes' in window ? true : 'unsupported');
    expect(report.violations, 'policy violations').to.deep.equal([]);
    expect(report.errors, 'errors').to.deep.equal([]);
    expect(report.steps).to.have.lengthOf(9);
    expect(report.sentInvitations, 'invitations went out').to.be.at.least(5);
  });
});
