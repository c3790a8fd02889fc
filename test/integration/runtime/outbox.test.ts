/**
 * The effect outbox across a kill -9. Node a owns two relay actors; their commits land,
 * then a dies in their effect runners: for one after its message reached the counter
 * (the run never returned, so it was never acknowledged), for the other before sending.
 * With no further message, node b wakes both (timer index), re-runs the unacknowledged
 * effects with their original epoch and revision, and the counter applies each tag exactly
 * once: the replayed message carries the same key as the one a delivered.
 */
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport, ownerOf, Runtime } from "../../../lib/runtime/index.js";
import { counterKind, readReply, relayKind } from "../../support/runtime-kinds.js";
import { startNatsServer } from "../../support/nats-server.js";
import { commitHistory, spawnNode } from "../../support/runtime-procs.js";

test("effects committed by an owner killed before running or acknowledging them are delivered once, by effect, after fail-over", async (t) => {
  const server = await startNatsServer();
  const env = { NATS_URLS: server.url, LEASE_MS: "2000" };
  const a = spawnNode("outbox-a", { ...env, HANG_AFTER_SEND: "delivered", KILL_BEFORE_SEND: "unsent" });
  const b = spawnNode("outbox-b", env);
  const transport = await connectNatsTransport({ servers: server.url, name: "client", logger: silentLogger(), leaseTtlMs: 2000 });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  try {
    await Promise.all([a.waitFor((l) => l.ev === "ready"), b.waitFor((l) => l.ev === "ready")]);
    const counter = counterKind();
    const relay = relayKind(counter);
    const pick = (prefix: string, owner: string, not: string[] = []): string => {
      for (let i = 0; ; i++) if (ownerOf([a.id, b.id], `${prefix}${i}`) === owner && !not.includes(`${prefix}${i}`)) return `${prefix}${i}`;
    };
    const target = pick("t", b.id);
    const r1 = pick("r", a.id);
    const r2 = pick("r", a.id, [r1]);
    await new Promise((r) => setTimeout(r, 600));

    await client.ask(relay, r1, { type: "relay", to: target, tag: "delivered" });
    const first = await a.waitFor((l) => l.ev === "relayed" && l.tag === "delivered", 10_000);
    // The second runner kills a right after its commit, before its message leaves. The
    // commit's reply may not leave either (a node writes to NATS once per event-loop turn):
    // the client's retry is then answered by b, after the fail-over.
    const unsent = client.ask(relay, r2, { type: "relay", to: target, tag: "unsent" }, { timeoutMs: 20_000 });
    await a.exited;
    t.is(readReply(await client.ask(counter, target, { type: "get" })).count, 1, "only the first message had reached the counter");
    await unsent;

    const again = await b.waitFor((l) => l.ev === "relayed" && l.tag === "delivered", 15_000);
    const sent = await b.waitFor((l) => l.ev === "relayed" && l.tag === "unsent", 15_000);
    t.is(again.epoch, first.epoch, "re-run with the epoch it was committed with");
    t.is(again.rev, first.rev, "… and its revision, hence the same idempotency key");
    const killedAt = a.lines.find((l) => l.ev === "relaying" && l.tag === "unsent");
    t.is(sent.epoch, killedAt?.epoch);
    t.is(sent.rev, killedAt?.rev);

    const final = readReply(await client.ask(counter, target, { type: "get" }));
    t.deepEqual([...final.tags].sort(), ["delivered", "unsent"], "each effect applied exactly once by the receiver");
    const applied = [...a.lines, ...b.lines].filter((l) => l.ev === "effect" && l.actor === target);
    t.deepEqual(applied.map((l) => l.tag).sort(), ["delivered", "unsent"], "and each observed once, by the counter's own effect");
    t.true(b.lines.some((l) => l.msg === "re-running effects left unacknowledged by a previous run" && l.actor === `relay.${r1}`));

    // b acknowledges them with its next write: another message then re-runs nothing.
    await client.ask(relay, r1, { type: "relay", to: target, tag: "later" });
    await b.waitFor((l) => l.ev === "relayed" && l.tag === "later", 10_000);
    t.is(readReply(await client.ask(counter, target, { type: "get" })).count, 3);
    t.is(b.lines.filter((l) => l.ev === "relayed" && l.tag === "delivered").length, 1);
    for (const r of [r1, r2]) {
      const epochs = commitHistory([a, b], `relay.${r}`).map((h) => h.epoch);
      t.deepEqual(epochs, [...epochs].sort((x, y) => x - y), "one owner after the other");
    }
  } finally {
    await client.stop().catch(() => undefined);
    await transport.close();
    await Promise.all([a.stop(), b.stop()]);
    await server.stop();
  }
});
