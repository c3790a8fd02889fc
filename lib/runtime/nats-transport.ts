/**
 * The runtime's Bus and KV buckets over NATS (nats.js v3) and JetStream KV.
 *
 * Leases live in a bucket whose stream max_age is the lease duration: on 2.9 that is the
 * only TTL there is (per-key TTL needs 2.11), so a lease that is not renewed ages out on
 * the server's clock. The bucket's TTL is checked at start-up because a bucket created
 * earlier with another TTL would silently keep it.
 */
import { connect, headers as natsHeaders, errors as natsErrors, type MsgHdrs, type NatsConnection, type Msg } from "@nats-io/transport-node";
import { JetStreamApiError } from "@nats-io/jetstream";
import { Kvm, type KV } from "@nats-io/kv";
import type { Logger } from "../log.js";
import { ConfigError } from "../errors.js";
import { buckets } from "../subjects.js";
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
  for (const k of h.keys()) out[k] = h.get(k);
  return out;
}

function fromHeaders(h: Headers | undefined): MsgHdrs | undefined {
  if (h === undefined) return undefined;
  if (Object.keys(h).length === 0) return undefined;
  const out = natsHeaders();
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out.set(k, v);
  return out;
}

function inbound(m: Msg): InboundMessage {
  return { subject: m.subject, data: m.data, headers: toHeaders(m.headers), reply: m.reply === "" ? undefined : m.reply };
}

class NatsBus implements Bus {
  constructor(private readonly nc: NatsConnection) {}

  publish(subject: string, data: Uint8Array, headers?: Headers, reply?: string): void {
    const h = fromHeaders(headers);
    this.nc.publish(subject, data, { ...(h !== undefined ? { headers: h } : {}), ...(reply !== undefined ? { reply } : {}) });
  }

  async request(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number): Promise<InboundMessage> {
    const h = fromHeaders(headers);
    try {
      const m = await this.nc.request(subject, data, { timeout: Math.max(1, Math.round(timeoutMs)), ...(h !== undefined ? { headers: h } : {}) });
      return inbound(m);
    } catch (err) {
      if (err instanceof natsErrors.RequestError && err.isNoResponders()) throw new NoRespondersError(subject);
      if (err instanceof natsErrors.NoRespondersError) throw new NoRespondersError(subject);
      if (err instanceof natsErrors.TimeoutError || (err instanceof Error && err.cause instanceof natsErrors.TimeoutError)) {
        throw new RequestTimeoutError(subject);
      }
      throw err;
    }
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

class NatsKv implements KvBucket {
  constructor(private readonly kv: KV) {}

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

  async update(key: string, value: Uint8Array, revision: number): Promise<number> {
    try {
      return await this.kv.update(key, value, revision);
    } catch (err) {
      if (isConflict(err)) throw new KvConflictError(key, { cause: err });
      throw err;
    }
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
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === "disconnect" || s.type === "reconnect") opts.logger.warn({ nats: s.type }, "nats connection status");
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
  return {
    nc,
    bus: new NatsBus(nc),
    leases: new NatsKv(leaseKv),
    states: new NatsKv(stateKv),
    timers: new NatsKv(timerKv),
    leaseTtlMs,
    close: () => (closing ??= nc.drain().catch(() => nc.close())),
  };
}
