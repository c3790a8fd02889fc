/**
 * Events for supervisors and wallboards (`ringmesh.v1.event.<org>.<type>`), published
 * only while someone listens to the organisation.
 *
 * A busy group publishes about seven events per call (agent states, queued, offer and
 * call outcomes), a third of the messages a call costs, and NATS cannot tell a publisher
 * whether anyone subscribed. So a listener declares its interest in a KV bucket:
 * key `<org>.<listener>`, re-written every TTL/3 and deleted when it stops. Every node
 * watches the bucket and publishes an organisation's events while a declaration is
 * younger than the TTL. A listener gets events once its declaration reached the nodes
 * (a watch delivery, milliseconds) and keeps getting them up to one TTL after it died
 * without deleting its key. A program reading NATS calls `declareEventInterest`
 * (`ringmesh events` does); the gRPC API has no event stream yet.
 */
import { Kvm, type KV, type KvWatchEntry } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { Counter, type Registry } from "prom-client";
import type { Clock } from "../clock.js";
import { errorMessage } from "../errors.js";
import type { Logger } from "../log.js";
import { buckets, token } from "../subjects.js";
import { natsPublisher, publishNotice, type NoticeFields, type Publisher } from "./outbound.js";

/** How long a declaration lasts without a refresh. */
export const INTEREST_TTL_MS = 30_000;

/** Where the routing actors' events go. */
export interface EventPublisher {
  /** `key` is stable for one effect of one commit: receivers drop a resend by it. */
  publish(org: string, notice: NoticeFields, key: string): void;
}

/** Every event goes out, listener or not (tests that read the subjects, embedded tools). */
export function ungatedEvents(publisher: Publisher): EventPublisher {
  return { publish: (org, notice, key) => publishNotice(publisher, org, notice, key) };
}

/** Embedded mode has no bus outside the runtime. */
export const noEvents: EventPublisher = { publish: () => undefined };

/**
 * The pure part: declarations seen, by organisation and listener, with the time each
 * was last written; an organisation has listeners while one of them is younger than the TTL.
 */
export class InterestTable {
  private readonly byOrg = new Map<string, Map<string, number>>();

  constructor(private readonly ttlMs: number = INTEREST_TTL_MS) {}

  /** A declaration (key `<org>.<listener>`) written at `at`; other keys are ignored. */
  put(key: string, at: number): void {
    const k = splitKey(key);
    if (k === undefined) return;
    let listeners = this.byOrg.get(k.org);
    if (listeners === undefined) this.byOrg.set(k.org, (listeners = new Map<string, number>()));
    listeners.set(k.listener, Math.max(at, listeners.get(k.listener) ?? at));
  }

  delete(key: string): void {
    const k = splitKey(key);
    if (k === undefined) return;
    const listeners = this.byOrg.get(k.org);
    listeners?.delete(k.listener);
    if (listeners?.size === 0) this.byOrg.delete(k.org);
  }

  has(org: string, now: number): boolean {
    const listeners = this.byOrg.get(org);
    if (listeners === undefined) return false;
    for (const [listener, at] of listeners) {
      if (at + this.ttlMs > now) return true;
      listeners.delete(listener);
    }
    this.byOrg.delete(org);
    return false;
  }
}

function splitKey(key: string): { org: string; listener: string } | undefined {
  const dot = key.indexOf(".");
  if (dot <= 0 || dot === key.length - 1) return undefined;
  return { org: key.slice(0, dot), listener: key.slice(dot + 1) };
}

/** The bucket both sides open with one configuration (a different one would be refused). */
async function interestBucket(nc: NatsConnection): Promise<KV> {
  return new Kvm(nc).create(buckets.eventInterest, { history: 1, ttl: INTEREST_TTL_MS });
}

export interface EventInterestOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long a declaration counts without a refresh; tests shorten it. */
  readonly ttlMs?: number;
}

