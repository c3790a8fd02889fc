/**
 * Devices connected to another node (sip/transport/relay.ts): two real `ringmesh start`
 * processes on one nats-server; calls arrive on node A, alice's desk keeps a TCP
 * connection (sipp, `-t t1`) or a WebSocket (sip.js) to node B, so every message of
 * A's agent leg crosses B. The desk answers; either side's BYE ends both legs. A desk
 * whose connection B lost costs the caller no wait: the next agent gets the call.
 * Every sipp run is bounded and killed in teardown, the processes stopped at the end.
 */
import test from "ava";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { freePort, freeUdpTcpPort } from "../../support/ports.js";
import type { RingmeshNode } from "../../support/ringmesh-node.js";
import { scenario } from "../../support/sipp.js";
import { cliFor, device, dial, headerOf, killSipps, linesOf, messageIn, metricsUntil, registerDevice, sipp, stateOf, statusUntil, type Cli, type SippRun } from "../e2e/harness.js";
import { startPair, type NodePair } from "./two-nodes.js";
import { startWsDesk, within, type WsDesk } from "./ws-desk.js";

const ALICE = ["-key", "aor_user", "alice-desk", "-key", "domain", "acme.example", "-key", "expires", "300", "-au", "alice-desk", "-ap", "alice-secret"];

let nats: NatsServer | undefined;
const nodes: RingmeshNode[] = [];
let desk: WsDesk | undefined;

// A fresh cluster per test: agents' states (wrap-up) and registrations do not carry over.
test.beforeEach(async () => {
  nats = await startNatsServer();
});

test.afterEach.always(async (t) => {
  killSipps();
  await desk?.stop();
  desk = undefined;
  if (!t.passed) for (const n of nodes) t.log(n.log().slice(-3000));
  await Promise.all(nodes.splice(0).map((n) => n.dispose()));
  await nats?.stop();
  nats = undefined;
});

/**
 * alice's desk over TCP to `b`: registers, keeps the connection for `holdMs`, then
 * unregisters; an INVITE arriving on the connection runs `agentScenario` (test/sip).
 */
async function tcpDesk({ a, b }: NodePair, agentScenario: string, holdMs: number): Promise<{ readonly done: Promise<SippRun> }> {
  const run = sipp("register-hold.xml", {
    local: await freeUdpTcpPort(),
    remote: b.sipPort,
    args: ["-t", "t1", "-oocsf", scenario(agentScenario), "-d", "300", ...ALICE, "-key", "hold", String(holdMs)],
    timeoutS: Math.ceil(holdMs / 1000) + 10,
  });
  // Registered on B, and seen by A, where the calls arrive.
  for (const n of [b, a]) if (!/^sip_registrations_active 1$/m.test(await metricsUntil(n, /^sip_registrations_active 1$/m, 8000))) throw new Error("alice's desk did not register over TCP");
  return { done: run };
}

async function loggedIn(cli: Cli, ...users: string[]): Promise<void> {
  for (const user of users) {
    const r = await cli("agent", "login", "support", "--user", user, "--org", "acme");
    if (r.code !== 0) throw new Error(`login of ${user} failed: ${r.stderr}`);
  }
  const s = await statusUntil(cli, (x) => users.every((u) => stateOf(x, u) === "available"));
  if (!users.every((u) => stateOf(s, u) === "available")) throw new Error(`not available: ${JSON.stringify(s.members)}`);
}

/** The desk's side of the agent leg: `←` received, `→` sent; the REGISTER exchanges left out. */
function legSeenByDesk(trace: string): string[] {
  const out: string[] = [];
  for (const block of trace.split(/^-{20,}.*$/m)) {
    const m = /^\s*\w+ message (sent|received)[^\n]*\n\s*([^\r\n]+)/.exec(block);
    if (m === null) continue;
    const cseq = /^CSeq:\s*\d+\s+(\w+)/im.exec(block)?.[1] ?? "";
    if (cseq === "REGISTER") continue;
    const [, direction, line] = m;
    const start = line.startsWith("SIP/2.0 ") ? `${line.slice(8, 11)} ${cseq}` : line.split(" ", 1).join("");
    out.push(`${direction === "sent" ? "→" : "←"} ${start}`);
  }
  return out;
}

