/**
 * What an idle node costs the store (perf-budget §7.6a): one lease renewal per TTL/4 for
 * the node, however many actors it keeps active, and no state writes. Counted on the wire,
 * as every `$KV.<bucket>.<key>` publish a real nats-server receives.
 */
import test from "ava";
import { connect } from "@nats-io/transport-node";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { buckets, KV_SUBJECT_PREFIX } from "../../../lib/subjects.js";
import { connectNatsTransport, Runtime } from "../../../lib/runtime/index.js";
import { counterKind } from "../../support/runtime-kinds.js";
import { startNatsServer } from "../../support/nats-server.js";

test("idle: lease writes per node do not grow with its active actors; no state writes", async (t) => {
  const server = await startNatsServer();
  const leaseMs = 2000;
  const transport = await connectNatsTransport({ servers: server.url, name: "idle", logger: silentLogger(), leaseTtlMs: leaseMs });
  const rt = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), kinds: [counterKind()], heartbeatMs: 200, memberTimeoutMs: 800 });
  const tap = await connect({ servers: server.url });
  try {
    const kind = counterKind();
    const actors = 60;
    await Promise.all(Array.from({ length: actors }, (_, i) => rt.ask(kind, `idle${i}`, { type: "add", n: 1, tag: "x" })));
    // Let acknowledgement writes of the effects settle before counting.
    await new Promise((r) => setTimeout(r, 500));
    const counts = new Map<string, number>();
    const prefix = KV_SUBJECT_PREFIX;
    tap.subscribe(`${prefix}>`, {
      callback: (_e, m) => {
        const bucket = m.subject.slice(prefix.length).split(".")[0] ?? "";
        counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      },
    });
    await tap.flush();
    const windowMs = 3000;
    await new Promise((r) => setTimeout(r, windowMs));
    t.is(rt.activeCount(), actors, "all still active");
    const leaseWrites = counts.get(buckets.leases) ?? 0;
    const expected = windowMs / (leaseMs / 4);
    t.true(leaseWrites >= expected - 2 && leaseWrites <= expected + 2, `${leaseWrites} lease writes in ${windowMs} ms (one node renewing every ${leaseMs / 4} ms: ${expected})`);
    t.is(counts.get(buckets.actorState) ?? 0, 0, "no state writes while idle");
  } finally {
    await tap.close();
    await rt.stop();
    await transport.close();
    await server.stop();
  }
});
