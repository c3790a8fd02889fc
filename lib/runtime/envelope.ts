/**
 * Envelope metadata travels in NATS headers; payloads are the kind codec's opaque bytes.
 * The persisted record wraps the kind's encoded state with what the runtime must carry
 * across activations: the fencing epoch, pending timers (absolute fireAt) and the bounded
 * set of recently applied idempotency keys (with the stored answer, so a retried `ask`
 * gets the same reply).
 *
 * The record is rewritten on every commit, so its size is the cost of a commit: it is
 * binary, keys are stored as 128-bit digests, a reply only for asks that had one, and a
 * key only as long as a retry of its message could still be applied (its deadline plus a
 * clock-skew margin) and among the newest `recentKeys`.
 *
 * The record also carries the effect outbox (`outbox.ts`): the encoded non-timer effects
 * of commits whose effect runs have not been acknowledged yet, so they are written in the
 * same CAS as the state that released them.
 */
import { createHash } from "node:crypto";
import type { WireStatus } from "./errors.js";

export const H = {
  actor: "Rm-Actor",
  idem: "Rm-Idem",
  deadline: "Rm-Deadline",
  hops: "Rm-Hops",
  sender: "Rm-Sender",
  /**
   * On messages sent by an effect runner: `<kind>.<id>@<epoch>.<revision>` of the commit that
   * released them. Diagnostic: a receiver cannot know the sender's current epoch, so it
   * cannot reject a deposed sender by it; what keeps a deposed owner's effects out is that
   * they exist only for commits that passed the state CAS (see `outbox.ts`).
   */
  epoch: "Rm-Epoch",
  status: "Rm-Status",
  error: "Rm-Error",
  /** Set by `tell`: the caller ignores the answer, so none is computed, sent or stored. */
  noReply: "Rm-No-Reply",
} as const;

/** An applied idempotency key: the answer to give a retry, and until when a retry can come. */
export interface Remembered {
  readonly reply: Uint8Array | undefined;
  /** ms since the epoch; `NEVER` when the message had no deadline. */
  readonly until: number;
}

export const NEVER = Number.MAX_SAFE_INTEGER;

/**
 * Senders' clocks and successive owners' clocks differ; a key is kept this long past its
 * message's deadline so that an owner whose clock runs behind still recognises a retry
 * (it rejects messages past their deadline by its own clock, before the duplicate check).
 */
export const SKEW_MARGIN_MS = 5000;

export interface PersistedRecord {
  readonly epoch: number;
  readonly owner: string;
  /** timerId → fireAt (ms since epoch). */
  readonly timers: ReadonlyMap<string, number>;
  /** `idemDigest(key)` → what was remembered; insertion-ordered, oldest first. */
  readonly recent: ReadonlyMap<string, Remembered>;
  /** Oldest first. An entry's `revision` 0 means "the commit that wrote this record" (unknown before the write). */
  readonly outbox: readonly OutboxRecord[];
  readonly state: Uint8Array;
}

/** The non-timer effects of one commit, as persisted until their run is acknowledged. */
export interface OutboxRecord {
  /** Fencing epoch of the activation that committed them (part of their idempotency keys). */
  readonly epoch: number;
  /** State revision of that commit (part of their idempotency keys); 0: this record's own revision. */
  readonly revision: number;
  /** Commit time, ms since the epoch. */
  readonly at: number;
  /** The kind's effect codec output. */
  readonly effects: Uint8Array;
}

/** 128 bits of SHA-256, as a 16-char latin1 string (one char per byte): as collision-free as a UUID. */
export function idemDigest(key: string): string {
  return createHash("sha256").update(key).digest().subarray(0, 16).toString("latin1");
}

