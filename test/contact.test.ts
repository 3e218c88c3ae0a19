import { expect } from '@open-wc/testing';
import { parseContact } from '../src/client/contact.js';

describe('parseContact', () => {
  it('recognises an email', () => {
    expect(parseContact(' ada@example.com ')).to.deep.equal({ ok: true, kind: 'email', value: 'ada@example.com' });
  });
  it('normalises a phone number to E.164', () => {
    expect(parseContact('+44 20 7946 0958')).to.deep.equal({ ok: true, kind: 'phone', value: '+442079460958' });
  });
  it('converts an internationalized domain to punycode', () => {
    expect(parseContact('jürgen@bücher.de')).to.deep.equal({ ok: true, kind: 'email', value: 'jürgen@xn--bcher-kva.de' });
  });
});
