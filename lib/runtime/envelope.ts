/**
 * Envelope metadata travels in NATS headers; payloads are the kind codec's opaque bytes.
 * The persisted record wraps the kind's encoded state with what the runtime must carry
 * across activations: its owner (node and node-lease session: the claim that decides who may
 * activate it, `activation.ts`), the fencing epoch, pending timers (absolute fireAt) and the bounded
 * set of recently applied idempotency keys (with the stored answer, so a retried `ask`
 * gets the same reply).
 *
 * The record is rewritten on every commit, so its size is the cost of a commit: it is
 * binary, a reply is stored only for asks that had one, and a key only as long as a retry
 * of its message could still be applied (its deadline plus a clock-skew margin) and among
 * the newest `recentKeys`. Opaque keys are stored as 96-bit digests. Keys the runtime
 * generated for its callers name their caller session and tell which of its calls are
 * finished, so an actor keeps per caller a floor and the few keys above it (`RecentLog`)
 * instead of a full window of keys: for the common caller, a few dozen bytes instead of ~6 KB.
 *
 * The record also carries the effect outbox (`outbox.ts`): the encoded non-timer effects
 * of commits whose effect runs have not been acknowledged yet, so they are written in the
 * same CAS as the state that released them.
 */
import { hash } from "node:crypto";
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
  /**
   * Set by `post`: answer only a refusal (any status but ok). The caller takes silence for
   * acceptance, so a message taken in costs no answer on the bus.
   */
  oneway: "Rm-Oneway",
  /**
   * On a message forwarded by a node that found the actor's record claimed by the receiving
   * node (its id): the receiver activates it even if it is not the rendezvous owner, since
   * nobody else may until it releases the record (`runtime.ts` dispatch).
   */
  holder: "Rm-Holder",
  /** With `holder`, no payload and no reply: wake the actor there for its timers (`runtime.ts` poke). */
  wake: "Rm-Wake",
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

/** What an actor knows of one caller session (a `Runtime` that generates its calls' keys, see `generatedKey`). */
export interface SessionMark {
  /** Every key of the session numbered below this belongs to a call the caller has finished: it never retries it. */
  readonly floor: number;
  /** The latest `until` of the session's keys this actor applied; after it no copy of them can be applied anyway. */
  readonly until: number;
}

/**
 * The applied keys a record carries. Opaque keys (given by the sender) are kept one by one.
 * Keys the runtime generated are kept per caller session: a floor below which every call is
 * finished at the caller, plus, one by one with their replies, the keys at or above it.
 */
export interface RecentKeys {
  /** `idemDigest` of an opaque key → what was remembered; oldest first. */
  readonly keys: ReadonlyMap<string, Remembered>;
  /** Session id (22 chars base64url) → its mark; least recently written first. */
  readonly sessions: ReadonlyMap<string, SessionMark>;
  /** `~<session>.<seq>` of a generated key at or above its session's floor → what was remembered; oldest first. */
  readonly pending: ReadonlyMap<string, Remembered>;
  /**
   * Records before v4 hashed generated keys like any other: until those entries leave, a
   * generated key is also looked up by its hash (a retry across the upgrade stays a duplicate).
   */
  readonly hashedGenerated?: boolean;
}

export const NO_RECENT_KEYS: RecentKeys = { keys: new Map(), sessions: new Map(), pending: new Map() };

