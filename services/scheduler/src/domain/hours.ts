/**
 * Opening hours (SPEC §1 Schedule, §3.5): whether a group is open at an instant,
 * the open or closed stretch around it, and when that changes next. Every function
 * is pure; `now` is epoch ms (STYLE §2), and the instants returned are meant to be
 * timer `fireAt` values.
 *
 * Model:
 * - A local day's intervals are its exception if there is one (closed all day, or
 *   the special hours), otherwise the weekly intervals for its weekday.
 * - An interval is half-open, [open, close): open at 08:00, closed at 16:00.
 *   "24:00" is midnight at the start of the next day.
 * - Each interval becomes the instants [zonedTimeToEpoch(open), zonedTimeToEpoch(close))
 *   under the gap and overlap rules in `zoned.ts`; "open" means `now` lies in one.
 *   So 02:00–05:00 lasts 2 h on a spring-forward day and 4 h on a fall-back day,
 *   and an interval lying wholly inside a gap never opens.
 * - Intervals that touch in time, within a day or across midnight (20:00–24:00 then
 *   00:00–06:00), form one continuous window: no change happens between them, and
 *   C8 ("open this long") counts from the window's start.
 * - Searches reach HORIZON_DAYS either way from `now`; a window that runs past that
 *   is reported with `since` or `until` undefined ("not within the horizon", in
 *   practice never: a 24/7 schedule, or one with no intervals left).
 */
import type { CallbackSettings, ScheduleSpec, Weekday } from "../../../../lib/documents/model.js";
import { minutesOf } from "../../../../lib/documents/schedule.js";
import { DAY_MS, MINUTE_MS, dayOfDate, wallClock, wallToEpoch, weekdayOfDay } from "./zoned.js";

export const HORIZON_DAYS = 400;

/** Minutes since local midnight; `close` may be 1440 (end of the day). Half-open. */
export interface LocalInterval {
  open: number;
  close: number;
}

export interface HoursWindow {
  open: boolean;
  /** When the current state began: the last opening or closing; undefined beyond the horizon. */
  since: number | undefined;
  /** When it ends: the next closing (if open) or opening (if closed); undefined = not within the horizon. */
  until: number | undefined;
}

// ---------------------------------------------------------------- local days

interface Compiled {
  timeZone: string;
  weekly: ReadonlyMap<Weekday, LocalInterval[]>;
  /** By local day number (days since 1970-01-01). */
  exceptions: ReadonlyMap<number, LocalInterval[]>;
}

const byOpen = (a: LocalInterval, b: LocalInterval): number => a.open - b.open;

function compile(schedule: ScheduleSpec): Compiled {
  const weekly = new Map<Weekday, LocalInterval[]>();
  for (const w of schedule.weekly) {
    for (const day of w.days) {
      const list = weekly.get(day) ?? [];
      list.push({ open: minutesOf(w.open), close: minutesOf(w.close) });
      weekly.set(day, list);
    }
  }
  for (const list of weekly.values()) list.sort(byOpen);
  const exceptions = new Map<number, LocalInterval[]>();
  for (const e of schedule.exceptions) {
    exceptions.set(dayOfDate(e.date), e.closed ? [] : [{ open: minutesOf(e.open), close: minutesOf(e.close) }]);
  }
  return { timeZone: schedule.timeZone, weekly, exceptions };
}

function intervalsOfDay(c: Compiled, day: number): readonly LocalInterval[] {
  return c.exceptions.get(day) ?? c.weekly.get(weekdayOfDay(day)) ?? [];
}

/** The local open intervals of a calendar day (YYYY-MM-DD), sorted by opening. */
export function openIntervalsOn(schedule: ScheduleSpec, date: string): LocalInterval[] {
  return intervalsOfDay(compile(schedule), dayOfDate(date)).map((i) => ({ ...i }));
}

// ---------------------------------------------------------------- spans in time

interface Span {
  start: number;
  end: number;
  /** The edge in the scan's direction is the horizon, not a real change. */
  cut: boolean;
}

const touches = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;
const union = (a: Span, b: Span, cut: boolean): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), cut });

/**
 * Maximal runs of touching intervals in wall ms, scanning local days `from` to `to`
 * inclusive (either direction). Merging on the wall clock first means a 24/7
 * schedule costs two zone conversions, not two per day.
 */
function* wallRuns(c: Compiled, from: number, to: number): Generator<Span> {
  const step = to >= from ? 1 : -1;
  const horizon = step > 0 ? (to + 1) * DAY_MS : to * DAY_MS;
  let cur: Span | undefined;
  for (let day = from; step > 0 ? day <= to : day >= to; day += step) {
    const list = intervalsOfDay(c, day);
    for (let k = 0; k < list.length; k++) {
      const i = list[step > 0 ? k : list.length - 1 - k];
      const next: Span = { start: day * DAY_MS + i.open * MINUTE_MS, end: day * DAY_MS + i.close * MINUTE_MS, cut: false };
      if (cur !== undefined && touches(cur, next)) {
        cur = union(cur, next, false);
      } else {
        if (cur !== undefined) yield cur;
        cur = next;
      }
    }
  }
  if (cur !== undefined) yield { ...cur, cut: (step > 0 ? cur.end : cur.start) === horizon };
}

