/** Dates as exports write them. */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar day an ISO 8601 date or date-time names, as written (no time-zone conversion). */
export function calendarDay(iso: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
}

/** `YYYY-MM-DD` of a timestamp in UTC, so the same record gives the same day on every machine. */
export const utcDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
