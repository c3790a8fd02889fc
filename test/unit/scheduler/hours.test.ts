/**
 * Opening hours on real zones. Every expected instant is a local reading minus the
 * offset tzdata gives for it (`at`), computed apart from the engine.
 */
import test from "ava";
import type { ScheduleSpec } from "../../../lib/documents/model.js";
import { callbackOfferWindow, currentWindow, isOpen, nextChange, openIntervalsOn, type HoursWindow, type OfferWindow } from "../../../services/scheduler/index.js";
import { EVERY_DAY, WORKDAYS, at, iso, schedule, specExample } from "./fixtures.js";

const HKI = "Europe/Helsinki";
const MS = 1;

function window(t: { deepEqual: (a: unknown, b: unknown, m?: string) => void }, s: ScheduleSpec | undefined, now: number, expected: HoursWindow): void {
  const w = currentWindow(s, now);
  t.deepEqual({ open: w.open, since: iso(w.since), until: iso(w.until) }, { open: expected.open, since: iso(expected.since), until: iso(expected.until) });
}

// ---------------------------------------------------------------- SPEC §4 example

// December in Helsinki is EET, +2. 2026-12-22 is a Tuesday, 12-23 the short day,
// 12-24 closed, 12-25 a plain Friday (not listed as an exception).
const specCases: [string, number, HoursWindow][] = [
  ["tue 07:59:59.999, before opening", at("2026-12-22", "08:00", 2) - MS, { open: false, since: at("2026-12-21", "16:00", 2), until: at("2026-12-22", "08:00", 2) }],
  ["tue 08:00, opening is inside", at("2026-12-22", "08:00", 2), { open: true, since: at("2026-12-22", "08:00", 2), until: at("2026-12-22", "16:00", 2) }],
  ["tue 15:59:59.999", at("2026-12-22", "16:00", 2) - MS, { open: true, since: at("2026-12-22", "08:00", 2), until: at("2026-12-22", "16:00", 2) }],
  ["tue 16:00, closing is outside", at("2026-12-22", "16:00", 2), { open: false, since: at("2026-12-22", "16:00", 2), until: at("2026-12-23", "08:00", 2) }],
  ["wed special hours, 11:59", at("2026-12-23", "11:59", 2), { open: true, since: at("2026-12-23", "08:00", 2), until: at("2026-12-23", "12:00", 2) }],
  ["wed special hours end at 12:00, thu closed all day", at("2026-12-23", "12:00", 2), { open: false, since: at("2026-12-23", "12:00", 2), until: at("2026-12-25", "08:00", 2) }],
  ["thu 10:00, closed by exception", at("2026-12-24", "10:00", 2), { open: false, since: at("2026-12-23", "12:00", 2), until: at("2026-12-25", "08:00", 2) }],
  ["fri 10:00, weekly hours", at("2026-12-25", "10:00", 2), { open: true, since: at("2026-12-25", "08:00", 2), until: at("2026-12-25", "16:00", 2) }],
  ["sat noon, weekend", at("2026-12-26", "12:00", 2), { open: false, since: at("2026-12-25", "16:00", 2), until: at("2026-12-28", "08:00", 2) }],
  ["sun 23:59:59.999", at("2026-12-28", "00:00", 2) - MS, { open: false, since: at("2026-12-25", "16:00", 2), until: at("2026-12-28", "08:00", 2) }],
];

for (const [name, now, expected] of specCases) {
  test(`SPEC example: ${name}`, (t) => {
    window(t, specExample, now, expected);
    t.is(isOpen(specExample, now), expected.open);
    t.is(nextChange(specExample, now), expected.until);
  });
}

test("SPEC example: summer time shifts the same local hours by one hour in UTC", (t) => {
  // 2026-06-10 is a Wednesday, EEST +3.
  window(t, specExample, at("2026-06-10", "12:00", 3), { open: true, since: at("2026-06-10", "08:00", 3), until: at("2026-06-10", "16:00", 3) });
});

test("openIntervalsOn: an exception replaces the weekday, a closed one leaves nothing", (t) => {
  t.deepEqual(openIntervalsOn(specExample, "2026-12-22"), [{ open: 480, close: 960 }]);
  t.deepEqual(openIntervalsOn(specExample, "2026-12-23"), [{ open: 480, close: 720 }]);
  t.deepEqual(openIntervalsOn(specExample, "2026-12-24"), []);
  t.deepEqual(openIntervalsOn(specExample, "2026-12-26"), []);
});

