/**
 * A Ringmesh node's actor runtime: hosts actor kinds, routes messages to their owners, and
 * is the client through which anything (an edge, an effect, a test) talks to actors.
 *
 * Routing: a caller computes the rendezvous owner of `(kind, id)` from its membership view
 * and sends a request to that node's subject (`ringmesh.v1.node.<node>.<kind>`, actor id
 * in a header): one hop in steady state. With no view yet it sends to the actor subject,
 * which every host of the kind serves in one queue group. A host that receives a message
 * for an actor it does not own forwards it to the owner per its own view, or to the node
 * its state record names (`H.holder`: that node serves it even if it is not the
 * rendezvous owner); after two hops it activates locally (the record's claim decides).
 *
 * Ownership: one lease per node (`node-lease.ts`), renewed every TTL/4, whatever the number
 * of actors; each actor's record names the node and lease session that claimed it
 * (`activation.ts`). Losing the lease stops every activation of its session at once.
 *
 * Loopback: a message for an actor this node owns by its own view skips the bus: it is
 * dispatched here as if NATS had delivered it, and answered through the same `respond`
 * (`loopback`). In a cluster of N actor nodes that is 1/N of actor-to-actor messages; with
 * groups and agents on one node, the bid and grant of every offer.
 *
 * Delivery: `ask` and `tell` are both requests answered after the durable commit. The
 * caller retries timeouts, no-responders and `moving` with the same idempotency key until
 * its deadline; the actor applies a key at most once. So a message is applied once, or
 * the caller gets a typed error (`DeadlineExceededError`, `OverloadedError`, …): never a
 * silent drop. A deadline error means "maybe applied" when an attempt had been delivered.
 * Effects run at least once after their commit (`outbox.ts`); messages they send are keyed
 * by the commit (`EffectContext`), so a re-run is a duplicate the receiver drops.
 * An effect's `post` is the exception: the receiver answers only refusals, silence for an
 * attempt's timeout counts as taken, and the retry loop runs in the background, so the
 * protocol between actors costs one bus message per step instead of two (see `post`).
 *
 * Timers: an idle actor is passivated even with timers pending; the timer index
 * (`timer-index.ts`) wakes it at its earliest fireAt on whichever node owns it by then,
 * which is also how a crashed owner's timers fire without any message.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Registry } from "prom-client";
import type { Clock, TimerHandle } from "../clock.js";
import type { Logger } from "../log.js";
import { kvKeys, queues, subjects } from "../subjects.js";
import { Activation, type ActivationHost, type ActivationOptions, type MsgItem } from "./activation.js";
import { generatedKey, H, idemDigest, statusOf } from "./envelope.js";
import { DeadlineExceededError, errorFromWire, RETRYABLE, UnavailableError, type WireStatus } from "./errors.js";
import type { Addressable, AnyActorKind, EffectContext, SendOptions } from "./kind.js";
import { MembershipView } from "./membership.js";
import { createRuntimeMetrics, type RuntimeMetrics } from "./metrics.js";
import { NodeLease, sessionLive } from "./node-lease.js";
import { TimerSweep } from "./timer-index.js";
import { NoRespondersError, RequestTimeoutError, type Headers, type InboundMessage, type Subscription, type Transport } from "./transport.js";

export interface RuntimeOptions {
  readonly transport: Transport;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry: Registry;
  /** Kinds this node hosts; none for a pure client. */
  readonly kinds?: readonly AnyActorKind[];
  /** Unique per process start. Default: a random id. */
  readonly nodeId?: string;
  readonly defaultTimeoutMs?: number;
  /** Per-attempt wait before a caller retries (same key). Default 1000 ms. */
  readonly attemptTimeoutMs?: number;
  /** Idle time after which an actor is passivated (pending timers wake it again via the timer index). Default 60 s. */
  readonly idleMs?: number;
  readonly heartbeatMs?: number;
  readonly memberTimeoutMs?: number;
  readonly activation?: Partial<ActivationOptions>;
}

const MAX_HOPS = 2;
/** Reply subjects of loopback requests: `_` starts no NATS subject this node publishes to. */
const LOOPBACK = "_loopback.";
/** `ask` waits for the actor's answer, `tell` for its commit, `post` only for a refusal. */
type Mode = "ask" | "tell" | "post";
const EMPTY = new Uint8Array(0);
const NO_HEADERS: Headers = Object.freeze({});

