import { expect } from '@open-wc/testing';
import { ActionKey } from '../src/internal/idempotency.js';

describe('ActionKey', () => {
  it('reuses the key for the same input, gives a changed input a new one, and starts afresh once settled', () => {
    const action = new ActionKey();
    const first = action.for({ fullName: 'Ada', email: 'ada@example.com' });
    expect(action.for({ fullName: 'Ada', email: 'ada@example.com' }), 'a retry').to.equal(first);
    const changed = action.for({ fullName: 'Ada', email: 'ada@example.org' });
    expect(changed, 'another input').not.to.equal(first);
    action.settled();
    expect(action.for({ fullName: 'Ada', email: 'ada@example.org' }), 'after success').not.to.equal(changed);
  });
});
