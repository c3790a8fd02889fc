/**
 * Calls end to end with real SIP peers: sipp callers dial the group number, sipp UASes
 * registered as the agents' devices answer, ring, refuse or get cancelled, and the
 * routing actors (logged in through the runtime) decide who rings. Each test gets a
 * fresh node; every sipp run is bounded (-m 1, -timeout) and killed if it hangs.
 */
import test from "ava";
import { freeUdpTcpPort } from "../../support/ports.js";
import { startRingmeshNode } from "../../support/ringmesh-node.js";
import { caller, CALLER, device, GROUP_NUMBER, killSipps, register, sipp, startCallNode, type CallNode } from "./call-node.js";

let node: CallNode | undefined;

test.afterEach.always(async () => {
  killSipps();
  await node?.stop();
  node = undefined;
});

async function fresh(): Promise<CallNode> {
  node = await startCallNode();
  return node;
}

/** The INVITE a device received, from sipp's message trace. */
function inviteIn(messages: string): string {
  const start = messages.indexOf("INVITE sip:");
  return start < 0 ? "" : messages.slice(start, messages.indexOf("\n\n", start) >= 0 ? messages.indexOf("\n\n", start) : undefined);
}

test.serial("answered call: caller → group → agent's desktop rings (G7 From and group header) → 200 bridged with the agent's SDP → caller BYE ends both legs", async (t) => {
  const n = await fresh();
  const desk = await freeUdpTcpPort();
  await register(n, "alice-desk", "alice-secret", desk);
  await n.login("alice");

  const agent = await device("agent-answer.xml", desk, ["-d", "200"]);
  const call = await caller("caller-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);

  const invite = inviteIn(a.messages);
  t.regex(invite, new RegExp(`From: "\\${CALLER}" <sip:\\${CALLER}@acme\\.example>;tag=`), "G7: the desktop sees the caller's number");
  t.regex(invite, new RegExp(`P-Ringmesh-Group: "Support" <sip:\\${GROUP_NUMBER}@acme\\.example>`), "G7: and the group");
  t.regex(invite, /o=caller /, "the agent leg carries the caller's SDP offer");

  t.true(await n.metric(/sip_calls_total\{outcome="answered"\} 1/));
  t.true(await n.metric(/sip_dialogs_active\{side="caller"\} 0[\s\S]*sip_dialogs_active\{side="agent"\} 0/), "both dialogs gone after the BYE");
  t.true(await n.metric(/sip_call_setup_seconds_count 1/));
  await n.settled("alice");
});

test.serial("answered call: the agent hangs up → BYE to the caller, the group and the agent actor hear the call ended", async (t) => {
  const n = await fresh();
  const desk = await freeUdpTcpPort();
  await register(n, "alice-desk", "alice-secret", desk);
  await n.login("alice");

  const agent = await device("agent-answer-bye.xml", desk);
  const call = await caller("caller-wait-bye.xml", n, await freeUdpTcpPort());
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  t.true(await n.metric(/sip_dialogs_active\{side="caller"\} 0[\s\S]*sip_dialogs_active\{side="agent"\} 0/));
  await n.settled("alice");
});

test.serial("caller CANCELs while the agent rings: 487 to the caller, the agent leg is CANCELled, the agent is free again", async (t) => {
  const n = await fresh();
  const desk = await freeUdpTcpPort();
  await register(n, "alice-desk", "alice-secret", desk);
  await n.login("alice");

  const agent = await device("agent-ring-cancel.xml", desk);
  const call = await caller("caller-cancel.xml", n, await freeUdpTcpPort(), ["-d", "800"]);
  const a = await agent.done;
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  t.true(await n.metric(/sip_calls_total\{outcome="abandoned"\} 1/));
  await n.settled("alice");
});

/** alice's and bob's desks registered on free ports, both agents logged in to support. */
async function aliceAndBobLoggedIn(n: CallNode): Promise<{ aliceDesk: number; bobDesk: number }> {
  const [aliceDesk, bobDesk] = [await freeUdpTcpPort(), await freeUdpTcpPort()];
  await register(n, "alice-desk", "alice-secret", aliceDesk);
  await register(n, "bob-desk", "bob-secret", bobDesk);
  await n.login("alice");
  await n.login("bob");
  return { aliceDesk, bobDesk };
}

test.serial("M10 ring timeout: the first agent's device is CANCELled after 2 s and the next agent answers", async (t) => {
  const n = await fresh();
  const { aliceDesk, bobDesk } = await aliceAndBobLoggedIn(n);

  const alice = await device("agent-ring-cancel.xml", aliceDesk);
  const bob = await device("agent-answer.xml", bobDesk, ["-d", "100"]);
  const started = Date.now();
  const call = await caller("caller-bye.xml", n, await freeUdpTcpPort());
  const [a, b] = [await alice.done, await bob.done];
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, `alice's device was not cancelled:\n${a.output}`);
  t.is(b.code, 0, b.output);
  t.true(Date.now() - started >= 2000, "bob rang only after alice's M10");
  t.true(await n.metric(/sip_calls_total\{outcome="answered"\} 1/));
  await n.settled("alice");
  await n.settled("bob");
});

