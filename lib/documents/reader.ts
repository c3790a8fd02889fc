/**
 * A small combinator kit for reading untrusted documents. A `Parser<T>` reads one
 * value at a path and either returns it or records why it cannot; parsers never
 * throw and never stop early, so one pass lists every problem of a document.
 * `struct` gives object shapes (defaults, required fields, unknown-field errors),
 * so each kind is described by a table rather than by if-chains.
 */
import type { Kind } from "./model.js";

export interface Issue {
  readonly path: string;
  readonly reason: string;
}

/** Things reading a document notices that can only be checked against the whole platform. */
export type Fact =
  | { readonly fact: "reference"; readonly kind: Kind; readonly name: string; readonly path: string }
  | { readonly fact: "groupNumber"; readonly number: string; readonly path: string }
  | { readonly fact: "numberRange"; readonly range: string; readonly path: string }
  | { readonly fact: "sipUser"; readonly sipUser: string; readonly path: string }
  /** A device given as a stored hash rather than a password: it is only valid for the realm it was hashed with. */
  | { readonly fact: "ha1"; readonly path: string }
  | { readonly fact: "domain"; readonly domain: string; readonly path: string };

/** Per-document sink for issues and facts. */
export class Reader {
  readonly issues: Issue[] = [];
  readonly facts: Fact[] = [];
  /**
   * Digest realm of the document's organisation, needed to hash device passwords.
   * Undefined when the organisation is missing or broken, which is reported elsewhere.
   */
  constructor(readonly realm: string | undefined) {}

  fail(path: string, reason: string): undefined {
    this.issues.push({ path, reason });
    return undefined;
  }

  note(fact: Fact): void {
    this.facts.push(fact);
  }
}

/** Returns the value read, or undefined after recording at least one issue (or when the realm is unknown). */
export type Parser<T> = (value: unknown, path: string, r: Reader) => T | undefined;

// ---------------------------------------------------------------- paths