export class CorruptRecordError extends Error {
  override readonly name = "CorruptRecordError";
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const V2 = 2;
const V3 = 3;

/** Unsigned LEB128 by arithmetic, so values up to 2^53 (ms timestamps) fit. */
function varintSize(n: number): number {
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

class Writer {
  readonly buf: Uint8Array;
  pos = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }
  varint(n: number): void {
    while (n >= 128) {
      this.buf[this.pos++] = (n % 128) | 128;
      n = Math.floor(n / 128);
    }
    this.buf[this.pos++] = n;
  }
  bytes(b: Uint8Array): void {
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
}

class Reader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}
  varint(): number {
    let n = 0;
    let mul = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new CorruptRecordError("record truncated in a number");
      const b = this.buf[this.pos++] ?? 0;
      n += (b & 127) * mul;
      if (b < 128) return n;
      mul *= 128;
      if (mul > 2 ** 56) throw new CorruptRecordError("record number too long");
    }
  }
  bytes(len: number): Uint8Array {
    if (this.pos + len > this.buf.length) throw new CorruptRecordError("record truncated");
    const out = this.buf.slice(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
  rest(): Uint8Array {
    return this.buf.slice(this.pos);
  }
}

/** Remembered entries are immutable and carried from commit to commit: each is encoded once. */
const encodedEntries = new WeakMap<Remembered, Uint8Array>();

function encodeEntry(digest: string, r: Remembered): Uint8Array {
  let e = encodedEntries.get(r);
  if (e === undefined) {
    // until in whole seconds, rounded up (0: never); reply length + 1 (0: no reply).
    const until = r.until === NEVER ? 0 : Math.max(1, Math.ceil(r.until / 1000));
    const replyTag = r.reply === undefined ? 0 : r.reply.length + 1;
    const w = new Writer(16 + varintSize(until) + varintSize(replyTag) + (r.reply?.length ?? 0));
    w.bytes(Buffer.from(digest, "latin1"));
    w.varint(until);
    w.varint(replyTag);
    if (r.reply !== undefined) w.bytes(r.reply);
    e = w.buf;
    encodedEntries.set(r, e);
  }
  return e;
}

/** The encoded key set of a record: `count` entries, already laid out. */
export interface RecentSection {
  readonly count: number;
  readonly bytes: Uint8Array;
}

export function encodeRecent(recent: ReadonlyMap<string, Remembered>): RecentSection {
  const parts: Uint8Array[] = [];
  for (const [d, e] of recent) parts.push(encodeEntry(d, e));
  return { count: parts.length, bytes: Buffer.concat(parts) };
}

export function encodeRecord(r: PersistedRecord): Uint8Array {
  return encodeRecordWith(r, encodeRecent(r.recent), r.state, r.outbox.map(encodeOutboxRecord));
}

/** One outbox entry laid out: varint epoch, varint revision, varint at, varint length, effects. */
export function encodeOutboxRecord(o: OutboxRecord): Uint8Array {
  const w = new Writer(varintSize(o.epoch) + varintSize(o.revision) + varintSize(o.at) + varintSize(o.effects.length) + o.effects.length);
  w.varint(o.epoch);
  w.varint(o.revision);
  w.varint(o.at);
  w.varint(o.effects.length);
  w.bytes(o.effects);
  return w.buf;
}

/**
 * Layout (v3): u8 version, varint epoch, owner (varint length, UTF-8), varint #timers and
 * per timer (id length, id, fireAt), varint #keys and per key (16-byte digest, varint
 * until-seconds, varint reply length + 1, reply), varint #outbox entries and each as laid
 * out by `encodeOutboxRecord`, then the kind's state bytes to the end. v2 had no outbox.
 */
export function encodeRecordWith(
  head: Pick<PersistedRecord, "epoch" | "owner" | "timers">,
  recent: RecentSection,
  state: Uint8Array,
  outbox: readonly Uint8Array[] = [],
): Uint8Array {
  const owner = enc.encode(head.owner);
  const timers: [Uint8Array, number][] = [...head.timers].map(([id, at]) => [enc.encode(id), at]);
  let size = 1 + varintSize(head.epoch) + varintSize(owner.length) + owner.length + varintSize(timers.length);
  for (const [id, at] of timers) size += varintSize(id.length) + id.length + varintSize(at);
  size += varintSize(recent.count) + recent.bytes.length + state.length + varintSize(outbox.length);
  for (const o of outbox) size += o.length;
  const w = new Writer(size);
  w.buf[w.pos++] = V3;
  w.varint(head.epoch);
  w.varint(owner.length);
  w.bytes(owner);
  w.varint(timers.length);
  for (const [id, at] of timers) {
    w.varint(id.length);
    w.bytes(id);
    w.varint(at);
  }
  w.varint(recent.count);
  w.bytes(recent.bytes);
  w.varint(outbox.length);
  for (const o of outbox) w.bytes(o);
  w.bytes(state);
  return w.buf;
}

/** What a commit changes in the key log: computed before the write, applied only if it lands. */
export interface RecentPlan {
  readonly section: RecentSection;
  readonly drop: number;
  readonly dropBytes: number;
  readonly adds: readonly [string, Remembered, Uint8Array][];
}

/**
 * The applied-keys log of one activation, oldest first, kept encoded so that a commit
 * costs a copy of the surviving block plus the new entries, not a re-encoding of all.
 * Keys leave from the front only: by count (the newest `max` stay) and by expiry while
 * the oldest has expired; a key behind an unexpired one waits (keeping it is safe).
 * A key is appended only when its message was applied, which a key already in the log
 * never is (it is answered as a duplicate), so keys are unique.
 */
export class RecentLog {
  private digests: string[] = [];
  private sizes: number[] = [];
  private head = 0;
  private readonly map = new Map<string, Remembered>();
  private bytes: Uint8Array = new Uint8Array(0);

  static from(recent: ReadonlyMap<string, Remembered>): RecentLog {
    const log = new RecentLog();
    const adds: [string, Remembered, Uint8Array][] = [...recent].map(([d, e]) => [d, e, encodeEntry(d, e)]);
    log.apply({ section: { count: adds.length, bytes: Buffer.concat(adds.map((a) => a[2])) }, drop: 0, dropBytes: 0, adds });
    return log;
  }

  get size(): number {
    return this.map.size;
  }

  get(digest: string): Remembered | undefined {
    return this.map.get(digest);
  }

  has(digest: string): boolean {
    return this.map.has(digest);
  }

  /** The log as it stands, oldest first. */
  entries(): Map<string, Remembered> {
    const out = new Map<string, Remembered>();
    for (let i = this.head; i < this.digests.length; i++) {
      const d = this.digests[i] ?? "";
      const e = this.map.get(d);
      if (e !== undefined) out.set(d, e);
    }
    return out;
  }

  plan(added: ReadonlyMap<string, Remembered>, now: number, max: number): RecentPlan {
    let adds: [string, Remembered, Uint8Array][] = [...added].map(([d, e]) => [d, e, encodeEntry(d, e)]);
    if (adds.length > max) adds = adds.slice(adds.length - max);
    const live = this.digests.length - this.head;
    let drop = 0;
    let dropBytes = 0;
    while (drop < live) {
      const i = this.head + drop;
      const over = live - drop + adds.length > max;
      const expired = (this.map.get(this.digests[i] ?? "")?.until ?? 0) < now;
      if (!over && !expired) break;
      dropBytes += this.sizes[i] ?? 0;
      drop++;
    }
    const kept = this.bytes.subarray(dropBytes);
    let size = kept.length;
    for (const a of adds) size += a[2].length;
    const bytes = new Uint8Array(size);
    bytes.set(kept, 0);
    let pos = kept.length;
    for (const a of adds) {
      bytes.set(a[2], pos);
      pos += a[2].length;
    }
    return { section: { count: live - drop + adds.length, bytes }, drop, dropBytes, adds };
  }

  apply(p: RecentPlan): void {
    for (let i = 0; i < p.drop; i++) this.map.delete(this.digests[this.head + i] ?? "");
    this.head += p.drop;
    for (const [d, e, b] of p.adds) {
      this.digests.push(d);
      this.sizes.push(b.length);
      this.map.set(d, e);
    }
    this.bytes = p.section.bytes;
    if (this.head > 1024 && this.head * 2 > this.digests.length) {
      this.digests = this.digests.slice(this.head);
      this.sizes = this.sizes.slice(this.head);
      this.head = 0;
    }
  }
}

interface MetaV1 {
  v: 1;
  epoch: number;
  owner: string;
  timers: [string, number][];
  recent: [string, string | null][];
}

/** Records written before v2: a u32 length, a JSON meta block, the state. Keys were stored in clear. */
function decodeV1(b: Uint8Array): PersistedRecord {
  if (b.length < 4) throw new CorruptRecordError("record shorter than its header");
  const len = new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0);
  if (4 + len > b.length) throw new CorruptRecordError("record meta block truncated");
  const meta = JSON.parse(dec.decode(b.subarray(4, 4 + len))) as MetaV1;
  if ((meta.v as number) !== 1) throw new CorruptRecordError(`unknown record version ${String(meta.v)}`);
  return {
    epoch: meta.epoch,
    owner: meta.owner,
    timers: new Map(meta.timers),
    recent: new Map(
      meta.recent.map(([k, v]) => [idemDigest(k), { reply: v === null ? undefined : new Uint8Array(Buffer.from(v, "base64")), until: NEVER }]),
    ),
    outbox: [],
    state: b.slice(4 + len),
  };
}

