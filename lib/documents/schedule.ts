/**
 * Opening-hours parts of a Schedule: local "HH:MM" times, calendar dates, IANA
 * zones, and the rules that keep a week unambiguous (no overlapping intervals on
 * a day, one exception per date).
 */
import { WEEKDAYS, type ScheduleException, type WeeklyInterval } from "./model.js";
import {
  at,
  atIndex,
  bool,
  list,
  oneOf,
  optional,
  pattern,
  refine,
  required,
  struct,
  withDefault,
  type Parser,
  type Reader,
} from "./reader.js";

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since local midnight; "24:00" is 1440, the end of the day. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export const openTime = pattern(HHMM, 'must be a time "HH:MM" 00:00..23:59');

/** A close may be "24:00" so that an interval can run to the end of the day. */
export const closeTime: Parser<string> = (v, path, r) =>
  typeof v === "string" && (HHMM.test(v) || v === "24:00") ? v : r.fail(path, 'must be a time "HH:MM" 00:00..24:00');

function closesAfterOpen(open: string, close: string, path: string, r: Reader): boolean {
  if (minutesOf(close) > minutesOf(open)) return true;
  r.fail(at(path, "close"), "must be after open");
  return false;
}

/** A real date in the proleptic Gregorian calendar, so 2026-02-30 is refused. */
export const calendarDate: Parser<string> = (v, path, r) => {
  const reason = "must be a calendar date YYYY-MM-DD";
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return r.fail(path, reason);
  const [y, m, d] = v.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? v : r.fail(path, reason);
};

/** The name pattern keeps out what Intl also accepts but is no IANA name, e.g. "+02:00". */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export const timeZone: Parser<string> = (v, path, r) => {
  if (typeof v === "string" && ZONE_NAME.test(v) && isKnownZone(v)) return v;
  return r.fail(path, "must be an IANA time zone, e.g. Europe/Helsinki");
};

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch (err) {
    if (err instanceof RangeError) return false;
    throw err;
  }
}

const weeklyInterval: Parser<WeeklyInterval> = refine(
  struct<WeeklyInterval>({
    days: required(list(oneOf(WEEKDAYS), { min: 1, max: WEEKDAYS.length, unique: [{ by: (d) => d }] })),
    open: required(openTime),
    close: required(closeTime),
  }),
  (w, path, r) => (closesAfterOpen(w.open, w.close, path, r) ? w : undefined),
);

/** Intervals may touch (close 12:00, open 12:00) but not share a minute. */
export const weekly: Parser<WeeklyInterval[]> = refine(list(weeklyInterval, { max: 100 }), (intervals, path, r) => {
  intervals.forEach((b, j) => {
    for (let i = 0; i < j; i++) {
      const a = intervals[i];
      const day = b.days.find((d) => a.days.includes(d));
      const overlaps = minutesOf(a.open) < minutesOf(b.close) && minutesOf(b.open) < minutesOf(a.close);
      if (day !== undefined && overlaps) {
        r.fail(atIndex(path, j), `overlaps ${atIndex(path, i)} on ${day}`);
        return;
      }
    }
  });
  return intervals;
});

interface ExceptionInput {
  date: string;
  closed: boolean;
  open?: string;
  close?: string;
}

/** `closed` defaults to false, so `{ date, open, close }` reads as special hours (SPEC §4 example). */
const exception: Parser<ScheduleException> = refine(
  struct<ExceptionInput>({
    date: required(calendarDate),
    closed: withDefault(bool, false),
    open: optional(openTime),
    close: optional(closeTime),
  }),
  (e, path, r): ScheduleException | undefined => {
    if (e.closed) {
      let ok = true;
      for (const key of ["open", "close"] as const) {
        if (e[key] !== undefined) {
          r.fail(at(path, key), "must be left out when closed is true");
          ok = false;
        }
      }
      return ok ? { date: e.date, closed: true } : undefined;
    }
    if (e.open === undefined || e.close === undefined) {
      for (const key of ["open", "close"] as const) {
        if (e[key] === undefined) r.fail(at(path, key), "is required unless closed is true");
      }
      return undefined;
    }
    return closesAfterOpen(e.open, e.close, path, r) ? { date: e.date, closed: false, open: e.open, close: e.close } : undefined;
  },
);

export const exceptions: Parser<ScheduleException[]> = list(exception, {
  max: 1000,
  unique: [{ by: (e) => e.date, field: "date" }],
});
