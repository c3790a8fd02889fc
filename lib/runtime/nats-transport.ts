/**
 * The runtime's Bus and KV buckets over NATS (nats.js v3) and JetStream KV.
 *
 * Leases live in a bucket whose stream max_age is the lease duration: on 2.9 that is the
 * only TTL there is (per-key TTL needs 2.11), so a lease that is not renewed ages out on
 * the server's clock. The bucket's TTL is checked at start-up because a bucket created
 * earlier with another TTL would silently keep it.
 */
import {
  connect,
  createInbox,
  MsgHdrsImpl,
  MsgImpl,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
} from "@nats-io/transport-node";
import { JetStreamApiError, type ApiError } from "@nats-io/jetstream";
import { Kvm, type KV } from "@nats-io/kv";
import type { Registry } from "prom-client";
import type { Logger } from "../log.js";
import { ConfigError } from "../errors.js";
import { natsConnectedGauge } from "./metrics.js";
import { buckets, kvWrites } from "../subjects.js";
import {
  KvConflictError,
  NoRespondersError,
  RequestTimeoutError,
  type Bus,
  type Headers,
  type InboundMessage,
  type KvBucket,
  type KvEntry,
  type Subscription,
  type Transport,
} from "./transport.js";

const WRONG_LAST_SEQUENCE = new Set([10071, 10164]);

function isConflict(err: unknown): boolean {
  if (err instanceof JetStreamApiError) return WRONG_LAST_SEQUENCE.has(err.code);
  return err instanceof Error && /wrong last sequence/i.test(err.message);
}

function toHeaders(h: MsgHdrs | undefined): Headers {
  const out: Record<string, string> = {};
  if (h === undefined) return out;
  // The iterator, not keys()/get(): get() scans every key again per call.
  for (const [k, v] of h) if (v.length > 0) out[k] = v[0];
  return out;
}

const NO_HEADERS: Headers = Object.freeze({});
const headerText = new TextDecoder();

/**
 * A message's headers as `toHeaders(m.headers)` would give them (first value per name,
 * trimmed), parsed from the header block itself. nats.js's `MsgHdrsImpl.decode` allocates
 * per line a canonicalised copy of the name, a scan of every name so far and an array per
 * value: the largest allocation site of a busy node after the commit itself. The header
 * bytes are `_rdata[0, _msg.hdr)` of nats.js's `MsgImpl` (its `headers` getter decodes just
 * that range); any other `Msg` goes through `m.headers`.
 */
export function readHeaders(m: Msg): Headers {
  if (!(m instanceof MsgImpl) || typeof m._msg.hdr !== "number") return toHeaders(m.headers);
  if (m._msg.hdr < 0) return NO_HEADERS;
  const text = headerText.decode(m._rdata.subarray(0, m._msg.hdr));
  const out: Record<string, string | undefined> = {};
  // The first line is the version (and status); each further one `Name: value` up to an empty line.
  let at = text.indexOf("\r\n");
  while (at >= 0) {
    const start = at + 2;
    const end = text.indexOf("\r\n", start);
    const line = end < 0 ? text.slice(start) : text.slice(start, end);
    at = end;
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const k = line.slice(0, colon);
    if (out[k] === undefined) out[k] = line.slice(colon + 1).trim();
  }
  return out;
}

const HEADER_NAME = /^[!-9;-~]+$/;
const CR_OR_LF = /[\r\n]/;

/**
 * nats.js headers for a publish. Filled directly rather than by `append`, which per header
 * canonicalises the name and rescans every name already set (~1 µs per message for our
 * 4–6 headers); names are used exactly as given, which is what `append` does by default
 * too. The checks that `append` would make on the wire format are kept.
 */
function fromHeaders(h: Headers | undefined): MsgHdrs | undefined {
  let out: MsgHdrsImpl | undefined;
  for (const k in h) {
    const v = h[k];
    if (v === undefined) continue;
    if (!HEADER_NAME.test(k)) throw new Error(`invalid header name ${JSON.stringify(k)}`);
    if (CR_OR_LF.test(v)) throw new Error(`header ${k}: values cannot contain CR or LF`);
    out ??= new MsgHdrsImpl();
    out.headers.set(k, [v.trim()]);
  }
  return out;
}