/**
 * Maximal open spans in epoch ms, in scan order. Runs apart on the clock can touch
 * in time (one closes at 03:00 in a spring-forward gap, the next opens at 04:00,
 * the same instant), and a run inside a gap is empty; both are settled here.
 */
function* spans(c: Compiled, from: number, to: number): Generator<Span> {
  let cur: Span | undefined;
  for (const run of wallRuns(c, from, to)) {
    const next: Span = { start: wallToEpoch(run.start, c.timeZone), end: wallToEpoch(run.end, c.timeZone), cut: run.cut };
    if (next.start === next.end) continue;
    if (cur !== undefined && touches(cur, next)) {
      cur = union(cur, next, next.cut);
    } else {
      if (cur !== undefined) yield cur;
      cur = next;
    }
  }
  if (cur !== undefined) yield cur;
}

// Slack around `now`'s own local day. Where a clock steps back across midnight, an
// instant can read as yesterday after today has begun, so the interval covering it
// belongs to a neighbouring day. None of the zones in the tests does this; the
// margin costs two days of lookups and removes the question.
const MARGIN_DAYS = 2;

function localDay(c: Compiled, now: number): number {
  return Math.floor(wallClock(now, c.timeZone) / DAY_MS);
}

// ---------------------------------------------------------------- public queries

/** SPEC §2: a group that references no schedule is always open. */
export function isOpen(schedule: ScheduleSpec | undefined, now: number): boolean {
  if (schedule === undefined) return true;
  const c = compile(schedule);
  const day = localDay(c, now);
  for (const s of spans(c, day - MARGIN_DAYS, day + MARGIN_DAYS)) {
    if (s.start > now) return false;
    if (now < s.end) return true;
  }
  return false;
}

/** The open or closed stretch containing `now`. */
export function currentWindow(schedule: ScheduleSpec | undefined, now: number): HoursWindow {
  if (schedule === undefined) return { open: true, since: undefined, until: undefined };
  const c = compile(schedule);
  const day = localDay(c, now);

  let open = false;
  let until: number | undefined;
  for (const s of spans(c, day - MARGIN_DAYS, day + HORIZON_DAYS)) {
    if (s.end <= now) continue;
    open = s.start <= now;
    until = open ? (s.cut ? undefined : s.end) : s.start;
    break;
  }

  let since: number | undefined;
  for (const s of spans(c, day + MARGIN_DAYS, day - HORIZON_DAYS)) {
    if (s.start > now) continue;
    since = open ? (s.cut ? undefined : s.start) : s.end;
    break;
  }
  return { open, since, until };
}

/** The next instant the schedule opens or closes; undefined = not within the horizon. */
export function nextChange(schedule: ScheduleSpec | undefined, now: number): number | undefined {
  return currentWindow(schedule, now).until;
}

// ---------------------------------------------------------------- callback offers

export type OfferWindowSettings = Pick<CallbackSettings, "offerAfterOpenMinutes" | "stopBeforeCloseMinutes">;

export interface OfferWindow {
  /** Inside the window of SPEC §3.4.1; the C9–C11 triggers are checked elsewhere. */
  offer: boolean;
  reason?: "closed" | "tooSoonAfterOpen" | "tooCloseToClose";
  /** The next instant `offer` or `reason` changes; undefined = never (within the horizon). */
  nextChange?: number;
}

/**
 * SPEC C8, C12, §3.4.1: callbacks are offered once the group has been open
 * `offerAfterOpenMinutes` (C8) and until `stopBeforeCloseMinutes` (C12) before it
 * closes. Both count on the continuous open window, so a group open 20:00–24:00 and
 * 00:00–06:00 is not "just opened" at midnight.
 *
 * A window with no known start (no schedule: always open; or open past the horizon)
 * has been open for ever, so C8 is met; one with no known end never closes, so C12
 * never applies. When both apply at once (a window shorter than C8 + C12),
 * `tooCloseToClose` wins: waiting will not help before closing.
 */
export function callbackOfferWindow(schedule: ScheduleSpec | undefined, settings: OfferWindowSettings, now: number): OfferWindow {
  const w = currentWindow(schedule, now);
  if (!w.open) return withNext({ offer: false, reason: "closed" }, w.until);
  const offerFrom = w.since === undefined ? -Infinity : w.since + settings.offerAfterOpenMinutes * MINUTE_MS;
  const offerUntil = w.until === undefined ? Infinity : w.until - settings.stopBeforeCloseMinutes * MINUTE_MS;
  if (now >= offerUntil) return withNext({ offer: false, reason: "tooCloseToClose" }, w.until);
  if (now < offerFrom) return withNext({ offer: false, reason: "tooSoonAfterOpen" }, Math.min(offerFrom, offerUntil));
  return withNext({ offer: true }, w.until === undefined ? undefined : offerUntil);
}

function withNext(result: OfferWindow, next: number | undefined): OfferWindow {
  return next === undefined ? result : { ...result, nextChange: next };
}
