import { expect } from '@open-wc/testing';
import { namesFields, placeFieldErrors } from '../src/internal/field-errors.js';
import { DRAFT_FIELD_TARGETS } from '../src/invite-user-form/invite-draft.js';
import { toFormErrors } from '../src/workspace-members-picker/new-person-form.js';

describe('placeFieldErrors', () => {
  const targets = {
    fullName: 'name',
    email: 'contact',
    phone: 'contact',
    delivery: 'workspace',
    'delivery.workspaceId': 'workspace',
  } as const;

  it('puts each request field’s message on the form field that shows it', () => {
    expect(placeFieldErrors({ fullName: 'Too long.', email: 'Refused.' }, targets)).to.deep.equal({
      fields: { name: 'Too long.', contact: 'Refused.' },
      other: [],
    });
  });

  it('keeps the first message when two request fields share a form field', () => {
    expect(placeFieldErrors({ phone: 'No texts.', email: 'Refused.' }, targets).fields).to.deep.equal({ contact: 'No texts.' });
  });

  it('returns messages about fields the form doesn’t have apart, in the backend’s order', () => {
    expect(placeFieldErrors({ isAdministrator: 'Not allowed.', email: 'Refused.', locale: 'Unknown.' }, targets)).to.deep.equal({
      fields: { contact: 'Refused.' },
      other: ['Not allowed.', 'Unknown.'],
    });
  });

  it('finds nested and indexed names by their last segments, then by their parents', () => {
    const placed = placeFieldErrors(
      { 'delivery.workspaceId': 'Archived.', 'additions[0].email': 'Refused.', 'additions.1.fullName': 'Too long.' },
      targets,
    );
    expect(placed.fields).to.deep.equal({ workspace: 'Archived.', contact: 'Refused.', name: 'Too long.' });
    expect(placeFieldErrors({ 'delivery.method': 'Not offered.' }, targets).fields).to.deep.equal({ workspace: 'Not offered.' });
  });

  it('ignores names inherited from Object and empty messages, and takes no errors at all', () => {
    expect(placeFieldErrors({ toString: 'x', constructor: 'y', email: '  ' }, targets)).to.deep.equal({ fields: {}, other: ['x', 'y'] });
    expect(placeFieldErrors(undefined, targets)).to.deep.equal({ fields: {}, other: [] });
  });

  it('tells whether a backend named any field', () => {
    expect(namesFields(undefined)).to.equal(false);
    expect(namesFields({})).to.equal(false);
    expect(namesFields({ email: '' })).to.equal(false);
    expect(namesFields({ somethingElse: 'Taken.' })).to.equal(true);
  });
});

describe('the forms’ field tables', () => {
  it('the invite form: email, phone and the memory client’s contact on the contact field, the delivery on the workspace', () => {
    const placed = placeFieldErrors(
      { fullName: 'a', contact: 'b', userId: 'c', 'delivery.workspaceId': 'd', isAdministrator: 'e' },
      DRAFT_FIELD_TARGETS,
    );
    expect(placed).to.deep.equal({ fields: { fullName: 'a', contact: 'b', userId: 'c', workspaceId: 'd' }, other: ['e'] });
    expect(placeFieldErrors({ phone: 'p' }, DRAFT_FIELD_TARGETS).fields).to.deep.equal({ contact: 'p' });
  });

  it('the picker’s new-person form: a User ID only where the form asks for one', () => {
    expect(toFormErrors('new-internal', { 'additions.0.email': 'a', userId: 'b' })).to.deep.equal({ contact: 'a', userId: 'b' });
    expect(toFormErrors('new-client', { phone: 'a', userId: 'b' })).to.deep.equal({ contact: 'a' });
  });
});
