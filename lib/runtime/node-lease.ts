/**
 * This node's liveness lease: one key, `node.<nodeId>`, in the lease bucket (whose
 * bucket-wide TTL is the lease duration), holding a random session id, renewed every TTL/4.
 * An actor's owner is the node and session named in its state record (`activation.ts`);
 * that owner counts as live exactly while its node's key holds that session. So renewals
 * cost 1.33 writes/s per node, whatever the number of actors.
 *
 * A session ends, for good, when it is lost: its renewal fails its compare-and-set (the key
 * expired on the server or was replaced), or, with the local guard, renewals have failed
 * for longer than TTL minus a margin. Every activation of that session stops at once
 * (`onLost`); the node then acquires a new session, under which it claims actors again.
 * Records naming the old session read as released from then on: a session that comes
 * back after an outage would otherwise vouch for activations that no longer exist.
 *
 * A key holding a session this process never held belongs to an earlier process with the
 * same node id (a restart): it is waited out (≤ TTL), never overwritten, because that
 * process may be a stalled one whose local guard has not expired yet.
 */
import { randomBytes } from "node:crypto";
import type { Clock, TimerHandle } from "../clock.js";
import type { Logger } from "../log.js";
import { kvKeys } from "../subjects.js";
import { KvConflictError, type KvBucket } from "./transport.js";

const enc = new TextEncoder();
const dec = new TextDecoder();


interface LeaseValue {
  readonly node: string;
  readonly session: string;
}

