/**
 * Local wall-clock time in an IANA zone, on top of `Intl.DateTimeFormat` (Node
 * ships full ICU, so every zone and its whole rule history is known).
 *
 * A wall-clock reading is handled as "wall ms": the local date and time written as
 * if it were UTC (`Date.UTC(y, m - 1, d, h, mi)`). That makes calendar days plain
 * arithmetic (`floor(wall / DAY_MS)` is the local day number) and the UTC offset
 * `wall(t) - t`.
 *
 * Converting a wall time back to an instant has two irregular cases, both decided
 * here once for the whole scheduler:
 * - a wall time that does not exist (the spring-forward gap, e.g. 03:30 in
 *   Helsinki on the last Sunday of March) maps to the first instant after the gap,
 *   the transition itself (04:00 local). A shift that would start inside the gap
 *   therefore starts the moment the clocks have moved on, and a shift that would
 *   close inside it closes at the same moment.
 * - a wall time that happens twice (the fall-back overlap, e.g. 03:30 in Helsinki
 *   on the last Sunday of October) maps to the earlier instant, still on summer time.
 * Both rules keep the mapping monotone (a later wall time never gives an earlier
 * instant), so intervals that do not overlap on the clock never overlap in time.
 */
import { WEEKDAYS, type Weekday } from "../../../../lib/documents/model.js";

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

export interface LocalParts {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** Whole minutes since local midnight, 0..1439 (seconds are dropped). */
  minuteOfDay: number;
}

// Formatters are costly to build and hold no state between calls, so one per zone
// is kept; results depend only on the arguments.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local wall-clock reading of an instant, as wall ms (see the module comment). */
export function wallClock(epochMs: number, timeZone: string): number {
  const p = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(epochMs)) {
    if (part.type in p) p[part.type as keyof typeof p] = Number(part.value);
  }
  // Some ICU versions write midnight as "24" even with h23.
  const hour = p.hour % 24;
  const subSecond = ((epochMs % 1000) + 1000) % 1000;
  return Date.UTC(p.year, p.month - 1, p.day, hour, p.minute, p.second) + subSecond;
}

export function localParts(epochMs: number, timeZone: string): LocalParts {
  const wall = wallClock(epochMs, timeZone);
  const day = Math.floor(wall / DAY_MS);
  return { date: dateOfDay(day), weekday: weekdayOfDay(day), minuteOfDay: Math.floor((wall - day * DAY_MS) / MINUTE_MS) };
}

/**
 * The instant at which the local clock in `timeZone` reads `minuteOfDay` on `date`.
 * `minuteOfDay` may be 1440 ("24:00"), which is midnight at the start of the next day.
 * Gap and overlap rules: see the module comment.
 */
export function zonedTimeToEpoch(date: string, minuteOfDay: number, timeZone: string): number {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > MINUTES_PER_DAY) {
    throw new RangeError(`minuteOfDay must be an integer 0..1440, got ${minuteOfDay}`);
  }
  return wallToEpoch(dayOfDate(date) * DAY_MS + minuteOfDay * MINUTE_MS, timeZone);
}

/** `zonedTimeToEpoch` on wall ms. */
export function wallToEpoch(wall: number, timeZone: string): number {
  // The offsets a day either side bracket any transition near this wall time (zones
  // never change offset twice within two days), so one of them is the offset in
  // force unless the wall time falls in a gap.
  const offsets = new Set([wall - DAY_MS, wall, wall + DAY_MS].map((t) => wallClock(t, timeZone) - t));
  const candidates = [...offsets].map((o) => wall - o).sort((a, b) => a - b);
  const exact = candidates.find((t) => wallClock(t, timeZone) === wall);
  if (exact !== undefined) return exact;

  // In a gap: the clock reads earlier than `wall` at the first candidate and later at
  // the last; the transition is the first instant reading later.
  let lo = candidates[0] ?? wall;
  let hi = candidates[candidates.length - 1] ?? wall;
  // Not bracketed means two transitions within two days, which tzdata does not
  // have; answering the later candidate keeps the result monotone all the same.
  if (!(wallClock(lo, timeZone) < wall && wallClock(hi, timeZone) > wall)) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClock(mid, timeZone) > wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayOfDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) throw new RangeError(`date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  // setUTCFullYear, unlike Date.UTC, does not read years 0..99 as 1900..1999.
  return new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday, index 3 in WEEKDAYS (mon first). */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7];
}