export interface PersistedRecord {
  /**
   * The owning activation's fencing epoch: the revision of its claim write. 0 in the claim
   * record itself, whose own revision is not known before it is written (`recordEpoch`).
   * Records before v5 hold the revision of the per-actor lease instead.
   */
  readonly epoch: number;
  /** Node that owns the actor; "" when released (passivation, hand-off): anyone may claim it at once. */
  readonly owner: string;
  /**
   * The owner's node-lease session (`node-lease.ts`): the owner is live while its node's lease
   * key holds this session. "" in records before v5, whose owner held a per-actor lease.
   */
  readonly session: string;
  /** timerId → fireAt (ms since epoch). */
  readonly timers: ReadonlyMap<string, number>;
  readonly recent: RecentKeys;
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

/**
 * Bytes of SHA-256 kept per opaque key. A new key is mistaken for an applied one (and
 * dropped) only if its digest equals one of the ≤ `recentKeys` digests its actor holds:
 * 128 / 2^96 ≈ 1.6e-27 per message, ~5e-12 over 10^6 messages/s for 100 years.
 */
export const DIGEST_BYTES = 12;

/**
 * The key `Runtime` generates for a call that was given none: `~<session>.<seq>.<floor>`.
 * `session` is 16 random bytes (base64url) per Runtime instance, `seq` numbers its calls,
 * and `floor` is the lowest `seq` of its calls still running when this one started (so
 * every lower one is finished: answered or given up, never retried). All attempts of a
 * call carry the same key. Keys given by the sender that begin with `~` are escaped by
 * `Runtime` (`~~…`), so only generated keys have this shape.
 */
const SESSION_CHARS = 22;
const MAX_DIGITS = 15;

export interface GeneratedKey {
  readonly session: string;
  readonly seq: number;
  readonly floor: number;
}

export function generatedKey(session: string, seq: number, floor: number): string {
  return `~${session}.${seq}.${floor}`;
}

function isBase64url(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

/** The decimal number in `s[from, to)`, or -1 unless it is 1–15 digits. */
function decimal(s: string, from: number, to: number): number {
  if (to <= from || to - from > MAX_DIGITS) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** By hand rather than by a regular expression: it runs up to three times per message. */
export function parseGenerated(key: string): GeneratedKey | undefined {
  const at = SESSION_CHARS + 1;
  if (key.charCodeAt(0) !== 126 /* ~ */ || key.charCodeAt(at) !== 46 /* . */) return undefined;
  for (let i = 1; i < at; i++) if (!isBase64url(key.charCodeAt(i))) return undefined;
  const dot = key.indexOf(".", at + 1);
  if (dot < 0) return undefined;
  const seq = decimal(key, at + 1, dot);
  const floor = decimal(key, dot + 1, key.length);
  if (seq < 0 || floor < 0 || floor > seq) return undefined;
  return { session: key.slice(1, at), seq, floor };
}

/** The identity of a generated key: its session and number (the floor it carries is not part of it). */
function pendingId(session: string, seq: number): string {
  return `~${session}.${seq}`;
}

/**
 * One-shot `hash` ("binary" is latin1: one char per digest byte): every message an actor takes is
 * digested, and `createHash` made a native Hash object for each, a weak handle every young
 * GC walks, at ~7× the time.
 */
function sha(key: string): string {
  return hash("sha256", key, "binary").slice(0, DIGEST_BYTES);
}

/**
 * What the actor stores and compares for a key: a generated key as it is (it is short and
 * carries its session and number), any other as `DIGEST_BYTES` of SHA-256, as a latin1
 * string (one char per byte).
 */
export function idemDigest(key: string): string {
  return parseGenerated(key) !== undefined ? key : sha(key);
}

export class CorruptRecordError extends Error {
  override readonly name = "CorruptRecordError";
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const V2 = 2;
const V3 = 3;
const V4 = 4;
const V5 = 5;
/** Digest bytes per key in v2 and v3 records; v4 keeps the first `DIGEST_BYTES` of the same SHA-256. */
const OLD_DIGEST_BYTES = 16;

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
  pos: number;
  constructor(sizeOrBuf: number | Uint8Array, pos = 0) {
    this.buf = typeof sizeOrBuf === "number" ? new Uint8Array(sizeOrBuf) : sizeOrBuf;
    this.pos = pos;
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
  /** The first `n` chars of a latin1 string (one byte each). */
  latin1(s: string, n: number): void {
    for (let i = 0; i < n; i++) this.buf[this.pos++] = s.charCodeAt(i);
  }
}

function copy(b: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  out.set(b.subarray(from, to));
  return out;
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
  /**
   * A copy, as a plain Uint8Array: records arrive as views into larger buffers (a socket
   * read, Node's buffer pool), and on a Buffer `slice` is a view that would keep them alive.
   */
  bytes(len: number): Uint8Array {
    if (this.pos + len > this.buf.length) throw new CorruptRecordError("record truncated");
    const out = copy(this.buf, this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
  rest(): Uint8Array {
    return copy(this.buf, this.pos, this.buf.length);
  }
}

/** until in whole seconds, rounded up (0: never). */
function untilSeconds(until: number): number {
  return until === NEVER ? 0 : Math.max(1, Math.ceil(until / 1000));
}

function untilFromSeconds(s: number): number {
  return s === 0 ? NEVER : s * 1000;
}

/** Remembered entries are immutable and carried from commit to commit: each opaque one is encoded once. */
const encodedEntries = new WeakMap<Remembered, Uint8Array>();

function encodeEntry(digest: string, r: Remembered): Uint8Array {
  let e = encodedEntries.get(r);
  if (e === undefined) {
    // reply length + 1 (0: no reply).
    const until = untilSeconds(r.until);
    const replyTag = r.reply === undefined ? 0 : r.reply.length + 1;
    const w = new Writer(DIGEST_BYTES + varintSize(until) + varintSize(replyTag) + (r.reply?.length ?? 0));
    w.latin1(digest, DIGEST_BYTES);
    w.varint(until);
    w.varint(replyTag);
    if (r.reply !== undefined) w.bytes(r.reply);
    e = w.buf;
    encodedEntries.set(r, e);
  }
  return e;
}

/** A caller session as a log holds it: immutable, replaced by a commit that changes it. */
interface SessionKeys {
  readonly mark: SessionMark;
  /** seq → remembered, for the session's keys at or above its floor. */
  readonly keys: ReadonlyMap<number, Remembered>;
}

/** Decoded session ids: a session's mark is written on every commit. */
const idBytes = new Map<string, Uint8Array>();

function sessionIdBytes(id: string): Uint8Array {
  let b = idBytes.get(id);
  if (b === undefined) {
    if (idBytes.size >= 4096) idBytes.clear();
    b = new Uint8Array(16);
    b.set(Buffer.from(id, "base64url").subarray(0, 16));
    idBytes.set(id, b);
  }
  return b;
}

/**
 * The generated-keys part of a section: varint #sessions and per session (16-byte id,
 * varint floor, varint until-seconds, varint #keys and per key (varint seq − floor, varint
 * until-seconds, varint reply length + 1, reply)). Written whole on every commit, into one
 * buffer from Node's pool (it only lives until the record is laid out): it holds a few
 * keys per caller, not a window of them.
 */
function encodeGenerated(sessions: Iterable<readonly [string, SessionKeys]>, count: number): Uint8Array {
  let size = varintSize(count);
  for (const [, s] of sessions) {
    size += 16 + varintSize(s.mark.floor) + varintSize(untilSeconds(s.mark.until)) + varintSize(s.keys.size);
    for (const [seq, r] of s.keys) {
      const n = r.reply?.length ?? -1;
      size += varintSize(seq - s.mark.floor) + varintSize(untilSeconds(r.until)) + varintSize(n + 1) + Math.max(0, n);
    }
  }
  const w = new Writer(Buffer.allocUnsafe(size));
  w.varint(count);
  for (const [id, s] of sessions) {
    w.bytes(sessionIdBytes(id));
    w.varint(s.mark.floor);
    w.varint(untilSeconds(s.mark.until));
    w.varint(s.keys.size);
    for (const [seq, r] of s.keys) {
      w.varint(seq - s.mark.floor);
      w.varint(untilSeconds(r.until));
      w.varint(r.reply === undefined ? 0 : r.reply.length + 1);
      if (r.reply !== undefined) w.bytes(r.reply);
    }
  }
  return w.buf;
}

/** The encoded key set of a record: `count` opaque entries laid out in `bytes`, then the generated-keys part. */
export interface RecentSection {
  readonly count: number;
  readonly bytes: Uint8Array;
  /** `encodeGenerated` output; absent: no sessions. */
  readonly generated?: Uint8Array;
}

/** `RecentKeys` sessions and pending keys, as a log holds them (keys of unknown sessions dropped). */
function sessionKeys(recent: RecentKeys): Map<string, SessionKeys> {
  const keys = new Map<string, Map<number, Remembered>>();
  for (const [id, rem] of recent.pending) {
    const dot = id.lastIndexOf(".");
    const session = id.slice(1, dot);
    let m = keys.get(session);
    if (m === undefined) {
      m = new Map<number, Remembered>();
      keys.set(session, m);
    }
    m.set(Number(id.slice(dot + 1)), rem);
  }
  const out = new Map<string, SessionKeys>();
  for (const [id, mark] of recent.sessions) out.set(id, { mark, keys: keys.get(id) ?? new Map() });
  return out;
}

export function encodeRecent(recent: RecentKeys): RecentSection {
  const parts: Uint8Array[] = [];
  for (const [d, e] of recent.keys) parts.push(encodeEntry(d, e));
  const sessions = sessionKeys(recent);
  return { count: parts.length, bytes: Buffer.concat(parts), generated: encodeGenerated(sessions, sessions.size) };
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

/** No sessions: the generated-keys part is its count, 0. */
const NO_GENERATED = new Uint8Array([0]);

/** A node writes its own id and session into every record it commits: encoded once. */
let lastOwner: { readonly id: string; readonly bytes: Uint8Array } | undefined;
let lastSession: { readonly id: string; readonly bytes: Uint8Array } | undefined;

function ownerBytes(id: string): Uint8Array {
  if (lastOwner?.id !== id) lastOwner = { id, bytes: enc.encode(id) };
  return lastOwner.bytes;
}

function sessionBytes(id: string): Uint8Array {
  if (lastSession?.id !== id) lastSession = { id, bytes: enc.encode(id) };
  return lastSession.bytes;
}

/** The fencing epoch of the activation that wrote a record read at `revision` (its claim, when the record is one). */
export function recordEpoch(rec: Pick<PersistedRecord, "epoch">, revision: number): number {
  return rec.epoch === 0 ? revision : rec.epoch;
}

/**
 * Layout (v5): u8 version, varint epoch, owner (varint length, UTF-8), session (varint
 * length, UTF-8), varint #timers and
 * per timer (id length, id, fireAt), varint #opaque keys and per key (12-byte digest, varint
 * until-seconds, varint reply length + 1, reply), the generated keys (`encodeGenerated`),
 * varint #outbox entries and each as laid out by `encodeOutboxRecord`, then the kind's
 * state bytes to the end. v4 had no session; v3 16-byte digests and no generated keys; v2
 * no outbox either.
 */
export function encodeRecordWith(
  head: Pick<PersistedRecord, "epoch" | "owner" | "session" | "timers">,
  recent: RecentSection,
  state: Uint8Array,
  outbox: readonly Uint8Array[] = [],
): Uint8Array {
  const owner = ownerBytes(head.owner);
  const session = sessionBytes(head.session);
  const generated = recent.generated ?? NO_GENERATED;
  let size = 1 + varintSize(head.epoch) + varintSize(owner.length) + owner.length + varintSize(session.length) + session.length + varintSize(head.timers.size);
  const timerIds: Uint8Array[] = [];
  for (const [id, at] of head.timers) {
    const b = enc.encode(id);
    timerIds.push(b);
    size += varintSize(b.length) + b.length + varintSize(at);
  }
  size += varintSize(recent.count) + recent.bytes.length + generated.length + state.length + varintSize(outbox.length);
  for (const o of outbox) size += o.length;
  // From Node's buffer pool: a typed array of its own over 64 bytes costs a backing-store
  // allocation (~1 µs) per commit. Every byte is written below; a store keeps its own copy.
  const w = new Writer(Buffer.allocUnsafe(size));
  w.buf[w.pos++] = V5;
  w.varint(head.epoch);
  w.varint(owner.length);
  w.bytes(owner);
  w.varint(session.length);
  w.bytes(session);
  w.varint(head.timers.size);
  let i = 0;
  for (const at of head.timers.values()) {
    const id = timerIds[i++] ?? new Uint8Array(0);
    w.varint(id.length);
    w.bytes(id);
    w.varint(at);
  }
  w.varint(recent.count);
  w.bytes(recent.bytes);
  w.bytes(generated);
  w.varint(outbox.length);
  for (const o of outbox) w.bytes(o);
  w.bytes(state);
  return w.buf;
}

/** What a commit changes in the generated keys. */
interface GeneratedPlan {
  /** The sessions after the commit, in record order. */
  readonly sessions: readonly (readonly [string, SessionKeys])[];
  /** Sessions left or joined (else the same ones, some replaced in place). */
  readonly reshaped: boolean;
  /** The earliest `until` among them and their keys. */
  readonly nextExpiry: number;
}

/** What a commit changes in the key log: computed before the write, applied only if it lands. */
export interface RecentPlan {
  readonly section: RecentSection;
  readonly drop: number;
  readonly dropBytes: number;
  readonly adds: readonly [string, Remembered, Uint8Array][];
  readonly generated: GeneratedPlan | undefined;
}

/**
 * Beyond `max` keys above the floors: the ones whose retries can come the shortest go first
 * (earliest `until`, then the lower number), whichever session they belong to.
 */
function dropOldestKeys(sessions: readonly (readonly [string, SessionKeys])[], n: number): (readonly [string, SessionKeys])[] {
  const all: [number, number, number][] = [];
  sessions.forEach(([, s], i) => {
    for (const [seq, r] of s.keys) all.push([r.until, seq, i]);
  });
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const gone = new Set(all.slice(0, n).map(([, seq, i]) => `${i}.${seq}`));
  return sessions.map(([id, s], i) => [id, { mark: s.mark, keys: new Map([...s.keys].filter(([seq]) => !gone.has(`${i}.${seq}`))) }] as const);
}

/**
 * The applied keys of one activation.
 *
 * Opaque keys form a log, oldest first, kept encoded so that a commit costs a copy of the
 * surviving block plus the new entries, not a re-encoding of all. Keys leave from the front
 * only: by count (the newest `max` stay) and by expiry while the oldest has expired; a key
 * behind an unexpired one waits (keeping it is safe).
 *
 * Generated keys (`generatedKey`) are kept per caller session. Each applied one raises its
 * session's floor to the floor it carries; the keys below the floor leave (their caller has
 * finished those calls: a copy still in flight is answered as a duplicate, with no reply,
 * since nobody waits for it), the others stay with their replies. So a caller with one call
 * in flight per actor costs that actor a few keys, not a window of `max`. A session leaves
 * when its `until` has passed, a key when its own has; beyond `max` sessions, or `max` keys
 * above the floors, the ones with the earliest `until` go first.
 *
 * A key is appended only when its message was applied, which a key already in the log
 * never is (it is answered as a duplicate), so keys are unique.
 */
export class RecentLog {
  private digests: string[] = [];
  private sizes: number[] = [];
  private head = 0;
  private readonly map = new Map<string, Remembered>();
  private bytes: Uint8Array = new Uint8Array(0);
  /** Caller sessions, in the order they were first written. */
  private sessions = new Map<string, SessionKeys>();
  /** Sum of the sessions' key counts. */
  private pendingCount = 0;
  /** Earliest `until` of a session or key: before it, nothing leaves by time. */
  private nextExpiry = NEVER;
  /** Log positions below this came from a pre-v4 record (see `RecentKeys.hashedGenerated`). */
  private hashedUntil = 0;

  static from(recent: RecentKeys): RecentLog {
    const log = new RecentLog();
    const adds: [string, Remembered, Uint8Array][] = [...recent.keys].map(([d, e]) => [d, e, encodeEntry(d, e)]);
    log.apply({
      section: { count: adds.length, bytes: Buffer.concat(adds.map((a) => a[2])) },
      drop: 0,
      dropBytes: 0,
      adds,
      generated: { sessions: [...sessionKeys(recent)], reshaped: true, nextExpiry: 0 },
    });
    if (recent.hashedGenerated === true) log.hashedUntil = log.digests.length;
    return log;
  }

  /** Keys remembered one by one (opaque, and generated ones above their floor). */
  get size(): number {
    return this.map.size + this.pendingCount;
  }

  get(digest: string): Remembered | undefined {
    const g = digest.length === DIGEST_BYTES ? undefined : parseGenerated(digest);
    if (g === undefined) return this.map.get(digest);
    const s = this.sessions.get(g.session);
    if (s !== undefined) {
      const k = s.keys.get(g.seq);
      if (k !== undefined) return k;
      if (g.seq < s.mark.floor) return { reply: undefined, until: s.mark.until };
    }
    return this.head < this.hashedUntil ? this.map.get(sha(digest)) : undefined;
  }

  has(digest: string): boolean {
    return this.get(digest) !== undefined;
  }

  /** The keys as they stand (what a record written now would hold). */
  snapshot(): RecentKeys {
    const keys = new Map<string, Remembered>();
    for (let i = this.head; i < this.digests.length; i++) {
      const d = this.digests[i] ?? "";
      const e = this.map.get(d);
      if (e !== undefined) keys.set(d, e);
    }
    const sessions = new Map<string, SessionMark>();
    const pending = new Map<string, Remembered>();
    for (const [id, s] of this.sessions) {
      sessions.set(id, s.mark);
      for (const [seq, r] of s.keys) pending.set(pendingId(id, seq), r);
    }
    return { keys, sessions, pending };
  }

  plan(added: ReadonlyMap<string, Remembered>, now: number, max: number): RecentPlan {
    let adds: [string, Remembered, Uint8Array][] = [];
    let generated: [GeneratedKey, Remembered][] | undefined;
    for (const [d, e] of added) {
      const g = d.length === DIGEST_BYTES ? undefined : parseGenerated(d);
      if (g === undefined) adds.push([d, e, encodeEntry(d, e)]);
      else (generated ??= []).push([g, e]);
    }
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
    let bytes = this.bytes;
    if (drop > 0 || adds.length > 0) {
      const kept = this.bytes.subarray(dropBytes);
      let size = kept.length;
      for (const a of adds) size += a[2].length;
      bytes = new Uint8Array(size);
      bytes.set(kept, 0);
      let pos = kept.length;
      for (const a of adds) {
        bytes.set(a[2], pos);
        pos += a[2].length;
      }
    }
    const gen = generated === undefined && this.sessions.size === 0 ? undefined : this.planGenerated(generated ?? [], now, max);
    const part = gen === undefined ? undefined : encodeGenerated(gen.sessions, gen.sessions.length);
    return { section: { count: live - drop + adds.length, bytes, ...(part !== undefined ? { generated: part } : {}) }, drop, dropBytes, adds, generated: gen };
  }

  /** The sessions that `added` writes, with their new floors and keys. */
  private touch(added: readonly [GeneratedKey, Remembered][]): Map<string, SessionKeys> {
    // Grouped by session first, so that a batch copies each session's keys once.
    const bySession = new Map<string, [GeneratedKey, Remembered][]>();
    for (const a of added) {
      const list = bySession.get(a[0].session);
      if (list === undefined) bySession.set(a[0].session, [a]);
      else list.push(a);
    }
    const touched = new Map<string, SessionKeys>();
    for (const [id, adds] of bySession) {
      const cur = this.sessions.get(id);
      let floor = cur?.mark.floor ?? 0;
      let until = cur?.mark.until ?? 0;
      for (const [g, rem] of adds) {
        floor = Math.max(floor, g.floor);
        until = Math.max(until, rem.until);
      }
      const keys = new Map<number, Remembered>();
      if (cur !== undefined) for (const [seq, r] of cur.keys) if (seq >= floor) keys.set(seq, r);
      for (const [g, rem] of adds) if (g.seq >= floor) keys.set(g.seq, rem);
      touched.set(id, { mark: { floor, until }, keys });
    }
    return touched;
  }

  private planGenerated(added: readonly [GeneratedKey, Remembered][], now: number, max: number): GeneratedPlan {
    const touched = added.length === 0 ? undefined : this.touch(added);
    // Nothing leaves by time before `nextExpiry`: most commits skip the expiry checks.
    const expiring = now > this.nextExpiry;
    let out: (readonly [string, SessionKeys])[] = [];
    let reshaped = false;
    for (const [id, s0] of this.sessions) {
      let s = touched?.get(id) ?? s0;
      if (expiring) {
        // A session's `until` is at least that of each of its keys: keys of a session that
        // leaves go with it; an expired key of a live session goes on its own.
        if (s.mark.until < now) {
          reshaped = true;
          continue;
        }
        for (const r of s.keys.values()) {
          if (r.until >= now) continue;
          s = { mark: s.mark, keys: new Map([...s.keys].filter(([, k]) => k.until >= now)) };
          break;
        }
      }
      out.push([id, s]);
    }
    if (touched !== undefined) {
      for (const [id, s] of touched) {
        if (this.sessions.has(id)) continue;
        out.push([id, s]);
        reshaped = true;
      }
    }
    if (out.length > max) {
      // The sessions whose retries end first leave first; among equal ones, the older.
      const order = out.map((e, i) => [e, i] as const).sort((a, b) => b[0][1].mark.until - a[0][1].mark.until || b[1] - a[1]);
      out = order.slice(0, max).map(([e]) => e);
      reshaped = true;
    }
    let count = 0;
    for (const [, s] of out) count += s.keys.size;
    if (count > max) out = dropOldestKeys(out, count - max);
    let nextExpiry = NEVER;
    for (const [, s] of out) {
      nextExpiry = Math.min(nextExpiry, s.mark.until);
      for (const r of s.keys.values()) nextExpiry = Math.min(nextExpiry, r.until);
    }
    return { sessions: out, reshaped, nextExpiry };
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
    if (p.generated !== undefined) {
      if (p.generated.reshaped) this.sessions = new Map(p.generated.sessions);
      else for (const [id, s] of p.generated.sessions) this.sessions.set(id, s);
      this.pendingCount = 0;
      for (const s of this.sessions.values()) this.pendingCount += s.keys.size;
      this.nextExpiry = p.generated.nextExpiry;
    }
    if (this.head > 1024 && this.head * 2 > this.digests.length) {
      this.hashedUntil = Math.max(0, this.hashedUntil - this.head);
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
    session: "",
    timers: new Map(meta.timers),
    recent: {
      // Hashed, not parsed: this is how keys were compared when the record was written.
      keys: new Map(meta.recent.map(([k, v]) => [sha(k), { reply: v === null ? undefined : new Uint8Array(Buffer.from(v, "base64")), until: NEVER }])),
      sessions: new Map(),
      pending: new Map(),
      hashedGenerated: true,
    },
    outbox: [],
    state: b.slice(4 + len),
  };
}

function readRemembered(r: Reader): Remembered {
  const until = untilFromSeconds(r.varint());
  const replyTag = r.varint();
  return { reply: replyTag === 0 ? undefined : r.bytes(replyTag - 1), until };
}

export function decodeRecord(b: Uint8Array): PersistedRecord {
  if (b.length === 0) throw new CorruptRecordError("empty record");
  // v1 began with a big-endian u32 length, whose first byte is 0 below 16 MB.
  if (b[0] === 0) return decodeV1(b);
  const version = b[0];
  if (version < V2 || version > V5) throw new CorruptRecordError(`unknown record version ${String(version)}`);
  const r = new Reader(b);
  r.pos = 1;
  const epoch = r.varint();
  const owner = dec.decode(r.bytes(r.varint()));
  const session = version >= V5 ? dec.decode(r.bytes(r.varint())) : "";
  const timers = new Map<string, number>();
  for (let n = r.varint(); n > 0; n--) {
    const id = dec.decode(r.bytes(r.varint()));
    timers.set(id, r.varint());
  }
  const keys = new Map<string, Remembered>();
  const digestBytes = version >= V4 ? DIGEST_BYTES : OLD_DIGEST_BYTES;
  for (let n = r.varint(); n > 0; n--) {
    const digest = Buffer.from(r.bytes(digestBytes)).toString("latin1", 0, DIGEST_BYTES);
    keys.set(digest, readRemembered(r));
  }
  const sessions = new Map<string, SessionMark>();
  const pending = new Map<string, Remembered>();
  if (version >= V4) {
    for (let n = r.varint(); n > 0; n--) {
      const id = Buffer.from(r.bytes(16)).toString("base64url");
      const floor = r.varint();
      sessions.set(id, { floor, until: untilFromSeconds(r.varint()) });
      for (let k = r.varint(); k > 0; k--) {
        const seq = floor + r.varint();
        pending.set(pendingId(id, seq), readRemembered(r));
      }
    }
  }
  const outbox: OutboxRecord[] = [];
  if (version >= V3) {
    for (let n = r.varint(); n > 0; n--) {
      const oEpoch = r.varint();
      const revision = r.varint();
      const at = r.varint();
      outbox.push({ epoch: oEpoch, revision, at, effects: r.bytes(r.varint()) });
    }
  }
  return {
    epoch,
    owner,
    session,
    timers,
    recent: { keys, sessions, pending, ...(version < V4 && keys.size > 0 ? { hashedGenerated: true } : {}) },
    outbox,
    state: r.rest(),
  };
}

export function statusOf(headers: Readonly<Record<string, string | undefined>>): WireStatus {
  return (headers[H.status] ?? "ok") as WireStatus;
}