/** `subject` is decoded on first use: the runtime's handlers route by headers and rarely read it. */
class NatsInbound implements InboundMessage {
  readonly data: Uint8Array;
  readonly headers: Headers;
  readonly reply: string | undefined;

  constructor(private readonly m: Msg) {
    this.data = m.data;
    this.headers = readHeaders(m);
    const reply = m.reply;
    this.reply = reply === "" ? undefined : reply;
  }

  get subject(): string {
    return this.m.subject;
  }
}

function inbound(m: Msg): InboundMessage {
  return new NatsInbound(m);
}

/**
 * A request outlives its timeout by up to this much: timeouts are found by one sweep over
 * the pending requests, not one timer each. Callers' timeouts are hundreds of ms or more.
 */
const SWEEP_MS = 20;

interface Pending {
  readonly subject: string;
  readonly expiresAt: number;
  readonly resolve: (m: Msg) => void;
  readonly reject: (err: unknown) => void;
  /** What its timeout means: an error for a request, an outcome for `requestOrSilence`. */
  readonly expire: () => void;
}

/**
 * Request/reply for the runtime's own traffic: asks, tells and KV compare-and-set writes.
 * nats.js's `request` costs, per call, a random token, a timer and — even on success, since
 * its resolver always cancels — a `RequestError` with a captured stack: ~8% of a busy node's
 * CPU. Here one wildcard subscription takes every reply, a counter names each request, and
 * one sweep fails the expired ones.
 *
 * Requests with one timeout expire in the order they were sent, so each timeout value has a
 * queue and a sweep looks only at the heads: posts wait out their whole timeout for a
 * refusal that rarely comes, so thousands are pending on a busy node, and a walk over all of
 * them every SWEEP_MS showed in its allocation profile.
 *
 * Same outcomes as nats.js: the server's no-responders status (503, empty body) rejects with
 * `NoRespondersError`, silence with `RequestTimeoutError`. Across a reconnect nats.js
 * re-subscribes and sends what was published meanwhile, so a pending request is answered or
 * times out as before; once the connection is closed every pending request fails.
 */
export class Requester {
  private readonly prefix: string;
  private readonly pending = new Map<string, Pending>();
  /** Per timeout: tokens in the order sent (so by expiry), from `head`; answered ones are skipped. */
  private readonly deadlines = new Map<number, { tokens: string[]; head: number }>();
  private seq = 0;
  private sweeper: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly nc: NatsConnection) {
    this.prefix = `${createInbox()}.`;
    nc.subscribe(`${this.prefix}*`, { callback: (err, m) => this.onReply(err, m) });
    void nc.closed().then((err) => this.failAll(err ?? new Error("connection closed")));
  }

  request(subject: string, data: Uint8Array, headers: MsgHdrs | undefined, timeoutMs: number): Promise<Msg> {
    return new Promise<Msg>((resolve, reject) => {
      this.send(subject, data, headers, timeoutMs, { resolve, reject, expire: () => reject(new RequestTimeoutError(subject)) });
    });
  }

  /** Like `request`, but silence until the timeout resolves undefined: no error is made for the expected outcome. */
  requestOrSilence(subject: string, data: Uint8Array, headers: MsgHdrs | undefined, timeoutMs: number): Promise<Msg | undefined> {
    return new Promise<Msg | undefined>((resolve, reject) => {
      this.send(subject, data, headers, timeoutMs, { resolve, reject, expire: () => resolve(undefined) });
    });
  }

  private send(subject: string, data: Uint8Array, headers: MsgHdrs | undefined, timeoutMs: number, outcome: Pick<Pending, "resolve" | "reject" | "expire">): void {
    const token = (this.seq++).toString(36);
    this.pending.set(token, { subject, expiresAt: performance.now() + timeoutMs, ...outcome });
    let q = this.deadlines.get(timeoutMs);
    if (q === undefined) this.deadlines.set(timeoutMs, (q = { tokens: [], head: 0 }));
    q.tokens.push(token);
    try {
      this.nc.publish(subject, data, headers === undefined ? { reply: this.prefix + token } : { reply: this.prefix + token, headers });
    } catch (err) {
      this.pending.delete(token);
      outcome.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.sweeper ??= setInterval(() => this.sweep(), SWEEP_MS).unref();
  }

  private onReply(err: Error | null, m: Msg): void {
    if (err !== null) {
      // The reply subscription itself failed (e.g. a permissions violation): nothing can arrive.
      this.failAll(err);
      return;
    }
    const token = m.subject.slice(this.prefix.length);
    const p = this.pending.get(token);
    if (p === undefined) return; // timed out already
    this.pending.delete(token);
    if (m.data.length === 0 && m.headers?.code === 503) p.reject(new NoRespondersError(p.subject));
    else p.resolve(m);
  }

  private sweep(): void {
    const now = performance.now();
    for (const [timeoutMs, q] of this.deadlines) {
      while (q.head < q.tokens.length) {
        const token = q.tokens[q.head];
        const p = this.pending.get(token);
        if (p !== undefined && p.expiresAt > now) break;
        q.head++;
        if (p === undefined) continue;
        this.pending.delete(token);
        p.expire();
      }
      if (q.head === q.tokens.length) this.deadlines.delete(timeoutMs);
      else if (q.head > 1024 && q.head * 2 > q.tokens.length) {
        q.tokens = q.tokens.slice(q.head);
        q.head = 0;
      }
    }
    if (this.pending.size > 0) return;
    // Whatever the queues still name was answered.
    this.deadlines.clear();
    this.stopSweeping();
  }

  private stopSweeping(): void {
    if (this.sweeper !== undefined) clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  private failAll(err: unknown): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    this.deadlines.clear();
    this.stopSweeping();
    for (const p of all) p.reject(err);
  }
}