/**
 * alice (logged in first: the desk holds its connection for a bounded time from
 * registering on) answers on her TCP desk at B, running `agentScenario`, a call placed
 * on A by `callerScenario`; both sipp runs must succeed. Returns the desk's run.
 */
async function tcpCall(t: { is: (a: unknown, b: unknown, m?: string) => void }, pair: NodePair, agentScenario: string, callerScenario: string): Promise<SippRun> {
  await loggedIn(cliFor(pair.b), "alice");
  const agent = await tcpDesk(pair, agentScenario, 6000);
  const call = await dial(pair.a, callerScenario);
  t.is(call.code, 0, call.output);
  const dev = await agent.done;
  t.is(dev.code, 0, dev.output);
  return dev;
}

const relayed = (direction: string, role: string, n: number): RegExp => new RegExp(`^sip_relayed_messages_total\\{direction="${direction}",role="${role}"\\} ${n}$`, "m");

/** After the call: no dialog left on A, the group holds nothing, alice is in wrap-up. */
async function bothLegsEnded(t: { regex: (s: string, r: RegExp, m?: string) => void; deepEqual: (a: unknown, b: unknown, m?: string) => void; is: (a: unknown, b: unknown, m?: string) => void }, a: RingmeshNode, cli: Cli): Promise<void> {
  const m = await metricsUntil(a, /^sip_dialogs_active\{side="agent"\} 0$/m);
  t.regex(m, /^sip_calls_total\{outcome="answered"\} 1$/m, linesOf(m, "sip_calls_total"));
  t.regex(m, /^sip_dialogs_active\{side="agent"\} 0$/m, linesOf(m, "sip_dialogs_active"));
  t.regex(m, /^sip_dialogs_active\{side="caller"\} 0$/m, linesOf(m, "sip_dialogs_active"));
  const s = await statusUntil(cli, (x) => x.connected.length === 0 && stateOf(x, "alice") === "wrapUp");
  t.deepEqual([s.waiting, s.connected], [[], []]);
  t.is(stateOf(s, "alice"), "wrapUp");
}

test.serial("TCP desk on node B answers a call that arrived on node A; the caller's BYE reaches it through B and ends both legs", async (t) => {
  const pair = await startPair(nats, nodes);
  const { a, b } = pair;
  const dev = await tcpCall(t, pair, "agent-answer.xml", "caller-bye.xml");
  t.deepEqual(legSeenByDesk(dev.messages), ["← INVITE", "→ 180 INVITE", "→ 200 INVITE", "← ACK", "← BYE", "→ 200 BYE"], dev.messages.slice(-4000));
  const invite = messageIn(dev.messages, /^INVITE /);
  t.regex(headerOf(invite, "P-Ringmesh-Call"), /^sig-a_/, "node A's call");
  // Node A speaks as node B's address, and names itself in the branch and its tag.
  t.regex(headerOf(invite, "Via"), new RegExp(`^SIP/2\\.0/TCP 127\\.0\\.0\\.1:${b.sipPort};branch=z9hG4bK[0-9a-f]{20}\\.sig-a;`));
  t.regex(headerOf(invite, "From"), /;tag=[0-9a-f]{12}\.sig-a$/);
  t.regex(headerOf(invite, "Contact"), new RegExp(`^<sip:ringmesh@127\\.0\\.0\\.1:${b.sipPort};transport=tcp>$`));

  await bothLegsEnded(t, a, cliFor(b));
  // To the desk: INVITE, ACK, BYE; from it: 180, 200, 200 to the BYE.
  const ma = await metricsUntil(a, relayed("fromDevice", "origin", 3));
  t.regex(ma, relayed("toDevice", "origin", 3), linesOf(ma, "sip_relayed_messages_total"));
  t.regex(ma, relayed("fromDevice", "origin", 3), linesOf(ma, "sip_relayed_messages_total"));
  const mb = await metricsUntil(b, relayed("fromDevice", "edge", 3));
  t.regex(mb, relayed("toDevice", "edge", 3), linesOf(mb, "sip_relayed_messages_total"));
  t.regex(mb, relayed("fromDevice", "edge", 3), linesOf(mb, "sip_relayed_messages_total"));
});