const defaultActivation: ActivationOptions = {
  mailboxCapacity: 1000,
  maxBatch: 128,
  recentKeys: 128,
  leasePollMs: 200,
  restartBaseMs: 100,
  restartMaxMs: 5000,
  maxRestarts: 5,
  restartWindowMs: 60_000,
  quarantineMs: 30_000,
  effectReplayMs: 30_000,
  localLeaseGuard: true,
};

export class Runtime {
  readonly nodeId: string;
  readonly metrics: RuntimeMetrics;
  private readonly transport: Transport;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly hosted = new Map<string, AnyActorKind>();
  private readonly views = new Map<string, MembershipView>();
  private readonly activations = new Map<string, Activation>();
  private readonly subs: Subscription[] = [];
  private readonly timers: TimerHandle[] = [];
  private readonly opts: Required<Omit<RuntimeOptions, "kinds" | "nodeId" | "activation" | "transport" | "clock" | "logger" | "registry">>;
  private readonly actOpts: ActivationOptions;
  private stopping: Promise<void> | undefined;
  private leaving = false;
  private readonly host: ActivationHost;
  private readonly sweep: TimerSweep | undefined;
  private readonly lease: NodeLease | undefined;
  /** Keys of calls given none: this session, a number per call and the floor of calls still running (`generatedKey`). */
  private readonly session = randomBytes(16).toString("base64url");
  private nextSeq = 0;
  private floor = 0;
  private readonly running = new Set<number>();
  /** Loopback requests waiting for their answer, by reply subject. */
  private readonly loopbacks = new Map<string, (answer: InboundMessage | undefined) => void>();
  private nextLoopback = 0;
  /** Loopback messages not yet delivered, in send order (`deliverLocally`). */
  private local: { kind: string; m: InboundMessage }[] = [];

  private constructor(o: RuntimeOptions) {
    this.transport = o.transport;
    this.clock = o.clock;
    this.nodeId = o.nodeId ?? `n-${randomUUID().slice(0, 12)}`;
    this.logger = o.logger.child({ node: this.nodeId });
    this.opts = {
      defaultTimeoutMs: o.defaultTimeoutMs ?? 10_000,
      attemptTimeoutMs: o.attemptTimeoutMs ?? 1000,
      idleMs: o.idleMs ?? 60_000,
      heartbeatMs: o.heartbeatMs ?? 500,
      memberTimeoutMs: o.memberTimeoutMs ?? 1500,
    };
    this.actOpts = { ...defaultActivation, ...o.activation };
    for (const k of o.kinds ?? []) this.hosted.set(k.kind, k);
    this.metrics = createRuntimeMetrics(o.registry, {
      kinds: () => this.hosted.keys(),
      depth: (kind) => this.sum(kind, (a) => a.depth),
      active: (kind) => this.sum(kind, (a) => (a.phase === "active" ? 1 : 0)),
    });
    for (const k of this.hosted.keys()) this.metrics.initKind(k);
    this.host = {
      nodeId: this.nodeId,
      clock: this.clock,
      logger: this.logger,
      metrics: this.metrics,
      transport: this.transport,
      options: this.actOpts,
      respond: (raw, status, data, message) => this.respond(raw, status, data, message),
      forward: (item, node, holder) => this.forward(item, node, holder),
      isAlive: (kind, node) => this.view(kind).isAlive(node),
      leaseSession: (deadline) => this.lease?.held(deadline) ?? Promise.resolve(undefined),
      leaseOk: (session) => this.lease?.ok(session) ?? false,
      ownerLive: (key, owner, session) => this.ownerLive(key, owner, session),
      poke: (kind, id, node) => this.poke(kind, id, node),
      // A message goes to the named holder once; back here it is routed like any other.
      redispatch: (kind, items) => { for (const it of items) this.dispatch(kind, it.holder ? { ...it, holder: false } : it); },
      removed: (act) => {
        if (this.activations.get(act.key) === act) this.activations.delete(act.key);
        this.sweep?.request();
      },
      effectContext: (act, epoch, revision, commit) => this.effectContext(act, epoch, revision, commit),
      indexed: (act, fireAt) => this.sweep?.note(act.kind.kind, act.id, fireAt),
    };
    if (this.hosted.size > 0) {
      this.sweep = new TimerSweep({
        clock: this.clock,
        logger: this.logger,
        bucket: this.transport.timers,
        kinds: [...this.hosted.keys()],
        shouldWake: (kind, id) => !this.leaving && !this.activations.has(kvKeys.actor(kind, id)) && this.view(kind).ownerOf(id) === this.nodeId,
        wake: (kind, id) => this.wake(kind, id),
        retryMs: Math.max(250, this.transport.leaseTtlMs / 2),
      });
      this.lease = new NodeLease({
        bucket: this.transport.leases,
        clock: this.clock,
        logger: this.logger,
        nodeId: this.nodeId,
        ttlMs: this.transport.leaseTtlMs,
        pollMs: this.actOpts.leasePollMs,
        localGuard: this.actOpts.localLeaseGuard,
        onLost: (session, reason) => {
          for (const a of [...this.activations.values()]) if (a.session === session) a.lose(`node lease lost: ${reason}`);
        },
      });
    }
  }