class NatsBus implements Bus {
  constructor(
    private readonly nc: NatsConnection,
    private readonly requester: Requester,
  ) {}

  publish(subject: string, data: Uint8Array, headers?: Headers, reply?: string): void {
    const h = fromHeaders(headers);
    this.nc.publish(subject, data, h === undefined ? (reply === undefined ? undefined : { reply }) : reply === undefined ? { headers: h } : { headers: h, reply });
  }

  async request(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number): Promise<InboundMessage> {
    return inbound(await this.requester.request(subject, data, fromHeaders(headers), Math.max(1, timeoutMs)));
  }

  async requestOrSilence(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number): Promise<InboundMessage | undefined> {
    const m = await this.requester.requestOrSilence(subject, data, fromHeaders(headers), Math.max(1, timeoutMs));
    return m === undefined ? undefined : inbound(m);
  }

  subscribe(subject: string, handler: (m: InboundMessage) => void, opts?: { queue?: string }): Subscription {
    const sub = this.nc.subscribe(subject, {
      ...(opts?.queue !== undefined ? { queue: opts.queue } : {}),
      callback: (err, m) => {
        if (err === null) handler(inbound(m));
      },
    });
    return { unsubscribe: () => sub.unsubscribe() };
  }
}

/** nats.js's default JetStream API timeout, which `kv.update` used. */
const KV_WRITE_TIMEOUT_MS = 5000;
const EXPECTED_LAST_SUBJECT_SEQUENCE = "Nats-Expected-Last-Subject-Sequence";

interface PubAckResponse {
  readonly stream?: string;
  readonly seq?: number;
  readonly error?: ApiError;
}

const td = new TextDecoder();

/** The stream sequence (= KV revision) a JetStream PubAck reports, or its error as thrown by nats.js. */
export function pubAckSeq(key: string, m: Msg): number {
  let ack: PubAckResponse;
  try {
    ack = JSON.parse(td.decode(m.data)) as PubAckResponse;
  } catch (err) {
    throw new Error(`unreadable JetStream ack for ${key}`, { cause: err });
  }
  if (ack.error !== undefined) {
    const err = new JetStreamApiError(ack.error);
    if (WRONG_LAST_SEQUENCE.has(ack.error.err_code)) throw new KvConflictError(key, { cause: err });
    throw err;
  }
  if (typeof ack.seq !== "number" || typeof ack.stream !== "string" || ack.stream === "") throw new Error(`invalid JetStream ack for ${key}`);
  return ack.seq;
}

class NatsKv implements KvBucket {
  /** Where a key's writes go: the runtime creates its buckets itself, without a JetStream domain or mirror. */
  private readonly editPrefix: string;