export function at(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
export function atIndex(path: string, i: number): string {
  return `${path}[${i}]`;
}
/** For map keys that are not identifiers, e.g. DTMF keys: `spec.options["#"]`. */
export function atKey(path: string, key: string): string {
  return `${path}[${JSON.stringify(key)}]`;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------- scalars

export function int(min: number, max: number): Parser<number> {
  return (v, path, r) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : r.fail(path, `must be an integer ${min}..${max}`);
}

export const bool: Parser<boolean> = (v, path, r) => (typeof v === "boolean" ? v : r.fail(path, "must be true or false"));

// eslint-disable-next-line no-control-regex -- control characters are exactly what is being refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Free text shown to people: bounded length, no control characters. */
export function text(max: number): Parser<string> {
  return (v, path, r) => {
    if (typeof v !== "string") return r.fail(path, "must be a string");
    if (v.length > max) return r.fail(path, `must be at most ${max} characters`);
    if (CONTROL.test(v)) return r.fail(path, "must not contain control characters");
    return v;
  };
}

/** A string matching `re`; `reason` says what is expected in words. */
export function pattern(re: RegExp, reason: string): Parser<string> {
  return (v, path, r) => (typeof v === "string" && re.test(v) ? v : r.fail(path, reason));
}

export function oneOf<T extends string>(values: readonly T[]): Parser<T> {
  const reason = `must be one of ${values.join(", ")}`;
  return (v, path, r) => (typeof v === "string" && (values as readonly string[]).includes(v) ? (v as T) : r.fail(path, reason));
}

/** Runs `check` on a value `p` read successfully; `check` records issues and may replace the value. */
export function refine<T, U = T>(p: Parser<T>, check: (v: T, path: string, r: Reader) => U | undefined): Parser<U> {
  return (v, path, r) => {
    const read = p(v, path, r);
    return read === undefined ? undefined : check(read, path, r);
  };
}

// ---------------------------------------------------------------- collections

/** Items with the same key are duplicates, reported at `field` of the later item; undefined keys never clash. */
export interface Unique<T> {
  readonly by: (item: T) => string | undefined;
  readonly field?: string;
}

export interface ListOptions<T> {
  readonly min?: number;
  readonly max: number;
  readonly unique?: readonly Unique<T>[];
}

export function list<T>(item: Parser<T>, opts: ListOptions<T>): Parser<T[]> {
  const min = opts.min ?? 0;
  return (v, path, r) => {
    if (!Array.isArray(v)) return r.fail(path, "must be a list");
    if (v.length < min) return r.fail(path, min === 1 ? "must not be empty" : `must have at least ${min} entries`);
    if (v.length > opts.max) return r.fail(path, `must have at most ${opts.max} entries`);
    const out: T[] = [];
    const seen = (opts.unique ?? []).map(() => new Set<string>());
    let ok = true;
    for (const [i, raw] of (v as unknown[]).entries()) {
      const p = atIndex(path, i);
      const read = item(raw, p, r);
      if (read === undefined) {
        ok = false;
        continue;
      }
      out.push(read);
      opts.unique?.forEach((u, n) => {
        const key = u.by(read);
        const keys = seen[n];
        if (key === undefined) return;
        if (keys.has(key)) r.fail(u.field === undefined ? p : at(p, u.field), `duplicate ${JSON.stringify(key)}`);
        keys.add(key);
      });
    }
    return ok ? out : undefined;
  };
}

/** An object whose keys come from `keys`; the output lists them in that order so equal input gives equal output. */
export function keyed<K extends string, T>(keys: readonly K[], keyReason: string, item: Parser<T>): Parser<Partial<Record<K, T>>> {
  return (v, path, r) => {
    if (!isRecord(v)) return r.fail(path, "must be an object");
    let ok = true;
    for (const k of Object.keys(v)) {
      if (!(keys as readonly string[]).includes(k)) {
        r.fail(atKey(path, k), keyReason);
        ok = false;
      }
    }
    const out: Partial<Record<K, T>> = {};
    for (const k of keys) {
      if (!Object.hasOwn(v, k)) continue;
      const read = item(v[k], atKey(path, k), r);
      if (read === undefined) ok = false;
      else out[k] = read;
    }
    return ok ? out : undefined;
  };
}

// ---------------------------------------------------------------- objects

export interface Field<T> {
  readonly parse: Parser<T>;
  /** Used (copied) when the field is absent. */
  readonly fallback?: T;
  /** Absent stays absent in the output. */
  readonly optional?: true;
}

/** One entry per property of T, so a shape cannot forget or invent a field of the model. */
export type Shape<T> = { readonly [K in keyof T]-?: Field<Exclude<T[K], undefined>> };

export const required = <T>(parse: Parser<T>): Field<T> => ({ parse });
export const withDefault = <T>(parse: Parser<T>, fallback: T): Field<T> => ({ parse, fallback });
export const optional = <T>(parse: Parser<T>): Field<T> => ({ parse, optional: true });

/** A nested object that may be left out as a whole; its default is the defaults of its fields. */
export function section<T>(shape: Shape<T>): Field<T> {
  const fallback: Record<string, unknown> = {};
  for (const [k, f] of Object.entries<Field<unknown>>(shape)) {
    if (f.fallback !== undefined) fallback[k] = f.fallback;
    else if (f.optional !== true) throw new TypeError(`section field ${k} needs a default`);
  }
  return { parse: struct(shape), fallback: fallback as T };
}

/**
 * YAML writes an empty value (`schedule:`) as null and proto3-to-JSON may too, so null
 * counts as "left out" and takes the default.
 */
export function absent(v: unknown): boolean {
  return v === undefined || v === null;
}

export function struct<T>(shape: Shape<T>): Parser<T> {
  const fields = Object.entries<Field<unknown>>(shape);
  return (v, path, r) => {
    if (!isRecord(v)) return r.fail(path, "must be an object");
    let ok = true;
    for (const k of Object.keys(v)) {
      if (!Object.hasOwn(shape, k)) {
        r.fail(at(path, k), "unknown field");
        ok = false;
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, field] of fields) {
      const raw = v[k];
      if (absent(raw)) {
        if (field.fallback !== undefined) out[k] = structuredClone(field.fallback);
        else if (field.optional !== true) {
          r.fail(at(path, k), "is required");
          ok = false;
        }
        continue;
      }
      const read = field.parse(raw, at(path, k), r);
      if (read === undefined) ok = false;
      else out[k] = read;
    }
    // Every key of T has a field whose parser produced its value, or it was optional.
    return ok ? (out as T) : undefined;
  };
}

/**
 * A tagged union: the `tag` property picks the variant, and each variant is a
 * complete `struct` (tag included), so fields of another variant are unknown fields.
 */
export function tagged<T>(tag: string, variants: Readonly<Record<string, Parser<T>>>): Parser<T> {
  const names = Object.keys(variants);
  const readTag = oneOf(names);
  return (v, path, r) => {
    if (!isRecord(v)) return r.fail(path, "must be an object");
    if (absent(v[tag])) return r.fail(at(path, tag), "is required");
    const name = readTag(v[tag], at(path, tag), r);
    if (name === undefined) return undefined;
    return variants[name](v, path, r);
  };
}

/** A string literal, for the tag field of a variant that `tagged` has already checked. */
export function literal<T extends string>(value: T): Parser<T> {
  return (v, path, r) => (v === value ? value : r.fail(path, `must be ${value}`));
}
