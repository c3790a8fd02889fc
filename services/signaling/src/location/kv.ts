/**
 * Location service on JetStream KV (NATS 2.9), shared by every signaling node.
 *
 * Keys: `b.<org>.<sipUser>.<contact hash>` (a `.` in the SIP user becomes `=`, which
 * SIP users cannot contain, so the key keeps four tokens); one JSON `Binding` each.
 * Every node mirrors the bucket through one watch and answers reads from the mirror,
 * so a binding made on one node is visible on the others as soon as the watch
 * delivers it (milliseconds), and a read costs no round trip.
 *
 * Expiry: NATS 2.9 ignores per-key TTLs and sends no watch event when a message ages
 * out, so the value carries `expiresAt` and every read filters on it. Each node sweeps
 * expired keys periodically with a CAS delete at the revision it saw: a binding
 * refreshed meanwhile (new revision) survives, and when two nodes sweep the same key
 * one wins and the other's CAS failure is ignored. The bucket's max_age (longer than
 * the longest registration) is only a safety net for keys no node swept, e.g. after
 * the whole cluster was down; it also ages out the delete markers sweeps leave.
 *
 * Limits: writes are last-writer-wins per key (a REGISTER for one AOR reaching two
 * nodes at once is not serialised across nodes, only within one); a REGISTER with
 * several contacts is several KV writes, not one atomic commit.
 */
import { randomBytes } from "node:crypto";
import { JetStreamApiCodes, JetStreamApiError } from "@nats-io/jetstream";
import { Kvm, type KV, type KvWatchEntry } from "@nats-io/kv";
import type { NatsConnection, QueuedIterator } from "@nats-io/transport-node";
import { errorMessage } from "../../../../lib/errors.js";
import { silentLogger, type Logger } from "../../../../lib/log.js";
import { buckets } from "../../../../lib/subjects.js";
import { BindingIndex } from "./index-map.js";
import type { Binding, BindingChanges, LocationStore } from "./types.js";

const BINDING_PREFIX = "b";
const NONCE_SECRET_KEY = "meta.nonce-secret";
const KEY_TOKEN = /^[A-Za-z0-9_=-]+$/;

export interface KvLocationStoreOptions {
  /** Default `buckets.locations`. */
  readonly bucket?: string;
  /** 1, 3 or 5; default 1. */
  readonly replicas?: number;
  /** Bucket-wide max_age; must exceed the registrar's maximum expiry. */
  readonly maxAgeMs: number;
  /** How long `open` waits for the mirror to load before serving anyway. */
  readonly loadTimeoutMs?: number;
  readonly logger?: Logger;
}

export function bindingKvKey(org: string, sipUser: string, id: string): string {
  const parts = [org, sipUser.replaceAll(".", "="), id];
  for (const p of parts) if (!KEY_TOKEN.test(p)) throw new Error(`binding key part ${JSON.stringify(p)} is not a KV token`);
  return `${BINDING_PREFIX}.${parts.join(".")}`;
}