test.serial("M7 fork: both of alice's devices ring, the desktop answers, the IP phone gets CANCEL with Reason cause=200", async (t) => {
  const n = await fresh();
  const [desk, phone] = [await freeUdpTcpPort(), await freeUdpTcpPort()];
  await register(n, "alice-desk", "alice-secret", desk);
  await register(n, "alice-phone", "alice-secret", phone);
  await n.login("alice");

  const deskRun = await device("agent-answer.xml", desk, ["-d", "500"]);
  const phoneRun = await device("agent-ring-cancel-elsewhere.xml", phone);
  const call = await caller("caller-bye.xml", n, await freeUdpTcpPort());
  const [d, p] = [await deskRun.done, await phoneRun.done];
  t.is(call.code, 0, call.output);
  t.is(d.code, 0, d.output);
  t.is(p.code, 0, `the IP phone did not get the CANCEL with the Reason header:\n${p.output}`);
  t.regex(inviteIn(p.messages), new RegExp(`From: "\\${CALLER}\\*1" <sip:\\${CALLER}\\*1@acme\\.example>`), "G7: a non-desktop shows the number with the group's suffix");
  t.notRegex(inviteIn(p.messages), /P-Ringmesh-Group/, "only desktops get the group header");
  await n.settled("alice");
});

test.serial("486 from the first agent: the call moves on to the next agent, who answers", async (t) => {
  const n = await fresh();
  const { aliceDesk, bobDesk } = await aliceAndBobLoggedIn(n);

  const alice = await device("agent-busy.xml", aliceDesk);
  const bob = await device("agent-answer.xml", bobDesk, ["-d", "100"]);
  const started = Date.now();
  const call = await caller("caller-bye.xml", n, await freeUdpTcpPort());
  const [a, b] = [await alice.done, await bob.done];
  t.is(call.code, 0, call.output);
  t.is(a.code, 0, a.output);
  t.is(b.code, 0, b.output);
  t.true(Date.now() - started < 2000, "the busy agent did not hold the call until M10");
  await n.settled("alice");
  await n.settled("bob");
});

test.serial("numbers: unknown → 404; internal 8001 from outside → 407 (RFC 3261 §22.3), then with alice's credentials it reaches test-line; from alice's registered desk without a challenge (no agent: Q2 disconnect → 486)", async (t) => {
  const n = await fresh();
  const outside = ["-key", "from_domain", "127.0.0.1"];
  const unknown = await sipp("caller-404.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", "+35899999999", "-key", "caller", CALLER, ...outside] });
  t.is(unknown.code, 0, unknown.output);
  // A From host that is no organisation's domain: challenged in that realm, which no credentials can answer.
  const internal = await sipp("caller-407.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", "8001", "-key", "caller", CALLER, ...outside] });
  t.is(internal.code, 0, internal.output);
  // The same From as alice's desk, but not from where alice registered: it must prove it is alice.
  const spoofed = await sipp("caller-407.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", "8001", "-key", "caller", "alice-desk", "-key", "from_domain", "acme.example"] });
  t.is(spoofed.code, 0, spoofed.output);
  t.regex(spoofed.messages, /Proxy-Authenticate: Digest realm="acme\.example"/);
  const wrong = await sipp("caller-auth-486.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", "8001", "-key", "caller", "alice-desk", "-key", "from_domain", "acme.example", "-au", "alice-desk", "-ap", "not-her-password"] });
  t.not(wrong.code, 0, "a wrong password is not let through");
  t.regex(wrong.messages, /SIP\/2\.0 403/);
  const authenticated = await sipp("caller-auth-486.xml", { local: await freeUdpTcpPort(), remote: n.sipPort, args: ["-s", "8001", "-key", "caller", "alice-desk", "-key", "from_domain", "acme.example", "-au", "alice-desk", "-ap", "alice-secret"] });
  t.is(authenticated.code, 0, authenticated.output);

  const desk = await freeUdpTcpPort();
  await register(n, "alice-desk", "alice-secret", desk);
  const own = await sipp("caller-486.xml", { local: desk, remote: n.sipPort, args: ["-s", "8001", "-key", "caller", "alice-desk", "-key", "from_domain", "acme.example"] });
  t.is(own.code, 0, own.output);

  t.true(await n.metric(/sip_calls_total\{outcome="notFound"\} 1/));
  t.true(await n.metric(/sip_calls_total\{outcome="challenged"\} 4/));
  t.true(await n.metric(/sip_calls_total\{outcome="forbidden"\} 1/));
  t.true(await n.metric(/sip_calls_total\{outcome="busy"\} 2/));
});

test.serial("ringmesh start wires signaling to the group actors: a call with nobody logged in goes to Q2 (announcement → 480 until media exists)", async (t) => {
  const rm = await startRingmeshNode({ args: ["--bootstrap", "examples/acme"] });
  try {
    const r = await sipp("caller-480.xml", { local: await freeUdpTcpPort(), remote: rm.sipPort, args: ["-s", GROUP_NUMBER, "-key", "caller", CALLER, "-key", "from_domain", "127.0.0.1"] });
    t.is(r.code, 0, `${r.output}\n${rm.log().slice(-3000)}`);
    t.regex(r.messages, /Reason: SIP;cause=480;text="announcement no-agents not playable yet"/);
  } finally {
    await rm.dispose();
  }
});
