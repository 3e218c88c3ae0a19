import { expect } from '@open-wc/testing';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import '../src/workspace-members-panel/define.js';
import { q, textOf } from './fixtures/dom.js';
import { panelFixture, rows } from './fixtures/panel.js';

const { flowWorkspaceId } = DEMO_IDS;

describe('<workspace-members-panel>: reload()', () => {
  it('loads again after a failure, and has the rows once it resolves', async () => {
    const client = createMemoryClient();
    client.failNext('listWorkspaceMembers', 'network');
    const el = await panelFixture(client, flowWorkspaceId);
    expect(q(el, '[part~="error"]'), 'the first load failed').to.exist;

    await el.reload();
    await el.updateComplete;
    expect(q(el, '[part~="error"]')).to.equal(null);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('shows a person added elsewhere on a client that pushes no changes', async () => {
    const client = createMemoryClient({ capabilities: { liveUpdates: false } });
    const el = await panelFixture(client, flowWorkspaceId);
    await client.addWorkspaceMembers(flowWorkspaceId, [{ type: 'new-client', fullName: 'Zoe Quinn', email: 'zoe.quinn@example.com' }]);
    await el.updateComplete;
    expect(textOf(el, '[part="count"]'), 'nothing pushed the change').to.equal('Client Onboarding · 7 members');

    await el.reload();
    await el.updateComplete;
    expect(textOf(el, '[part="count"]')).to.equal('Client Onboarding · 8 members');
  });

  it('does nothing without a workspace', async () => {
    const client = createMemoryClient();
    const el = await panelFixture(client, flowWorkspaceId);
    el.workspaceId = '';
    await el.updateComplete;
    const loads = client.callCount('getWorkspace');
    await el.reload();
    expect(client.callCount('getWorkspace')).to.equal(loads);
  });
});