/** A node's view of the declarations: a KV watch feeding an InterestTable. */
export class EventInterest {
  private readonly table: InterestTable;
  private stopped = false;
  private watch: { stop(): void } | undefined;
  /** Resolves once the declarations that existed at start are in (or the first attempt failed). */
  readonly ready: Promise<void>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly o: EventInterestOptions,
  ) {
    this.table = new InterestTable(o.ttlMs ?? INTEREST_TTL_MS);
    let markReady: () => void = () => undefined;
    this.ready = new Promise((r) => (markReady = r));
    void this.run(() => markReady());
  }

  has(org: string): boolean {
    return this.table.has(org, this.o.clock.now());
  }

  stop(): void {
    this.stopped = true;
    this.watch?.stop();
  }

  private async run(markReady: () => void): Promise<void> {
    // The watch is an ordered consumer that survives reconnects; if it ends anyway, a new
    // one replays the live keys.
    // A method, not the field: `stop` sets it across the awaits below.
    const stopped = (): boolean => this.stopped;
    while (!stopped()) {
      try {
        const kv = await interestBucket(this.nc);
        const it = await kv.watch({ key: ">" });
        this.watch = it;
        if (stopped()) it.stop();
        if ((await kv.status()).values === 0) markReady();
        for await (const e of it) {
          this.apply(e);
          // `delta`: messages still pending in the replay of what existed at start.
          if (e.delta === 0) markReady();
        }
      } catch (err) {
        this.o.logger.warn({ err: errorMessage(err) }, "event interest watch failed; retrying (events are not published meanwhile)");
        markReady();
      }
      if (!stopped()) await new Promise((r) => setTimeout(r, 1000));
    }
  }

  private apply(e: KvWatchEntry): void {
    if (e.operation === "PUT") {
      // A declaration replayed at start counts from when it was written, not from now.
      this.table.put(e.key, Math.min(this.o.clock.now(), e.created.getTime()));
    } else this.table.delete(e.key);
  }
}

/** Events through NATS while someone listens to the organisation; counted either way. */
export function interestGatedEvents(publisher: Publisher, interest: Pick<EventInterest, "has">, registry: Registry): EventPublisher {
  const outcomes = new Counter({
    name: "ringmesh_events_total",
    help: "Routing events (agent states, call outcomes) by whether they were published (someone listened to the organisation) or skipped",
    labelNames: ["outcome"],
    registers: [registry],
  });
  for (const outcome of ["published", "no_listener"]) outcomes.inc({ outcome }, 0);
  return {
    publish(org, notice, key) {
      if (!interest.has(org)) {
        outcomes.inc({ outcome: "no_listener" });
        return;
      }
      outcomes.inc({ outcome: "published" });
      publishNotice(publisher, org, notice, key);
    },
  };
}

export interface Declaration {
  /** Resolves once the first declaration was written. */
  readonly ready: Promise<void>;
  /** Deletes the declaration (events stop at once unless others listen). */
  stop(): Promise<void>;
}

/**
 * Declares that `listener` (a subject token naming the program, unique per instance)
 * reads the organisation's events, until `stop`. Written at once and every TTL/3.
 */
export function declareEventInterest(nc: NatsConnection, org: string, listener: string, o: { logger: Logger }): Declaration {
  const key = `${token("organisation", org)}.${token("listener", listener)}`;
  let kv: KV | undefined;
  const write = async (): Promise<void> => {
    kv ??= await interestBucket(nc);
    await kv.put(key, String(Date.now()));
  };
  const refresh = setInterval(() => {
    write().catch((err: unknown) => {
      kv = undefined;
      o.logger.warn({ err: errorMessage(err), org, listener }, "event interest not refreshed; retrying");
    });
  }, INTEREST_TTL_MS / 3);
  refresh.unref();
  return {
    ready: write(),
    async stop() {
      clearInterval(refresh);
      try {
        await (kv ?? (await interestBucket(nc))).delete(key);
      } catch (err) {
        // It lapses after the TTL anyway.
        o.logger.debug({ err: errorMessage(err), org, listener }, "event interest not withdrawn");
      }
    },
  };
}

/** One interest watch and one counter per node, shared by its group and agent actors. */
const perConnection = new WeakMap<NatsConnection, { readonly events: EventPublisher; readonly interest: EventInterest }>();

export interface NodeEvents {
  readonly events: EventPublisher;
  /** Resolves once the node knows who listens (events before that are skipped). */
  readonly ready: Promise<void>;
  stop(): void;
}

/** The node's event publisher: gated by interest on NATS, nothing embedded. */
export function nodeEvents(ctx: { readonly nc?: NatsConnection; readonly registry: Registry; readonly clock: Clock; readonly logger: Logger }): NodeEvents {
  const nc = ctx.nc;
  if (nc === undefined) return { events: noEvents, ready: Promise.resolve(), stop: () => undefined };
  let shared = perConnection.get(nc);
  if (shared === undefined) {
    const interest = new EventInterest(nc, { clock: ctx.clock, logger: ctx.logger });
    shared = { interest, events: interestGatedEvents(natsPublisher(nc), interest, ctx.registry) };
    perConnection.set(nc, shared);
  }
  const { interest, events } = shared;
  return { events, ready: interest.ready, stop: () => interest.stop() };
}
