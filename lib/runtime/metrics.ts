/**
 * Runtime metrics (Prometheus rules: base units, `_total` counters, one bounded label:
 * the actor kind — never an actor id). Registered on the Registry the caller passes.
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client";

export interface RuntimeMetrics {
  readonly activations: Counter<"kind">;
  readonly active: Gauge<"kind">;
  readonly mailboxDepth: Gauge<"kind">;
  readonly handlingSeconds: Histogram<"kind">;
  readonly restarts: Counter<"kind">;
  readonly quarantines: Counter<"kind">;
  readonly takeovers: Counter<"kind">;
  readonly fencedWrites: Counter<"kind">;
  readonly redeliveries: Counter<"kind">;
  readonly localDeliveries: Counter<"kind">;
  readonly duplicates: Counter<"kind">;
  readonly stateWrites: Counter<"kind">;
  readonly leasesLost: Counter<"kind">;
  readonly effectFailures: Counter<"kind">;
  readonly timerWakes: Counter<"kind">;
  readonly effectsReplayed: Counter<"kind">;
  readonly effectsExpired: Counter<"kind">;
  /** Sets every series of `kind` to 0 so dashboards see it before the first event. */
  initKind(kind: string): void;
}

export function createRuntimeMetrics(
  registry: Registry,
  sample: { depth(kind: string): number; active(kind: string): number; kinds(): Iterable<string> },
): RuntimeMetrics {
  const registers = [registry];
  const counter = (name: string, help: string): Counter<"kind"> => new Counter({ name, help, labelNames: ["kind"], registers });
  const m = {
    activations: counter("ringmesh_actor_activations_total", "Actor activations (state record claimed and loaded)."),
    active: new Gauge({
      name: "ringmesh_actor_active",
      help: "Actors active on this node.",
      labelNames: ["kind"],
      registers,
      collect() {
        for (const k of sample.kinds()) this.set({ kind: k }, sample.active(k));
      },
    }),
    mailboxDepth: new Gauge({
      name: "ringmesh_actor_mailbox_depth",
      help: "Messages waiting in the mailboxes of this node's actors.",
      labelNames: ["kind"],
      registers,
      collect() {
        for (const k of sample.kinds()) this.set({ kind: k }, sample.depth(k));
      },
    }),
    handlingSeconds: new Histogram({
      name: "ringmesh_actor_handling_duration_seconds",
      help: "From dequeue to durable commit, per message.",
      labelNames: ["kind"],
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    restarts: counter("ringmesh_actor_restarts_total", "Actor restarts after a handler threw."),
    quarantines: counter("ringmesh_actor_quarantines_total", "Actors quarantined after repeated crashes."),
    takeovers: counter("ringmesh_actor_lease_takeovers_total", "Actors claimed from an owner whose node lease had ended (crash take-overs)."),
    fencedWrites: counter("ringmesh_actor_fenced_writes_total", "State writes rejected because another owner wrote since (fencing)."),
    redeliveries: counter("ringmesh_actor_redeliveries_total", "Messages sent again by this node's callers after a timeout, no responders or a move."),
    localDeliveries: counter(
      "ringmesh_actor_local_deliveries_total",
      "Messages this node's callers handed to an actor this node owns without the bus (by target kind); the rest crossed NATS.",
    ),
    duplicates: counter("ringmesh_actor_duplicates_dropped_total", "Messages whose idempotency key was already applied."),
    stateWrites: counter("ringmesh_actor_state_writes_total", "Durable state writes (one per committed batch)."),
    leasesLost: counter("ringmesh_actor_leases_lost_total", "Activations stopped because their node lease was lost or their claim was fenced."),
    effectFailures: counter("ringmesh_actor_effect_failures_total", "Effect runs that threw (after the commit)."),
    timerWakes: counter("ringmesh_actor_timer_wakes_total", "Activations started by the timer index (a due timer, no message)."),
    effectsReplayed: counter("ringmesh_actor_effect_replays_total", "Committed effect batches run again by a new activation (their first run was not acknowledged)."),
    effectsExpired: counter("ringmesh_actor_effect_replays_expired_total", "Unacknowledged effect batches dropped at activation as older than effectReplayMs."),
  };
  return {
    ...m,
    initKind(kind: string) {
      for (const c of [m.activations, m.restarts, m.quarantines, m.takeovers, m.fencedWrites, m.redeliveries, m.localDeliveries, m.duplicates, m.stateWrites, m.leasesLost, m.effectFailures, m.timerWakes, m.effectsReplayed, m.effectsExpired]) {
        c.inc({ kind }, 0);
      }
      m.handlingSeconds.zero({ kind });
    },
  };
}

/**
 * `ringmesh_nats_connected`: while NATS is away nothing routes (actors, leases and state all
 * live there), and alerting on this tells that apart from a node that is merely slow.
 */
export function natsConnectedGauge(registry: Registry, read: () => number): void {
  new Gauge({
    name: "ringmesh_nats_connected",
    help: "1 while this node's NATS connection is up, 0 while it is reconnecting",
    registers: [registry],
    collect() {
      this.set(read());
    },
  });
}
