/**
 * Phone numbers as configuration uses them: E.164 (`+` and 8..15 digits, no leading
 * zero, since no country code starts with 0), inclusive ranges of equal-length
 * E.164 numbers, and the internal test numbers 8000..8099 (SPEC §1).
 */
import { isInternalNumber } from "./model.js";
import type { Parser } from "./reader.js";

const E164 = /^\+[1-9]\d{7,14}$/;
export const E164_REASON = "must be an E.164 number: + and 8..15 digits";
const E164_REASON_OR_RANGE = "must be an E.164 number or a range +LOW-+HIGH";

export function isE164(n: string): boolean {
  return E164.test(n);
}

export const e164: Parser<string> = (v, path, r) => (typeof v === "string" && isE164(v) ? v : r.fail(path, E164_REASON));

/**
 * A block of numbers. Numbers of different length are different numbers even when
 * their digits compare equal, so length is part of the identity. 15 digits stay
 * below 2^53, so plain numbers compare exactly.
 */
export interface NumberRange {
  readonly digits: number;
  readonly low: number;
  readonly high: number;
}

/** `+35810123400-+35810123499` or a single `+35810123400`; a reason when malformed. */
export function parseRange(s: string): NumberRange | string {
  const parts = s.split("-");
  if (parts.length === 1) {
    const only = parts[0] ?? "";
    return isE164(only) ? toRange(only, only) : E164_REASON_OR_RANGE;
  }
  const [lo = "", hi = ""] = parts;
  if (parts.length !== 2 || !isE164(lo) || !isE164(hi)) return E164_REASON_OR_RANGE;
  if (lo.length !== hi.length) return "range ends must have the same number of digits";
  const range = toRange(lo, hi);
  return range.low <= range.high ? range : "range start must not be above its end";
}

function toRange(lo: string, hi: string): NumberRange {
  return { digits: lo.length - 1, low: Number(lo.slice(1)), high: Number(hi.slice(1)) };
}

export function rangesOverlap(a: NumberRange, b: NumberRange): boolean {
  return a.digits === b.digits && a.low <= b.high && b.low <= a.high;
}

export function rangeContains(range: NumberRange, e164Number: string): boolean {
  return rangesOverlap(range, toRange(e164Number, e164Number));
}

export const numberRange: Parser<string> = (v, path, r) => {
  if (typeof v !== "string") return r.fail(path, E164_REASON_OR_RANGE);
  const range = parseRange(v);
  if (typeof range === "string") return r.fail(path, range);
  r.note({ fact: "numberRange", range: v, path });
  return v;
};

/** G4: an E.164 number (checked against the organisation's ranges later) or 8000..8099. */
export const groupNumber: Parser<string> = (v, path, r) => {
  if (typeof v !== "string" || !(isE164(v) || isInternalNumber(v))) {
    return r.fail(path, "must be an E.164 number or an internal number 8000..8099");
  }
  r.note({ fact: "groupNumber", number: v, path });
  return v;
};