  /**
   * Records before v5 name an owner without a session: that owner held the actor's own
   * lease (`<kind>.<id>` in the lease bucket, value `{node}`), which ages out like a node's.
   */
  private async ownerLive(key: string, owner: string, session: string): Promise<boolean> {
    if (session !== "") return sessionLive(this.transport.leases, owner, session);
    try {
      const e = await this.transport.leases.get(key);
      if (e === undefined) return false;
      return (JSON.parse(new TextDecoder().decode(e.value)) as { node?: unknown }).node === owner;
    } catch {
      return true;
    }
  }

  /** Starts hosting the given kinds (node lease, subscriptions, heartbeats, passivation). */
  static start(o: RuntimeOptions): Runtime {
    const rt = new Runtime(o);
    rt.startHosting();
    return rt;
  }

  private sum(kind: string, f: (a: Activation) => number): number {
    let n = 0;
    for (const a of this.activations.values()) if (a.kind.kind === kind) n += f(a);
    return n;
  }

  private view(kind: string): MembershipView {
    let v = this.views.get(kind);
    if (v === undefined) {
      const hosts = this.hosted.has(kind);
      v = new MembershipView(this.transport.bus, this.clock, kind, hosts ? this.nodeId : undefined, this.opts.heartbeatMs, this.opts.memberTimeoutMs);
      this.views.set(kind, v);
      if (hosts) v.onChange(() => this.rebalance(kind));
      else v.probe();
    }
    return v;
  }

  private startHosting(): void {
    const { bus } = this.transport;
    this.lease?.start();
    for (const kind of this.hosted.keys()) {
      const handler = (m: InboundMessage): void => this.onMessage(kind, m);
      this.subs.push(bus.subscribe(subjects.node(this.nodeId, kind), handler));
      this.subs.push(bus.subscribe(subjects.actorsOfKind(kind), handler, { queue: queues.actorHosts(kind) }));
      this.view(kind).startHosting();
    }
    this.sweep?.start();
    if (this.hosted.size === 0) return;
    const idleTick = (): void => {
      const now = this.clock.now();
      for (const a of this.activations.values()) {
        if (a.phase === "active" && a.depth === 0 && now - a.lastActivity >= this.opts.idleMs && !a.wantsToStay()) void a.passivate("idle");
      }
      this.timers[0] = this.clock.setTimeout(idleTick, Math.max(50, this.opts.idleMs / 2));
    };
    this.timers[0] = this.clock.setTimeout(idleTick, Math.max(50, this.opts.idleMs / 2));
  }

  /** Only actors whose rendezvous owner changed move (bounded movement); they hand off by releasing their record. */
  private rebalance(kind: string): void {
    this.sweep?.request();
    const v = this.view(kind);
    for (const a of this.activations.values()) {
      if (a.kind.kind !== kind || a.phase !== "active") continue;
      const owner = v.ownerOf(a.id);
      if (owner !== undefined && owner !== this.nodeId) void a.passivate(`rebalanced to ${owner}`);
    }
  }

  // ── serving ──────────────────────────────────────────────────────────────

