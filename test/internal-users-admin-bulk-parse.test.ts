import { expect } from '@open-wc/testing';
import { isTruthyFlag, parseBulkText, splitCsv } from '../src/internal-users-admin/bulk-parse.js';
import type { ParsedEntry } from '../src/internal-users-admin/bulk-parse.js';

/** Name, contact, userId, admin of each entry: the parts the tests care about. */
function people(text: string): Array<[string, string, string?, boolean?]> {
  return parseBulkText(text).map((entry: ParsedEntry) => {
    const row: [string, string, string?, boolean?] = [entry.fullName, entry.contact];
    if (entry.userId || entry.isAdministrator) row.push(entry.userId, entry.isAdministrator);
    return row;
  });
}

describe('parseBulkText: one person per line', () => {
  it('reads Name <email>, with or without quotes around the name', () => {
    expect(people('Ada Lovelace <ada@example.com>')).to.deep.equal([['Ada Lovelace', 'ada@example.com']]);
    expect(people('"Lovelace, Ada" <ada@example.com>')).to.deep.equal([['Lovelace, Ada', 'ada@example.com']]);
    expect(people('  Ada   Lovelace   <ada@example.com>  ')).to.deep.equal([['Ada Lovelace', 'ada@example.com']]);
    expect(people('<ada@example.com>')).to.deep.equal([['', 'ada@example.com']]);
  });

  it('reads an email alone, leaving the name to fill in', () => {
    expect(people('ada@example.com')).to.deep.equal([['', 'ada@example.com']]);
    expect(people('mailto:ada@example.com')).to.deep.equal([['', 'ada@example.com']]);
  });

  it('reads a phone number before or after the name', () => {
    expect(people('+44 20 7946 0958 Alan Turing')).to.deep.equal([['Alan Turing', '+44 20 7946 0958']]);
    expect(people('Alan Turing +44 20 7946 0958')).to.deep.equal([['Alan Turing', '+44 20 7946 0958']]);
    expect(people('+1 (415) 555-0123 Casey Morgan')).to.deep.equal([['Casey Morgan', '+1 (415) 555-0123']]);
    expect(people('0044 20 7946 0958 Alan Turing')).to.deep.equal([['Alan Turing', '0044 20 7946 0958']]);
    expect(people('+44 20 7946 0958')).to.deep.equal([['', '+44 20 7946 0958']]);
  });

  it('reads Name, email and email, Name, with commas, semicolons or tabs', () => {
    expect(people('Grace Hopper, grace@example.com')).to.deep.equal([['Grace Hopper', 'grace@example.com']]);
    expect(people('grace@example.com, Grace Hopper')).to.deep.equal([['Grace Hopper', 'grace@example.com']]);
    expect(people('Grace Hopper; grace@example.com')).to.deep.equal([['Grace Hopper', 'grace@example.com']]);
    expect(people('Grace Hopper\tgrace@example.com')).to.deep.equal([['Grace Hopper', 'grace@example.com']]);
    expect(people('Alan Turing, +44 20 7946 0958')).to.deep.equal([['Alan Turing', '+44 20 7946 0958']]);
  });

  it('reads words around an email address', () => {
    expect(people('Katherine Johnson katherine@example.com')).to.deep.equal([['Katherine Johnson', 'katherine@example.com']]);
    expect(people('katherine@example.com Katherine Johnson')).to.deep.equal([['Katherine Johnson', 'katherine@example.com']]);
  });

  it('takes an Administrator flag after Name, email', () => {
    expect(people('Grace Hopper, grace@example.com, admin')).to.deep.equal([['Grace Hopper', 'grace@example.com', '', true]]);
    expect(people('Grace Hopper, grace@example.com, yes')).to.deep.equal([['Grace Hopper', 'grace@example.com', '', true]]);
  });

  it('splits a line holding several addresses as mail programs copy them', () => {
    expect(people('Ada Lovelace <ada@example.com>, Alan Turing <alan@example.com>; grace@example.com')).to.deep.equal([
      ['Ada Lovelace', 'ada@example.com'],
      ['Alan Turing', 'alan@example.com'],
      ['', 'grace@example.com'],
    ]);
    expect(people('"Lovelace, Ada" <ada@example.com>, "Turing, Alan" <alan@example.com>')).to.deep.equal([
      ['Lovelace, Ada', 'ada@example.com'],
      ['Turing, Alan', 'alan@example.com'],
    ]);
  });

  it('keeps malformed lines as rows to fix rather than dropping them', () => {
    expect(people('Grace Hopper <grace@example>')).to.deep.equal([['Grace Hopper', 'grace@example']]);
    expect(people('Grace Hopper')).to.deep.equal([['Grace Hopper', '']]);
    expect(people('grace.example.com')).to.deep.equal([['', 'grace.example.com']]);
    expect(people('Alan Turing 020 7946 0958')).to.deep.equal([['Alan Turing', '020 7946 0958']]);
  });

  it('skips blank lines, handles Windows line endings and a BOM, and records source lines', () => {
    const entries = parseBulkText('\uFEFF\r\nAda Lovelace <ada@example.com>\r\n\r\n   \r\n+44 20 7946 0958 Alan Turing\r\n');
    expect(entries.map((entry) => [entry.line, entry.fullName])).to.deep.equal([
      [2, 'Ada Lovelace'],
      [5, 'Alan Turing'],
    ]);
    expect(entries[0]!.source).to.equal('Ada Lovelace <ada@example.com>');
    expect(parseBulkText('')).to.deep.equal([]);
    expect(parseBulkText('\n  \n\t\n')).to.deep.equal([]);
  });

  it('keeps names in any script, trimmed and with inner spaces collapsed', () => {
    expect(people('山田 太郎 <taro@example.jp>')).to.deep.equal([['山田 太郎', 'taro@example.jp']]);
    expect(people('Zoë   O’Brien, zoe@example.ie')).to.deep.equal([['Zoë O’Brien', 'zoe@example.ie']]);
    expect(people('محمد علي <m.ali@example.com>')).to.deep.equal([['محمد علي', 'm.ali@example.com']]);
  });
});

