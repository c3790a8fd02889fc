/**
 * Rebalancing under steady load: three node processes serve 50 actors while a load
 * generator keeps telling and asking each of them; a fourth node joins, then one of the
 * first three leaves (graceful hand-off). Every message must be applied exactly once
 * (state and effects), and the state store's write history must show, per actor, one
 * owner after another: epochs non-decreasing by revision, each epoch written by a single
 * node, no epoch coming back after a newer one.
 */
import test from "ava";
import { Registry } from "prom-client";
import { systemClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import { connectNatsTransport, Runtime } from "../../../lib/runtime/index.js";
import { counterKind, readReply } from "../../support/runtime-kinds.js";
import { startNatsServer } from "../../support/nats-server.js";
import { commitHistory, spawnNode, type NodeProc } from "../../support/runtime-procs.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("add a node and remove one under steady load: every message once, one owner at a time", async (t) => {
  const server = await startNatsServer();
  const env = { NATS_URLS: server.url, LEASE_MS: "2000" };
  const leaver = spawnNode("rb-a", env);
  const nodes: NodeProc[] = [leaver, ...["rb-b", "rb-c"].map((id) => spawnNode(id, env))];
  const transport = await connectNatsTransport({ servers: server.url, name: "load", logger: silentLogger(), leaseTtlMs: 2000 });
  const client = Runtime.start({ transport, clock: systemClock, logger: silentLogger(), registry: new Registry(), heartbeatMs: 200, memberTimeoutMs: 800 });
  try {
    await Promise.all(nodes.map((n) => n.waitFor((l) => l.ev === "ready")));
    await sleep(600);
    const kind = counterKind();
    const ids = Array.from({ length: 50 }, (_, i) => `rb${i}`);
    const sent = new Map<string, string[]>(ids.map((id) => [id, []]));
    const failures: string[] = [];
    let running = true;

    // One sequential sender per actor, alternating tell and ask: an ask's count must equal
    // the number of messages this sender had applied so far, or something was lost or doubled.
    const workers = ids.map(async (id) => {
      const tags = sent.get(id) ?? [];
      for (let seq = 1; running; seq++) {
        const tag = `${id}:${seq}`;
        try {
          if (seq % 2 === 0) {
            const r = readReply(await client.ask(kind, id, { type: "add", n: 1, tag }, { timeoutMs: 20_000 }));
            if (r.count !== seq) failures.push(`${tag}: count ${r.count}, expected ${seq}`);
          } else {
            await client.tell(kind, id, { type: "add", n: 1, tag }, { timeoutMs: 20_000 });
          }
          tags.push(tag);
        } catch (err) {
          failures.push(`${tag}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
          return;
        }
        await sleep(20);
      }
    });

    await sleep(2000);
    const joiner = spawnNode("rb-d", env);
    nodes.push(joiner);
    await joiner.waitFor((l) => l.ev === "ready");
    await sleep(3000);
    await leaver.stop();
    await sleep(3000);
    running = false;
    await Promise.all(workers);

    t.deepEqual(failures, [], "every message was answered and applied in order");
    let total = 0;
    for (const id of ids) {
      const tags = sent.get(id) ?? [];
      total += tags.length;
      const final = readReply(await client.ask(kind, id, { type: "get" }));
      t.deepEqual(final.tags, tags, `${id}: each message applied exactly once, in order`);
    }
    t.true(total > 1000, `steady load (${total} messages)`);

    // Effects run after the commit, once per applied message, on whichever node applied it.
    const effectCount = new Map<string, number>();
    for (const n of nodes) {
      for (const l of n.lines) if (l.ev === "effect" && l.type === "applied" && typeof l.tag === "string") effectCount.set(l.tag, (effectCount.get(l.tag) ?? 0) + 1);
    }
    const wrongEffects = [...sent.values()].flat().filter((tag) => effectCount.get(tag) !== 1);
    t.deepEqual(wrongEffects, [], "one effect per message");

    let moved = 0;
    for (const id of ids) {
      const history = commitHistory(nodes, `counter.${id}`);
      const problems: string[] = [];
      const epochNode = new Map<number, string>();
      let lastEpoch = 0;
      for (const h of history) {
        if (h.epoch < lastEpoch) problems.push(`rev ${h.rev}: epoch ${h.epoch} (${h.node}) after epoch ${lastEpoch}`);
        lastEpoch = Math.max(lastEpoch, h.epoch);
        const owner = epochNode.get(h.epoch);
        if (owner !== undefined && owner !== h.node) problems.push(`epoch ${h.epoch} written by ${owner} and ${h.node}`);
        epochNode.set(h.epoch, h.node);
      }
      t.deepEqual(problems, [], `${id}: one owner at a time in the write history`);
      if (new Set(history.map((h) => h.node)).size > 1) moved++;
    }
    t.true(moved >= 10, `rebalancing moved actors (${moved} of ${ids.length})`);
    t.log(`${total} messages; ${moved} of ${ids.length} actors changed owner`);
    t.false(nodes.some((n) => n.lines.some((l) => l.msg === "fenced write: another owner wrote since; stopping")), "no owner was fenced: hand-offs were clean");
  } finally {
    await client.stop().catch(() => undefined);
    await transport.close();
    await Promise.all(nodes.map((n) => n.stop()));
    await server.stop();
  }
});
