import test from "ava";
import { Counter } from "prom-client";
import { startOpsServer } from "../../../lib/http.js";
import { createRegistry } from "../../../lib/metrics.js";

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

test("/metrics serves Prometheus text with build info and _total counters; /healthz answers", async (t) => {
  const registry = createRegistry("node-a");
  new Counter({ name: "ringmesh_test_events_total", help: "test", registers: [registry] }).inc(2);
  const ops = await startOpsServer({ registry, host: "127.0.0.1", port: 0 });
  t.teardown(() => ops.stop());
  const metrics = await get(ops.port, "/metrics");
  t.is(metrics.status, 200);
  t.regex(metrics.body, /ringmesh_build_info\{version="[^"]+",node_version="v\d+[^"]*",node_id="node-a"\} 1/);
  t.regex(metrics.body, /^ringmesh_test_events_total 2$/m);
  t.regex(metrics.body, /process_cpu_user_seconds_total/);
  t.is((await get(ops.port, "/healthz")).status, 200);
  t.is((await get(ops.port, "/nope")).status, 404);
});

test("/readyz is 503 until every registered check passes, and names the failing one", async (t) => {
  const ops = await startOpsServer({ registry: createRegistry("n"), host: "127.0.0.1", port: 0 });
  t.teardown(() => ops.stop());
  t.is((await get(ops.port, "/readyz")).status, 503);
  let storeReady: boolean | string = "connecting to NATS";
  ops.addReadinessCheck("store", () => storeReady);
  ops.addReadinessCheck("admin", () => true);
  const notReady = await get(ops.port, "/readyz");
  t.is(notReady.status, 503);
  t.is(notReady.body, "store: connecting to NATS\n");
  storeReady = true;
  t.is((await get(ops.port, "/readyz")).status, 200);
});
