/**
 * SupervisionService end to end on a real nats-server: the gRPC API, the KV document
 * store and both routing actor kinds on the NATS transport. Agents log in, take
 * breaks and end wrap-up; a supervisor (M2) logs members in and out and reads live
 * figures; every role is held to its own organisation, user and groups.
 */
import test from "ava";
import { PermissionDeniedError, NotFoundError, ValidationError } from "../../../lib/errors.js";
import { silentLogger } from "../../../lib/log.js";
import { agentAddress, groupAddress } from "../../../lib/routing/addresses.js";
import { connectNatsTransport, type Transport } from "../../../lib/runtime/index.js";
import { KvDocumentStore, type DocumentStore } from "../../../lib/store/index.js";
import {
  createSupervisionClient,
  FailedPreconditionError,
  startAdminServer,
  type AdminServer,
  type GroupStatusView,
  type SupervisionClient,
} from "../../../services/admin/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { CALLER, eventually, startRoutingNode, watchCalls, type RoutingNode } from "../../support/routing-cluster.js";

const ORG = "acme";
const TOKENS = {
  platform: "platform-admin-token-0001",
  alice: "agent-alice-token-00000001",
  bob: "agent-bob-token-0000000001",
  carol: "supervisor-carol-token-001",
  globex: "orgadmin-globex-token-0001",
} as const;

const user = (name: string, org = ORG) => ({
  apiVersion: "ringmesh/v1",
  kind: "User",
  metadata: { organisation: org, name },
  spec: { displayName: name, profile: "multi", devices: [{ kind: "desktop", sipUser: `${org}-${name}-desk`, password: "s3cret" }] },
});

const group = (name: string, number: string, members: object[], supervisors: string[], wrapUpSeconds = 0) => ({
  apiVersion: "ringmesh/v1",
  kind: "AnswerGroup",
  metadata: { organisation: ORG, name },
  spec: {
    displayName: name,
    number,
    queue: { overflowDestination: { type: "disconnect" } },
    routing: { mode: "skills", ringDevices: ["desktop"], ringSeconds: 30, wrapUpSeconds },
    members,
    supervisors,
  },
});

const DOCS = [
  { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: ORG }, spec: { domain: "acme.example", numbers: ["+35810123400-+35810123499"] } },
  { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: "globex" }, spec: { domain: "globex.example", numbers: ["+35810999000-+35810999099"] } },
  user("alice"),
  user("bob"),
  user("carol"),
  user("dave"),
  { ...user("erin"), spec: { ...user("erin").spec, presence: "busy", devices: [{ kind: "ipPhone", sipUser: "acme-erin-phone", password: "s3cret" }] } },
  group("support", "+35810123456", [{ user: "alice", skillLevel: 1 }, { user: "bob", skillLevel: 2 }], ["carol"], 60),
  group("billing", "+35810123457", [{ user: "dave" }, { user: "erin" }], []),
];

let nats: NatsServer;
let transport: Transport;
let store: DocumentStore;
let node: RoutingNode;
let admin: AdminServer;
let calls: ReturnType<typeof watchCalls>;
const clients = new Map<keyof typeof TOKENS, SupervisionClient>();

function as(who: keyof typeof TOKENS): SupervisionClient {
  let c = clients.get(who);
  if (c === undefined) {
    c = createSupervisionClient({ address: `127.0.0.1:${admin.port}`, token: TOKENS[who], timeoutMs: 10_000 });
    clients.set(who, c);
  }
  return c;
}

const member = (s: GroupStatusView, name: string) => s.members.find((m) => m.user === name);

test.before(async () => {
  nats = await startNatsServer();
  const t = await connectNatsTransport({ servers: nats.url, name: "supervision-test", logger: silentLogger(), leaseTtlMs: 3000 });
  transport = t;
  store = await KvDocumentStore.open(t.nc);
  await store.apply(DOCS);
  node = await startRoutingNode({ transport, store, publisher: transport.bus });
  calls = watchCalls(transport.bus);
  admin = await startAdminServer({
    store,
    runtime: node.runtime,
    host: "127.0.0.1",
    port: 0,
    logger: silentLogger(),
    tokens: [
      { token: TOKENS.platform, role: "platformAdmin" },
      { token: TOKENS.alice, role: "agent", organisation: ORG, user: "alice" },
      { token: TOKENS.bob, role: "agent", organisation: ORG, user: "bob" },
      { token: TOKENS.carol, role: "supervisor", organisation: ORG, user: "carol" },
      { token: TOKENS.globex, role: "orgAdmin", organisation: "globex" },
    ],
  });
});

test.after.always(async () => {
  for (const c of clients.values()) c.close();
  await admin.stop();
  calls.stop();
  await node.stop();
  await store.close();
  await transport.close();
  await nats.stop();
});

