/**
 * Local time in real zones. Expected instants are written as the local reading
 * minus the offset that tzdata gives for it, so they do not lean on the code under test.
 */
import test from "ava";
import { localParts, zonedTimeToEpoch } from "../../../services/scheduler/index.js";
import { at, iso } from "./fixtures.js";

const toEpoch: [string, string, string, number, string][] = [
  // zone, date, HH:MM, expected, why
  ["Europe/Helsinki", "2026-12-22", "08:00", at("2026-12-22", "08:00", 2), "winter, EET"],
  ["Europe/Helsinki", "2026-06-10", "08:00", at("2026-06-10", "08:00", 3), "summer, EEST"],
  ["Europe/Helsinki", "2026-03-29", "02:59", at("2026-03-29", "02:59", 2), "last minute before the gap"],
  ["Europe/Helsinki", "2026-03-29", "03:00", at("2026-03-29", "04:00", 3), "gap start: the first instant after the gap"],
  ["Europe/Helsinki", "2026-03-29", "03:30", at("2026-03-29", "04:00", 3), "inside the gap"],
  ["Europe/Helsinki", "2026-03-29", "04:00", at("2026-03-29", "04:00", 3), "gap end"],
  ["Europe/Helsinki", "2026-10-25", "03:00", at("2026-10-25", "03:00", 3), "overlap: the earlier instant"],
  ["Europe/Helsinki", "2026-10-25", "03:30", at("2026-10-25", "03:30", 3), "overlap: the earlier instant"],
  ["Europe/Helsinki", "2026-10-25", "04:00", at("2026-10-25", "04:00", 2), "after the overlap"],
  ["America/New_York", "2026-03-08", "02:30", at("2026-03-08", "03:00", -4), "gap 02:00-03:00"],
  ["America/New_York", "2026-11-01", "01:30", at("2026-11-01", "01:30", -4), "overlap: EDT, not EST"],
  ["America/New_York", "2026-11-01", "02:00", at("2026-11-01", "02:00", -5), "after the overlap"],
  ["Asia/Kolkata", "2026-06-15", "09:00", at("2026-06-15", "09:00", 5.5), "half-hour offset"],
  ["Asia/Kolkata", "2026-06-15", "00:00", at("2026-06-15", "00:00", 5.5), "local midnight is the previous UTC day"],
  ["Australia/Lord_Howe", "2026-10-04", "02:15", at("2026-10-04", "02:30", 11), "30-minute gap 02:00-02:30"],
  ["Australia/Lord_Howe", "2026-04-05", "01:45", at("2026-04-05", "01:45", 11), "30-minute overlap: the earlier instant"],
  ["Australia/Lord_Howe", "2026-04-05", "02:00", at("2026-04-05", "02:00", 10.5), "after the overlap"],
  ["Europe/Helsinki", "2026-12-31", "24:00", at("2027-01-01", "00:00", 2), "24:00 is the next day's midnight"],
];

for (const [zone, date, hhmm, expected, why] of toEpoch) {
  test(`zonedTimeToEpoch ${zone} ${date} ${hhmm}: ${why}`, (t) => {
    const [h, m] = hhmm.split(":").map(Number) as [number, number];
    t.is(iso(zonedTimeToEpoch(date, h * 60 + m, zone)), iso(expected));
  });
}

const toLocal: [string, number, string, string, string][] = [
  ["Europe/Helsinki", at("2026-03-29", "02:59", 2), "2026-03-29", "sun", "02:59"],
  ["Europe/Helsinki", at("2026-03-29", "04:00", 3), "2026-03-29", "sun", "04:00"],
  ["Europe/Helsinki", at("2026-12-24", "23:59", 2), "2026-12-24", "thu", "23:59"],
  ["America/New_York", at("2026-11-01", "01:30", -4), "2026-11-01", "sun", "01:30"],
  ["America/New_York", at("2026-11-01", "01:30", -5), "2026-11-01", "sun", "01:30"],
  ["Asia/Kolkata", Date.UTC(2026, 5, 14, 18, 30), "2026-06-15", "mon", "00:00"],
  ["Australia/Lord_Howe", Date.UTC(2026, 0, 1, 13, 0), "2026-01-02", "fri", "00:00"],
  ["Australia/Lord_Howe", Date.UTC(2026, 5, 1, 13, 30), "2026-06-02", "tue", "00:00"],
];

for (const [zone, instant, date, weekday, hhmm] of toLocal) {
  test(`localParts ${zone} ${iso(instant)}`, (t) => {
    const [h, m] = hhmm.split(":").map(Number) as [number, number];
    t.deepEqual(localParts(instant, zone), { date, weekday, minuteOfDay: h * 60 + m });
  });
}

test("localParts drops seconds: the minute still reads as the minute", (t) => {
  t.is(localParts(at("2026-12-22", "07:59", 2) + 59_999, "Europe/Helsinki").minuteOfDay, 7 * 60 + 59);
});

test("zonedTimeToEpoch refuses a minute outside 0..1440 and a malformed date", (t) => {
  t.throws(() => zonedTimeToEpoch("2026-12-22", 1441, "Europe/Helsinki"), { instanceOf: RangeError });
  t.throws(() => zonedTimeToEpoch("2026-12-22", -1, "Europe/Helsinki"), { instanceOf: RangeError });
  t.throws(() => zonedTimeToEpoch("22.12.2026", 0, "Europe/Helsinki"), { instanceOf: RangeError });
});
