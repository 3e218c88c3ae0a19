/**
 * The kit's one rule for relative times (`formatRelativeTime`, which every element reaches as
 * `this.localize.relativeTime`): the same units and thresholds for the past and the future,
 * `numeric: 'auto'` words, no weeks.
 */
import { expect } from '@open-wc/testing';
import { formatRelativeTime } from '../src/i18n/format.js';

const now = new Date('2026-03-10T12:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(now.getTime() + offset);
const auto = (locale: string, value: number, unit: Intl.RelativeTimeFormatUnit) =>
  new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);

describe('formatRelativeTime: one rule for every relative time', () => {
  it('words two rows made a second apart alike ("Invited now · Expires in 7 days" in both)', () => {
    // The issue: one row said "1 second ago · in 7 days", the next "now · next week".
    expect(formatRelativeTime('en', at(-1 * SECOND), now)).to.equal('now');
    expect(formatRelativeTime('en', at(0), now)).to.equal('now');
    expect(formatRelativeTime('en', at(7 * DAY - SECOND), now)).to.equal('in 7 days');
    expect(formatRelativeTime('en', at(7 * DAY), now)).to.equal('in 7 days');
  });

  const table: Array<[offset: number, future: string, past: string]> = [
    [59 * SECOND, 'now', 'now'],
    [60 * SECOND, 'in 1 minute', '1 minute ago'],
    [90 * SECOND, 'in 2 minutes', '2 minutes ago'],
    [59 * MINUTE, 'in 59 minutes', '59 minutes ago'],
    [59.5 * MINUTE, 'in 1 hour', '1 hour ago'],
    [90 * MINUTE, 'in 2 hours', '2 hours ago'],
    [23 * HOUR, 'in 23 hours', '23 hours ago'],
    [23.5 * HOUR, 'tomorrow', 'yesterday'],
    [36 * HOUR, 'in 2 days', '2 days ago'],
    [7 * DAY, 'in 7 days', '7 days ago'],
    [14 * DAY, 'in 14 days', '14 days ago'],
    [30 * DAY, 'in 30 days', '30 days ago'],
    [59 * DAY, 'in 59 days', '59 days ago'],
    [60 * DAY, 'in 2 months', '2 months ago'],
    [330 * DAY, 'in 11 months', '11 months ago'],
    [360 * DAY, 'next year', 'last year'],
    [3 * 365 * DAY, 'in 3 years', '3 years ago'],
  ];
  for (const [offset, future, past] of table) {
    it(`says “${future}” and “${past}” at the same distance`, () => {
      expect(formatRelativeTime('en', at(offset), now)).to.equal(future);
      expect(formatRelativeTime('en', at(-offset), now)).to.equal(past);
    });
  }

  it('uses the same unit and count in every locale, in that locale’s words', () => {
    for (const locale of ['es', 'de', 'ja', 'ar']) {
      expect(formatRelativeTime(locale, at(7 * DAY), now), locale).to.equal(auto(locale, 7, 'day'));
      expect(formatRelativeTime(locale, at(-90 * MINUTE), now), locale).to.equal(auto(locale, -2, 'hour'));
      expect(formatRelativeTime(locale, at(-20 * SECOND), now), locale).to.equal(auto(locale, 0, 'second'));
      expect(formatRelativeTime(locale, at(DAY), now), locale).to.equal(auto(locale, 1, 'day'));
    }
  });
});
