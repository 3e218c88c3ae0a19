/**
 * Guarantee: for every action of every element, under every fault a backend can produce —
 * network error, timeout, 401, 403, 404, 409, 422 with field errors, 429 with Retry-After,
 * 500, 503, and a 200 whose body breaks the contract — reproduced both by the memory client's
 * failure injection and by msw over the REST contract: the element says clearly what went
 * wrong, keeps what the person entered (and rolls optimistic changes back exactly), lets them
 * try again, and a retry — or an action fired twice — has its effect exactly once on the
 * backend's record, with the same idempotency key.
 *
 * One suite per harness and test file (faults-memory.test.ts, faults-msw.test.ts), so the two
 * halves run side by side and neither file runs for as long as both.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { settle } from '../fixtures/dom.js';
import { installScriptTrap, type ScriptTrap } from '../fixtures/script-trap.js';
import { ROUTES } from '../../src/client/fetch/routes.js';
import { FAULTS, memoryHarness, mswHarness } from './fault-harness.js';
import type { Fault, Harness, Loss } from './fault-harness.js';
import { SCENARIOS } from './fault-scenarios.js';
import type { Context, MutationScenario, Scenario } from './fault-scenarios.js';
import { tick, waitUntil } from '../fixtures/wait.js';
import type { SetupWorker } from 'msw/browser';
import { useMswWorker } from '../fixtures/msw.js';

const LOSSES: Record<Harness['name'], readonly Loss[]> = {
  memory: ['network-error', 500, 503],
  msw: ['network-error', 500, 503, 'malformed-body', 'timeout'],
};

function harness(kind: Harness['name'], scenario: Scenario, worker?: () => SetupWorker): Harness {
  const options = scenario.viewerId ? { viewerId: scenario.viewerId } : {};
  return kind === 'memory' ? memoryHarness(options) : mswHarness(worker!(), options);
}

const distinct = (keys: string[]) => [...new Set(keys)];

const isMutation = (scenario: Scenario): scenario is MutationScenario => scenario.mutation === true;
const MUTATIONS = SCENARIOS.filter(isMutation);

const effectOf = async (scenario: MutationScenario, ctx: Context) => scenario.effect(ctx.h.backend, ctx);

/** Defines the whole fault matrix for one harness; call once at the top level of a test file. */
export function describeFaults(kind: Harness['name']): void {
  const worker = kind === 'msw' ? useMswWorker(() => []) : undefined;
  describe(`reliability: faults, through the ${kind === 'memory' ? 'memory client (failNext)' : 'fetch client and msw (faultHandler)'}`, () => {
    let trap: ScriptTrap;
    let h: Harness;
    beforeEach(() => {
      trap = installScriptTrap();
    });
    afterEach(() => {
      h?.dispose();
      trap.uninstall();
    });

    for (const scenario of SCENARIOS) {
      describe(scenario.name, () => {
        for (const fault of FAULTS) {
          const retryable = scenario.retryable?.(fault) ?? true;
          it(`${String(fault)}: says so${retryable ? ', keeps everything, retries' : ''}${scenario.mutation && retryable ? ' with the same key, once' : ''}`, async () => {
            h = harness(kind, scenario, worker);
            let ctx: Context;
            if (scenario.onConnect) {
              h.arm(scenario.operation, fault);
              ctx = await scenario.setup(h);
            } else {
              ctx = await scenario.setup(h);
              h.arm(scenario.operation, fault);
            }
            // The whole record, for reads and mutations alike: a refused request leaves every part of it as it was.
            const record = h.backend.snapshot();
            const before = isMutation(scenario) ? await effectOf(scenario, ctx) : undefined;
            await scenario.act(ctx);
            await scenario.failed(ctx, fault);
            expect(h.backend.snapshot(), 'a refused action changed nothing on the backend’s record').to.deep.equal(record);
            if (retryable) {
              // A 429 holds "Try again" for its Retry-After (1 s here): the person retries once it is offered again.
              if (fault === 429) await tick(1100);
              await scenario.retry(ctx, fault);
              await scenario.succeeded(ctx);
              await tick(20);
              if (isMutation(scenario)) {
                expect((await effectOf(scenario, ctx)) - before!, 'the action took effect once').to.equal(scenario.delta);
                if (scenario.sameAction?.(fault) ?? true) {
                  const keys = h.keys(scenario.operation);
                  expect(keys.length, 'the refused attempt and the retry both reached the backend').to.be.at.least(2);
                  expect(distinct(keys), 'one idempotency key for the action and its retry').to.have.lengthOf(1);
                }
              }
            }
            expect(trap.check(ctx.el)).to.deep.equal([]);
          });
        }
      });
    }

    describe('an answer lost after the backend acted: the retry reuses the key and nothing happens twice', () => {
      for (const scenario of MUTATIONS) {
        // A 204 route has no body to garble: its answer is the status alone.
        for (const loss of LOSSES[kind].filter(
          (candidate) => candidate !== 'malformed-body' || ROUTES[scenario.operation].response !== null,
        )) {
          it(`${scenario.name}, ${String(loss)}`, async () => {
            h = harness(kind, scenario, worker);
            const ctx = await scenario.setup(h);
            const before = await effectOf(scenario, ctx);
            h.loseNext(scenario.operation, loss);
            await scenario.act(ctx);
            await scenario.failed(ctx, loss as Fault, true);
            await scenario.retry(ctx, loss as Fault);
            await scenario.succeeded(ctx);
            await waitUntil(() => h.keys(scenario.operation).length >= 2, 'the retry reaches the backend');
            await tick(20);
            expect((await effectOf(scenario, ctx)) - before, 'once on the backend’s record').to.equal(scenario.delta);
            expect(distinct(h.keys(scenario.operation)), 'the same key both times').to.have.lengthOf(1);
            expect(h.keys(scenario.operation).length, 'both attempts reached the backend').to.be.at.least(2);
            expect(trap.check(ctx.el)).to.deep.equal([]);
          });
        }
      }
    });

    describe('an action fired twice at once happens once', () => {
      for (const scenario of MUTATIONS.filter((candidate) => candidate.fireTwice)) {
        it(scenario.name, async () => {
          h = harness(kind, scenario, worker);
          h.backend.setLatency(40);
          const ctx = await scenario.setup(h);
          const before = await effectOf(scenario, ctx);
          scenario.fireTwice!(ctx);
          await scenario.succeeded(ctx);
          await tick(120);
          await settle(ctx.el);
          expect((await effectOf(scenario, ctx)) - before, 'once on the backend’s record').to.equal(scenario.delta);
          expect(distinct(h.keys(scenario.operation)), 'one key').to.have.lengthOf(1);
          expect(trap.check(ctx.el)).to.deep.equal([]);
        });
      }
    });
  });
}
