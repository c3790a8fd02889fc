/**
 * A newcomer's first day, end to end and black-box: `ringmesh start --bootstrap
 * examples/acme`, phones that register with digest auth (sipp), agents driven with the
 * `ringmesh` CLI, callers dialling the support number (sipp), and what the product says
 * about it: `group status`, `call explain`, `/metrics`. Each test gets a fresh node; every
 * sipp run is bounded (-m 1, -timeout, hard kill) and killed in teardown.
 */
import test from "ava";
import { freeUdpTcpPort } from "../../support/ports.js";
import { startRingmeshNode, type RingmeshNode } from "../../support/ringmesh-node.js";
import {
  CALLER,
  cliFor,
  cliJson,
  device,
  dial,
  EXAMPLES,
  groupStatus,
  headerOf,
  killSipps,
  linesOf,
  member,
  messageIn,
  metricsUntil,
  registerDevice,
  sleep,
  stateOf,
  statusUntil,
  type AgentJson,
  type Cli,
  type DecisionJson,
  type ExplainJson,
} from "./harness.js";

let node: RingmeshNode | undefined;

test.afterEach.always(async (t) => {
  killSipps();
  if (!t.passed && node !== undefined) t.log(node.log().slice(-4000));
  await node?.dispose();
  node = undefined;
});

async function fresh(): Promise<{ n: RingmeshNode; cli: Cli }> {
  node = await startRingmeshNode({ args: ["--bootstrap", EXAMPLES] });
  return { n: node, cli: cliFor(node) };
}

const byUser = (a: { user: string }, b: { user: string }): number => a.user.localeCompare(b.user);
const offersIn = (x: ExplainJson): DecisionJson[] => x.groups.flatMap((g) => g.decisions.filter((d) => d.kind === "offer"));