  private respond(raw: InboundMessage, status: WireStatus, data?: Uint8Array, message?: string): void {
    if (raw.reply === undefined) return;
    const back = this.loopbacks.get(raw.reply);
    if (status === "ok" && raw.headers[H.oneway] !== undefined) {
      // The bus stays silent on a post taken in; a loopback sender learns it at once, and
      // stops holding the message and its retry state for an attempt's timeout.
      back?.(undefined);
      return;
    }
    const headers: Headers = status === "ok" ? NO_HEADERS : { [H.status]: status, [H.error]: message ?? status };
    if (back !== undefined) back({ subject: raw.reply, data: data ?? EMPTY, headers, reply: undefined });
    // A loopback attempt that timed out already has nobody waiting, on the bus or here.
    else if (!raw.reply.startsWith(LOOPBACK)) this.transport.bus.publish(raw.reply, data ?? EMPTY, headers);
  }

  private forward(item: MsgItem, node: string, holder = false): void {
    if (item.hops >= MAX_HOPS) {
      this.respond(item.raw, "moving", undefined, "too many forwarding hops; retry");
      return;
    }
    const headers: Headers = { ...item.raw.headers, [H.hops]: String(item.hops + 1), [H.holder]: holder ? node : undefined };
    const subject = subjects.node(node, item.kind);
    const reply = item.raw.reply;
    const back = reply === undefined ? undefined : this.loopbacks.get(reply);
    if (back === undefined) {
      this.transport.bus.publish(subject, item.data, headers, reply?.startsWith(LOOPBACK) === true ? undefined : reply);
      return;
    }
    // A loopback reply subject means nothing on the bus: the answer comes back through a
    // request of our own. Silence and errors are the caller's to see (its attempt times out).
    this.transport.bus.request(subject, item.data, headers, Math.max(1, item.deadline - this.clock.now())).then(back, () => undefined);
  }

  /**
   * One attempt at an actor this node owns, without the bus: dispatched as NATS would
   * deliver it, after the caller's own handler has returned (`deliverLocally`). Settles
   * like the bus's `request`, or, when `silenceOk` (a post), resolves undefined once the
   * post is taken in or on silence.
   */
  private loopback(kind: string, subject: string, data: Uint8Array, headers: Headers, waitMs: number, silenceOk: true): Promise<InboundMessage | undefined>;
  private loopback(kind: string, subject: string, data: Uint8Array, headers: Headers, waitMs: number, silenceOk: false): Promise<InboundMessage>;
  private loopback(kind: string, subject: string, data: Uint8Array, headers: Headers, waitMs: number, silenceOk: boolean): Promise<InboundMessage | undefined> {
    this.metrics.localDeliveries.inc({ kind });
    const reply = `${LOOPBACK}${this.nextLoopback++}`;
    return new Promise((resolve, reject) => {
      const timer = this.clock.setTimeout(() => {
        this.loopbacks.delete(reply);
        if (silenceOk) resolve(undefined);
        else reject(new RequestTimeoutError(subject));
      }, waitMs);
      // `undefined`: a post taken in (see respond).
      this.loopbacks.set(reply, (answer) => {
        this.clock.clearTimeout(timer);
        this.loopbacks.delete(reply);
        resolve(answer);
      });
      this.deliverLocally(kind, { subject, data, headers, reply });
    });
  }

  /**
   * Loopback messages are delivered in send order, a batch per `clock.defer`: what a batch
   * sends waits for the next, after the sockets have been read, as a hop over the bus
   * would. Delivered as microtasks, a chain of hops between actors ran to its end before
   * a saturated process read its sockets again (one process at 900 CPS, without the
   * receive probe: 52–58% of calls answered or refused in time, 61–72% with this).
   */
  private deliverLocally(kind: string, m: InboundMessage): void {
    this.local.push({ kind, m });
    if (this.local.length > 1) return;
    this.clock.defer(() => {
      const batch = this.local;
      this.local = [];
      for (const { kind, m } of batch) this.onMessage(kind, m);
    });
  }

  private onMessage(kind: string, m: InboundMessage): void {
    const id = m.headers[H.actor];
    if (id === undefined || id.length === 0) {
      this.respond(m, "bad_message", undefined, `missing ${H.actor} header`);
      return;
    }
    if (m.headers[H.wake] !== undefined) {
      this.onPoke(kind, id, m);
      return;
    }
    const deadline = Number(m.headers[H.deadline] ?? Number.MAX_SAFE_INTEGER);
    const idem = m.headers[H.idem];
    const item: MsgItem = {
      t: "msg",
      kind,
      raw: m,
      data: m.data,
      idem: idem === undefined ? undefined : idemDigest(idem),
      deadline: Number.isFinite(deadline) ? deadline : Number.MAX_SAFE_INTEGER,
      wantsReply: m.headers[H.noReply] === undefined,
      hops: Number(m.headers[H.hops] ?? 0) || 0,
      holder: m.headers[H.holder] === this.nodeId,
    };
    this.dispatch(kind, item);
  }

