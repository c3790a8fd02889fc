/**
 * The two seams the runtime needs from the outside world: a message bus and a KV store
 * with revisions (compare-and-set). NATS provides both (`nats-transport.ts`); the embedded
 * transport (`memory-transport.ts`) provides them in one process with the same semantics,
 * so one runtime and one behavioural suite serve both.
 */

/** Header values may be absent: every read is checked. */
export type Headers = Readonly<Partial<Record<string, string>>>;

export interface InboundMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Headers;
  /** Where an answer goes; absent for fire-and-forget publishes. */
  readonly reply: string | undefined;
}

export interface Subscription {
  unsubscribe(): void;
}

/** Nobody subscribes to the subject: the target node is gone (or not up yet). */
export class NoRespondersError extends Error {
  constructor(readonly subject: string) {
    super(`no responders on ${subject}`);
    this.name = "NoRespondersError";
  }
}

/** A request got no answer in time; whether it was processed is unknown. */
export class RequestTimeoutError extends Error {
  constructor(readonly subject: string) {
    super(`request on ${subject} timed out`);
    this.name = "RequestTimeoutError";
  }
}

export interface Bus {
  publish(subject: string, data: Uint8Array, headers?: Headers, reply?: string): void;
  /** Rejects with NoRespondersError or RequestTimeoutError (or a transport error). */
  request(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number): Promise<InboundMessage>;
  /** Like `request`, but silence until the timeout resolves undefined: for receivers that answer only refusals (`post`). */
  requestOrSilence(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number): Promise<InboundMessage | undefined>;
  subscribe(subject: string, handler: (m: InboundMessage) => void, opts?: { queue?: string }): Subscription;
}

export interface KvEntry {
  readonly value: Uint8Array;
  readonly revision: number;
}

/** A compare-and-set lost: someone else wrote the key since `revision` (or it already exists). */
export class KvConflictError extends Error {
  constructor(readonly key: string, options?: ErrorOptions) {
    super(`revision conflict on ${key}`, options);
    this.name = "KvConflictError";
  }
}

export interface KvBucket {
  /** The live value; deleted, purged and expired keys read as undefined. */
  get(key: string): Promise<KvEntry | undefined>;
  /** Succeeds only if the key is absent (or deleted/expired); returns the revision. */
  create(key: string, value: Uint8Array): Promise<number>;
  /** Succeeds only if `revision` is still the key's last revision. */
  update(key: string, value: Uint8Array, revision: number): Promise<number>;
  /** Deletes only if `revision` is still the last one (when given). */
  delete(key: string, revision?: number): Promise<void>;
  /** Keys under `prefix.` (a kind). */
  keys(prefix: string): Promise<string[]>;
  /**
   * Calls `onChange` with every live key under `prefix.` (entry), then with each later
   * write (entry) or delete (undefined), until stopped; it survives reconnects. Expiry by
   * TTL is not reported (nats-server 2.9 emits nothing for it).
   */
  watch(prefix: string, onChange: (key: string, entry: KvEntry | undefined) => void): Subscription;
}

export interface Transport {
  readonly bus: Bus;
  /** Node leases (`node-lease.ts`), in a bucket with a bucket-wide TTL equal to the lease duration: an unrenewed lease ages out server-side. */
  readonly leases: KvBucket;
  readonly states: KvBucket;
  /** Timer index: `<kind>.<id>` → earliest pending fireAt of that actor (see `timer-index.ts`). */
  readonly timers: KvBucket;
  /** Lease duration the lease bucket enforces. */
  readonly leaseTtlMs: number;
  close(): Promise<void>;
}
