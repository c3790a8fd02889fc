import type { ScheduleException, ScheduleSpec, WeeklyInterval } from "../../../lib/documents/model.js";

const HOUR_MS = 3_600_000;

/** An instant from a local reading and the UTC offset (hours) known to apply then. */
export function at(date: string, hhmm: string, offsetHours: number): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = hhmm.split(":").map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, h, mi) - offsetHours * HOUR_MS;
}

export function schedule(timeZone: string, weekly: WeeklyInterval[], exceptions: ScheduleException[] = []): ScheduleSpec {
  return { timeZone, weekly, exceptions, closedDestination: { type: "announcement", announcement: "closed" } };
}

export const WORKDAYS: WeeklyInterval["days"] = ["mon", "tue", "wed", "thu", "fri"];
export const EVERY_DAY: WeeklyInterval["days"] = [...WORKDAYS, "sat", "sun"];

/** The Schedule of SPEC §4. */
export const specExample = schedule(
  "Europe/Helsinki",
  [{ days: WORKDAYS, open: "08:00", close: "16:00" }],
  [
    { date: "2026-12-24", closed: true },
    { date: "2026-12-23", closed: false, open: "08:00", close: "12:00" },
  ],
);

export const iso = (t: number | undefined): string | undefined => (t === undefined ? undefined : new Date(t).toISOString());