  private dispatch(kind: string, item: MsgItem): void {
    const def = this.hosted.get(kind);
    const id = item.raw.headers[H.actor] ?? "";
    if (def === undefined) {
      this.respond(item.raw, "moving", undefined, `kind ${kind} is not hosted here`);
      return;
    }
    // Most messages go to an actor already active here, whose id was validated when it was
    // activated: look it up by its key as `kvKeys.actor` spells it before validating again.
    const active = this.activations.get(`${kind}.${id}`);
    if (active !== undefined) {
      this.offer(active, item);
      return;
    }
    const key = this.validKey(item, kind, id);
    if (key === undefined) return;
    const existing = this.activations.get(key);
    if (existing !== undefined) {
      this.offer(existing, item);
      return;
    }
    const owner = this.view(kind).ownerOf(id);
    if (this.leaving || (!item.holder && owner !== undefined && owner !== this.nodeId && item.hops < MAX_HOPS)) {
      if (owner === undefined || owner === this.nodeId || item.holder) this.respond(item.raw, "moving", undefined, "node is leaving");
      else this.forward(item, owner);
      return;
    }
    this.activate(def, id, key, item, item.holder);
  }

  /**
   * `named`: another node found the record claimed by this node. Such an activation serves
   * only that claim, and hands the actor off to its rendezvous owner once it has served
   * what was sent (and whatever timers were due), releasing the record.
   */
  private activate(def: AnyActorKind, id: string, key: string, item: MsgItem | undefined, named: boolean): void {
    const act = new Activation(def, id, this.host, named);
    this.activations.set(key, act);
    if (item !== undefined) act.offer(item);
    void act
      .start()
      .then(() => {
        if (named && act.phase === "active" && this.view(def.kind).ownerOf(id) !== this.nodeId) void act.passivate("claimed here, owned elsewhere by rendezvous");
      })
      .catch((err: unknown) => this.logger.error({ err, actor: key }, "activation crashed"));
  }

  private offer(act: Activation, item: MsgItem): void {
    if (!act.offer(item)) this.respond(item.raw, "overloaded", undefined, `mailbox of ${act.key} is full`);
  }