test("openIntervalsOn: sorted by opening whatever the document order, 24:00 is 1440", (t) => {
  const s = schedule(HKI, [
    { days: ["mon"], open: "18:00", close: "24:00" },
    { days: ["mon", "tue"], open: "08:00", close: "12:00" },
  ]);
  t.deepEqual(openIntervalsOn(s, "2026-12-21"), [
    { open: 480, close: 720 },
    { open: 1080, close: 1440 },
  ]);
});

test("no schedule: always open, and nothing ever changes", (t) => {
  const now = at("2026-12-24", "03:00", 2);
  t.true(isOpen(undefined, now));
  window(t, undefined, now, { open: true, since: undefined, until: undefined });
  t.is(nextChange(undefined, now), undefined);
});

// ---------------------------------------------------------------- DST

const sunday = (open: string, close: string): ScheduleSpec => schedule(HKI, [{ days: ["sun"], open, close }]);

test("DST: 02:00-05:00 on the spring-forward day lasts 2 hours", (t) => {
  const w = currentWindow(sunday("02:00", "05:00"), at("2026-03-29", "02:30", 2));
  t.is(w.since, at("2026-03-29", "02:00", 2));
  t.is(w.until, at("2026-03-29", "05:00", 3));
  t.is((w.until ?? 0) - (w.since ?? 0), 2 * 3_600_000);
});

test("DST: 02:00-05:00 on the fall-back day lasts 4 hours", (t) => {
  const w = currentWindow(sunday("02:00", "05:00"), at("2026-10-25", "02:30", 3));
  t.is(w.since, at("2026-10-25", "02:00", 3));
  t.is(w.until, at("2026-10-25", "05:00", 2));
  t.is((w.until ?? 0) - (w.since ?? 0), 4 * 3_600_000);
});

test("DST: an interval opening inside the gap opens at the first instant after it", (t) => {
  const s = sunday("03:30", "06:00");
  const gapEnd = at("2026-03-29", "04:00", 3);
  t.false(isOpen(s, gapEnd - MS));
  t.true(isOpen(s, gapEnd));
  t.is(nextChange(s, at("2026-03-29", "00:00", 2)), gapEnd);
});

test("DST: an interval wholly inside the gap never opens that day", (t) => {
  const s = sunday("03:10", "03:50");
  // The next Sunday, 2026-04-05, is on summer time.
  window(t, s, at("2026-03-29", "00:00", 2), { open: false, since: at("2026-03-22", "03:50", 2), until: at("2026-04-05", "03:10", 3) });
});

test("DST: one interval closing in the gap and the next opening after it are one window", (t) => {
  // 03:00 does not exist that night; both ends fall on the transition.
  const s = schedule(HKI, [
    { days: ["sun"], open: "01:00", close: "03:00" },
    { days: ["sun"], open: "04:00", close: "06:00" },
  ]);
  window(t, s, at("2026-03-29", "01:30", 2), { open: true, since: at("2026-03-29", "01:00", 2), until: at("2026-03-29", "06:00", 3) });
});

test("DST: an interval opening in the repeated hour opens at its first pass", (t) => {
  const s = sunday("03:30", "06:00");
  t.is(nextChange(s, at("2026-10-25", "00:00", 3)), at("2026-10-25", "03:30", 3));
  t.true(isOpen(s, at("2026-10-25", "03:10", 2)), "the second 03:10 is after the opening");
});

test("DST: New York, 01:00-03:00 on the fall-back day lasts 3 hours", (t) => {
  const s = schedule("America/New_York", [{ days: ["sun"], open: "01:00", close: "03:00" }]);
  const w = currentWindow(s, at("2026-11-01", "01:30", -5));
  t.true(w.open);
  t.is(w.since, at("2026-11-01", "01:00", -4));
  t.is(w.until, at("2026-11-01", "03:00", -5));
});

