import type { EventDate } from './types';

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function parts(date: string): DateParts | undefined {
  const match = DATE_SHAPE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  return { year, month, day };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar day. */
export function isEventDate(value: unknown): value is EventDate {
  return typeof value === 'string' && parts(value) !== undefined;
}

export function yearOf(date: EventDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Compares two dates at the precision they share, so `2016` and `2016-11` are equal: a year-only date
 * says nothing about which month came first.
 */
export function compareDates(a: EventDate, b: EventDate): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** "2016", "November 2016" or "10 November 2016": never more precise than the source. */
export function formatDate(date: EventDate): string {
  const p = parts(date);
  if (!p) return date;
  if (p.month === undefined) return String(p.year);
  const month = MONTHS[p.month - 1];
  return p.day === undefined ? `${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}

/** "17 June" or "June": the date within its year, for lists under the year's heading. */
export function formatInYear(date: EventDate): string {
  const p = parts(date);
  if (!p || p.month === undefined) return '';
  const month = MONTHS[p.month - 1];
  return p.day === undefined ? `${month}` : `${p.day} ${month}`;
}