test.serial(
  "first call: alice-desk registers, alice logs in, a caller dials +35810123456, her desk answers; status shows onCall and the call connected, then M9 wrap-up until `agent wrapup end`; `call explain` names the candidates, alice chosen, bob (logged out) and dave (M5 busy) skipped",
  async (t) => {
    const { n, cli } = await fresh();
    const desk = await freeUdpTcpPort();
    await registerDevice(n, "alice-desk", "alice-secret", desk);
    t.regex(await metricsUntil(n, /^sip_registrations_active 1$/m), /^sip_registrations_active 1$/m);

    for (const user of ["alice", "dave"]) {
      const r = await cli("agent", "login", "support", "--user", user, "--org", "acme");
      t.is(r.code, 0, r.stderr);
      t.regex(r.stdout, new RegExp(`^acme/${user}: available .*logged in to support`, "m"));
    }
    // dave's User document says presence busy; the agent applies it once it has read the document.
    const ready = await statusUntil(cli, (s) => stateOf(s, "alice") === "available" && member(s, "dave")?.presence === "busy");
    t.deepEqual(
      ready.members.map((m) => [m.user, m.state]),
      [
        ["alice", "available"],
        ["bob", "loggedOut"],
        ["dave", "available"],
      ],
    );
    t.is(member(ready, "alice")?.presence, "available");
    t.is(member(ready, "dave")?.presence, "busy", "M5: dave's User document sets presence busy");
    t.deepEqual([ready.waiting, ready.connected], [[], []]);

    const agent = await device("agent-answer.xml", desk, ["-d", "100"]);
    const caller = dial(n, "e2e-caller-talk.xml", { args: ["-d", "6000"] });

    // During the call (the caller talks for 6 s).
    const during = await statusUntil(cli, (s) => s.connected.length === 1 && stateOf(s, "alice") === "onCall", 4500);
    const callId = during.connected[0]?.callId ?? "";
    t.regex(callId, /\S/, `no connected call in ${JSON.stringify(during)}`);
    t.deepEqual(during.connected, [{ callId, caller: CALLER, user: "alice" }]);
    t.is(stateOf(during, "alice"), "onCall");
    t.is(member(during, "alice")?.callId, callId);
    t.deepEqual(during.waiting, []);
    const shown = await cliJson<AgentJson>(cli, "agent", "show", "--user", "alice", "--org", "acme");
    t.like(shown, { state: "onCall", callId });

    const [c, a] = await Promise.all([caller, agent.done]);
    t.is(c.code, 0, c.output);
    t.is(a.code, 0, a.output);
    const invite = messageIn(a.messages, /^INVITE /);
    t.is(headerOf(invite, "P-Ringmesh-Call"), callId, "the agent leg names the call group status shows");
    t.is(headerOf(invite, "P-Ringmesh-Group"), `"Support" <sip:+35810123456@acme.example>`, "a desktop is told the group");
    t.regex(headerOf(invite, "From"), /^"\+358401111111" <sip:\+358401111111@acme\.example>;tag=/, "G7 show caller");
    t.regex(invite, /^o=caller /m, "the agent leg carries the caller's SDP offer");
    t.regex(messageIn(c.messages, /^SIP\/2\.0 200 /), /^o=agent /m, "the caller gets the agent's SDP answer");

    // After the caller's BYE: M9 wrap-up (20 s in the example) ...
    const wrap = await statusUntil(cli, (s) => stateOf(s, "alice") === "wrapUp");
    const alice = member(wrap, "alice");
    t.is(alice?.state, "wrapUp");
    const wrapMs = (alice?.wrapUpEndsAt ?? 0) - (alice?.since ?? 0);
    t.true(Math.abs(wrapMs - 20_000) < 1000, `M9 wrap-up of 20 s, got ${wrapMs} ms`);
    t.deepEqual([wrap.waiting, wrap.connected], [[], []]);
    const table = await cli("group", "status", "support", "--org", "acme");
    t.regex(table.stdout, /^alice\s+wrapUp\s+\d+s\s+available\s+0\s+-\s+\d+s$/m, table.stdout);

    // ... until the agent ends it.
    const end = await cli("agent", "wrapup", "end", "--user", "alice", "--org", "acme", "-o", "json");
    t.is(end.code, 0, end.stderr);
    t.is((JSON.parse(end.stdout) as AgentJson).state, "available");
    const free = await statusUntil(cli, (s) => stateOf(s, "alice") === "available");
    t.is(stateOf(free, "alice"), "available");
    t.true(Date.now() < (alice?.wrapUpEndsAt ?? 0), "freed by the command, before M9 ran out");

    // The decision log explains the real call.
    const x = await cliJson<ExplainJson>(cli, "call", "explain", callId, "--org", "acme");
    t.is(x.callId, callId);
    t.deepEqual(
      x.groups.map((g) => g.group),
      ["support"],
    );
    const offers = offersIn(x);
    t.is(offers.length, 1, JSON.stringify(x));
    t.like(offers[0], { round: 1, candidates: 1, chosen: ["alice"], skippedCounts: { loggedOut: 1, busyPresence: 1 } });
    t.deepEqual([...(offers[0]?.skipped ?? [])].sort(byUser), [
      { user: "bob", reason: "loggedOut" },
      { user: "dave", reason: "busyPresence" },
    ]);
    t.like(x.groups[0]?.decisions.at(-1), { kind: "offerEnded", user: "alice", outcome: "answered" });
    const explained = await cli("call", "explain", callId, "--org", "acme", "--group", "support");
    t.is(explained.code, 0, explained.stderr);
    t.regex(explained.stdout, new RegExp(`^call ${callId} in group support:$`, "m"));
    t.regex(explained.stdout, /round 1: chose alice of 1 free; skipped bob: loggedOut, dave: busyPresence/);
    t.regex(explained.stdout, /offer to alice ended: answered/);

    const answered = /^ringmesh_group_calls_total\{org="acme",group="support",outcome="answered",reason="answered"\} 1$/m;
    const m = await metricsUntil(n, answered);
    const shownMetrics = linesOf(m, "ringmesh_group_calls", "sip_calls_total", "sip_dialogs_active");
    t.regex(m, answered, shownMetrics);
    t.regex(m, /^ringmesh_group_calls_offered_total\{org="acme",group="support"\} 1$/m, shownMetrics);
    t.regex(m, /^sip_calls_total\{outcome="answered"\} 1$/m, shownMetrics);
    t.regex(m, /^sip_dialogs_active\{side="caller"\} 0$/m, shownMetrics);
    t.regex(m, /^sip_dialogs_active\{side="agent"\} 0$/m, shownMetrics);
  },
);

