/**
 * kill -9 the owner of an actor holding state and a pending timer: another node activates
 * it with the same state and re-arms the timer at its original fireAt; a message sent
 * during the gap is applied exactly once (observed by its effect). And with no message at
 * all after the crash, the timer index alone makes the survivor fire the timer.
 */
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport, ownerOf, Runtime } from "../../../lib/runtime/index.js";
import { counterKind, readReply } from "../../support/runtime-kinds.js";
import { startNatsServer } from "../../support/nats-server.js";
import { commitHistory, spawnNode } from "../../support/runtime-procs.js";

test.serial("crash of the owner: take-over with same state and timers; gap message applied once", async (t) => {
  const server = await startNatsServer();
  const env = { NATS_URLS: server.url, LEASE_MS: "2000" };
  const a = spawnNode("crash-a", env);
  const b = spawnNode("crash-b", env);
  const transport = await connectNatsTransport({ servers: server.url, name: "client", logger: silentLogger(), leaseTtlMs: 2000 });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  try {
    await Promise.all([a.waitFor((l) => l.ev === "ready"), b.waitFor((l) => l.ev === "ready")]);
    const kind = counterKind();
    let id = "acct-0";
    for (let i = 0; ownerOf([a.id, b.id], id) !== a.id; i++) id = `acct-${i}`;
    await new Promise((r) => setTimeout(r, 600));

    for (const n of [1, 2, 3]) await client.ask(kind, id, { type: "add", n, tag: `pre${n}` });
    await client.ask(kind, id, { type: "arm", timerId: "callback", inMs: 1500 });
    await a.waitFor((l) => l.ev === "effect" && l.tag === "pre3", 5000);

    a.signal("SIGKILL");
    await a.exited;
    const gap = readReply(await client.ask(kind, id, { type: "add", n: 10, tag: "gap" }, { timeoutMs: 20_000 }));
    t.is(gap.count, 16, "state carried over");
    t.deepEqual(gap.tags, ["pre1", "pre2", "pre3", "gap"]);

    await b.waitFor((l) => l.ev === "effect" && l.type === "fired" && l.timerId === "callback", 10_000);
    const after = readReply(await client.ask(kind, id, { type: "get" }));
    t.deepEqual(after.fired, ["callback"], "pending timer re-armed and fired once");

    const gapEffects = [...a.lines, ...b.lines].filter((l) => l.ev === "effect" && l.tag === "gap");
    t.is(gapEffects.length, 1, "gap message applied exactly once");
    t.is(gapEffects[0]?.node, b.id);
    // Logs and effect lines reach stdout by different writers: wait for b's activation line itself.
    await b.waitFor((l) => l.actor === `counter.${id}` && l.msg === "actor activated", 10_000);
    const history = commitHistory([a, b], `counter.${id}`);
    const epochs = history.map((h) => h.epoch);
    t.deepEqual(epochs, [...epochs].sort((x, y) => x - y), "no interleaving of owners in the write history");
    t.true(history.some((h) => h.node === b.id));
  } finally {
    await client.stop().catch(() => undefined);
    await transport.close();
    await Promise.all([a.stop(), b.stop()]);
    await server.stop();
  }
});

test.serial("crash of the owner with no later message: the survivor fires the pending timer at its fireAt", async (t) => {
  const server = await startNatsServer();
  const leaseMs = 2000;
  const env = { NATS_URLS: server.url, LEASE_MS: String(leaseMs) };
  const a = spawnNode("quiet-a", env);
  const b = spawnNode("quiet-b", env);
  const transport = await connectNatsTransport({ servers: server.url, name: "client", logger: silentLogger(), leaseTtlMs: leaseMs });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  try {
    await Promise.all([a.waitFor((l) => l.ev === "ready"), b.waitFor((l) => l.ev === "ready")]);
    const kind = counterKind();
    let id = "q-0";
    for (let i = 0; ownerOf([a.id, b.id], id) !== a.id; i++) id = `q-${i}`;
    await new Promise((r) => setTimeout(r, 600));

    await client.ask(kind, id, { type: "add", n: 5, tag: "pre" });
    const inMs = 3500;
    const sentAt = Date.now();
    await client.ask(kind, id, { type: "arm", timerId: "max-wait", inMs });
    const answeredAt = Date.now();
    a.signal("SIGKILL");
    await a.exited;

    const fired = await b.waitFor((l) => l.ev === "effect" && l.type === "fired" && l.timerId === "max-wait", 15_000);
    const at = Number(fired.at);
    t.true(at >= sentAt + inMs, `not before fireAt (fired ${at - sentAt - inMs} ms after the earliest possible fireAt)`);
    t.true(at <= answeredAt + inMs + leaseMs + 1000, `within a lease take-over of fireAt (fired ${at - answeredAt - inMs} ms after)`);
    t.log(`fired ${at - answeredAt - inMs} ms after fireAt`);
    t.is(fired.actor, id);
    t.true(a.lines.every((l) => !(l.ev === "effect" && l.type === "fired")), "the dead owner never fired it");

    const after = readReply(await client.ask(kind, id, { type: "get" }));
    t.is(after.count, 5, "state carried over");
    t.deepEqual(after.fired, ["max-wait"], "fired exactly once");
    const history = commitHistory([a, b], `counter.${id}`);
    const epochs = history.map((h) => h.epoch);
    t.deepEqual(epochs, [...epochs].sort((x, y) => x - y));
  } finally {
    await client.stop().catch(() => undefined);
    await transport.close();
    await Promise.all([a.stop(), b.stop()]);
    await server.stop();
  }
});