test.serial("the first answers about an agent whose actor never ran already show its User document; a never-reported member's presence is not guessed", async (t) => {
  const status = await as("platform").groupStatus(ORG, "billing");
  t.like(member(status, "erin"), { state: "loggedOut", presence: "" }, "the group has not heard from erin: presence not known");
  const first = await as("platform").agent({ organisation: ORG, user: "erin" });
  t.like(first, { state: "loggedOut", presence: "busy", stateSince: 0 });
  t.deepEqual(first.devices, ["ipPhone"]);
  const login = await as("platform").login({ organisation: ORG, user: "dave", group: "billing" });
  t.like(login, { state: "available", presence: "available" });
  t.deepEqual(login.devices, ["desktop"], "the first command's answer, on an actor that had not run yet");
  t.true(login.stateSince > 0, "logged in since now");
  t.is((await as("platform").logout({ organisation: ORG, user: "dave", group: "billing" })).state, "loggedOut");

  // Nobody logged in: Q2 on arrival, and explain says so instead of "no decisions".
  await eventually(() => as("platform").groupStatus(ORG, "billing"), (s) => member(s, "dave")?.state === "loggedOut");
  await node.runtime.tell(groupAddress, `${ORG}.billing`, { type: "callArrived", callId: "c-none", caller: CALLER });
  const x = await as("platform").explainCall(ORG, "c-none", "billing");
  t.like(x.groups[0]?.decisions, [{ kind: "routed", setting: "Q2", reason: "noAgentsLoggedIn", waitedMs: 0 }]);
});

test.serial("an agent logs in and the supervisor sees it available; a call waits while everyone is on a break", async (t) => {
  const alice = await as("alice").login({ organisation: ORG, user: "alice", group: "support" });
  t.is(alice.state, "available");
  t.deepEqual(alice.groups.map((g) => [g.group, g.misses]), [["support", 0]]);
  t.true((alice.groups[0]?.loggedInSince ?? 0) > 0);

  const seen = await eventually(() => as("carol").groupStatus(ORG, "support"), (s) => member(s, "alice")?.state === "available");
  t.like(member(seen, "alice"), { state: "available", presence: "available", misses: 0 });
  t.like(member(seen, "bob"), { state: "loggedOut" });
  t.true((member(seen, "alice")?.since ?? 0) > 0, "since when alice is available in this group");

  // M2: the supervisor logs bob in; bob takes a break himself.
  t.is((await as("carol").login({ organisation: ORG, user: "bob", group: "support" })).state, "available");
  t.is((await as("bob").startBreak({ organisation: ORG, user: "bob" })).state, "onBreak");
  t.is((await as("alice").startBreak({ organisation: ORG, user: "alice" })).state, "onBreak");

  await node.runtime.tell(groupAddress, `${ORG}.support`, { type: "callArrived", callId: "c1", caller: CALLER });
  await new Promise((r) => setTimeout(r, 250));
  const waiting = await eventually(
    () => as("carol").groupStatus(ORG, "support"),
    (s) => s.waiting.length === 1 && member(s, "alice")?.state === "onBreak" && member(s, "bob")?.state === "onBreak",
  );
  t.like(waiting.waiting[0], { callId: "c1", caller: CALLER, position: 1, phase: "queued", rounds: 0 });
  const waitMs = waiting.waiting[0]?.waitMs ?? 0;
  t.true(waitMs >= 250, `waited ${waitMs} ms`);
  t.is(waiting.longestWaitMs, waitMs);
  t.deepEqual(waiting.counts, { onBreak: 2 });
});

test.serial("the break ends, the call is offered to alice and explain says bob was skipped for his break", async (t) => {
  t.is((await as("alice").endBreak({ organisation: ORG, user: "alice" })).state, "available");
  const ring = await calls.waitFor("ringAgent", (c) => c.callId === "c1");
  t.is(ring.command.agentId, "alice");
  const ringing = await as("carol").groupStatus(ORG, "support");
  t.like(ringing.waiting[0], { callId: "c1", phase: "offering", rounds: 1 }, "the round that rings is round 1, as explain calls it");

  const x = await as("carol").explainCall(ORG, "c1", "support");
  t.is(x.callId, "c1");
  const offer = x.groups[0]?.decisions.find((d) => d.kind === "offer");
  t.like(offer, { round: 1, chosen: ["alice"] });
  t.true((offer?.at ?? 0) > 0);
  t.deepEqual(offer?.skipped, [{ user: "bob", reason: "onBreak" }]);

  const searched = await as("platform").explainCall(ORG, "c1");
  t.deepEqual(searched.groups.map((g) => g.group), ["support"], "without --group the organisation's groups are searched");
  await t.throwsAsync(as("carol").explainCall(ORG, "nope", "support"), { instanceOf: NotFoundError });
});