test("DST: Lord Howe's 30-minute gap, 02:00-04:00 lasts 90 minutes", (t) => {
  const s = schedule("Australia/Lord_Howe", [{ days: ["sun"], open: "02:00", close: "04:00" }]);
  const w = currentWindow(s, at("2026-10-04", "03:00", 11));
  t.is(w.since, at("2026-10-04", "02:30", 11));
  t.is(w.until, at("2026-10-04", "04:00", 11));
  t.is((w.until ?? 0) - (w.since ?? 0), 90 * 60_000);
});

test("Kolkata: half-hour offset, no DST", (t) => {
  const s = schedule("Asia/Kolkata", [{ days: WORKDAYS, open: "09:30", close: "18:00" }]);
  window(t, s, Date.UTC(2026, 5, 15, 4, 0), { open: true, since: at("2026-06-15", "09:30", 5.5), until: at("2026-06-15", "18:00", 5.5) });
  t.false(isOpen(s, at("2026-06-15", "09:30", 5.5) - MS));
});

// ---------------------------------------------------------------- merging, 24:00, never/always

test("intervals touching across midnight are one window, on different weekdays too", (t) => {
  const s = schedule(HKI, [
    { days: ["mon"], open: "20:00", close: "24:00" },
    { days: ["tue"], open: "00:00", close: "06:00" },
  ]);
  // 2026-06-08 is a Monday, EEST +3.
  const expected = { open: true, since: at("2026-06-08", "20:00", 3), until: at("2026-06-09", "06:00", 3) };
  window(t, s, at("2026-06-08", "23:59", 3), expected);
  window(t, s, at("2026-06-09", "00:00", 3), expected);
  window(t, s, at("2026-06-09", "05:00", 3), expected);
  t.not(nextChange(s, at("2026-06-08", "21:00", 3)), at("2026-06-09", "00:00", 3), "midnight is no change");
});

test("intervals touching within a day are one window", (t) => {
  const s = schedule(HKI, [
    { days: ["mon"], open: "08:00", close: "12:00" },
    { days: ["mon"], open: "12:00", close: "16:00" },
  ]);
  window(t, s, at("2026-06-08", "09:00", 3), { open: true, since: at("2026-06-08", "08:00", 3), until: at("2026-06-08", "16:00", 3) });
});

test("a 24:00 close with a closed next day closes at local midnight", (t) => {
  const s = schedule(HKI, [{ days: ["fri"], open: "22:00", close: "24:00" }]);
  // 2026-12-25 is a Friday.
  window(t, s, at("2026-12-25", "23:00", 2), { open: true, since: at("2026-12-25", "22:00", 2), until: at("2026-12-26", "00:00", 2) });
  t.false(isOpen(s, at("2026-12-26", "00:00", 2)));
});

test("no intervals: always closed, no change in sight", (t) => {
  const s = schedule(HKI, []);
  const now = at("2026-06-08", "12:00", 3);
  t.false(isOpen(s, now));
  window(t, s, now, { open: false, since: undefined, until: undefined });
  t.is(nextChange(s, now), undefined);
});

test("no weekly hours but one special day: it opens on that day only", (t) => {
  const s = schedule(HKI, [], [{ date: "2026-12-23", closed: false, open: "08:00", close: "12:00" }]);
  window(t, s, at("2026-06-08", "12:00", 3), { open: false, since: undefined, until: at("2026-12-23", "08:00", 2) });
  window(t, s, at("2026-12-23", "13:00", 2), { open: false, since: at("2026-12-23", "12:00", 2), until: undefined });
});

test("open 24/7: open, with no start or end in sight", (t) => {
  const s = schedule(HKI, [{ days: EVERY_DAY, open: "00:00", close: "24:00" }]);
  const now = at("2026-03-29", "04:00", 3);
  t.true(isOpen(s, now));
  window(t, s, now, { open: true, since: undefined, until: undefined });
});

test("open 24/7 with a closed holiday: closes at that local midnight, reopens at the next", (t) => {
  const s = schedule(HKI, [{ days: EVERY_DAY, open: "00:00", close: "24:00" }], [{ date: "2026-12-24", closed: true }]);
  window(t, s, at("2026-12-24", "12:00", 2), { open: false, since: at("2026-12-24", "00:00", 2), until: at("2026-12-25", "00:00", 2) });
  t.is(nextChange(s, at("2026-06-08", "12:00", 3)), at("2026-12-24", "00:00", 2));
});