function readValue(b: Uint8Array): LeaseValue | undefined {
  try {
    const v = JSON.parse(dec.decode(b)) as Partial<LeaseValue>;
    return typeof v.node === "string" && typeof v.session === "string" ? { node: v.node, session: v.session } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `node`'s lease key holds `session` now. A read that fails counts as live: nobody claims on a guess. */
export async function sessionLive(bucket: KvBucket, node: string, session: string): Promise<boolean> {
  let key: string;
  try {
    key = kvKeys.nodeLease(node);
  } catch {
    return false;
  }
  try {
    const e = await bucket.get(key);
    return e !== undefined && readValue(e.value)?.session === session;
  } catch {
    return true;
  }
}

export interface NodeLeaseOptions {
  readonly bucket: KvBucket;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly nodeId: string;
  readonly ttlMs: number;
  /** Wait between acquisition attempts. */
  readonly pollMs: number;
  /** false (test knob): a session is lost only when a renewal fails its compare-and-set, never by time. */
  readonly localGuard: boolean;
  readonly onLost: (session: string, reason: string) => void;
}

/** How many lost sessions are remembered, to recognise this process's own key on the server after an outage. */
const LOST_KEPT = 16;

export class NodeLease {
  readonly key: string;
  private session = "";
  private revision = 0;
  private validUntil = 0;
  private readonly lost: string[] = [];
  private timer: TimerHandle | undefined;
  private inflight: Promise<void> | undefined;
  private stopped = false;
  private warnedForeign = false;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly o: NodeLeaseOptions) {
    this.key = kvKeys.nodeLease(o.nodeId);
  }

  start(): void {
    this.tick();
  }

  /** The held session while it may serve (under the local guard: not past its validity). */
  usable(): string | undefined {
    if (this.session === "") return undefined;
    return !this.o.localGuard || this.o.clock.now() < this.validUntil ? this.session : undefined;
  }

  /** Whether an activation of `session` may still write, answer and release effects. */
  ok(session: string): boolean {
    return session !== "" && session === this.session && this.o.clock.now() < this.validUntil;
  }

  /** Waits until a session is usable, or `deadline` (undefined then). */
  async held(deadline: number): Promise<string | undefined> {
    const { clock } = this.o;
    for (;;) {
      const s = this.usable();
      if (s !== undefined) return s;
      const left = deadline - clock.now();
      if (left <= 0 || this.stopped) return undefined;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clock.clearTimeout(h);
          this.waiters.delete(done);
          resolve();
        };
        const h = clock.setTimeout(done, Math.min(left, this.o.pollMs));
        this.waiters.add(done);
      });
    }
  }

  private value(session: string): Uint8Array {
    return enc.encode(JSON.stringify({ node: this.o.nodeId, session } satisfies LeaseValue));
  }

  private tick(): void {
    if (this.stopped) return;
    if (this.session !== "" && this.o.localGuard && this.o.clock.now() >= this.validUntil) this.drop("renewals failed for longer than the lease");
    // Also at the end of validity: every actor stops then, not up to a renewal period later.
    const renewIn = Math.max(50, this.o.ttlMs / 4);
    const next = this.session === "" ? this.o.pollMs : this.o.localGuard ? Math.max(1, Math.min(renewIn, this.validUntil - this.o.clock.now())) : renewIn;
    this.timer = this.o.clock.setTimeout(() => this.tick(), next);
    if (this.inflight !== undefined) return;
    this.inflight = (this.session !== "" ? this.renew() : this.acquire()).finally(() => {
      this.inflight = undefined;
    });
  }

  private hold(session: string, revision: number, sentAt: number): void {
    this.session = session;
    this.revision = revision;
    this.setValidity(sentAt);
    this.o.logger.info({ session }, "node lease acquired");
    for (const w of [...this.waiters]) w();
  }

  /** Valid until the server could have expired the key, less a margin for clock-rate differences. */
  private setValidity(sentAt: number): void {
    const ttl = this.o.ttlMs;
    this.validUntil = sentAt + ttl - Math.max(200, ttl / 10);
  }

  private drop(reason: string): void {
    const s = this.session;
    if (s === "") return;
    this.session = "";
    this.lost.push(s);
    if (this.lost.length > LOST_KEPT) this.lost.shift();
    this.o.logger.warn({ session: s, reason }, "node lease lost; every actor of its session stops here");
    this.o.onLost(s, reason);
  }

  private async renew(): Promise<void> {
    const s = this.session;
    const sentAt = this.o.clock.now();
    try {
      const revision = await this.o.bucket.update(this.key, this.value(s), this.revision);
      if (this.session !== s) return;
      this.revision = revision;
      this.setValidity(sentAt);
    } catch (err) {
      if (err instanceof KvConflictError) {
        if (this.session === s) this.drop("lease expired or replaced on the server");
      } else this.o.logger.debug({ err }, "node lease renewal failed; retrying");
    }
  }

  private async acquire(): Promise<void> {
    const { bucket, clock, logger } = this.o;
    const s = randomBytes(9).toString("base64url");
    const sentAt = clock.now();
    try {
      this.hold(s, await bucket.create(this.key, this.value(s)), sentAt);
      return;
    } catch (err) {
      if (!(err instanceof KvConflictError)) {
        logger.debug({ err }, "node lease not acquired; retrying");
        return;
      }
    }
    try {
      const e = await bucket.get(this.key);
      if (e === undefined || this.stopped) return;
      const held = readValue(e.value);
      if (held !== undefined && this.lost.includes(held.session)) {
        // Our own session, given up locally while the server kept it: replace it, which ends it for everyone.
        this.hold(s, await bucket.update(this.key, this.value(s), e.revision), sentAt);
        return;
      }
      if (!this.warnedForeign) {
        this.warnedForeign = true;
        logger.warn({ key: this.key, holder: held?.session }, "node lease held by another process with this node id; waiting for it to expire");
      }
    } catch (err) {
      logger.debug({ err }, "node lease not acquired; retrying");
    }
  }

  /** Stops renewing. `release`: delete the key, so that whatever still names this session can be claimed at once. */
  async stop(release: boolean): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    for (const w of [...this.waiters]) w();
    await this.inflight;
    if (!release || this.session === "") return;
    try {
      await this.o.bucket.delete(this.key, this.revision);
    } catch (err) {
      this.o.logger.debug({ err }, "node lease not released; it will age out");
    }
  }
}
