/**
 * Ends the calls of a signaling node's run that is gone. Exactly one survivor acts for
 * each run: the rendezvous owner of `<node>_<epoch>` among the live signaling nodes. It
 * tells every group the dead node's last beat named `signalingNodeGone{node, epoch}`;
 * the group ends that run's calls itself (services/queue-actor/src/domain/node-gone.ts)
 * and frees their agents. Nothing is written per call anywhere: the groups to tell come
 * from the heartbeats.
 *
 * A gone run is remembered for `holdMs`, and ownership is re-checked whenever the view
 * changes: if the owner dies before (or while) it cleans up, the next owner does it
 * again. The group applies a repeat as a no-op, and the idempotency key makes the
 * runtime drop a resend of the same tell.
 */
import type { Registry } from "prom-client";
import { Counter } from "prom-client";
import type { Clock, TimerHandle } from "../../../../lib/clock.js";
import { errorMessage } from "../../../../lib/errors.js";
import type { Logger } from "../../../../lib/log.js";
import type { SignalingNodeGone } from "../../../../lib/routing/messages.js";
import { ownerOf } from "../../../../lib/runtime/index.js";
import type { GoneReason, NodeRun } from "./membership.js";

export type TellGroup = (org: string, group: string, event: SignalingNodeGone, key: string) => Promise<void>;

export interface NodeGoneMetrics {
  nodeGone(reason: GoneReason): void;
  callsEnded(n: number): void;
}

export function nodeGoneMetrics(registry: Registry | undefined): NodeGoneMetrics {
  const registers = registry === undefined ? [] : [registry];
  const nodes = new Counter({ name: "sip_signaling_nodes_gone_total", help: "Runs of other signaling nodes this node saw end, by how it noticed", labelNames: ["reason"], registers });
  for (const reason of ["timeout", "left", "restarted"]) nodes.inc({ reason }, 0);
  const calls = new Counter({
    name: "sip_calls_ended_node_gone_total",
    help: "Calls ended because the signaling node holding them died, counted by the node that cleaned up (as the dead node's last heartbeat listed them)",
    registers,
  });
  return { nodeGone: (reason) => nodes.inc({ reason }), callsEnded: (n) => calls.inc(n) };
}

export interface NodeGoneCleanupOptions {
  readonly self: string;
  /** Live signaling nodes, this one included. */
  readonly nodes: () => readonly string[];
  readonly tellGroup: TellGroup;
  readonly clock: Clock;
  readonly log: Logger;
  readonly metrics: NodeGoneMetrics;
  /** How long a gone run is kept for a takeover if its cleaner dies too; default 60 s. */
  readonly holdMs?: number;
  /** Tries per group before giving up (the group's own probes are the last resort); default 5. */
  readonly attempts?: number;
  readonly retryMs?: number;
}

interface Pending {
  readonly run: NodeRun;
  readonly reason: GoneReason;
  done: boolean;
  readonly expiry: TimerHandle;
}

const runKey = (run: Pick<NodeRun, "nodeId" | "epoch">): string => `${run.nodeId}_${run.epoch}`;

export class NodeGoneCleanup {
  private readonly pending = new Map<string, Pending>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly o: NodeGoneCleanupOptions) {}

  gone(run: NodeRun, reason: GoneReason): void {
    if (this.closed) return;
    this.o.metrics.nodeGone(reason);
    const key = runKey(run);
    if (this.pending.has(key)) return;
    const expiry = this.o.clock.setTimeout(() => this.pending.delete(key), this.o.holdMs ?? 60_000);
    this.pending.set(key, { run, reason, done: false, expiry });
    this.o.log.warn({ node: run.nodeId, epoch: run.epoch, reason, groups: run.groups.length }, "signaling node gone");
    this.review();
  }

  /** The view changed: take over runs whose cleaner is gone too. */
  review(): void {
    if (this.closed) return;
    const nodes = this.o.nodes();
    for (const [key, p] of this.pending) {
      if (p.done || ownerOf(nodes, key) !== this.o.self) continue;
      p.done = true;
      const job = this.clean(p.run, p.reason).finally(() => this.inFlight.delete(job));
      this.inFlight.add(job);
    }
  }

  /** Stops taking over; waits up to `maxMs` for cleanups in progress. */
  async close(maxMs = 2000): Promise<void> {
    this.closed = true;
    for (const p of this.pending.values()) this.o.clock.clearTimeout(p.expiry);
    this.pending.clear();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise<void>((r) => (timer = setTimeout(r, maxMs)))]);
    clearTimeout(timer);
  }

  private async clean(run: NodeRun, reason: GoneReason): Promise<void> {
    const event: SignalingNodeGone = { type: "signalingNodeGone", nodeId: run.nodeId, epoch: run.epoch };
    const key = `nodeGone:${runKey(run)}`;
    const calls = run.groups.reduce((n, g) => n + g.calls, 0);
    this.o.log.info({ node: run.nodeId, epoch: run.epoch, reason, groups: run.groups.length, calls }, "ending the calls of a gone signaling node");
    await Promise.all(run.groups.map((g) => this.tellWithRetry(g.org, g.group, event, key)));
    this.o.metrics.callsEnded(calls);
  }

  private async tellWithRetry(org: string, group: string, event: SignalingNodeGone, key: string): Promise<void> {
    const attempts = this.o.attempts ?? 5;
    for (let i = 1; ; i++) {
      try {
        await this.o.tellGroup(org, group, event, key);
        return;
      } catch (err) {
        // The group may live on the dead node too: its lease must lapse before it activates elsewhere.
        if (i >= attempts || this.closed) {
          this.o.log.error({ err: errorMessage(err), org, group, node: event.nodeId }, "group not told that a signaling node is gone; its own probes remain");
          return;
        }
        await new Promise<void>((r) => this.o.clock.setTimeout(r, (this.o.retryMs ?? 500) * 2 ** (i - 1)));
      }
    }
  }
}
