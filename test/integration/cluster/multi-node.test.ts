/**
 * Two signaling nodes in one cluster: two real `ringmesh start` processes sharing one
 * nats-server (NATS_URL), bootstrapped with examples/acme. The agent's desk (a sipp UAS)
 * registers on node B; callers (sipp UAC) dial the support number on node A. Agents are
 * driven and read through B's CLI (the supervision API). Every sipp run is bounded and
 * killed in teardown; the node processes and nats-server are stopped at the end.
 */
import test from "ava";
import { freeUdpTcpPort } from "../../support/ports.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { runCli, type CliResult, type RingmeshNode } from "../../support/ringmesh-node.js";
import { killSipps, sipp, type SippRun } from "../sip/call-node.js";
import { startPair, type NodePair } from "./two-nodes.js";

const SUPPORT = "+35810123456";
const CALLER = "+358401111111";

interface StatusJson {
  waiting: { callId: string }[];
  connected: { callId: string; user: string }[];
  members: { user: string; state: string }[];
}

let nats: NatsServer | undefined;
const nodes: RingmeshNode[] = [];

test.before(async () => {
  nats = await startNatsServer();
});

test.afterEach.always(async (t) => {
  killSipps();
  if (!t.passed) for (const n of nodes) t.log(n.log().slice(-3000));
  await Promise.all(nodes.splice(0).map((n) => n.dispose()));
});

test.after.always(async () => {
  await nats?.stop();
});

const cluster = (): Promise<NodePair> => startPair(nats, nodes);

const cli = (n: RingmeshNode, ...args: string[]): Promise<CliResult> => runCli(args, n.cliEnv);