  constructor(
    private readonly kv: KV,
    bucket: string,
    private readonly requester: Requester,
  ) {
    this.editPrefix = kvWrites(bucket);
  }

  async get(key: string): Promise<KvEntry | undefined> {
    const e = await this.kv.get(key);
    if (e === null || e.operation !== "PUT") return undefined;
    return { value: e.value, revision: e.revision };
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    try {
      return await this.kv.create(key, value);
    } catch (err) {
      if (isConflict(err)) throw new KvConflictError(key, { cause: err });
      throw err;
    }
  }

  /**
   * The commit path: what `kv.update` sends (a publish to the key's subject expecting its
   * last revision), over the lean requester. A lost CAS comes back as a PubAck error
   * (10071 wrong last sequence), mapped to KvConflictError as before.
   */
  async update(key: string, value: Uint8Array, revision: number): Promise<number> {
    if (!(revision > 0)) throw new Error(`update of ${key} needs a revision > 0, got ${revision}`);
    const h = new MsgHdrsImpl();
    h.headers.set(EXPECTED_LAST_SUBJECT_SEQUENCE, [String(revision)]);
    return pubAckSeq(key, await this.requester.request(this.editPrefix + key, value, h, KV_WRITE_TIMEOUT_MS));
  }

  async delete(key: string, revision?: number): Promise<void> {
    try {
      await this.kv.delete(key, revision !== undefined ? { previousSeq: revision } : {});
    } catch (err) {
      if (isConflict(err)) throw new KvConflictError(key, { cause: err });
      throw err;
    }
  }

  watch(prefix: string, onChange: (key: string, entry: KvEntry | undefined) => void): Subscription {
    const w: { stopped: boolean; current: { stop(): void } | undefined } = { stopped: false, current: undefined };
    // A function, not the field: the field is set by `unsubscribe` across the awaits below.
    const stopped = (): boolean => w.stopped;
    // The watcher is an ordered consumer, which re-creates itself across reconnects; should it
    // end anyway (consumer lost with a server), start a new one: it replays every live key, so
    // nothing written meanwhile is missed (deletes meanwhile leave stale keys, which a reader
    // of this index tolerates: see timer-index.ts).
    const run = async (): Promise<void> => {
      while (!stopped()) {
        try {
          const it = await this.kv.watch({ key: `${prefix}.>` });
          w.current = it;
          if (stopped()) it.stop();
          for await (const e of it) {
            onChange(e.key, e.operation === "PUT" ? { value: e.value, revision: e.revision } : undefined);
          }
        } catch {
          // JetStream unavailable for now; retried below.
        }
        if (!stopped()) await new Promise((r) => setTimeout(r, 1000));
      }
    };
    void run();
    return {
      unsubscribe: () => {
        w.stopped = true;
        w.current?.stop();
      },
    };
  }

  async keys(prefix: string): Promise<string[]> {
    const it = await this.kv.keys(`${prefix}.>`);
    const out: string[] = [];
    for await (const k of it) out.push(k);
    return out;
  }
}

export interface NatsTransportOptions {
  servers: string | string[];
  /** Connection name shown in server monitoring. */
  name: string;
  logger: Logger;
  /** Lease duration = lease bucket TTL. Default 3000 ms (take-over ≤ lease + one poll). */
  leaseTtlMs?: number;
  /** JetStream replicas for both buckets; 3 on a clustered JetStream. Default 1. */
  replicas?: number;
  /** How long to wait for JetStream to answer at start (cluster leader election). Default 30 s. */
  startupTimeoutMs?: number;
  /** Where `ringmesh_nats_connected` goes; none: not exported. */
  registry?: Registry;
}

/** The parts of nats.js's protocol handler (nats-core `protocol.js`) that `coalesceFlushes` replaces or uses. */
interface ProtocolInternals {
  sendCommand(cmd: string | Uint8Array, ...payloads: Uint8Array[]): void;
  flushPending(): void;
  readonly outbound: { length(): number; size(): number; fill(buf: Uint8Array, ...payloads: Uint8Array[]): void };
  readonly pendingLimit: number;
}

