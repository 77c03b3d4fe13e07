import type { EventDate } from './types.ts';

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
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
