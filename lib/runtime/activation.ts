/**
 * One activation of one actor on this node: lease, state, timers, mailbox, commit loop.
 *
 *   acquiring ──lease created──▶ loading ──claim written──▶ active ◀──▶ quarantined
 *       │                                                      │
 *       └──held by a live node: forward mailbox──▶ stopped ◀───┴── passivate / lease lost / fenced
 *
 * Single ownership: the lease key (`kind.id` in the lease bucket, TTL = lease) is created
 * by one node only; its revision at creation is the activation's fencing epoch. Loading
 * ends with a *claim write* of the state record (CAS on the state key's revision), so
 * once a successor has claimed, every later write of a previous owner fails its CAS —
 * the state bucket itself enforces the fence, whatever that owner's clock or lease
 * renewals think. Effects and replies of a batch are released only after that batch's
 * CAS write succeeded, so a fenced owner releases nothing.
 *
 * Timers also live in the timer index (`timer-index.ts`): lowered ahead of a commit that
 * brings a timer earlier, set exactly at activation and passivation. That is what lets an
 * actor with pending timers sleep, and a crashed owner's timers fire without a message.
 */
import type { Clock, TimerHandle } from "../clock.js";
import type { Logger } from "../log.js";
import { kvKeys } from "../subjects.js";
import { isTimerEffect, type Decision, type TimerEffect, type TimerFired } from "./decider.js";
import { decodeRecord, encodeRecordWith, NEVER, RecentLog, SKEW_MARGIN_MS, type Remembered } from "./envelope.js";
import type { WireStatus } from "./errors.js";
import type { AnyActorKind, EffectContext } from "./kind.js";
import { Mailbox } from "./mailbox.js";
import type { RuntimeMetrics } from "./metrics.js";
import { earliest, IndexWriter } from "./timer-index.js";
import { KvConflictError, type InboundMessage, type Transport } from "./transport.js";

export interface MsgItem {
  readonly t: "msg";
  readonly kind: string;
  readonly raw: InboundMessage;
  readonly data: Uint8Array;
  /** `idemDigest` of the idempotency key. */
  readonly idem: string | undefined;
  readonly deadline: number;
  /** False for `tell`: no answer is computed, sent or remembered. */
  readonly wantsReply: boolean;
  readonly hops: number;
}

interface TimerItem {
  readonly t: "timer";
  readonly timerId: string;
  readonly fireAt: number;
}

type Item = MsgItem | TimerItem;

export type Phase = "acquiring" | "loading" | "active" | "quarantined" | "stopping" | "stopped";

export interface ActivationOptions {
  readonly mailboxCapacity: number;
  readonly maxBatch: number;
  readonly recentKeys: number;
  readonly leasePollMs: number;
  readonly restartBaseMs: number;
  readonly restartMaxMs: number;
  readonly maxRestarts: number;
  readonly restartWindowMs: number;
  readonly quarantineMs: number;
  /** Test knob: false skips the local lease-expiry check so tests can exercise the storage fence. */
  readonly localLeaseGuard: boolean;
}