function protocolOf(nc: NatsConnection): ProtocolInternals | undefined {
  const p = (nc as unknown as { protocol?: Partial<ProtocolInternals> }).protocol;
  const o = p?.outbound;
  const fits =
    typeof p?.sendCommand === "function" &&
    typeof p.flushPending === "function" &&
    typeof p.pendingLimit === "number" &&
    typeof o?.length === "function" &&
    typeof o.size === "function" &&
    typeof o.fill === "function";
  return fits ? (p as ProtocolInternals) : undefined;
}

const utf8 = new TextEncoder();

/**
 * nats.js writes its outbound buffer to the socket in a microtask queued by the first
 * command after a write. A node's work on what one socket read brought in runs over many
 * microtask turns (each actor's decision, write, effects and replies), so it left as many
 * small writes: `writeBuffer` was ~16% of a busy node's CPU. Writing at `setImmediate`
 * instead sends what one event-loop turn produced in one write (bench:calls: 5–10% less
 * CPU per call), for at most one turn of added latency. The size threshold that makes
 * nats.js write at once is kept. Only the shape checked in `protocolOf` is relied on: a
 * nats.js release without it keeps its own flushing (returns false; a test asserts true).
 */
export function coalesceFlushes(nc: NatsConnection): boolean {
  const p = protocolOf(nc);
  if (p === undefined) return false;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    p.flushPending();
  };
  p.sendCommand = (cmd, ...payloads) => {
    p.outbound.fill(typeof cmd === "string" ? utf8.encode(cmd) : cmd, ...payloads);
    if (p.outbound.size() >= p.pendingLimit) p.flushPending();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return true;
}

/** Connects (reconnecting forever), opens or creates the buckets, and checks the lease TTL. */
export async function connectNatsTransport(opts: NatsTransportOptions): Promise<Transport & { readonly nc: NatsConnection }> {
  const leaseTtlMs = opts.leaseTtlMs ?? 3000;
  const nc = await connect({
    servers: opts.servers,
    name: opts.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    pingInterval: 5000,
    // Every KV write is a request; capturing a stack per request for error context cost
    // ~12% of a node's CPU under load, and our errors are mapped to typed ones anyway.
    noAsyncTraces: true,
  });
  if (!coalesceFlushes(nc)) opts.logger.warn("nats.js internals changed: outbound writes are not coalesced per event-loop turn");
  let connected = 1;
  if (opts.registry !== undefined) natsConnectedGauge(opts.registry, () => (nc.isClosed() ? 0 : connected));
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === "disconnect" || s.type === "reconnect") opts.logger.warn({ nats: s.type }, "nats connection status");
      if (s.type === "disconnect") connected = 0;
      else if (s.type === "reconnect") connected = 1;
    }
  })();
  const kvm = new Kvm(nc);
  const replicas = opts.replicas ?? 1;
  // A clustered JetStream answers only once its meta leader is elected; until then, retry (bounded).
  const giveUpAt = Date.now() + (opts.startupTimeoutMs ?? 30_000);
  const openBucket = async (name: string, o: { ttl?: number }): Promise<KV> => {
    for (;;) {
      try {
        return await kvm.create(name, { history: 1, replicas, ...o });
      } catch (err) {
        if (Date.now() > giveUpAt) {
          await nc.close();
          throw err;
        }
        opts.logger.warn({ err, bucket: name }, "JetStream not ready; retrying");
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  const leaseKv = await openBucket(buckets.leases, { ttl: leaseTtlMs });
  const stateKv = await openBucket(buckets.actorState, {});
  const timerKv = await openBucket(buckets.actorTimers, {});
  const status = await leaseKv.status();
  if (status.ttl !== leaseTtlMs) {
    await nc.close();
    throw new ConfigError(
      `KV bucket ${buckets.leases} has TTL ${status.ttl} ms but the runtime needs ${leaseTtlMs} ms (lease duration); recreate the bucket or align the lease setting`,
    );
  }
  let closing: Promise<void> | undefined;
  const requester = new Requester(nc);
  return {
    nc,
    bus: new NatsBus(nc, requester),
    leases: new NatsKv(leaseKv, buckets.leases, requester),
    states: new NatsKv(stateKv, buckets.actorState, requester),
    timers: new NatsKv(timerKv, buckets.actorTimers, requester),
    leaseTtlMs,
    close: () => (closing ??= nc.drain().catch(() => nc.close())),
  };
}
