/**
 * Which signaling nodes are alive, learned from heartbeats on `subjects.members("signaling")`
 * (the pattern of lib/runtime/membership.ts, with what signaling adds).
 *
 * A beat is `{node, epoch, groups}`: the node, its run (the CallIdMinter epoch, so a
 * restart under the same id is told apart from the run before it) and, per group, how
 * many of this node's calls it holds. The last beat of a node is what survivors know
 * when it dies: which groups must hear that its calls are gone. Beats go out every
 * `heartbeatMs`, and at once when a group gets its first call from this node, before
 * the group is told about the call, so a node that dies right after a call arrived has
 * already named the group.
 *
 * A peer is gone after `missedBeats` beats of silence, at once when it announces
 * `leaving`, and for its old run when a beat shows a new epoch. A beat from an unknown
 * node, or a probe, is answered with a beat, so a joiner learns the view in one round trip.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import type { Clock, TimerHandle } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import type { Logger } from "../../../../lib/log.js";
import { subjects } from "../../../../lib/subjects.js";

/** The pseudo kind under `members.<kind>`: signaling hosts no actors but heartbeats like a host. */
export const SIGNALING_MEMBERS = "signaling";

export interface GroupCalls {
  readonly org: string;
  readonly group: string;
  readonly calls: number;
}

/** One run of one signaling node as its last beat described it. */
export interface NodeRun {
  readonly nodeId: string;
  readonly epoch: string;
  readonly groups: readonly GroupCalls[];
}

export type GoneReason = "timeout" | "left" | "restarted";

/** What the membership needs from NATS; a fake in unit tests. */
export interface Wire {
  publish(subject: string, data: Uint8Array): void;
  subscribe(subject: string, onMessage: (data: Uint8Array) => void): { unsubscribe(): void };
}

export function natsWire(nc: NatsConnection, log: Logger): Wire {
  return {
    publish: (subject, data) => {
      try {
        nc.publish(subject, data);
      } catch (err) {
        // A closed or draining connection: the peers will time this node out, which is what it is.
        log.debug({ err: errorMessage(err) }, "signaling heartbeat not sent");
      }
    },
    subscribe: (subject, onMessage) => {
      const sub = nc.subscribe(subject, {
        callback: (err, m) => {
          if (err === null) onMessage(m.data);
        },
      });
      return { unsubscribe: () => sub.unsubscribe() };
    },
  };
}

export interface SignalingMembershipOptions {
  readonly wire: Wire;
  readonly clock: Clock;
  readonly nodeId: string;
  readonly epoch: string;
  /** This node's calls per group, read for every beat. */
  readonly calls: () => readonly GroupCalls[];
  readonly onGone: (run: NodeRun, reason: GoneReason) => void;
  readonly heartbeatMs?: number;
  readonly missedBeats?: number;
}

interface Peer {
  epoch: string;
  lastSeen: number;
  groups: GroupCalls[];
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const TOKEN = /^[A-Za-z0-9_-]+$/;

interface Beat {
  readonly node: string;
  readonly epoch: string;
  readonly groups: GroupCalls[];
  readonly leaving: boolean;
}

/** Untrusted input: anything malformed is ignored rather than taken as a peer. */
function parseBeat(data: Uint8Array): Beat | "probe" | undefined {
  let v: unknown;
  try {
    v = JSON.parse(dec.decode(data));
  } catch {
    return undefined;
  }
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (o["probe"] === true) return "probe";
  const node = o["node"];
  const epoch = o["epoch"];
  if (typeof node !== "string" || !TOKEN.test(node) || typeof epoch !== "string" || !/^[0-9a-z]+$/.test(epoch)) return undefined;
  const groups: GroupCalls[] = [];
  if (Array.isArray(o["groups"])) {
    for (const g of o["groups"] as unknown[]) {
      if (!Array.isArray(g)) continue;
      const [org, group, calls] = g as unknown[];
      if (typeof org === "string" && TOKEN.test(org) && typeof group === "string" && TOKEN.test(group) && typeof calls === "number") groups.push({ org, group, calls });
    }
  }
  return { node, epoch, groups, leaving: o["leaving"] === true };
}

export class SignalingMembership {
  private readonly peers = new Map<string, Peer>();
  private readonly listeners = new Set<() => void>();
  private sub: { unsubscribe(): void } | undefined;
  private beatTimer: TimerHandle | undefined;
  private sweepTimer: TimerHandle | undefined;
  private running = false;
  /** Groups named in this node's last beat. */
  private announced = new Set<string>();
  readonly heartbeatMs: number;
  readonly timeoutMs: number;

