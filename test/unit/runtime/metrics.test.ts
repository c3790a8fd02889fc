/**
 * The runtime's metrics, scraped from the Registry after real traffic on the embedded
 * transport: activations, mailbox depth while a commit is in flight, the handling-time
 * histogram, a fenced write (another writer bumps the state key under the owner), and
 * every series labelled by `kind` only.
 */
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { createMemoryTransport, Runtime, type Transport } from "../../../lib/runtime/index.js";
import { counterKind, readReply } from "../../support/runtime-kinds.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function sample(text: string, name: string, kind: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{kind="${kind}"}`));
  return line === undefined ? undefined : Number(line.split(" ").pop());
}

test("activations, mailbox depth, handling time and fenced writes are exported per kind, with no other label", async (t) => {
  const shared = createMemoryTransport(systemClock);
  let gate: Promise<void> | undefined;
  // Holds state writes while `gate` is set, so messages pile up behind an in-flight commit.
  const transport: Transport = {
    ...shared,
    states: {
      ...shared.states,
      get: (k) => shared.states.get(k),
      create: (k, v) => shared.states.create(k, v),
      delete: (k, r) => shared.states.delete(k, r),
      keys: (p) => shared.states.keys(p),
      watch: (p, f) => shared.states.watch(p, f),
      update: async (k, v, r) => {
        if (gate !== undefined) await gate;
        return shared.states.update(k, v, r);
      },
    },
  };
  const registry = new Registry();
  const kind = counterKind(undefined, "metered");
  const rt = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry, kinds: [kind] });
  try {
    await rt.ask(kind, "m1", { type: "add", n: 1, tag: "first" });

    let open = (): void => undefined;
    gate = new Promise((r) => { open = r; });
    const held = rt.ask(kind, "m1", { type: "add", n: 1, tag: "held" });
    await sleep(20);
    const queued = Array.from({ length: 5 }, (_, i) => rt.ask(kind, "m1", { type: "add", n: 1, tag: `q${i}` }));
    await sleep(20);
    const during = await registry.metrics();
    t.is(sample(during, "ringmesh_actor_mailbox_depth", "metered"), 5, "five messages wait behind the commit in flight");
    t.is(sample(during, "ringmesh_actor_active", "metered"), 1);
    gate = undefined;
    open();
    await Promise.all([held, ...queued]);

    // Another writer moves the state key on: the owner's next write fails its CAS (fenced),
    // it stops, and the caller's retry re-activates the actor from the store.
    const entry = await shared.states.get("metered.m1");
    if (entry === undefined) throw new Error("state not written");
    await shared.states.update("metered.m1", entry.value, entry.revision);
    t.is(readReply(await rt.ask(kind, "m1", { type: "add", n: 1, tag: "after" })).count, 8);

    const text = await registry.metrics();
    t.is(sample(text, "ringmesh_actor_activations_total", "metered"), 2);
    t.is(sample(text, "ringmesh_actor_fenced_writes_total", "metered"), 1);
    t.is(sample(text, "ringmesh_actor_leases_lost_total", "metered"), 1);
    t.is(sample(text, "ringmesh_actor_mailbox_depth", "metered"), 0);
    t.is(sample(text, "ringmesh_actor_handling_duration_seconds_count", "metered"), 8, "one observation per applied message");
    t.true((sample(text, "ringmesh_actor_handling_duration_seconds_sum", "metered") ?? 0) > 0);
    t.is(sample(text, "ringmesh_actor_quarantines_total", "metered"), 0, "initialised to 0");
    // The fenced owner never got to acknowledge its last batch's effects: the successor re-runs them.
    // (One or two batches: the last commit may have been written before the previous batch's run returned.)
    const replays = sample(text, "ringmesh_actor_effect_replays_total", "metered") ?? 0;
    t.true(replays >= 1 && replays <= 2, `${replays} batches re-run`);
    t.is(sample(text, "ringmesh_actor_effect_replays_expired_total", "metered"), 0);

    const series = text.split("\n").filter((l) => l.startsWith("ringmesh_actor_"));
    t.true(series.length > 20);
    const badLabels = series.filter((l) => !/^ringmesh_actor_[a-z_]+\{(le="[^"]+",)?kind="metered"\} /.test(l));
    t.deepEqual(badLabels, [], "every series carries the kind label and nothing else (le only on buckets)");
  } finally {
    await rt.stop();
  }
});