function isCasFailure(err: unknown): boolean {
  return (
    err instanceof JetStreamApiError &&
    (err.code === JetStreamApiCodes.StreamWrongLastSequence || err.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}

export class KvLocationStore implements LocationStore {
  private readonly index = new BindingIndex();
  /** Keys this node deleted, with the revision it deleted over: the watch may still replay that PUT. */
  private readonly tombstones = new Map<string, number>();
  private watcher: QueuedIterator<KvWatchEntry> | undefined;
  private closed = false;

  private constructor(
    private readonly kv: KV,
    private readonly log: Logger,
  ) {}

  static async open(nc: NatsConnection, opts: KvLocationStoreOptions): Promise<KvLocationStore> {
    const kv = await new Kvm(nc).create(opts.bucket ?? buckets.locations, { history: 1, replicas: opts.replicas ?? 1, ttl: opts.maxAgeMs });
    const store = new KvLocationStore(kv, opts.logger ?? silentLogger());
    await store.startMirror(opts.loadTimeoutMs ?? 5000);
    return store;
  }

  /**
   * A secret every node of the cluster shares (the first to start creates it), so a
   * digest nonce issued by one node verifies on another.
   */
  async sharedSecret(): Promise<string> {
    const existing = await this.kv.get(NONCE_SECRET_KEY);
    if (existing?.operation === "PUT") return existing.string();
    try {
      await this.kv.create(NONCE_SECRET_KEY, randomBytes(32).toString("base64url"));
    } catch (err) {
      if (!isCasFailure(err)) throw err;
    }
    const e = await this.kv.get(NONCE_SECRET_KEY);
    if (e?.operation !== "PUT") throw new Error("nonce secret vanished right after it was stored");
    return e.string();
  }

  private async startMirror(loadTimeoutMs: number): Promise<void> {
    let anyKey = false;
    for await (const _ of await this.kv.keys(`${BINDING_PREFIX}.>`)) anyKey = true;
    const watcher = await this.kv.watch({ key: `${BINDING_PREFIX}.>` });
    this.watcher = watcher;
    let loaded: () => void = () => undefined;
    const initial = new Promise<void>((resolve) => (loaded = resolve));
    if (!anyKey) loaded();
    void (async () => {
      try {
        for await (const e of watcher) {
          this.onWatch(e);
          // The last entry of the initial replay is the first flagged as an update.
          if (e.isUpdate) loaded();
        }
      } catch (err) {
        if (!this.closed) this.log.error({ err: errorMessage(err) }, "location mirror watch ended");
      }
      loaded();
    })();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([initial, new Promise<void>((resolve) => (timer = setTimeout(resolve, loadTimeoutMs)))]);
    clearTimeout(timer);
  }

  private onWatch(e: KvWatchEntry): void {
    if (e.operation !== "PUT") {
      this.tombstones.delete(e.key);
      this.index.delete(e.key);
      return;
    }
    const dead = this.tombstones.get(e.key);
    if (dead !== undefined && e.revision <= dead) return;
    try {
      this.index.set(e.key, e.json<Binding>(), e.revision);
    } catch (err) {
      this.log.warn({ key: e.key, err: errorMessage(err) }, "unreadable binding in the location bucket");
    }
  }

  bindingsOf(org: string, sipUser: string, now: number): Promise<Binding[]> {
    return Promise.resolve(this.index.ofAor(org, sipUser, now));
  }

  async commit(changes: BindingChanges): Promise<void> {
    await Promise.all([
      ...changes.remove.map(async (b) => {
        const key = bindingKvKey(b.org, b.sipUser, b.id);
        this.tombstones.set(key, this.index.revision(key) ?? 0);
        this.index.delete(key);
        await this.kv.delete(key);
      }),
      ...changes.put.map(async (b) => {
        const key = bindingKvKey(b.org, b.sipUser, b.id);
        const revision = await this.kv.put(key, JSON.stringify(b));
        // Read-your-writes on this node without waiting for the watch to echo it back.
        this.tombstones.delete(key);
        this.index.set(key, b, revision);
      }),
    ]);
  }

  lookup(org: string, user: string, now: number): Promise<Binding[]> {
    return Promise.resolve(this.index.ofUser(org, user, now));
  }

  count(now: number): number {
    return this.index.countLive(now);
  }

  async sweep(now: number): Promise<number> {
    let removed = 0;
    for (const { key, revision } of this.index.expired(now)) {
      try {
        await this.kv.delete(key, { previousSeq: revision });
        this.tombstones.set(key, revision);
        this.index.delete(key);
        removed++;
      } catch (err) {
        // Another node swept it first, or the phone refreshed it: both leave nothing to do.
        if (!isCasFailure(err)) throw err;
      }
    }
    return removed;
  }

  close(): Promise<void> {
    this.closed = true;
    this.watcher?.stop();
    return Promise.resolve();
  }
}