test.serial("queue, then answer: alice logged in but on break → the call waits (1 waiting, position 1, wait growing); `agent break end` → it is offered to her desk and answered", async (t) => {
  const { n, cli } = await fresh();
  const desk = await freeUdpTcpPort();
  await registerDevice(n, "alice-desk", "alice-secret", desk);
  t.is((await cli("agent", "login", "support", "--user", "alice", "--org", "acme")).code, 0);
  const brk = await cli("agent", "break", "start", "--user", "alice", "--org", "acme");
  t.is(brk.code, 0, brk.stderr);
  t.is(stateOf(await statusUntil(cli, (s) => stateOf(s, "alice") === "onBreak"), "alice"), "onBreak");

  const caller = dial(n, "e2e-caller-talk.xml", { args: ["-d", "500"], timeoutS: 20 });
  const queued = await statusUntil(cli, (s) => s.waiting.length === 1, 5000);
  const first = queued.waiting.at(0);
  if (first === undefined) {
    t.fail(`the call never queued: ${JSON.stringify(queued)}`);
    return;
  }
  t.like(first, { position: 1, phase: "queued", caller: CALLER, ringing: [] });
  t.deepEqual(queued.connected, []);

  await sleep(1200);
  const later = await groupStatus(cli);
  const again = later.waiting.at(0);
  t.is(later.waiting.length, 1);
  t.is(again?.callId, first.callId);
  t.is(again?.position, 1);
  t.true((again?.waitMs ?? 0) >= first.waitMs + 1000, `wait grew: ${first.waitMs} → ${again?.waitMs ?? "gone"}`);
  t.true(later.longestWaitMs >= 1000, `longestWaitMs ${later.longestWaitMs}`);
  t.is(stateOf(later, "alice"), "onBreak", "nobody rings while the only agent is on break");
  const table = await cli("group", "status", "support", "--org", "acme");
  t.regex(table.stdout, /^acme\/support: 1 waiting \(longest [1-9]\d*s\), 0 connected$/m, table.stdout);
  t.regex(table.stdout, new RegExp(`^1\\s+${first.callId}\\s+\\+358401111111\\s+[1-9]\\d*s\\s+queued\\s`, "m"), table.stdout);

  const agent = await device("agent-answer.xml", desk, ["-d", "100"]);
  const back = await cli("agent", "break", "end", "--user", "alice", "--org", "acme");
  t.is(back.code, 0, back.stderr);
  const [c, a] = await Promise.all([caller, agent.done]);
  t.is(c.code, 0, c.output);
  t.is(a.code, 0, a.output);
  t.is(headerOf(messageIn(a.messages, /^INVITE /), "P-Ringmesh-Call"), first.callId, "the queued call is the one offered");
  t.regex(messageIn(c.messages, /^SIP\/2\.0 180 /), /^SIP\/2\.0 180 /, "the caller heard ringing while queued");

  const x = await cliJson<ExplainJson>(cli, "call", "explain", first.callId, "--org", "acme");
  const chosen = offersIn(x).filter((d) => d.chosen.length > 0);
  t.is(chosen.length, 1, JSON.stringify(x));
  t.deepEqual(chosen.at(0)?.chosen, ["alice"]);
  t.true((chosen.at(0)?.at ?? 0) - first.arrivedAt >= 1200, "offered only after the break ended");

  const wait = /^ringmesh_group_wait_seconds_sum\{org="acme",group="support",outcome="answered"\} ([\d.]+)$/m;
  const m = await metricsUntil(n, wait);
  const sum = Number(wait.exec(m)?.[1] ?? "0");
  t.true(sum >= 1.2, `the answered call's wait (${sum} s) includes the time queued\n${linesOf(m, "ringmesh_group_wait_seconds")}`);
  t.regex(m, /^ringmesh_group_calls_total\{org="acme",group="support",outcome="answered",reason="answered"\} 1$/m, linesOf(m, "ringmesh_group_calls"));
});

test.serial("no agents logged in: the example's Q2 (announcement no-agents) → the caller gets 480 with a Reason (media not built yet); /metrics counts a noAgents call", async (t) => {
  const { n, cli } = await fresh();
  const r = await dial(n, "caller-480.xml", { args: ["-key", "from_domain", "127.0.0.1"] });
  t.is(r.code, 0, r.output);
  const rejected = messageIn(r.messages, /^SIP\/2\.0 480 /);
  t.regex(headerOf(rejected, "Reason"), /^SIP;cause=480;text=".*no-agents.*"$/, rejected);

  const noAgents = /^ringmesh_group_calls_total\{org="acme",group="support",outcome="noAgents",reason="noAgentsLoggedIn"\} 1$/m;
  const m = await metricsUntil(n, noAgents);
  const shown = linesOf(m, "ringmesh_group_calls", "sip_calls_total");
  t.regex(m, noAgents, shown);
  t.regex(m, /^ringmesh_group_calls_offered_total\{org="acme",group="support"\} 1$/m, shown);
  t.regex(m, /^sip_calls_total\{outcome="unavailable"\} 1$/m, shown);
  t.notRegex(m, /^ringmesh_group_calls_total\{[^}]*outcome="answered"/m, shown);
  const s = await groupStatus(cli);
  t.deepEqual([s.waiting, s.connected], [[], []]);
});