  /** The actor's key, or undefined after answering `bad_message`. */
  private validKey(item: MsgItem, kind: string, id: string): string | undefined {
    try {
      return kvKeys.actor(kind, id);
    } catch (err) {
      this.respond(item.raw, "bad_message", undefined, err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  /** Activates an actor with no message, for its timers (from the timer index). */
  private wake(kind: string, id: string): void {
    const def = this.hosted.get(kind);
    const key = kvKeys.actor(kind, id);
    if (def === undefined || this.leaving || this.activations.has(key)) return;
    this.metrics.timerWakes.inc({ kind });
    this.activate(def, id, key, undefined, false);
  }

  /**
   * The timer index woke an actor on its rendezvous owner, which found the record claimed
   * by `node`, live, with no activation there to fire its timers: ask `node` to wake it.
   */
  private poke(kind: string, id: string, node: string): void {
    this.transport.bus.publish(subjects.node(node, kind), EMPTY, { [H.actor]: id, [H.holder]: node, [H.wake]: "1" });
  }

  private onPoke(kind: string, id: string, m: InboundMessage): void {
    const def = this.hosted.get(kind);
    if (def === undefined || this.leaving || m.headers[H.holder] !== this.nodeId) return;
    let key: string;
    try {
      key = kvKeys.actor(kind, id);
    } catch {
      return;
    }
    if (this.activations.has(key)) return;
    this.activate(def, id, key, undefined, true);
  }

  /**
   * Default keys count sends per target, not overall: a runner that talks to several
   * actors concurrently interleaves them by timing, but each target's own sequence is
   * fixed by the effects, so a re-run from the outbox reproduces every key.
   */
  private effectContext(act: Activation, epoch: number, revision: number, base: string): EffectContext {
    const perTarget = new Map<string, number>();
    const keyed = (kind: string, id: string, opts?: SendOptions): SendOptions => {
      if (opts?.idempotencyKey !== undefined) return opts;
      const target = `${kind}.${id}`;
      const n = (perTarget.get(target) ?? 0) + 1;
      perTarget.set(target, n);
      return { ...opts, idempotencyKey: `${base}>${target}#${n}` };
    };
    const send = <E>(kind: Addressable<E>, id: string, event: E, opts: SendOptions | undefined, mode: Mode) =>
      this.call(kind.kind, id, kind.codec.encodeEvent(event), keyed(kind.kind, id, opts), mode, base);
    return {
      self: { kind: act.kind.kind, id: act.id },
      epoch,
      revision,
      commit: base,
      logger: this.logger.child({ actor: act.key }),
      now: () => this.clock.now(),
      tell: async (kind, id, event, opts) => {
        await send(kind, id, event, opts, "tell");
      },
      ask: (kind, id, event, opts) => send(kind, id, event, opts, "ask"),
      post: (kind, id, event, opts) => {
        send(kind, id, event, opts, "post").catch((err: unknown) => {
          this.logger.warn({ err, actor: act.key, to: `${kind.kind}.${id}` }, "posted message not delivered");
        });
      },
    };
  }

  // ── calling ──────────────────────────────────────────────────────────────

  /** Sends `event` and resolves with the actor's reply (undefined if the kind answers nothing) once it is durably applied. */
  ask<E>(kind: Addressable<E>, id: string, event: E, opts?: SendOptions): Promise<Uint8Array | undefined> {
    return this.send(kind.kind, id, kind.codec.encodeEvent(event), opts);
  }

  /** Like `ask`, ignoring the reply: resolves once the message is durably applied (or was a duplicate). */
  async tell<E>(kind: Addressable<E>, id: string, event: E, opts?: SendOptions): Promise<void> {
    await this.call(kind.kind, id, kind.codec.encodeEvent(event), opts, "tell");
  }

  /**
   * Sends without waiting for the commit (kind.ts `EffectContext.post`), for edges whose
   * protocol repairs a lost message. Resolves once the message was not refused for an
   * attempt's timeout; refusals are resent with the same key until the deadline, which
   * rejects. The first attempt leaves before this returns, so posts to one target keep
   * their order.
   */
  async post<E>(kind: Addressable<E>, id: string, event: E, opts?: SendOptions): Promise<void> {
    await this.call(kind.kind, id, kind.codec.encodeEvent(event), opts, "post");
  }

  /** The wire-level call, for callers that hold encoded bytes. */
  send(kind: string, id: string, payload: Uint8Array, opts?: SendOptions): Promise<Uint8Array | undefined> {
    return this.call(kind, id, payload, opts, "ask");
  }

  /**
   * `origin`: the committing actor and its epoch/revision, for messages sent by effects (`Rm-Epoch`, diagnostic only).
   * The first attempt is published before this returns (nothing is awaited before it), which is what orders posts.
   */
  private async call(kind: string, id: string, payload: Uint8Array, opts: SendOptions | undefined, mode: Mode, origin?: string): Promise<Uint8Array | undefined> {
    const given = opts?.idempotencyKey;
    // A given key never takes the generated shape, which receivers read as session, number and floor.
    if (given !== undefined) return this.deliver(kind, id, payload, opts, given.startsWith("~") ? `~${given}` : given, mode, origin);
    const seq = this.nextSeq++;
    this.running.add(seq);
    try {
      return await this.deliver(kind, id, payload, opts, generatedKey(this.session, seq, this.floor), mode, origin);
    } finally {
      this.running.delete(seq);
      while (this.floor < this.nextSeq && !this.running.has(this.floor)) this.floor++;
    }
  }

  /** Sends until answered (for `post`: until not refused), retrying with the same key until the deadline. */
  private async deliver(kind: string, id: string, payload: Uint8Array, opts: SendOptions | undefined, idem: string, mode: Mode, origin?: string): Promise<Uint8Array | undefined> {
    const deadline = this.clock.now() + (opts?.timeoutMs ?? this.opts.defaultTimeoutMs);
    const view = this.view(kind);
    const headers: Headers = {
      [H.actor]: id,
      [H.idem]: idem,
      [H.deadline]: String(deadline),
      [H.sender]: this.nodeId,
      ...(mode === "ask" ? {} : { [H.noReply]: "1" }),
      ...(mode === "post" ? { [H.oneway]: "1" } : {}),
      ...(origin === undefined ? {} : { [H.epoch]: origin }),
    };
    let attempt = 0;
    let lastCause = "no attempt made";
    for (;;) {
      const left = deadline - this.clock.now();
      if (left <= 0) throw new DeadlineExceededError(`${kind}/${id}: no answer before the deadline (last: ${lastCause})`);
      if (attempt > 0) this.metrics.redeliveries.inc({ kind });
      attempt++;
      const target = view.ownerOf(id);
      const subject = target === undefined ? subjects.actor(kind, id) : subjects.node(target, kind);
      const { bus } = this.transport;
      const wait = Math.min(left, this.opts.attemptTimeoutMs);
      const local = target === this.nodeId && this.hosted.has(kind) && !this.leaving;
      let res: InboundMessage;
      try {
        if (mode === "post") {
          const refusal = local ? await this.loopback(kind, subject, payload, headers, wait, true) : await bus.requestOrSilence(subject, payload, headers, wait);
          if (refusal === undefined) return undefined;
          res = refusal;
        } else res = local ? await this.loopback(kind, subject, payload, headers, wait, false) : await bus.request(subject, payload, headers, wait);
      } catch (err) {
        if (err instanceof NoRespondersError) {
          if (target !== undefined) view.suspect(target);
          lastCause = `no responders on ${subject}`;
          await this.backoff(attempt, deadline);
          continue;
        }
        if (err instanceof RequestTimeoutError) {
          lastCause = `attempt timed out on ${subject}`;
          continue;
        }
        lastCause = err instanceof Error ? err.message : String(err);
        await this.backoff(attempt, deadline);
        continue;
      }
      const status = statusOf(res.headers);
      if (status === "ok") return res.data.length === 0 ? undefined : res.data;
      const message = res.headers[H.error] ?? status;
      if (RETRYABLE.has(status)) {
        lastCause = message;
        await this.backoff(attempt, deadline);
        continue;
      }
      throw errorFromWire(status, message);
    }
  }

  private backoff(attempt: number, deadline: number): Promise<void> {
    const ms = Math.min(500, 25 * 2 ** Math.min(attempt - 1, 5), Math.max(0, deadline - this.clock.now()));
    return new Promise((r) => this.clock.setTimeout(r, ms));
  }

  /**
   * Calls `listener` with the hosts of `kind` that dropped out of this node's view (died,
   * left, or went silent): what they held only in memory may need telling again.
   * Returns the unsubscribe.
   */
  onHostsLost(kind: string, listener: (nodes: readonly string[]) => void): () => void {
    const view = this.view(kind);
    let known = new Set(view.nodes());
    return view.onChange(() => {
      const now = new Set(view.nodes());
      const lost = [...known].filter((n) => !now.has(n));
      known = now;
      if (lost.length > 0) listener(lost);
    });
  }

  // ── lifecycle ────────────────────────────────────────────────────────────

  /** Number of activations of `kind` on this node (all phases). */
  activeCount(kind?: string): number {
    let n = 0;
    for (const a of this.activations.values()) if (kind === undefined || a.kind.kind === kind) n++;
    return n;
  }

  /** Graceful hand-off: announce leaving, stop taking messages, finish and release every actor. Idempotent. */
  stop(): Promise<void> {
    return (this.stopping ??= (async () => {
      this.leaving = true;
      for (const [kind, v] of this.views) if (this.hosted.has(kind)) v.leave();
      for (const s of this.subs) s.unsubscribe();
      this.sweep?.stop();
      await Promise.all([...this.activations.values()].map((a) => a.passivate("node stopping")));
      // With every actor stopped, ending the session lets whatever still names it (a release
      // that failed) be claimed at once, and a restart under this id start at once. Otherwise
      // the key ages out, and the local guard keeps the stragglers from releasing anything.
      await this.lease?.stop(this.activations.size === 0);
      for (const t of this.timers) this.clock.clearTimeout(t);
      for (const v of this.views.values()) v.close();
      if (this.activations.size > 0) throw new UnavailableError(`${this.activations.size} actors did not stop`);
    })());
  }
}
