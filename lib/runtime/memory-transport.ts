/**
 * The embedded transport: the runtime in one process without NATS. Same semantics as NATS
 * where the runtime depends on them: asynchronous delivery, no-responders on requests to a
 * subject nobody listens to, queue groups, KV revisions with compare-and-set and a
 * bucket-wide TTL (measured against the injected clock, like the server's own clock).
 */
import type { Clock } from "../clock.js";
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

function matches(pattern: string, subject: string): boolean {
  const p = pattern.split(".");
  const s = subject.split(".");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === ">") return s.length > i;
    if (i >= s.length) return false;
    if (p[i] !== "*" && p[i] !== s[i]) return false;
  }
  return p.length === s.length;
}

interface Sub {
  readonly pattern: string;
  readonly queue: string | undefined;
  readonly handler: (m: InboundMessage) => void;
  active: boolean;
}

export class MemoryBus implements Bus {
  private readonly subs = new Set<Sub>();
  private inboxSeq = 0;
  private readonly rr = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  private deliver(subject: string, data: Uint8Array, headers: Headers, reply: string | undefined): number {
    const plain: Sub[] = [];
    const groups = new Map<string, Sub[]>();
    for (const s of this.subs) {
      if (!s.active || !matches(s.pattern, subject)) continue;
      if (s.queue === undefined) plain.push(s);
      else {
        const g = groups.get(s.queue) ?? [];
        g.push(s);
        groups.set(s.queue, g);
      }
    }
    for (const [q, members] of groups) {
      const n = (this.rr.get(q) ?? 0) + 1;
      this.rr.set(q, n);
      plain.push(members[n % members.length]);
    }
    const msg: InboundMessage = { subject, data, headers, reply };
    // Asynchronous, like a network hop: a handler never runs inside the sender's call stack.
    for (const s of plain) queueMicrotask(() => { if (s.active) s.handler(msg); });
    return plain.length;
  }

  publish(subject: string, data: Uint8Array, headers: Headers = {}, reply?: string): void {
    this.deliver(subject, data, headers, reply);
  }

  request(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number): Promise<InboundMessage> {
    return new Promise((resolve, reject) => this.send(subject, data, headers, timeoutMs, resolve, reject, () => reject(new RequestTimeoutError(subject))));
  }

  requestOrSilence(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number): Promise<InboundMessage | undefined> {
    return new Promise((resolve, reject) => this.send(subject, data, headers, timeoutMs, resolve, reject, () => resolve(undefined)));
  }

  private send(subject: string, data: Uint8Array, headers: Headers, timeoutMs: number, resolve: (m: InboundMessage) => void, reject: (err: Error) => void, expire: () => void): void {
    const inbox = `_INBOX.mem.${++this.inboxSeq}`;
    const timer = this.clock.setTimeout(() => {
      sub.unsubscribe();
      expire();
    }, timeoutMs);
    const sub = this.subscribe(inbox, (m) => {
      sub.unsubscribe();
      this.clock.clearTimeout(timer);
      resolve(m);
    });
    if (this.deliver(subject, data, headers, inbox) === 0) {
      sub.unsubscribe();
      this.clock.clearTimeout(timer);
      reject(new NoRespondersError(subject));
    }
  }

  subscribe(subject: string, handler: (m: InboundMessage) => void, opts?: { queue?: string }): Subscription {
    const sub: Sub = { pattern: subject, queue: opts?.queue, handler, active: true };
    this.subs.add(sub);
    return { unsubscribe: () => { sub.active = false; this.subs.delete(sub); } };
  }
}

interface Slot {
  value: Uint8Array | undefined;
  revision: number;
  writtenAt: number;
}

interface Watcher {
  readonly prefix: string;
  readonly onChange: (key: string, entry: KvEntry | undefined) => void;
}

export class MemoryKv implements KvBucket {
  private readonly slots = new Map<string, Slot>();
  private readonly watchers = new Set<Watcher>();
  private seq = 0;

  constructor(private readonly clock: Clock, private readonly ttlMs = 0) {}

  private live(key: string): Slot | undefined {
    const s = this.slots.get(key);
    if (s === undefined || s.value === undefined) return undefined;
    if (this.ttlMs > 0 && this.clock.now() - s.writtenAt >= this.ttlMs) return undefined;
    return s;
  }

  private write(key: string, written: Uint8Array | undefined): number {
    const revision = ++this.seq;
    // The store keeps its own copy, as a server does: a writer's bytes may be a view into
    // a shared buffer (records are laid out in Node's buffer pool) or be reused.
    const value = written === undefined ? undefined : new Uint8Array(written);
    this.slots.set(key, { value, revision, writtenAt: this.clock.now() });
    const entry = value === undefined ? undefined : { value, revision };
    for (const w of this.watchers) {
      if (key.startsWith(`${w.prefix}.`)) queueMicrotask(() => { if (this.watchers.has(w)) w.onChange(key, entry); });
    }
    return revision;
  }

  get(key: string): Promise<KvEntry | undefined> {
    const s = this.live(key);
    return Promise.resolve(s?.value === undefined ? undefined : { value: s.value, revision: s.revision });
  }

  create(key: string, value: Uint8Array): Promise<number> {
    if (this.live(key) !== undefined) return Promise.reject(new KvConflictError(key));
    return Promise.resolve(this.write(key, value));
  }

  update(key: string, value: Uint8Array, revision: number): Promise<number> {
    const s = this.live(key);
    if (s === undefined || s.revision !== revision) return Promise.reject(new KvConflictError(key));
    return Promise.resolve(this.write(key, value));
  }

  delete(key: string, revision?: number): Promise<void> {
    const s = this.live(key);
    if (revision !== undefined && s?.revision !== revision) return Promise.reject(new KvConflictError(key));
    this.write(key, undefined);
    return Promise.resolve();
  }

  keys(prefix: string): Promise<string[]> {
    const out: string[] = [];
    for (const k of this.slots.keys()) if (k.startsWith(`${prefix}.`) && this.live(k) !== undefined) out.push(k);
    return Promise.resolve(out);
  }

  watch(prefix: string, onChange: (key: string, entry: KvEntry | undefined) => void): Subscription {
    const w: Watcher = { prefix, onChange };
    const initial: [string, KvEntry][] = [];
    for (const [k, s] of this.slots) {
      if (k.startsWith(`${prefix}.`) && this.live(k) !== undefined && s.value !== undefined) initial.push([k, { value: s.value, revision: s.revision }]);
    }
    this.watchers.add(w);
    queueMicrotask(() => { for (const [k, e] of initial) if (this.watchers.has(w)) onChange(k, e); });
    return { unsubscribe: () => { this.watchers.delete(w); } };
  }
}

/** One shared in-process "cluster": every runtime built on it sees the same bus and buckets. */
export function createMemoryTransport(clock: Clock, leaseTtlMs = 3000): Transport {
  return {
    bus: new MemoryBus(clock),
    leases: new MemoryKv(clock, leaseTtlMs),
    states: new MemoryKv(clock),
    timers: new MemoryKv(clock),
    leaseTtlMs,
    close: () => Promise.resolve(),
  };
}
