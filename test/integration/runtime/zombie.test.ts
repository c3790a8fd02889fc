/**
 * SIGSTOP the owner past its lease, let another node take over, SIGCONT: the stalled
 * owner's writes and effects are rejected and the write history has no interleaving.
 * The zombie runs with its local lease-expiry guard off, so what stops it is the store.
 * Effects include messages to other actors (a relay on the zombie telling a counter):
 * none committed by the zombie after the claim is sent, and the receiver applies each
 * relayed message once although the successor re-runs the zombie's unacknowledged ones.
 */
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport, ownerOf, Runtime } from "../../../lib/runtime/index.js";
import { counterKind, readReply, relayKind } from "../../support/runtime-kinds.js";
import { startNatsServer } from "../../support/nats-server.js";
import { commitHistory, spawnNode } from "../../support/runtime-procs.js";

test("a stalled owner that lost its lease can never write or release effects again", async (t) => {
  const server = await startNatsServer();
  const env = { NATS_URLS: server.url, LEASE_MS: "2000" };
  const a = spawnNode("zombie-a", { ...env, LOCAL_LEASE_GUARD: "0" });
  const b = spawnNode("zombie-b", env);
  const transport = await connectNatsTransport({ servers: server.url, name: "client", logger: silentLogger(), leaseTtlMs: 2000 });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  try {
    await Promise.all([a.waitFor((l) => l.ev === "ready"), b.waitFor((l) => l.ev === "ready")]);
    const kind = counterKind();
    let id = "z-0";
    for (let i = 0; ownerOf([a.id, b.id], id) !== a.id; i++) id = `z-${i}`;
    await new Promise((r) => setTimeout(r, 600));
    const relay = relayKind(kind);
    let relayId = "zr-0";
    for (let i = 0; ownerOf([a.id, b.id], relayId) !== a.id; i++) relayId = `zr-${i}`;
    let sink = "zs-0";
    for (let i = 0; ownerOf([a.id, b.id], sink) !== b.id; i++) sink = `zs-${i}`;
    await client.ask(kind, id, { type: "add", n: 1, tag: "before" });
    await a.waitFor((l) => l.ev === "effect" && l.tag === "before", 5000);
    await client.ask(relay, relayId, { type: "relay", to: sink, tag: "r-before" });
    await a.waitFor((l) => l.ev === "relayed" && l.tag === "r-before", 5000);

    const zombieEpoch = a.lines.find((l) => l.msg === "actor activated" && l.actor === `counter.${id}`)?.epoch;
    t.is(typeof zombieEpoch, "number");
    a.signal("SIGSTOP");
    // The first attempts of these land in the stalled process's socket buffer; the retries reach b.
    const during = await Promise.all(["z1", "z2", "z3"].map((tag) => client.ask(kind, id, { type: "add", n: 1, tag }, { timeoutMs: 20_000 })));
    t.true(during.every((r) => r !== undefined));
    await Promise.all(["r1", "r2"].map((tag) => client.ask(relay, relayId, { type: "relay", to: sink, tag }, { timeoutMs: 20_000 })));
    a.signal("SIGCONT");
    await a.waitFor((l) => l.epoch === zombieEpoch && (l.msg === "fenced write: another owner wrote since; stopping" || l.msg === "lease lost; actor stopped locally"), 10_000);
    await new Promise((r) => setTimeout(r, 500));
    await client.ask(kind, id, { type: "add", n: 1, tag: "after" });

    const final = readReply(await client.ask(kind, id, { type: "get" }));
    t.deepEqual([...final.tags].sort(), ["after", "before", "z1", "z2", "z3"], "each message applied exactly once");
    t.is(final.count, 5);
    // Log lines can arrive after SIGSTOP for work done before it, so judge by revision, not arrival:
    // nothing of the zombie's epoch may be written or released after b's claim.
    const claim = b.lines.find((l) => l.msg === "actor activated" && l.actor === `counter.${id}`);
    t.is(typeof claim?.rev, "number");
    const claimRev = claim?.rev ?? 0;
    const zombieEffects = a.lines.filter((l) => l.ev === "effect" && l.epoch === zombieEpoch && (l.rev ?? 0) >= claimRev);
    t.deepEqual(zombieEffects, [], "the zombie released no effect after the take-over");
    const zombieCommits = a.lines.filter((l) => l.msg === "committed" && l.epoch === zombieEpoch && (l.rev ?? 0) >= claimRev);
    t.deepEqual(zombieCommits, [], "the zombie committed no write after the take-over");
    t.true(
      a.lines.some((l) => l.epoch === zombieEpoch && (l.msg === "fenced write: another owner wrote since; stopping" || l.msg === "lease lost; actor stopped locally")),
      "the zombie noticed and stopped",
    );
    const relayEpoch = a.lines.find((l) => l.msg === "actor activated" && l.actor === `relay.${relayId}`)?.epoch;
    const relayClaim = b.lines.find((l) => l.msg === "actor activated" && l.actor === `relay.${relayId}`)?.rev ?? 0;
    t.true(relayClaim > 0, "b took the relay over");
    t.deepEqual(
      a.lines.filter((l) => (l.ev === "relaying" || l.ev === "relayed") && l.epoch === relayEpoch && (l.rev ?? 0) >= relayClaim),
      [],
      "the zombie sent no message for a commit after the successor's claim",
    );
    const relayed = readReply(await client.ask(kind, sink, { type: "get" }));
    t.deepEqual([...relayed.tags].sort(), ["r-before", "r1", "r2"], "each relayed message applied once by the receiver");
    const history = commitHistory([a, b], `counter.${id}`);
    const epochs = history.map((h) => h.epoch);
    t.deepEqual(epochs, [...epochs].sort((x, y) => x - y), "write history: one owner after the other");
    t.true(new Set(history.filter((h) => h.node === b.id).map((h) => h.epoch)).size >= 1);
  } finally {
    await client.stop().catch(() => undefined);
    await transport.close();
    await Promise.all([a.stop(), b.stop()]);
    await server.stop();
  }
});
