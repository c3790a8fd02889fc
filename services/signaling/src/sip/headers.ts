import { COMPACT_FORMS } from "./constants.js";

/**
 * Canonical spelling of the headers the stack reads, keyed by lower-case long name.
 * Lookups compare lower-case long names, so `v`, `VIA` and `Via` are one header
 * (RFC 3261 §7.3.1 names are case-insensitive; §7.3.3 compact forms are equivalent).
 */
const CANONICAL: ReadonlyMap<string, string> = new Map(
  [
    "Accept",
    "Accept-Encoding",
    "Accept-Language",
    "Alert-Info",
    "Allow",
    "Authentication-Info",
    "Authorization",
    "Call-ID",
    "Call-Info",
    "Contact",
    "Content-Disposition",
    "Content-Encoding",
    "Content-Language",
    "Content-Length",
    "Content-Type",
    "CSeq",
    "Date",
    "Error-Info",
    "Expires",
    "From",
    "In-Reply-To",
    "Max-Forwards",
    "Min-Expires",
    "MIME-Version",
    "Organization",
    "Priority",
    "Proxy-Authenticate",
    "Proxy-Authorization",
    "Proxy-Require",
    "Record-Route",
    "Reply-To",
    "Require",
    "Retry-After",
    "Route",
    "Server",
    "Subject",
    "Supported",
    "Timestamp",
    "To",
    "Unsupported",
    "User-Agent",
    "Via",
    "Warning",
    "WWW-Authenticate",
    "RSeq",
    "RAck",
    "Session-Expires",
    "Min-SE",
    "Event",
    "Allow-Events",
    "Refer-To",
    "Referred-By",
    "P-Asserted-Identity",
    "Path",
    ...Object.values(COMPACT_FORMS).filter((n): n is string => n !== undefined),
  ].map((n) => [n.toLowerCase(), n]),
);

/** Lower-case long form of a header name: the key every lookup uses. */
export function headerKey(name: string): string {
  const lower = name.toLowerCase();
  if (lower.length === 1) {
    const long: string | undefined = COMPACT_FORMS[lower];
    return long === undefined ? lower : long.toLowerCase();
  }
  return lower;
}

/** Key and wire spelling in one lower-casing, for the parser's per-line work. */
export function headerNames(name: string): { key: string; name: string } {
  const key = headerKey(name);
  return { key, name: CANONICAL.get(key) ?? name };
}

/** The spelling the serializer writes: canonical for known headers (compact forms expanded), as received otherwise. */
export function canonicalHeaderName(name: string): string {
  return CANONICAL.get(headerKey(name)) ?? name;
}

export interface HeaderEntry {
  /** Spelling written on the wire. */
  name: string;
  /** Lower-case long form, for comparison. */
  readonly key: string;
  value: string;
}

// Field values never hold CR or LF (RFC 3261 §25.1: the parser unfolds; quoted-pair excludes both).
const FIELD_END = "\r";
const NAME_END = "\n";

function packFields(fields: readonly HeaderEntry[]): string {
  // join copies into one sequential string, so no sliced value keeps its parent alive.
  return fields.map((e) => e.name + NAME_END + e.value).join(FIELD_END);
}

function unpackFields(packed: string): HeaderEntry[] {
  return packed.split(FIELD_END).map((f) => {
    const i = f.indexOf(NAME_END);
    const name = f.slice(0, i);
    return { name, key: headerKey(name), value: f.slice(i + 1) };
  });
}

/**
 * Ordered multimap of header fields. Order is preserved exactly (RFC 3261 §7.3.1 makes
 * the relative order of same-name fields significant, e.g. Via and Route). A linear scan
 * beats a map at SIP's ~10–20 headers and costs nothing to build.
 */
export class SipHeaders {
  private fields: HeaderEntry[];
  /** `pack()`ed: the fields as one flat string, split again on the next read. */
  private packed: string | undefined;
  /** Bumped on every change so messages can cache what they derived from headers. */
  revision = 0;

  constructor(entries: HeaderEntry[] = []) {
    this.fields = entries;
  }

  private get list(): HeaderEntry[] {
    if (this.packed !== undefined) {
      this.fields = unpackFields(this.packed);
      this.packed = undefined;
    }
    return this.fields;
  }

  /**
   * For a message kept only to be re-sent or matched (a lingering transaction, 32 s on
   * UDP): one flat string instead of an object and up to three strings per field, whose
   * values may be slices pinning the whole received datagram's text. Reads unpack it.
   */
  pack(): void {
    if (this.packed !== undefined || this.fields.length === 0) return;
    this.packed = packFields(this.fields);
    this.fields = [];
  }

  static from(pairs: readonly (readonly [string, string])[]): SipHeaders {
    return new SipHeaders(pairs.map(([name, value]) => ({ name: canonicalHeaderName(name), key: headerKey(name), value })));
  }

  get size(): number {
    return this.list.length;
  }

  entries(): readonly Readonly<HeaderEntry>[] {
    return this.list;
  }

  get(name: string): string | undefined {
    const key = headerKey(name);
    for (const e of this.list) if (e.key === key) return e.value;
    return undefined;
  }

  getAll(name: string): string[] {
    const key = headerKey(name);
    const out: string[] = [];
    for (const e of this.list) if (e.key === key) out.push(e.value);
    return out;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  count(name: string): number {
    const key = headerKey(name);
    let n = 0;
    for (const e of this.list) if (e.key === key) n++;
    return n;
  }

  append(name: string, value: string): this {
    this.list.push({ name: canonicalHeaderName(name), key: headerKey(name), value });
    this.revision++;
    return this;
  }

  /** Adds before every existing field (e.g. a proxy's own Via, RFC 3261 §16.6 item 8). */
  prepend(name: string, value: string): this {
    this.list.unshift({ name: canonicalHeaderName(name), key: headerKey(name), value });
    this.revision++;
    return this;
  }

  /** Replaces every field of that name with one, kept at the first one's position. */
  set(name: string, value: string): this {
    const key = headerKey(name);
    const first = this.list.findIndex((e) => e.key === key);
    if (first < 0) return this.append(name, value);
    (this.list[first]).value = value;
    for (let i = this.list.length - 1; i > first; i--) if (this.list[i]?.key === key) this.list.splice(i, 1);
    this.revision++;
    return this;
  }

  /** Replaces the value of the first field of that name; false when absent. */
  replaceFirst(name: string, value: string): boolean {
    const key = headerKey(name);
    for (const e of this.list) {
      if (e.key === key) {
        e.value = value;
        this.revision++;
        return true;
      }
    }
    return false;
  }

  remove(name: string): number {
    const key = headerKey(name);
    const before = this.list.length;
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i]?.key === key) this.list.splice(i, 1);
    this.revision++;
    return before - this.list.length;
  }

  clone(): SipHeaders {
    return new SipHeaders(this.list.map((e) => ({ ...e })));
  }
}