export function decodeRecord(b: Uint8Array): PersistedRecord {
  if (b.length === 0) throw new CorruptRecordError("empty record");
  // v1 began with a big-endian u32 length, whose first byte is 0 below 16 MB.
  if (b[0] === 0) return decodeV1(b);
  const version = b[0];
  if (version !== V2 && version !== V3) throw new CorruptRecordError(`unknown record version ${String(version)}`);
  const r = new Reader(b);
  r.pos = 1;
  const epoch = r.varint();
  const owner = dec.decode(r.bytes(r.varint()));
  const timers = new Map<string, number>();
  for (let n = r.varint(); n > 0; n--) {
    const id = dec.decode(r.bytes(r.varint()));
    timers.set(id, r.varint());
  }
  const recent = new Map<string, Remembered>();
  for (let n = r.varint(); n > 0; n--) {
    const digest = Buffer.from(r.bytes(16)).toString("latin1");
    const until = r.varint();
    const replyTag = r.varint();
    const reply = replyTag === 0 ? undefined : r.bytes(replyTag - 1);
    recent.set(digest, { reply, until: until === 0 ? NEVER : until * 1000 });
  }
  const outbox: OutboxRecord[] = [];
  if (version === V3) {
    for (let n = r.varint(); n > 0; n--) {
      const oEpoch = r.varint();
      const revision = r.varint();
      const at = r.varint();
      outbox.push({ epoch: oEpoch, revision, at, effects: r.bytes(r.varint()) });
    }
  }
  return { epoch, owner, timers, recent, outbox, state: r.rest() };
}

export function statusOf(headers: Readonly<Record<string, string | undefined>>): WireStatus {
  return (headers[H.status] ?? "ok") as WireStatus;
}