test.serial("TCP desk on node B hangs up: its BYE, sent on its connection to B, ends node A's call for both legs", async (t) => {
  const pair = await startPair(nats, nodes);
  // The caller's scenario ends only on a BYE from A.
  const dev = await tcpCall(t, pair, "agent-answer-bye.xml", "caller-wait-bye.xml");
  t.deepEqual(legSeenByDesk(dev.messages), ["← INVITE", "→ 180 INVITE", "→ 200 INVITE", "← ACK", "→ BYE", "← 200 BYE"], dev.messages.slice(-4000));
  await bothLegsEnded(t, pair.a, cliFor(pair.b));
});

test.serial("WebSocket desk (sip.js) on node B answers a call that arrived on node A, which has no WebSocket listener; the caller's BYE ends its session", async (t) => {
  const wsPort = await freePort();
  const { a, b } = await startPair(nats, nodes, { bEnv: { SIP_WS_PORT: String(wsPort) } });
  const cli = cliFor(b);
  desk = await startWsDesk({ wsPort, user: "alice-desk", password: "alice-secret", domain: "acme.example", log: (l) => t.log(l) });
  await loggedIn(cli, "alice");

  const caller = dial(a, "e2e-caller-talk.xml", { args: ["-d", "2000"] });
  const inv = await within(desk.invited, 8000, "the INVITE to the WebSocket desk");
  t.regex(inv.request.getHeader("P-Ringmesh-Call") ?? "", /^sig-a_/);
  t.regex(inv.request.getHeader("Via") ?? "", new RegExp(`^SIP/2\\.0/WS 127\\.0\\.0\\.1:${wsPort};branch=z9hG4bK[0-9a-f]{20}\\.sig-a;`));
  const c = await caller;
  t.is(c.code, 0, c.output);
  t.regex(messageIn(c.messages, /^SIP\/2\.0 200 /), /^o=wsdesk /m, "the caller got the desk's SDP answer through both nodes");
  await within(desk.ended(inv), 5000, "the desk's session ending on the caller's BYE");
  t.is(desk.invitations.length, 1);
  await bothLegsEnded(t, a, cli);
});

test.serial("a desk whose TCP connection node B lost: node A's INVITE fails at once (no Timer B, no ring timeout) and the next agent gets the call", async (t) => {
  const { a, b } = await startPair(nats, nodes);
  const cli = cliFor(b);
  // alice's desk registers over TCP and goes away; B keeps the binding, not the connection.
  const reg = await sipp("register.xml", { local: await freeUdpTcpPort(), remote: b.sipPort, args: ["-t", "t1", ...ALICE] });
  t.is(reg.code, 0, reg.output);
  const bobDesk = await freeUdpTcpPort();
  await registerDevice(a, "bob-desk", "bob-secret", bobDesk);
  const bob = await device("agent-answer.xml", bobDesk, ["-d", "300"]);
  // alice (skill 1) is offered before bob (skill 3).
  await loggedIn(cli, "alice", "bob");

  const started = Date.now();
  const call = await dial(a, "caller-bye.xml");
  const tookMs = Date.now() - started;
  t.is(call.code, 0, call.output);
  t.is((await bob.done).code, 0, "bob's desk answered");
  t.log(`call answered by the next agent and hung up ${tookMs} ms after dialling`);
  t.true(tookMs < 8000, `took ${tookMs} ms; the support group rings an agent 20 s`);
  const ma = await metricsUntil(a, /^sip_relay_failures_total\{reason="flowClosed"\} 1$/m);
  t.regex(ma, /^sip_relay_failures_total\{reason="flowClosed"\} 1$/m, linesOf(ma, "sip_relay_failures_total"));
  t.regex(ma, /^sip_calls_total\{outcome="answered"\} 1$/m, linesOf(ma, "sip_calls_total"));
  t.regex(await metricsUntil(b, relayed("toDevice", "edge", 0)), relayed("toDevice", "edge", 0), "B wrote nothing");
});