describe('parseBulkText: CSV with a header', () => {
  it('reads columns by their names, in any order and case', () => {
    const text = 'Email,Full Name,User ID,Administrator\nada@example.com,Ada Lovelace,ada,yes\ngrace@example.com,Grace Hopper,,no';
    expect(people(text)).to.deep.equal([
      ['Ada Lovelace', 'ada@example.com', 'ada', true],
      ['Grace Hopper', 'grace@example.com'],
    ]);
  });

  it('uses the phone column when there is no email, and joins first and last names', () => {
    const text = 'First Name;Last Name;Mobile;Email\nAlan;Turing;+44 20 7946 0958;\nAda;Lovelace;;ada@example.com';
    expect(people(text)).to.deep.equal([
      ['Alan Turing', '+44 20 7946 0958'],
      ['Ada Lovelace', 'ada@example.com'],
    ]);
  });

  it('reads a spreadsheet paste (tabs) and ignores columns it does not know', () => {
    const text =
      'Name\tDepartment\tEmail address\tRole\nAda Lovelace\tEngineering\tada@example.com\tAdministrator\nAlan Turing\tResearch\talan@example.com\tMember';
    expect(people(text)).to.deep.equal([
      ['Ada Lovelace', 'ada@example.com', '', true],
      ['Alan Turing', 'alan@example.com'],
    ]);
  });

  it('honours quoted fields: commas, doubled quotes and line breaks inside them', () => {
    const text =
      'name,email,user id\n"Lovelace, Ada",ada@example.com,"a,1"\n"Grace ""Amazing"" Hopper",grace@example.com,\n"Alan\nTuring",alan@example.com,';
    const entries = parseBulkText(text);
    expect(entries.map((entry) => [entry.fullName, entry.contact, entry.userId])).to.deep.equal([
      ['Lovelace, Ada', 'ada@example.com', 'a,1'],
      ['Grace "Amazing" Hopper', 'grace@example.com', ''],
      ['Alan Turing', 'alan@example.com', ''],
    ]);
    expect(entries.map((entry) => entry.line)).to.deep.equal([2, 3, 4]);
  });

  it('keeps rows with missing fields, and skips empty records', () => {
    const text = 'name,email\nAda Lovelace,\n,,\n,grace@example.com\n';
    expect(people(text)).to.deep.equal([
      ['Ada Lovelace', ''],
      ['', 'grace@example.com'],
    ]);
  });

  it('does not mistake a first person for a header', () => {
    expect(people('Ada Lovelace, ada@example.com\nAlan Turing, alan@example.com')).to.have.length(2);
    expect(people('Name <name@example.com>')).to.deep.equal([['Name', 'name@example.com']]);
  });

  it('reads a header-only paste as nothing', () => {
    expect(parseBulkText('name,email\n')).to.deep.equal([]);
  });
});

describe('bulk parsing helpers', () => {
  it('recognises the usual ways of saying yes', () => {
    for (const value of ['yes', 'Y', 'TRUE', '1', 'x', 'admin', 'Administrator', '✓']) expect(isTruthyFlag(value), value).to.equal(true);
    for (const value of ['no', '', '0', 'false', 'member', 'n']) expect(isTruthyFlag(value), value).to.equal(false);
  });

  it('splits CSV records with their starting lines', () => {
    expect(splitCsv('a,b\n"c\nd",e\n\nf,g', ',')).to.deep.equal([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c\nd', 'e'], line: 2 },
      { cells: ['f', 'g'], line: 5 },
    ]);
  });
});
