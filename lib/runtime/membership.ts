/**
 * Who hosts which kind, learned from heartbeats on `ringmesh.v1.members.<kind>`.
 *
 * A host publishes `{node, leaving:false}` every `heartbeatMs`; it is dropped from the view
 * after `timeoutMs` of silence, at once when it announces `leaving`, and provisionally when
 * a request to it finds no responders (`suspect`; its next heartbeat brings it back). A
 * heartbeat from an unknown node, or a probe, makes every host answer with its own
 * heartbeat, so joiners and pure clients learn the view within one round trip.
 */
import type { Clock, TimerHandle } from "../clock.js";
import { subjects } from "../subjects.js";
import { ownerOf } from "./rendezvous.js";
import type { Bus, Subscription } from "./transport.js";

interface Beat {
  node?: string;
  leaving?: boolean;
  probe?: boolean;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export class MembershipView {
  private readonly lastSeen = new Map<string, number>();
  private readonly sub: Subscription;
  private hbTimer: TimerHandle | undefined;
  private sweepTimer: TimerHandle | undefined;
  private hosting = false;
  private closed = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly bus: Bus,
    private readonly clock: Clock,
    readonly kind: string,
    /** This process's node id when it hosts the kind; undefined for a pure client. */
    private readonly self: string | undefined,
    private readonly heartbeatMs: number,
    private readonly timeoutMs: number,
  ) {
    this.sub = bus.subscribe(subjects.members(kind), (m) => {
      let beat: Beat;
      try {
        beat = JSON.parse(dec.decode(m.data)) as Beat;
      } catch {
        return;
      }
      this.onBeat(beat);
    });
    this.sweep();
  }

  private onBeat(beat: Beat): void {
    if (beat.probe === true) {
      if (this.hosting) this.beat();
      return;
    }
    const node = beat.node;
    if (node === undefined || node === this.self) return;
    if (beat.leaving === true) {
      if (this.lastSeen.delete(node)) this.changed();
      return;
    }
    const known = this.lastSeen.has(node);
    this.lastSeen.set(node, this.clock.now());
    if (!known) {
      if (this.hosting) this.beat();
      this.changed();
    }
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private sweep(): void {
    if (this.closed) return;
    const now = this.clock.now();
    let removed = false;
    for (const [n, at] of this.lastSeen) {
      if (now - at > this.timeoutMs) {
        this.lastSeen.delete(n);
        removed = true;
      }
    }
    if (removed) this.changed();
    this.sweepTimer = this.clock.setTimeout(() => this.sweep(), Math.max(50, this.heartbeatMs / 2));
  }

  private beat(leaving = false): void {
    if (this.self === undefined) return;
    this.bus.publish(subjects.members(this.kind), enc.encode(JSON.stringify({ node: this.self, leaving })));
  }

  /** Starts heartbeating as a host of this kind. */
  startHosting(): void {
    if (this.hosting || this.self === undefined) return;
    this.hosting = true;
    const tick = (): void => {
      if (!this.hosting) return;
      this.beat();
      this.hbTimer = this.clock.setTimeout(tick, this.heartbeatMs);
    };
    tick();
  }

  /** Asks every host to announce itself now. */
  probe(): void {
    this.bus.publish(subjects.members(this.kind), enc.encode(JSON.stringify({ probe: true })));
  }

  /** Announces departure; the view stops counting this node everywhere at once. */
  leave(): void {
    if (!this.hosting) return;
    this.hosting = false;
    if (this.hbTimer !== undefined) this.clock.clearTimeout(this.hbTimer);
    this.beat(true);
  }

  suspect(node: string): void {
    if (node !== this.self && this.lastSeen.delete(node)) this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  isAlive(node: string): boolean {
    return (node === this.self && this.hosting) || this.lastSeen.has(node);
  }

  nodes(): string[] {
    const out = [...this.lastSeen.keys()];
    if (this.hosting && this.self !== undefined) out.push(this.self);
    return out;
  }

  ownerOf(id: string): string | undefined {
    return ownerOf(this.nodes(), id);
  }

  close(): void {
    this.closed = true;
    this.leave();
    if (this.sweepTimer !== undefined) this.clock.clearTimeout(this.sweepTimer);
    this.sub.unsubscribe();
    this.listeners.clear();
  }
}