test.serial("M9: after the call alice is in wrap-up until she ends it early; the supervisor logs her out", async (t) => {
  await node.runtime.tell(groupAddress, `${ORG}.support`, { type: "legAnswered", callId: "c1", agentId: "alice", connected: true });
  await eventually(() => as("alice").agent({ organisation: ORG, user: "alice" }), (a) => a.state === "onCall" && a.callId === "c1");
  await t.throwsAsync(as("alice").endWrapUp({ organisation: ORG, user: "alice" }), { instanceOf: FailedPreconditionError, message: /not in wrap-up \(it is onCall\)/ });
  const onCall = await eventually(() => as("carol").groupStatus(ORG, "support"), (s) => s.connected.length === 1);
  t.deepEqual(onCall.connected, [{ callId: "c1", caller: CALLER, user: "alice" }]);
  t.deepEqual(onCall.waiting, []);

  // As signaling does: the group and the agent each hear that the call ended.
  await node.runtime.tell(groupAddress, `${ORG}.support`, { type: "connectedCallEnded", callId: "c1" });
  await node.runtime.tell(agentAddress, `${ORG}.alice`, { type: "callGone", callId: "c1" });
  const wrap = await eventually(() => as("alice").agent({ organisation: ORG, user: "alice" }), (a) => a.state === "wrapUp");
  t.true(wrap.wrapUpEndsAt - wrap.stateSince === 60_000, "M9 of support is 60 s");
  const status = await eventually(() => as("carol").groupStatus(ORG, "support"), (s) => member(s, "alice")?.state === "wrapUp");
  t.is(member(status, "alice")?.wrapUpEndsAt, wrap.wrapUpEndsAt);

  const done = await as("alice").endWrapUp({ organisation: ORG, user: "alice", requestId: "r-1" });
  t.is(done.state, "available");
  t.is(done.wrapUpEndsAt, 0);
  const again = await as("alice").endWrapUp({ organisation: ORG, user: "alice", requestId: "r-1" });
  t.is(again.state, "available", "a retry with the same request id gets the first answer, not a refusal");
  await t.throwsAsync(as("alice").endWrapUp({ organisation: ORG, user: "alice" }), { instanceOf: FailedPreconditionError });

  const out = await as("carol").logout({ organisation: ORG, user: "alice", group: "support" });
  t.deepEqual(out.groups, []);
  await eventually(() => as("carol").groupStatus(ORG, "support"), (s) => member(s, "alice")?.state === "loggedOut");
  t.pass();
});

test.serial("M2 authorization: agents act on themselves, supervisors only in groups where they are M2, nobody across organisations", async (t) => {
  await t.throwsAsync(as("alice").startBreak({ organisation: ORG, user: "bob" }), { instanceOf: PermissionDeniedError, message: /acts only for its own user alice/ });
  await t.throwsAsync(as("alice").login({ organisation: ORG, user: "bob", group: "support" }), { instanceOf: PermissionDeniedError });
  await t.throwsAsync(as("carol").groupStatus(ORG, "billing"), { instanceOf: PermissionDeniedError, message: /neither a supervisor \(M2\) nor a member of group billing/ });
  await t.throwsAsync(as("carol").login({ organisation: ORG, user: "dave", group: "billing" }), { instanceOf: PermissionDeniedError, message: /not a supervisor \(M2\) of group billing/ });
  await t.throwsAsync(as("carol").explainCall(ORG, "c1", "billing"), { instanceOf: PermissionDeniedError });
  await t.throwsAsync(as("carol").startBreak({ organisation: ORG, user: "bob" }), { instanceOf: PermissionDeniedError }, "M2 covers login and logout only");
  await t.throwsAsync(as("bob").explainCall(ORG, "c1", "support"), { instanceOf: PermissionDeniedError }, "members read status, not other agents' skip reasons");
  t.is((await as("bob").groupStatus(ORG, "support")).group, "support", "a member reads its own group's status");
  await t.throwsAsync(as("globex").groupStatus(ORG, "support"), { instanceOf: PermissionDeniedError, message: /no access to organisation acme/ });
  await t.throwsAsync(as("globex").login({ organisation: ORG, user: "alice", group: "support" }), { instanceOf: PermissionDeniedError });
});

test.serial("bad input, unknown objects and non-members are told apart", async (t) => {
  const bad = await t.throwsAsync(as("platform").login({ organisation: ORG, user: "", group: "" }), { instanceOf: ValidationError });
  t.deepEqual(bad.errors.map((e) => e.path), ["user", "group"]);
  const presence = await t.throwsAsync(as("platform").setPresence({ organisation: ORG, user: "alice", presence: "green" as "busy" }), { instanceOf: ValidationError });
  t.deepEqual(presence.errors.map((e) => e.path), ["presence"]);
  await t.throwsAsync(as("platform").groupStatus(ORG, "nope"), { instanceOf: NotFoundError });
  await t.throwsAsync(as("platform").login({ organisation: ORG, user: "nobody", group: "support" }), { instanceOf: NotFoundError });
  await t.throwsAsync(as("alice").login({ organisation: ORG, user: "alice", group: "billing" }), {
    instanceOf: FailedPreconditionError,
    message: /user alice is not a member \(M1\) of group billing/,
  });
  await t.throwsAsync(as("bob").endBreak({ organisation: ORG, user: "alice" }), { instanceOf: PermissionDeniedError });
  t.is((await as("platform").setPresence({ organisation: ORG, user: "bob", presence: "busy" })).presence, "busy");
});