async function status(n: RingmeshNode): Promise<StatusJson> {
  const r = await cli(n, "group", "status", "support", "--org", "acme", "-o", "json");
  if (r.code !== 0) throw new Error(`group status exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as StatusJson;
}

async function statusUntil(n: RingmeshNode, pred: (s: StatusJson) => boolean, ms: number): Promise<StatusJson> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = await status(n);
    if (pred(s) || Date.now() > deadline) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const stateOf = (s: StatusJson, user: string): string | undefined => s.members.find((m) => m.user === user)?.state;

async function metricsUntil(n: RingmeshNode, line: RegExp, ms = 5000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = await (await fetch(`http://127.0.0.1:${n.metricsPort}/metrics`)).text();
    if (line.test(text) || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const lines = (text: string, ...families: string[]): string =>
  text
    .split("\n")
    .filter((l) => families.some((f) => l.startsWith(f)))
    .join("\n");

/** alice's desk registers on `on` and alice logs in to support (read back through `on`'s API). */
async function aliceReady(on: RingmeshNode): Promise<number> {
  const desk = await freeUdpTcpPort();
  const reg = await sipp("register.xml", {
    local: desk,
    remote: on.sipPort,
    args: ["-key", "aor_user", "alice-desk", "-key", "domain", "acme.example", "-key", "expires", "300", "-au", "alice-desk", "-ap", "alice-secret"],
  });
  if (reg.code !== 0) throw new Error(`REGISTER failed:\n${reg.output}`);
  const login = await cli(on, "agent", "login", "support", "--user", "alice", "--org", "acme");
  if (login.code !== 0) throw new Error(`agent login failed: ${login.stderr}`);
  const s = await statusUntil(on, (x) => stateOf(x, "alice") === "available", 8000);
  if (stateOf(s, "alice") !== "available") throw new Error(`alice not available: ${JSON.stringify(s)}`);
  return desk;
}

function agentUas(file: string, desk: number, args: readonly string[] = [], timeoutS = 20): Promise<{ done: Promise<SippRun> }> {
  const done = sipp(file, { local: desk, args, timeoutS });
  return new Promise((r) => setTimeout(() => r({ done }), 300));
}

async function dial(n: RingmeshNode, file: string, timeoutS = 15): Promise<SippRun> {
  return sipp(file, { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", SUPPORT, "-key", "caller", CALLER], timeoutS });
}

/** M9 (20 s in the example) follows a call; ending it shows the agent is free for the next call. */
async function freeAfterWrapUp(t: { is: (a: unknown, b: unknown, m?: string) => void }, n: RingmeshNode): Promise<void> {
  const wrap = await statusUntil(n, (s) => stateOf(s, "alice") === "wrapUp", 6000);
  t.is(stateOf(wrap, "alice"), "wrapUp", JSON.stringify(wrap));
  const end = await cli(n, "agent", "wrapup", "end", "--user", "alice", "--org", "acme");
  t.is(end.code, 0, end.stderr);
  t.is(stateOf(await statusUntil(n, (s) => stateOf(s, "alice") === "available", 5000), "alice"), "available");
}

/**
 * A two-node cluster with a call connected to alice's desk (registered on B), dialled on
 * node `via`: the agent answers and then waits for a BYE that never comes; the caller
 * waits for one too.
 */
async function heldCall(via: "a" | "b") {
  const pair = await cluster();
  const desk = await aliceReady(pair.b);
  const agent = await agentUas("agent-answer.xml", desk, ["-d", "100"], 30);
  const caller = dial(pair[via], "caller-wait-bye.xml", 30);
  const during = await statusUntil(pair.b, (s) => s.connected.length === 1 && stateOf(s, "alice") === "onCall", 8000);
  return { ...pair, agent, caller, during };
}

test.serial("multi-node: the agent's desk registered on node B answers a call that arrived on node A; the caller's BYE ends both legs and frees the agent", async (t) => {
  const { a, b } = await cluster();
  const desk = await aliceReady(b);

  const agent = await agentUas("agent-answer.xml", desk, ["-d", "300"]);
  const call = await dial(a, "caller-bye.xml");
  const dev = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(dev.code, 0, dev.output);
  t.regex(dev.messages, /P-Ringmesh-Call: sig-a_/, "node A minted the call and rang the desk");

  const ma = await metricsUntil(a, /^sip_dialogs_active\{side="agent"\} 0$/m);
  t.regex(ma, /^sip_calls_total\{outcome="answered"\} 1$/m, lines(ma, "sip_calls_total", "sip_dialogs_active"));
  t.regex(ma, /^sip_dialogs_active\{side="caller"\} 0$/m, lines(ma, "sip_dialogs_active"));
  t.regex(ma, /^sip_dialogs_active\{side="agent"\} 0$/m, lines(ma, "sip_dialogs_active"));
  const after = await statusUntil(b, (s) => s.connected.length === 0 && s.waiting.length === 0, 5000);
  t.deepEqual([after.waiting, after.connected], [[], []]);
  await freeAfterWrapUp(t, b);
  const mb = await metricsUntil(b, /^sip_calls_ended_node_gone_total 0$/m);
  t.regex(mb, /^sip_calls_ended_node_gone_total 0$/m, "no node died: nothing was cleaned up");
});

test.serial("node death: a call connected through node A, kill -9 A → within seconds node B ends it in the group, the agent is freed, no ghost call", async (t) => {
  const { a, b, agent, caller, during } = await heldCall("a");
  t.is(during.connected.length, 1, JSON.stringify(during));
  t.regex(during.connected[0]?.callId ?? "", /^sig-a_/);

  const killedAt = Date.now();
  await a.kill();
  const after = await statusUntil(b, (s) => s.connected.length === 0 && s.waiting.length === 0 && stateOf(s, "alice") !== "onCall", 15_000);
  const tookMs = Date.now() - killedAt;
  t.deepEqual([after.waiting, after.connected], [[], []], JSON.stringify(after));
  t.not(stateOf(after, "alice"), "onCall");
  t.log(`node A's call ended in the group ${tookMs} ms after kill -9`);
  t.true(tookMs < 10_000, `took ${tookMs} ms`);
  await freeAfterWrapUp(t, b);

  const m = await metricsUntil(b, /^sip_calls_ended_node_gone_total 1$/m);
  t.regex(m, /^sip_calls_ended_node_gone_total 1$/m, lines(m, "sip_calls_ended_node_gone_total", "sip_signaling_nodes_gone_total"));
  t.regex(m, /^sip_signaling_nodes_gone_total\{reason="timeout"\} 1$/m, lines(m, "sip_signaling_nodes_gone_total"));
  killSipps();
  await Promise.allSettled([caller, agent.done]);
});

test.serial("the group's owner dies while a call it connected is up on the other node: the successor learns the call back from the agent and that node's signaling (connect check), no call lost", async (t) => {
  // The call arrives on B and rings alice's desk registered there; the group lives on A (as the test above shows).
  const { a, b, agent, caller, during } = await heldCall("b");
  t.regex(during.connected[0]?.callId ?? "", /^sig-b_/, JSON.stringify(during));
  // bob's login is written, and the record written then holds no connected call (persist.ts v5).
  const login = await cli(b, "agent", "login", "support", "--user", "bob", "--org", "acme");
  t.is(login.code, 0, login.stderr);
  await statusUntil(b, (s) => stateOf(s, "bob") !== "loggedOut", 5000);

  await a.kill();
  const after = await statusUntil(b, (s) => s.connected.length === 1 && stateOf(s, "alice") === "onCall" && stateOf(s, "bob") !== undefined, 15_000);
  t.is(after.connected[0]?.callId, during.connected[0]?.callId, JSON.stringify(after));
  t.is(after.connected[0]?.user, "alice");
  t.is(stateOf(after, "alice"), "onCall");
  const m = await metricsUntil(b, /^sip_dialogs_active\{side="agent"\} 1$/m);
  t.regex(m, /^sip_dialogs_active\{side="agent"\} 1$/m, "the call is still up on B");
  killSipps();
  await Promise.allSettled([caller, agent.done]);
});

test.serial("the group's owner dies while a call waits on the other node: that node's signaling tells the group which of its calls wait (no arrival was written), the group comes back on it unasked, and the call is answered when alice's break ends", async (t) => {
  const { a, b } = await cluster();
  const desk = await aliceReady(b);
  const brk = await cli(b, "agent", "break", "start", "--user", "alice", "--org", "acme");
  t.is(brk.code, 0, brk.stderr);
  await statusUntil(b, (s) => stateOf(s, "alice") === "onBreak", 5000);
  const agent = await agentUas("agent-answer.xml", desk, ["-d", "100"], 45);
  // The call arrives on B; the group lives on A (as the tests above show).
  const caller = dial(b, "caller-wait-bye.xml", 45);
  const waiting = await statusUntil(b, (s) => s.waiting.length === 1, 8000);
  const callId = waiting.waiting[0]?.callId ?? "";
  t.regex(callId, /^sig-b_/, JSON.stringify(waiting));

  await a.kill();
  // Nothing asks the group here: it is B's signaling, hearing A gone, that brings it back on B.
  const back = await metricsUntil(b, /^ringmesh_group_queue_length\{org="acme",group="support"\} 1$/m, 20_000);
  t.regex(back, /^ringmesh_group_queue_length\{org="acme",group="support"\} 1$/m, lines(back, "ringmesh_group_queue_length"));
  const after = await status(b);
  t.deepEqual(after.waiting.map((c) => c.callId), [callId], JSON.stringify(after));

  const end = await cli(b, "agent", "break", "end", "--user", "alice", "--org", "acme");
  t.is(end.code, 0, end.stderr);
  const answered = await statusUntil(b, (s) => s.connected.length === 1 && stateOf(s, "alice") === "onCall", 15_000);
  t.is(answered.connected[0]?.callId, callId, JSON.stringify(answered));
  killSipps();
  await Promise.allSettled([caller, agent.done]);
});
