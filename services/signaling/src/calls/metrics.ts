import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { DialogTable } from "./dialogs.js";

/** How the caller's INVITE ended; a bounded label set. */
export const CALL_OUTCOMES = ["answered", "abandoned", "notFound", "forbidden", "challenged", "busy", "unavailable", "failed"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export interface CallMetrics {
  outcome(o: CallOutcome): void;
  /** Seconds from the caller's INVITE arriving to the first agent INVITE leaving. */
  setup(seconds: number): void;
}

export function callMetrics(registry: Registry | undefined, dialogs: DialogTable): CallMetrics {
  const registers = registry === undefined ? [] : [registry];
  const outcomes = new Counter({ name: "sip_calls_total", help: "Inbound calls by how the caller's INVITE ended", labelNames: ["outcome"], registers });
  for (const outcome of CALL_OUTCOMES) outcomes.inc({ outcome }, 0);
  const setup = new Histogram({
    name: "sip_call_setup_seconds",
    help: "Time from an inbound INVITE to the first INVITE sent to an agent's device",
    // 3 and 15 ms are perf G4's p50 and p99 bounds, so a dashboard reads the goal off a bucket.
    buckets: [0.001, 0.003, 0.005, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers,
  });
  new Gauge({
    name: "sip_dialogs_active",
    help: "SIP dialogs (early and confirmed) this node holds, by side",
    labelNames: ["side"],
    registers,
    collect() {
      this.set({ side: "caller" }, dialogs.count("caller"));
      this.set({ side: "agent" }, dialogs.count("agent"));
    },
  });
  return {
    outcome: (outcome) => outcomes.inc({ outcome }),
    setup: (seconds) => setup.observe(seconds),
  };
}