  constructor(private readonly o: SignalingMembershipOptions) {
    this.heartbeatMs = o.heartbeatMs ?? 1000;
    this.timeoutMs = this.heartbeatMs * (o.missedBeats ?? 3);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.sub = this.o.wire.subscribe(subjects.members(SIGNALING_MEMBERS), (d) => this.receive(d));
    this.o.wire.publish(subjects.members(SIGNALING_MEMBERS), enc.encode(JSON.stringify({ probe: true })));
    this.tick();
    this.sweep();
  }

  /** Live signaling nodes, this one included while it runs. */
  nodes(): string[] {
    const out = [...this.peers.keys()];
    if (this.running) out.push(this.o.nodeId);
    return out;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Beats now unless the last beat already named `org.group`. */
  announceGroup(org: string, group: string): void {
    if (this.running && !this.announced.has(`${org}.${group}`)) this.beat(false);
  }

  /** Graceful stop: the peers drop this node at once (its calls were already ended and reported). */
  leave(): void {
    if (!this.running) return;
    this.beat(true);
    this.close();
  }

  close(): void {
    this.running = false;
    if (this.beatTimer !== undefined) this.o.clock.clearTimeout(this.beatTimer);
    if (this.sweepTimer !== undefined) this.o.clock.clearTimeout(this.sweepTimer);
    this.beatTimer = this.sweepTimer = undefined;
    this.sub?.unsubscribe();
    this.sub = undefined;
    this.listeners.clear();
  }

  private tick(): void {
    if (!this.running) return;
    this.beat(false);
    this.beatTimer = this.o.clock.setTimeout(() => this.tick(), this.heartbeatMs);
  }

  private beat(leaving: boolean): void {
    const groups = leaving ? [] : this.o.calls().filter((g) => g.calls > 0);
    this.announced = new Set(groups.map((g) => `${g.org}.${g.group}`));
    const body = { node: this.o.nodeId, epoch: this.o.epoch, groups: groups.map((g) => [g.org, g.group, g.calls]), ...(leaving ? { leaving } : {}) };
    this.o.wire.publish(subjects.members(SIGNALING_MEMBERS), enc.encode(JSON.stringify(body)));
  }

  private receive(data: Uint8Array): void {
    if (!this.running) return;
    const beat = parseBeat(data);
    if (beat === undefined) return;
    if (beat === "probe") {
      this.beat(false);
      return;
    }
    if (beat.node === this.o.nodeId) return;
    const peer = this.peers.get(beat.node);
    const now = this.o.clock.now();
    if (beat.leaving) {
      if (peer === undefined) return;
      this.peers.delete(beat.node);
      this.gone(beat.node, peer, "left");
      this.changed();
      return;
    }
    if (peer === undefined) {
      this.peers.set(beat.node, { epoch: beat.epoch, lastSeen: now, groups: beat.groups });
      // The joiner learns this node now rather than a heartbeat later.
      this.beat(false);
      this.changed();
      return;
    }
    if (peer.epoch !== beat.epoch) {
      // Restarted under the same id faster than the timeout: the old run's calls died with it.
      this.gone(beat.node, { ...peer }, "restarted");
      peer.epoch = beat.epoch;
    }
    peer.lastSeen = now;
    peer.groups = beat.groups;
  }

  private sweep(): void {
    if (!this.running) return;
    const now = this.o.clock.now();
    let removed = false;
    for (const [node, peer] of this.peers) {
      if (now - peer.lastSeen <= this.timeoutMs) continue;
      this.peers.delete(node);
      this.gone(node, peer, "timeout");
      removed = true;
    }
    if (removed) this.changed();
    this.sweepTimer = this.o.clock.setTimeout(() => this.sweep(), Math.max(50, this.heartbeatMs / 4));
  }

  private gone(nodeId: string, peer: Peer, reason: GoneReason): void {
    this.o.onGone({ nodeId, epoch: peer.epoch, groups: peer.groups }, reason);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
