/**
 * Random valid schedules in zones with gaps, overlaps and odd offsets, probed at
 * random instants clustered around DST transitions, where the arithmetic breaks.
 */
import test from "ava";
import fc from "fast-check";
import { WEEKDAYS, type ScheduleException, type ScheduleSpec, type WeeklyInterval } from "../../../lib/documents/model.js";
import { callbackOfferWindow, currentWindow, isOpen, localParts, nextChange, zonedTimeToEpoch } from "../../../services/scheduler/index.js";
import { at, schedule } from "./fixtures.js";

const ZONES = ["Europe/Helsinki", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];
const TRANSITIONS = [
  at("2026-03-29", "03:00", 2),
  at("2026-10-25", "04:00", 3),
  at("2026-03-08", "02:00", -5),
  at("2026-11-01", "02:00", -4),
  at("2026-04-05", "02:00", 11),
  at("2026-10-04", "02:00", 10.5),
];
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2027, 0, 1);
const HOUR_MS = 3_600_000;

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

// Quarter hours hit the 30-minute Lord Howe gap and the 03:00/04:00 edges; the odd
// minute keeps intervals from all lining up.
const boundary = fc.oneof(fc.integer({ min: 0, max: 96 }).map((q) => q * 15), fc.integer({ min: 1, max: 1439 }));

/** Non-overlapping intervals for one day: sorted distinct cut points, paired up. */
const dayIntervals = fc.uniqueArray(boundary, { maxLength: 6 }).map((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { open: string; close: string }[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ open: hhmm(sorted[i] ?? 0), close: hhmm(sorted[i + 1] ?? 0) });
  return out;
});

const weekly: fc.Arbitrary<WeeklyInterval[]> = fc.tuple(...WEEKDAYS.map(() => dayIntervals)).map((days) =>
  days.flatMap((list, d) => list.map((i) => ({ days: [WEEKDAYS[d] ?? "mon"], ...i }))),
);

const exceptionDate = fc.integer({ min: 0, max: 364 }).map((d) => new Date(FROM + d * 86_400_000).toISOString().slice(0, 10));
const exceptions: fc.Arbitrary<ScheduleException[]> = fc.uniqueArray(
  fc.oneof(
    exceptionDate.map((date): ScheduleException => ({ date, closed: true })),
    fc.tuple(exceptionDate, dayIntervals.filter((l) => l.length > 0)).map(([date, l]): ScheduleException => ({ date, closed: false, ...(l[0] ?? { open: "", close: "" }) })),
  ),
  { selector: (e) => e.date, maxLength: 8 },
);

const scheduleArb: fc.Arbitrary<ScheduleSpec> = fc.tuple(fc.constantFrom(...ZONES), weekly, exceptions).map(([zone, w, e]) => schedule(zone, w, e));

const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * HOUR_MS, max: 3 * HOUR_MS })).map(([t, d]) => t + d),
);

test("isOpen agrees with currentWindow, and flips exactly at nextChange", (t) => {
  fc.assert(
    fc.property(scheduleArb, instant, (s, now) => {
      const w = currentWindow(s, now);
      const open = isOpen(s, now);
      if (open !== w.open) return false;
      if (w.until !== undefined) {
        if (!(w.until > now)) return false;
        if (nextChange(s, now) !== w.until) return false;
        if (isOpen(s, w.until) === open) return false;
        if (isOpen(s, w.until - 1) !== open) return false;
      }
      if (w.since !== undefined) {
        if (!(w.since <= now)) return false;
        if (isOpen(s, w.since) !== open || isOpen(s, w.since - 1) === open) return false;
      }
      return true;
    }),
    { numRuns: 300 },
  );
  t.pass();
});

/** Reads the local clock with its own formatter, apart from the engine's. */
function reading(now: number, zone: string): { date: string; minute: number; weekday: string } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", weekday: "short" }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, minute: (Number(get("hour")) % 24) * 60 + Number(get("minute")), weekday: get("weekday").slice(0, 3).toLowerCase() };
}

test("away from DST changes, open means the local clock reads inside an interval of that day", (t) => {
  fc.assert(
    fc.property(scheduleArb, fc.integer({ min: FROM, max: TO }), (s, now) => {
      // Within a day of a transition the wall clock repeats or skips; the instant
      // rules there are checked by the table tests instead.
      const offset = (x: number): number => {
        const r = reading(x, s.timeZone);
        return Date.parse(`${r.date}T00:00Z`) + r.minute * 60_000 - (x - (x % 60_000));
      };
      if (offset(now - 86_400_000) !== offset(now + 86_400_000)) return true;
      const r = reading(now, s.timeZone);
      const exception = s.exceptions.find((e) => e.date === r.date);
      const intervals = exception !== undefined ? (exception.closed ? [] : [exception]) : s.weekly.filter((w) => w.days.includes(r.weekday as WeeklyInterval["days"][number]));
      const toMin = (x: string): number => Number(x.slice(0, 2)) * 60 + Number(x.slice(3));
      const expected = intervals.some((i) => toMin(i.open) <= r.minute && r.minute < toMin(i.close));
      return isOpen(s, now) === expected;
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test("local readings round-trip: the earliest instant with a reading reads the same", (t) => {
  fc.assert(
    fc.property(fc.constantFrom(...ZONES), instant, (zone, raw) => {
      const now = raw - (raw % 60_000);
      const p = localParts(now, zone);
      const back = zonedTimeToEpoch(p.date, p.minuteOfDay, zone);
      return back <= now && now - back <= HOUR_MS && JSON.stringify(localParts(back, zone)) === JSON.stringify(p);
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test("the callback offer window changes exactly at its nextChange", (t) => {
  const settings = fc.record({ offerAfterOpenMinutes: fc.integer({ min: 0, max: 1440 }), stopBeforeCloseMinutes: fc.integer({ min: 0, max: 1440 }) });
  fc.assert(
    fc.property(scheduleArb, settings, instant, (s, c, now) => {
      const w = callbackOfferWindow(s, c, now);
      if (w.offer !== (w.reason === undefined)) return false;
      if (w.offer && !isOpen(s, now)) return false;
      if (w.nextChange === undefined) return true;
      const same = (a: typeof w, b: typeof w): boolean => a.offer === b.offer && a.reason === b.reason;
      return w.nextChange > now && !same(callbackOfferWindow(s, c, w.nextChange), w) && same(callbackOfferWindow(s, c, w.nextChange - 1), w);
    }),
    { numRuns: 300 },
  );
  t.pass();
});
