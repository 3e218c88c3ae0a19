const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "in 7 days", "tomorrow", "in 5 hours", "yesterday": a link's expiry counted in days, as
 * its settings are chosen, rather than the rounded weeks and months of a general
 * relative time ("next week" would hide which day the link stops working).
 */
export function expiryDistance(locale: string, date: string, now: number = Date.now()): string {
  const seconds = (Date.parse(date) - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), 'minute');
}