test("the search horizon is 400 days: a change further out reads as none", (t) => {
  const s = schedule(HKI, [{ days: EVERY_DAY, open: "00:00", close: "24:00" }], [{ date: "2026-12-24", closed: true }]);
  t.is(nextChange(s, at("2026-01-01", "00:00", 2)), at("2026-12-24", "00:00", 2), "357 days out");
  t.is(nextChange(s, at("2025-06-01", "00:00", 3)), undefined, "571 days out");
});

// ---------------------------------------------------------------- C8 / C12

const c8c12 = { offerAfterOpenMinutes: 30, stopBeforeCloseMinutes: 15 };

const offerCases: [string, ScheduleSpec | undefined, { offerAfterOpenMinutes: number; stopBeforeCloseMinutes: number }, number, OfferWindow][] = [
  ["closed before opening", specExample, c8c12, at("2026-12-22", "07:00", 2), { offer: false, reason: "closed", nextChange: at("2026-12-22", "08:00", 2) }],
  ["at opening, C8 not yet met", specExample, c8c12, at("2026-12-22", "08:00", 2), { offer: false, reason: "tooSoonAfterOpen", nextChange: at("2026-12-22", "08:30", 2) }],
  ["just before C8 is met", specExample, c8c12, at("2026-12-22", "08:30", 2) - MS, { offer: false, reason: "tooSoonAfterOpen", nextChange: at("2026-12-22", "08:30", 2) }],
  ["C8 met: offered until C12", specExample, c8c12, at("2026-12-22", "08:30", 2), { offer: true, nextChange: at("2026-12-22", "15:45", 2) }],
  ["just before C12", specExample, c8c12, at("2026-12-22", "15:45", 2) - MS, { offer: true, nextChange: at("2026-12-22", "15:45", 2) }],
  ["C12 reached", specExample, c8c12, at("2026-12-22", "15:45", 2), { offer: false, reason: "tooCloseToClose", nextChange: at("2026-12-22", "16:00", 2) }],
  ["closed again", specExample, c8c12, at("2026-12-22", "16:00", 2), { offer: false, reason: "closed", nextChange: at("2026-12-23", "08:00", 2) }],
  ["C12 counts from the special closing time", specExample, c8c12, at("2026-12-23", "11:50", 2), { offer: false, reason: "tooCloseToClose", nextChange: at("2026-12-23", "12:00", 2) }],
  ["C8 = C12 = 0: the whole open window", specExample, { offerAfterOpenMinutes: 0, stopBeforeCloseMinutes: 0 }, at("2026-12-22", "08:00", 2), { offer: true, nextChange: at("2026-12-22", "16:00", 2) }],
  [
    "a window shorter than C8 + C12: too close to close wins",
    schedule(HKI, [{ days: ["tue"], open: "08:00", close: "08:40" }]),
    c8c12,
    at("2026-12-22", "08:00", 2),
    { offer: false, reason: "tooSoonAfterOpen", nextChange: at("2026-12-22", "08:25", 2) },
  ],
  [
    "a window shorter than C8 + C12, after 08:25",
    schedule(HKI, [{ days: ["tue"], open: "08:00", close: "08:40" }]),
    c8c12,
    at("2026-12-22", "08:35", 2),
    { offer: false, reason: "tooCloseToClose", nextChange: at("2026-12-22", "08:40", 2) },
  ],
  [
    "C8 counts from the start of a window that crosses midnight",
    schedule(HKI, [
      { days: ["mon"], open: "20:00", close: "24:00" },
      { days: ["tue"], open: "00:00", close: "06:00" },
    ]),
    c8c12,
    at("2026-12-22", "00:10", 2),
    { offer: true, nextChange: at("2026-12-22", "05:45", 2) },
  ],
  ["no schedule: open since for ever, never closing", undefined, { offerAfterOpenMinutes: 1440, stopBeforeCloseMinutes: 1440 }, at("2026-12-22", "08:00", 2), { offer: true }],
  ["24/7: C8 met, C12 never applies", schedule(HKI, [{ days: EVERY_DAY, open: "00:00", close: "24:00" }]), c8c12, at("2026-12-22", "00:00", 2), { offer: true }],
];

for (const [name, s, settings, now, expected] of offerCases) {
  test(`callback offer window: ${name}`, (t) => {
    t.deepEqual(callbackOfferWindow(s, settings, now), expected);
  });
}