/** What an activation needs from its node. */
export interface ActivationHost {
  readonly nodeId: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: RuntimeMetrics;
  readonly transport: Transport;
  readonly options: ActivationOptions;
  respond(raw: InboundMessage, status: WireStatus, data?: Uint8Array, message?: string): void;
  forward(item: MsgItem, node: string): void;
  isAlive(kind: string, node: string): boolean;
  redispatch(kind: string, items: MsgItem[]): void;
  removed(act: Activation): void;
  effectContext(act: Activation, revision: number): EffectContext;
  /** This activation wrote its timer-index key (undefined: deleted). */
  indexed(act: Activation, fireAt: number | undefined): void;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export class Activation {
  readonly key: string;
  phase: Phase = "acquiring";
  epoch = 0;
  private leaseRev = 0;
  private leaseValidUntil = 0;
  private stateRev = 0;
  private state: unknown;
  private timers = new Map<string, number>();
  private readonly timerHandles = new Map<string, { fireAt: number; handle: TimerHandle }>();
  private recent = new RecentLog();
  private index: IndexWriter | undefined;
  private readonly mailbox: Mailbox<Item>;
  private deferred: MsgItem[] = [];
  private pumping: Promise<void> | undefined;
  private effectsChain: Promise<void> = Promise.resolve();
  private backoffUntil = 0;
  private backoffTimer: TimerHandle | undefined;
  private crashes: number[] = [];
  private renewing = false;
  lastActivity: number;
  private stopping: Promise<void> | undefined;
  private readonly log: Logger;

  constructor(
    readonly kind: AnyActorKind,
    readonly id: string,
    private readonly host: ActivationHost,
  ) {
    this.key = kvKeys.actor(kind.kind, id);
    this.mailbox = new Mailbox<Item>(host.options.mailboxCapacity);
    this.lastActivity = host.clock.now();
    this.log = host.logger.child({ actor: this.key });
  }

  /** Reads the phase afresh (it changes across awaits). */
  private is(p: Phase): boolean {
    return this.phase === p;
  }

  get depth(): number {
    return this.mailbox.depth + this.deferred.length;
  }

  /** False when the mailbox is full (the caller answers `overloaded`). */
  offer(item: MsgItem): boolean {
    this.lastActivity = this.host.clock.now();
    switch (this.phase) {
      case "quarantined":
        this.host.respond(item.raw, "quarantined", undefined, `${this.key} is quarantined after repeated crashes`);
        return true;
      case "stopping":
      case "stopped":
        this.deferred.push(item);
        if (this.phase === "stopped") this.flushDeferred();
        return true;
      default:
        if (!this.mailbox.offer(item)) return false;
        if (this.phase === "active") this.kick();
        return true;
    }
  }

  // ── lease ────────────────────────────────────────────────────────────────

  private leaseValue(): Uint8Array {
    return enc.encode(JSON.stringify({ node: this.host.nodeId }));
  }

  private leaseOk(): boolean {
    return !this.host.options.localLeaseGuard || this.host.clock.now() < this.leaseValidUntil;
  }

  private setLeaseValidity(sentAt: number): void {
    const ttl = this.host.transport.leaseTtlMs;
    this.leaseValidUntil = sentAt + ttl - Math.max(200, ttl / 10);
  }

  /** Acquire the lease (waiting out a departed holder's lease), load and claim the state, then serve. */
  async start(): Promise<void> {
    const { clock, transport, options } = this.host;
    const giveUpAt = clock.now() + transport.leaseTtlMs + 2000;
    let waited = false;
    for (;;) {
      if (this.phase !== "acquiring") return;
      const sentAt = clock.now();
      try {
        this.leaseRev = await transport.leases.create(this.key, this.leaseValue());
        this.setLeaseValidity(sentAt);
        break;
      } catch (err) {
        if (!(err instanceof KvConflictError)) this.log.debug({ err }, "lease create failed");
      }
      let holder: { node: string; revision: number } | undefined;
      try {
        const e = await transport.leases.get(this.key);
        if (e !== undefined) holder = { node: (JSON.parse(dec.decode(e.value)) as { node: string }).node, revision: e.revision };
      } catch (err) {
        this.log.debug({ err }, "lease read failed");
      }
      if (holder?.node === this.host.nodeId) {
        // Our own lease from an activation we let go of locally (e.g. a failed release); take it back by CAS.
        try {
          this.leaseRev = await transport.leases.update(this.key, this.leaseValue(), holder.revision);
          this.setLeaseValidity(sentAt);
          break;
        } catch {
          continue;
        }
      }
      if (holder !== undefined && this.host.isAlive(this.kind.kind, holder.node)) {
        this.phase = "stopped";
        const items = this.mailbox.drain();
        this.host.removed(this);
        for (const it of items) if (it.t === "msg") this.host.forward(it, holder.node);
        this.flushDeferred();
        return;
      }
      if (holder !== undefined) waited = true;
      if (clock.now() >= giveUpAt) {
        this.fail("moving", `lease of ${this.key} still held by ${holder?.node ?? "?"}`);
        return;
      }
      await new Promise<void>((r) => clock.setTimeout(r, options.leasePollMs));
    }
    this.epoch = this.leaseRev;
    if (waited) this.host.metrics.takeovers.inc({ kind: this.kind.kind });
    this.phase = "loading";
    try {
      await this.load();
    } catch (err) {
      this.log.warn({ err }, "activation failed to load state");
      await this.releaseLease();
      this.fail("moving", `${this.key} could not load its state`);
      return;
    }
    if (!this.is("loading")) return;
    this.phase = "active";
    this.host.metrics.activations.inc({ kind: this.kind.kind });
    this.log.info({ epoch: this.epoch, rev: this.stateRev }, "actor activated");
    this.armTimers();
    this.kick();
  }

  /** Reads the record and writes it back stamped with our epoch: from here on, older owners' writes fail their CAS. */
  private async load(): Promise<void> {
    const { states } = this.host.transport;
    for (let attempt = 0; attempt < 5; attempt++) {
      const entry = await states.get(this.key);
      let state: unknown;
      let timers = new Map<string, number>();
      let recent = new RecentLog();
      if (entry === undefined) {
        state = this.kind.initial(this.id);
      } else {
        const rec = decodeRecord(entry.value);
        state = this.kind.codec.decodeState(rec.state);
        timers = new Map(rec.timers);
        recent = RecentLog.from(rec.recent);
      }
      const plan = recent.plan(new Map(), this.host.clock.now(), this.host.options.recentKeys);
      const claim = encodeRecordWith({ epoch: this.epoch, owner: this.host.nodeId, timers }, plan.section, this.kind.codec.encodeState(state));
      try {
        this.stateRev = entry === undefined ? await states.create(this.key, claim) : await states.update(this.key, claim, entry.revision);
      } catch (err) {
        if (err instanceof KvConflictError) continue;
        throw err;
      }
      this.host.metrics.stateWrites.inc({ kind: this.kind.kind });
      this.state = state;
      recent.apply(plan);
      this.timers = timers;
      this.recent = recent;
      const index = new IndexWriter(this.host.transport.timers, this.key, this.epoch, (fireAt) => this.host.indexed(this, fireAt));
      if (!(await index.claim(earliest(timers)))) throw new Error(`timer index of ${this.key} claimed by a newer owner`);
      this.index = index;
      return;
    }
    throw new Error(`could not claim state of ${this.key}: concurrent writers`);
  }

  async renew(): Promise<void> {
    if (this.renewing || (this.phase !== "active" && this.phase !== "quarantined" && this.phase !== "stopping")) return;
    if (!this.leaseOk()) {
      this.lose("lease expired locally (renewals failing)");
      return;
    }
    this.renewing = true;
    const sentAt = this.host.clock.now();
    try {
      this.leaseRev = await this.host.transport.leases.update(this.key, this.leaseValue(), this.leaseRev);
      this.setLeaseValidity(sentAt);
    } catch (err) {
      if (err instanceof KvConflictError) this.lose("lease taken by another node");
      else this.log.debug({ err }, "lease renewal failed; retrying");
    } finally {
      this.renewing = false;
    }
  }

  private async releaseLease(): Promise<void> {
    try {
      await this.host.transport.leases.delete(this.key, this.leaseRev);
    } catch (err) {
      this.log.debug({ err }, "lease release failed; it will age out");
    }
  }

  // ── timers ───────────────────────────────────────────────────────────────

  /** Makes the armed clock timers match `this.timers` (absolute fireAt: no countdown restarts). */
  private armTimers(): void {
    const { clock } = this.host;
    for (const [id, h] of this.timerHandles) {
      if (this.timers.get(id) !== h.fireAt) {
        clock.clearTimeout(h.handle);
        this.timerHandles.delete(id);
      }
    }
    for (const [timerId, fireAt] of this.timers) {
      if (this.timerHandles.has(timerId)) continue;
      const handle = clock.setTimeout(() => {
        this.timerHandles.delete(timerId);
        if (this.phase === "stopped") return;
        this.mailbox.pushInternal({ t: "timer", timerId, fireAt });
        this.kick();
      }, fireAt - clock.now());
      this.timerHandles.set(timerId, { fireAt, handle });
    }
  }

  private disarmTimers(): void {
    for (const h of this.timerHandles.values()) this.host.clock.clearTimeout(h.handle);
    this.timerHandles.clear();
  }

  // ── processing ───────────────────────────────────────────────────────────

  private kick(): void {
    if (this.pumping !== undefined || (this.phase !== "active" && this.phase !== "stopping")) return;
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.mailbox.depth > 0 && this.backoffTimer === undefined) this.kick();
    });
  }

  private async pump(): Promise<void> {
    const { clock, options } = this.host;
    while ((this.phase === "active" || this.phase === "stopping") && this.mailbox.depth > 0) {
      const now = clock.now();
      if (now < this.backoffUntil) {
        if (this.backoffTimer === undefined) {
          this.backoffTimer = clock.setTimeout(() => {
            this.backoffTimer = undefined;
            this.kick();
          }, this.backoffUntil - now);
        }
        return;
      }
      if (!this.leaseOk()) {
        this.lose("lease expired locally before a write");
        return;
      }
      await this.processBatch(this.mailbox.take(options.maxBatch));
    }
  }

  private async processBatch(batch: Item[]): Promise<void> {
    const { clock, metrics, options } = this.host;
    const kindName = this.kind.kind;
    const startedAt = clock.now();
    const now = startedAt;
    let state = this.state;
    const timers = new Map(this.timers);
    const recent = this.recent;
    const added = new Map<string, Remembered>();
    let dirty = false;
    const effects: unknown[] = [];
    const outcomes: (() => void)[] = [];
    const msgs: MsgItem[] = [];
    let crashed: { err: unknown; rest: Item[] } | undefined;

    for (const [i, item] of batch.entries()) {
      let event: unknown;
      if (item.t === "timer") {
        if (timers.get(item.timerId) !== item.fireAt) continue;
        timers.delete(item.timerId);
        dirty = true;
        event = { type: "timerFired", timerId: item.timerId } satisfies TimerFired;
      } else {
        msgs.push(item);
        if (item.deadline < now) {
          outcomes.push(() => this.host.respond(item.raw, "deadline", undefined, "deadline passed before the actor got to it"));
          continue;
        }
        if (item.idem !== undefined && (recent.has(item.idem) || added.has(item.idem))) {
          metrics.duplicates.inc({ kind: kindName });
          const stored = (added.get(item.idem) ?? recent.get(item.idem))?.reply;
          outcomes.push(() => this.host.respond(item.raw, "ok", item.wantsReply ? stored : undefined));
          continue;
        }
        try {
          event = this.kind.codec.decodeEvent(item.data);
        } catch (err) {
          outcomes.push(() => this.host.respond(item.raw, "bad_message", undefined, err instanceof Error ? err.message : String(err)));
          continue;
        }
      }
      let decision: Decision<unknown, unknown>;
      try {
        decision = this.kind.decide(state, event, now);
      } catch (err) {
        if (item.t === "msg") {
          outcomes.push(() => this.host.respond(item.raw, "handler_failed", undefined, err instanceof Error ? err.message : String(err)));
        }
        crashed = { err, rest: batch.slice(i + 1) };
        break;
      }
      const reply = item.t === "msg" && item.wantsReply && this.kind.reply !== undefined ? this.kind.reply(decision, event) : undefined;
      let changed = decision.state !== state;
      for (const eff of decision.effects) {
        changed = true;
        if (isTimerEffect(eff as { type: string })) {
          const te = eff as TimerEffect;
          if (te.type === "startTimer") timers.set(te.timerId, te.fireAt);
          else timers.delete(te.timerId);
        } else {
          effects.push(eff);
        }
      }
      state = decision.state;
      if (changed) {
        dirty = true;
        if (item.t === "msg" && item.idem !== undefined) {
          const until = item.deadline === Number.MAX_SAFE_INTEGER ? NEVER : item.deadline + SKEW_MARGIN_MS;
          added.set(item.idem, { reply, until });
        }
      }
      if (item.t === "msg") outcomes.push(() => this.host.respond(item.raw, "ok", reply));
    }

    let revision = this.stateRev;
    if (dirty) {
      if (!this.leaseOk()) {
        this.lose("lease expired locally before a write", msgs);
        return;
      }
      const plan = recent.plan(added, now, options.recentKeys);
      const record = encodeRecordWith({ epoch: this.epoch, owner: this.host.nodeId, timers }, plan.section, this.kind.codec.encodeState(state));
      try {
        const next = earliest(timers);
        if (next !== undefined && this.index !== undefined && !(await this.index.ensureAtMost(next))) {
          this.lose("timer index claimed by a newer owner", msgs);
          return;
        }
        revision = await this.host.transport.states.update(this.key, record, this.stateRev);
      } catch (err) {
        if (err instanceof KvConflictError) {
          metrics.fencedWrites.inc({ kind: kindName });
          this.log.warn({ epoch: this.epoch, rev: this.stateRev }, "fenced write: another owner wrote since; stopping");
          this.lose("state write fenced", msgs);
          return;
        }
        // Outcome unknown: the write may have landed. Senders retry with the same keys, which the
        // persisted recent-keys set absorbs; we restart from whatever the store holds.
        this.log.warn({ err }, "state write failed; restarting from persisted state");
        for (const m of msgs) this.host.respond(m.raw, "moving", undefined, "state write failed; retry");
        await this.restartFromStore();
        return;
      }
      metrics.stateWrites.inc({ kind: kindName });
      this.log.debug({ epoch: this.epoch, rev: revision, n: batch.length }, "committed");
      this.stateRev = revision;
      recent.apply(plan);
    }
    this.state = state;
    this.timers = timers;
    if (this.phase !== "stopped") this.armTimers();
    for (const o of outcomes) o();
    if (effects.length > 0 && this.kind.effects !== undefined) {
      const ctx = this.host.effectContext(this, revision);
      const run = this.kind.effects.bind(this.kind);
      this.effectsChain = this.effectsChain.then(async () => {
        try {
          await run(effects, ctx);
        } catch (err) {
          metrics.effectFailures.inc({ kind: kindName });
          this.log.error({ err }, "effect runner threw");
        }
      });
    }
    const seconds = (clock.now() - startedAt) / 1000;
    for (let i = 0; i < msgs.length; i++) metrics.handlingSeconds.observe({ kind: kindName }, seconds);
    if (crashed !== undefined) await this.onCrash(crashed.err, crashed.rest);
  }

  // ── supervision ──────────────────────────────────────────────────────────

  private async onCrash(err: unknown, rest: Item[]): Promise<void> {
    const { clock, metrics, options } = this.host;
    const now = clock.now();
    metrics.restarts.inc({ kind: this.kind.kind });
    this.crashes = this.crashes.filter((t) => now - t < options.restartWindowMs);
    this.crashes.push(now);
    this.mailbox.requeueFront(rest);
    if (this.crashes.length >= options.maxRestarts) {
      metrics.quarantines.inc({ kind: this.kind.kind });
      this.log.error({ err, crashes: this.crashes.length }, "actor quarantined after repeated crashes");
      this.phase = "quarantined";
      for (const it of this.mailbox.drain()) {
        if (it.t === "msg") this.host.respond(it.raw, "quarantined", undefined, `${this.key} is quarantined`);
        else this.mailbox.pushInternal(it);
      }
      clock.setTimeout(() => {
        if (this.phase !== "quarantined") return;
        this.crashes = [];
        void this.restartFromStore().then(() => {
          if (this.phase === "quarantined") this.phase = "active";
          this.kick();
        });
      }, options.quarantineMs);
      return;
    }
    const backoff = Math.min(options.restartMaxMs, options.restartBaseMs * 2 ** (this.crashes.length - 1));
    this.log.warn({ err, backoffMs: backoff }, "handler threw; restarting from persisted state");
    this.backoffUntil = now + backoff;
    await this.restartFromStore();
  }

  /** Reloads the record; if it moved under us, someone else owns the actor now. */
  private async restartFromStore(): Promise<void> {
    try {
      const entry = await this.host.transport.states.get(this.key);
      if (entry === undefined) return;
      const rec = decodeRecord(entry.value);
      if (rec.epoch !== this.epoch) {
        this.lose("state claimed by a newer owner");
        return;
      }
      this.state = this.kind.codec.decodeState(rec.state);
      this.timers = new Map(rec.timers);
      this.recent = RecentLog.from(rec.recent);
      this.stateRev = entry.revision;
      this.armTimers();
    } catch (err) {
      this.log.warn({ err }, "reload failed; will retry on the next message");
    }
  }

  // ── stopping ─────────────────────────────────────────────────────────────

  private fail(status: WireStatus, message: string, extra: readonly MsgItem[] = []): void {
    this.phase = "stopped";
    this.disarmTimers();
    for (const m of extra) this.host.respond(m.raw, status, undefined, message);
    for (const it of this.mailbox.drain()) if (it.t === "msg") this.host.respond(it.raw, status, undefined, message);
    this.host.removed(this);
    this.flushDeferred();
  }

  /** The lease is gone: stop serving at once; waiting senders retry and reach the new owner. */
  lose(reason: string, inFlight: readonly MsgItem[] = []): void {
    if (this.phase === "stopped") return;
    this.host.metrics.leasesLost.inc({ kind: this.kind.kind });
    this.log.warn({ epoch: this.epoch, reason }, "lease lost; actor stopped locally");
    this.fail("moving", `${this.key} moved: ${reason}`, inFlight);
  }

  private flushDeferred(): void {
    if (this.deferred.length === 0) return;
    const items = this.deferred;
    this.deferred = [];
    this.host.redispatch(this.kind.kind, items);
  }

  /** Finishes queued work, lets effects run, releases the lease so a successor can start at once. */
  passivate(reason: string): Promise<void> {
    return (this.stopping ??= (async () => {
      if (this.phase === "stopped") return;
      if (this.phase === "acquiring" || this.phase === "loading") {
        this.fail("moving", `${this.key} is moving: ${reason}`);
        return;
      }
      this.phase = "stopping";
      this.kick();
      while (this.pumping !== undefined) await this.pumping;
      await this.effectsChain;
      if (!this.is("stopping")) return;
      this.disarmTimers();
      try {
        // Sleeping actors are woken by the index alone: make it exact (I1 holds either way).
        await this.index?.setExact(earliest(this.timers));
      } catch (err) {
        this.log.warn({ err }, "timer index not updated at passivation; the actor may wake early");
      }
      if (!this.is("stopping")) return;
      await this.releaseLease();
      this.phase = "stopped";
      this.log.info({ epoch: this.epoch, reason }, "actor passivated");
      for (const it of this.mailbox.drain()) if (it.t === "msg") this.deferred.push(it);
      this.host.removed(this);
      this.flushDeferred();
    })());
  }
}
