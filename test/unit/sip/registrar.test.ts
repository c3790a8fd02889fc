import test from "ava";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import { digestHa1 } from "../../../lib/documents/digest.js";
import type { Document } from "../../../lib/documents/model.js";
import {
  authenticateCaller,
  authenticateRegister,
  computeResponse,
  decideRegister,
  DEFAULT_POLICY,
  Directory,
  Endpoint,
  MemoryLocationStore,
  parseAuthParams,
  Registrar,
  SignalingTu,
  type Account,
  type Binding,
  type BindingFlow,
  type SipRequest,
} from "../../../services/signaling/index.js";
import { FakeFlow, FakeSender, incoming, settle } from "./fakes.js";

const DOMAIN = "acme.example";
const SECRET = "test-secret";

const docs: Document[] = [
  { apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { organisation: "acme", name: "acme" }, spec: { domain: DOMAIN, numbers: ["+35810123400-+35810123499"] } },
  {
    apiVersion: "ringmesh/v1",
    kind: "User",
    metadata: { organisation: "acme", name: "alice" },
    spec: {
      displayName: "Alice",
      profile: "multi",
      presence: "available",
      devices: [
        { kind: "desktop", sipUser: "alice-desk", ha1: digestHa1("alice-desk", DOMAIN, "alice-secret") },
        { kind: "ipPhone", sipUser: "alice-phone", ha1: digestHa1("alice-phone", DOMAIN, "alice-secret") },
        { kind: "mobile", number: "+358401234567" },
      ],
    },
  },
  {
    apiVersion: "ringmesh/v1",
    kind: "User",
    metadata: { organisation: "acme", name: "bob" },
    spec: { displayName: "Bob", profile: "basic", presence: "available", devices: [{ kind: "desktop", sipUser: "bob-desk", ha1: digestHa1("bob-desk", DOMAIN, "bob-secret") }] },
  },
];

const TEST_LINE: Document = {
  apiVersion: "ringmesh/v1",
  kind: "AnswerGroup",
  metadata: { organisation: "acme", name: "test-line" },
  // Only the fields the directory reads matter here; the rest are the validator's defaults.
  spec: { number: "8001" } as Extract<Document, { kind: "AnswerGroup" }>["spec"],
};

let branchSeq = 0;
interface RegOpts {
  user?: string;
  toUser?: string;
  fromUser?: string;
  callId?: string;
  cseq?: number;
  contacts?: string[];
  expires?: number;
  auth?: string;
}
function register(o: RegOpts = {}): string {
  const user = o.user ?? "alice-desk";
  const lines = [
    `REGISTER sip:${DOMAIN} SIP/2.0`,
    `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKreg${++branchSeq};rport`,
    "Max-Forwards: 70",
    `From: <sip:${o.fromUser ?? user}@${DOMAIN}>;tag=f1`,
    `To: <sip:${o.toUser ?? user}@${DOMAIN}>`,
    `Call-ID: ${o.callId ?? "call-1"}`,
    `CSeq: ${o.cseq ?? 1} REGISTER`,
    ...(o.contacts ?? [`<sip:${user}@192.0.2.10:5060>`]).map((c) => `Contact: ${c}`),
    ...(o.expires !== undefined ? [`Expires: ${o.expires}`] : []),
    ...(o.auth !== undefined ? [`Authorization: ${o.auth}`] : []),
    "Content-Length: 0",
    "",
    "",
  ];
  return lines.join("\r\n");
}

/** The Authorization a phone computes for `challenge` (a WWW-Authenticate value). */
function answer(challenge: string, username: string, password: string, realm = DOMAIN, nc = "00000001"): string {
  const p = parseAuthParams(challenge);
  const nonce = p?.get("nonce") ?? "";
  const uri = `sip:${DOMAIN}`;
  const response = computeResponse(digestHa1(username, realm, password), "REGISTER", { nonce, uri, qop: "auth", nc, cnonce: "c0ffee", algorithm: "MD5" });
  return `Digest username="${username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=${nc}, cnonce="c0ffee"`;
}

const directory = new Directory(docs);
const accountOf = (d: string, u: string) => directory.account(d, u);
const auth = (req: SipRequest, now: number) => authenticateRegister({ req, now, secret: SECRET, nonceMaxAgeMs: DEFAULT_POLICY.nonceMaxAgeMs, accountOf });
function challengeAt(now: number): string {
  const d = auth(incoming(register()), now);
  if (d.ok) throw new Error("expected a challenge");
  return d.reply.headers.find(([n]) => n === "WWW-Authenticate")?.[1] ?? "";
}

const ALICE: Account = { org: "acme", user: "alice", sipUser: "alice-desk", domain: DOMAIN, deviceKind: "desktop", ha1: digestHa1("alice-desk", DOMAIN, "alice-secret") };
const FLOW: BindingFlow = { protocol: "UDP", remote: { address: "203.0.113.9", port: 40000 }, local: { address: "127.0.0.1", port: 5060 }, id: "udp:203.0.113.9:40000" };
const decide = (text: string, current: readonly Binding[], now: number) =>
  decideRegister({ req: incoming(text), account: ALICE, current, now, policy: DEFAULT_POLICY, flow: FLOW, nodeId: "n1" });

/** Bindings after applying a decision to `current`, as a store would. */
function applied(current: readonly Binding[], d: ReturnType<typeof decide>): Binding[] {
  const gone = new Set([...d.remove, ...d.put].map((b) => b.id));
  return [...current.filter((b) => !gone.has(b.id)), ...d.put];
}
const contactsOf = (d: ReturnType<typeof decide>) => d.reply.headers.filter(([n]) => n === "Contact").map(([, v]) => v);

// ------------------------------------------------------------------ authentication

test("no credentials → 401 with realm = the organisation's domain, qop=auth, a fresh nonce", (t) => {
  const d = auth(incoming(register()), 1_000);
  t.false(d.ok);
  if (d.ok) return;
  t.is(d.reply.status, 401);
  t.is(d.reply.outcome, "challenged");
  const p = parseAuthParams(d.reply.headers[0]?.[1] ?? "");
  t.is(p?.get("realm"), DOMAIN);
  t.is(p?.get("qop"), "auth");
  t.is(p?.get("stale"), undefined);
});

test("right password → authenticated as the device's account (user, device kind)", (t) => {
  const now = 10_000;
  const d = auth(incoming(register({ auth: answer(challengeAt(now), "alice-desk", "alice-secret") })), now + 500);
  t.true(d.ok);
  if (d.ok) t.deepEqual([d.account.org, d.account.user, d.account.deviceKind], ["acme", "alice", "desktop"]);
});

test("wrong password → 403; an unknown user gets the same 401 then the same 403 (existence not revealed)", (t) => {
  const now = 10_000;
  const wrong = auth(incoming(register({ auth: answer(challengeAt(now), "alice-desk", "nope") })), now);
  t.false(wrong.ok);
  if (!wrong.ok) t.deepEqual([wrong.reply.status, wrong.reply.outcome], [403, "forbidden"]);

  const ghostChallenge = auth(incoming(register({ user: "ghost" })), now);
  t.false(ghostChallenge.ok);
  if (!ghostChallenge.ok) t.is(ghostChallenge.reply.status, 401);
  const ghost = auth(incoming(register({ user: "ghost", auth: answer(challengeAt(now), "ghost", "anything") })), now);
  t.false(ghost.ok);
  if (!ghost.ok && !wrong.ok) t.deepEqual([ghost.reply.status, ghost.reply.reason], [wrong.reply.status, wrong.reply.reason]);
});

test("stale nonce with the right password → 401 stale=TRUE; a forged nonce → a plain new challenge", (t) => {
  const issued = 10_000;
  const authz = answer(challengeAt(issued), "alice-desk", "alice-secret");
  const fresh = auth(incoming(register({ auth: authz })), issued + DEFAULT_POLICY.nonceMaxAgeMs);
  t.true(fresh.ok, "still fresh at exactly the max age");
  const stale = auth(incoming(register({ auth: authz })), issued + DEFAULT_POLICY.nonceMaxAgeMs + 1);
  t.false(stale.ok);
  if (!stale.ok) {
    t.is(stale.reply.status, 401);
    t.is(parseAuthParams(stale.reply.headers[0]?.[1] ?? "")?.get("stale"), "TRUE");
  }
  const forged = auth(incoming(register({ auth: authz.replace(/nonce="[^"]+"/, 'nonce="abc.def.ghi"') })), issued);
  t.false(forged.ok);
  if (!forged.ok) {
    t.is(forged.reply.status, 401);
    t.is(parseAuthParams(forged.reply.headers[0]?.[1] ?? "")?.get("stale"), undefined);
  }
});

test("AOR must be the authenticated device's: bob's credentials for alice's To → 403; From naming another user → 403", (t) => {
  const now = 10_000;
  const c = challengeAt(now);
  const toOther = auth(incoming(register({ user: "bob-desk", toUser: "alice-desk", auth: answer(c, "bob-desk", "bob-secret") })), now);
  t.false(toOther.ok);
  if (!toOther.ok) t.is(toOther.reply.status, 403);
  const fromOther = auth(incoming(register({ fromUser: "bob-desk", auth: answer(c, "alice-desk", "alice-secret") })), now);
  t.false(fromOther.ok);
  if (!fromOther.ok) t.is(fromOther.reply.status, 403);
});

test("credentials for another realm are ignored (challenge again); an unparseable Authorization → 400", (t) => {
  const now = 10_000;
  const other = auth(incoming(register({ auth: answer(challengeAt(now), "alice-desk", "alice-secret", "evil.example") })), now);
  t.false(other.ok);
  if (!other.ok) t.is(other.reply.status, 401);
  const junk = auth(incoming(register({ auth: "Basic YWxpY2U6c2VjcmV0" })), now);
  t.false(junk.ok);
  if (!junk.ok) t.deepEqual([junk.reply.status, junk.reply.outcome], [400, "invalid"]);
});

// ------------------------------------------------------------------ bindings

test("register: Expires header applies; 200 lists the contact with its expiry; the binding records flow, kind, node, absolute expiry", (t) => {
  const clock = new SimulatedClock(1_000_000);
  const d = decide(register({ expires: 300 }), [], clock.now());
  t.is(d.reply.status, 200);
  t.deepEqual(contactsOf(d), ["<sip:alice-desk@192.0.2.10:5060>;expires=300"]);
  t.is(d.put.length, 1);
  const b = d.put.at(0);
  t.is(b?.expiresAt, 1_000_000 + 300_000);
  t.is(b?.deviceKind, "desktop");
  t.is(b?.aor, "sip:alice-desk@acme.example");
  t.deepEqual(b?.flow, FLOW);
  t.is(b?.nodeId, "n1");
  t.truthy(d.reply.headers.find(([n]) => n === "Date"));
});

test("contact expires param wins over the header; no expiry at all → default; above the maximum → shortened", (t) => {
  const now = 0;
  const d = decide(register({ expires: 300, contacts: ["<sip:a@192.0.2.10>;expires=120", "<sip:b@192.0.2.11>", "<sip:c@192.0.2.12>;expires=999999"] }), [], now);
  t.deepEqual(contactsOf(d), ["<sip:a@192.0.2.10>;expires=120", "<sip:b@192.0.2.11>;expires=300", `<sip:c@192.0.2.12>;expires=${DEFAULT_POLICY.maxExpires}`]);
  const dflt = decide(register({ contacts: ["<sip:a@192.0.2.10>"] }), [], now);
  t.deepEqual(contactsOf(dflt), [`<sip:a@192.0.2.10>;expires=${DEFAULT_POLICY.defaultExpires}`]);
});

test("below the minimum → 423 with Min-Expires and nothing changes; 0 is not 'too brief'", (t) => {
  const d = decide(register({ expires: 30 }), [], 0);
  t.is(d.reply.status, 423);
  t.deepEqual(d.reply.headers, [["Min-Expires", String(DEFAULT_POLICY.minExpires)]]);
  t.deepEqual([d.put.length, d.remove.length], [0, 0]);
  const mixed = decide(register({ contacts: ["<sip:a@192.0.2.10>;expires=3600", "<sip:b@192.0.2.10>;expires=5"] }), [], 0);
  t.is(mixed.reply.status, 423);
  t.is(mixed.put.length, 0, "one brief contact refuses the whole request");
});

test("several contacts per AOR; refresh keeps one binding and pushes its expiry; remaining time shrinks with the clock", (t) => {
  const clock = new SimulatedClock(0);
  let bindings: Binding[] = [];
  let d = decide(register({ expires: 600, cseq: 1 }), bindings, clock.now());
  bindings = applied(bindings, d);
  d = decide(register({ expires: 600, callId: "other-phone", contacts: ["<sip:alice-desk@198.51.100.4:5062;transport=tcp>"] }), bindings, clock.now());
  bindings = applied(bindings, d);
  t.is(bindings.length, 2);
  t.is(contactsOf(d).length, 2);

  clock.advanceTo(100_000);
  d = decide(register({ cseq: 1 }), bindings, clock.now());
  t.is(d.reply.status, 500, "same Call-ID, same CSeq: out of order");
  d = decide(register({ expires: 600, cseq: 2 }), bindings, clock.now());
  t.is(d.reply.status, 200);
  bindings = applied(bindings, d);
  t.is(bindings.length, 2, "refresh replaced, not added");
  t.deepEqual(contactsOf(d).sort(), ["<sip:alice-desk@192.0.2.10:5060>;expires=600", "<sip:alice-desk@198.51.100.4:5062;transport=tcp>;expires=500"].sort());
});

test("Call-ID/CSeq ordering (§10.3 step 7): same Call-ID needs a higher CSeq; another Call-ID may update regardless", (t) => {
  let bindings = applied([], decide(register({ cseq: 5 }), [], 0));
  const lower = decide(register({ cseq: 4, expires: 0 }), bindings, 1);
  t.deepEqual([lower.reply.status, lower.remove.length], [500, 0]);
  const equal = decide(register({ cseq: 5 }), bindings, 1);
  t.is(equal.reply.status, 500);
  const otherCall = decide(register({ callId: "reboot", cseq: 1 }), bindings, 1);
  t.is(otherCall.reply.status, 200, "a rebooted phone starts a new Call-ID at CSeq 1");
  bindings = applied(bindings, otherCall);
  t.is(bindings[0]?.callId, "reboot");
});

test("unregister one contact with expires=0; the 200 lists what is left", (t) => {
  let bindings = applied([], decide(register({ contacts: ["<sip:a@192.0.2.10>", "<sip:b@192.0.2.11>"] }), [], 0));
  const d = decide(register({ cseq: 2, contacts: ["<sip:a@192.0.2.10>;expires=0"] }), bindings, 1000);
  t.deepEqual(d.remove.map((b) => b.contact), ["sip:a@192.0.2.10"]);
  bindings = applied(bindings, d);
  t.deepEqual(bindings.map((b) => b.contact), ["sip:b@192.0.2.11"]);
  t.is(contactsOf(d).length, 1);
  const absent = decide(register({ cseq: 3, contacts: ["<sip:zzz@192.0.2.99>;expires=0"] }), bindings, 1000);
  t.deepEqual([absent.reply.status, absent.remove.length, absent.put.length], [200, 0, 0], "removing an unknown contact is a no-op, not an error");
});

test("Contact: * with Expires: 0 removes every binding; * without Expires: 0 → 400; * is subject to CSeq ordering", (t) => {
  const bindings = applied([], decide(register({ cseq: 3, contacts: ["<sip:a@192.0.2.10>", "<sip:b@192.0.2.11>"] }), [], 0));
  const all = decide(register({ cseq: 4, contacts: ["*"], expires: 0 }), bindings, 1);
  t.deepEqual([all.reply.status, all.remove.length, contactsOf(all).length], [200, 2, 0]);
  t.is(decide(register({ cseq: 4, contacts: ["*"], expires: 60 }), bindings, 1).reply.status, 400);
  t.is(decide(register({ cseq: 4, contacts: ["*"] }), bindings, 1).reply.status, 400);
  t.is(decide(register({ cseq: 2, contacts: ["*"], expires: 0 }), bindings, 1).reply.status, 500);
  t.is(decide(register({ cseq: 4, contacts: ["*, <sip:a@192.0.2.10>"], expires: 0 }), bindings, 1).reply.status, 400);
});

test("no Contact: a query answered with the current bindings, nothing changes", (t) => {
  const bindings = applied([], decide(register({ expires: 120 }), [], 0));
  const q = decide(register({ cseq: 2, contacts: [] }), bindings, 60_000);
  t.deepEqual(contactsOf(q), ["<sip:alice-desk@192.0.2.10:5060>;expires=60"]);
  t.deepEqual([q.put.length, q.remove.length], [0, 0]);
});

test("contact identity per §19.1.4: host case-insensitive, user case-sensitive, explicit port ≠ absent port", (t) => {
  const bindings = applied([], decide(register({ contacts: ["<sip:alice@Host.Example:5060>"] }), [], 0));
  t.is(applied(bindings, decide(register({ cseq: 2, contacts: ["<sip:alice@host.example:5060>"] }), bindings, 1)).length, 1);
  t.is(applied(bindings, decide(register({ cseq: 2, contacts: ["<sip:Alice@host.example:5060>"] }), bindings, 1)).length, 2);
  t.is(applied(bindings, decide(register({ cseq: 2, contacts: ["<sip:alice@host.example>"] }), bindings, 1)).length, 2);
});

test("too many contacts for one AOR → 403, nothing stored; malformed Expires → 400; RFC 5626 instance/reg-id kept", (t) => {
  const many = Array.from({ length: DEFAULT_POLICY.maxBindingsPerAor + 1 }, (_, i) => `<sip:p${i}@192.0.2.10>`);
  const d = decide(register({ contacts: many }), [], 0);
  t.deepEqual([d.reply.status, d.put.length], [403, 0]);
  t.is(decide(register({ expires: -1 }), [], 0).reply.status, 400);
  t.is(decide(register({ contacts: ["<sip:a@192.0.2.10>;expires=soon"] }), [], 0).reply.status, 400);
  const ob = decide(register({ contacts: ['<sip:x@192.0.2.10;transport=ws>;+sip.instance="<urn:uuid:0001>";reg-id=1;q=0.5'] }), [], 0);
  t.deepEqual([ob.put.at(0)?.instance, ob.put.at(0)?.regId, ob.put.at(0)?.q], ["<urn:uuid:0001>", 1, 0.5]);
});

// ------------------------------------------------------------------ directory

test("directory: accounts by sipUser@domain (mobile devices never), group numbers, live updates from the store's events", (t) => {
  const dir = new Directory(docs);
  t.is(dir.account("ACME.example", "alice-phone")?.deviceKind, "ipPhone");
  t.is(dir.account(DOMAIN, "+358401234567"), undefined);
  t.is(dir.orgOfDomain(DOMAIN), "acme");
  t.is(dir.numberTarget("8001", "acme"), undefined);
  dir.apply("put", TEST_LINE);
  t.deepEqual(dir.numberTarget("8001", "acme"), { kind: "group", org: "acme", group: "test-line" });
  t.is(dir.numberTarget("8001", undefined), undefined, "internal numbers only from the own organisation");
  t.is(dir.numberTarget("8001", "other"), undefined);
  const bob = docs.at(2);
  if (bob === undefined) return t.fail();
  dir.apply("delete", bob);
  t.is(dir.account(DOMAIN, "bob-desk"), undefined);
});

// ------------------------------------------------------------------ shell: registrar + TU through the endpoint

function node() {
  const clock = new SimulatedClock(1_700_000_000_000);
  const location = new MemoryLocationStore();
  const registry = new Registry();
  const registrar = new Registrar({ directory: new Directory(docs), location, clock, nodeId: "n1", secret: SECRET, registry });
  const tu = new SignalingTu(registrar, new Directory([...docs, TEST_LINE]));
  const ep = new Endpoint({ sender: new FakeSender(clock), clock, tu, allow: ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER"] });
  const flow = new FakeFlow(clock, "TCP", { address: "203.0.113.7", port: 51000 });
  const send = async (text: string) => {
    ep.receive(Buffer.from(text), flow);
    for (let i = 0; i < 5; i++) await settle();
    return flow.responses().at(-1);
  };
  return { clock, location, registry, tu, send, flow };
}

test("through the endpoint: 401 → 200, binding in the location store with the TCP connection id, lookup by user, metrics by outcome", async (t) => {
  const n = node();
  const c = await n.send(register({ expires: 600 }));
  t.is(c?.status, 401);
  const ok = await n.send(register({ cseq: 2, expires: 600, auth: answer(c?.headers.get("www-authenticate") ?? "", "alice-desk", "alice-secret") }));
  t.is(ok?.status, 200);
  const b = (await n.location.lookup("acme", "alice", n.clock.now())).at(0);
  t.is(b?.flow.id, n.flow.id);
  t.is(b?.flow.protocol, "TCP");
  t.deepEqual(b?.flow.remote, { address: "203.0.113.7", port: 51000 });
  const text = await n.registry.metrics();
  t.regex(text, /sip_register_total\{result="ok"\} 1/);
  t.regex(text, /sip_register_total\{result="challenged"\} 1/);
  t.regex(text, /sip_registrations_active 1/);
  n.clock.advanceTo(n.clock.now() + 600_001);
  t.deepEqual(await n.location.lookup("acme", "alice", n.clock.now()), [], "expired bindings are not returned");
  t.regex(await n.registry.metrics(), /sip_registrations_active 0/);
  t.is(await n.location.sweep(n.clock.now()), 1);
});

test("INVITE on a node without routing actors (no call manager): known group number or user → 503 Retry-After, unknown → 404; draining → 503 to REGISTER/INVITE", async (t) => {
  const n = node();
  const invite = (uri: string, branch: string) =>
    [
      `INVITE ${uri} SIP/2.0`,
      `Via: SIP/2.0/TCP 203.0.113.7:51000;branch=${branch}`,
      "Max-Forwards: 70",
      `From: <sip:alice-desk@${DOMAIN}>;tag=a`,
      `To: <${uri}>`,
      `Call-ID: ${branch}`,
      "CSeq: 1 INVITE",
      "Content-Length: 0",
      "",
      "",
    ].join("\r\n");
  const user = await n.send(invite(`sip:bob-desk@${DOMAIN}`, "z9hG4bKi1"));
  t.is(user?.status, 503);
  t.is(user?.headers.get("retry-after"), "30");
  t.is((await n.send(invite(`sip:8001@${DOMAIN}`, "z9hG4bKi5")))?.status, 503, "internal group number from the own organisation");
  t.is((await n.send(invite(`sip:+35810123499@${DOMAIN}`, "z9hG4bKi2")))?.status, 404);
  t.is((await n.send(invite(`sip:nobody@${DOMAIN}`, "z9hG4bKi3")))?.status, 404);
  await n.tu.drain(10);
  t.is((await n.send(register()))?.status, 503);
  t.is((await n.send(invite(`sip:bob-desk@${DOMAIN}`, "z9hG4bKi4")))?.headers.get("retry-after"), "30");
});

// ------------------------------------------------------------------ callers (digest on INVITE)

function invite(fromUser: string, proxyAuth?: string): string {
  return [
    `INVITE sip:8001@${DOMAIN} SIP/2.0`,
    `Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bKinv${++branchSeq};rport`,
    "Max-Forwards: 70",
    `From: <sip:${fromUser}@${DOMAIN}>;tag=f1`,
    `To: <sip:8001@${DOMAIN}>`,
    "Call-ID: inv-1",
    "CSeq: 1 INVITE",
    `Contact: <sip:${fromUser}@198.51.100.7:5060>`,
    ...(proxyAuth !== undefined ? [`Proxy-Authorization: ${proxyAuth}`] : []),
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

const caller = (text: string, now: number) => authenticateCaller({ req: incoming(text), now, secret: SECRET, nonceMaxAgeMs: DEFAULT_POLICY.nonceMaxAgeMs, accountOf });

/** The Proxy-Authorization a phone computes for the INVITE's challenge (a Proxy-Authenticate value). */
function proxyAnswer(challenge: string, username: string, password: string): string {
  const nonce = parseAuthParams(challenge)?.get("nonce") ?? "";
  const uri = `sip:8001@${DOMAIN}`;
  const response = computeResponse(digestHa1(username, DOMAIN, password), "INVITE", { nonce, uri, qop: "auth", nc: "00000001", cnonce: "c0ffee", algorithm: "MD5" });
  return `Digest username="${username}", realm="${DOMAIN}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=00000001, cnonce="c0ffee"`;
}

function proxyChallengeAt(now: number, fromUser = "alice-desk"): string {
  const d = caller(invite(fromUser), now);
  if (d.ok) throw new Error("expected a challenge");
  return d.reply.headers.find(([n]) => n === "Proxy-Authenticate")?.[1] ?? "";
}

test("RFC 3261 §22.3 caller without credentials → 407 with Proxy-Authenticate in the From host's realm", (t) => {
  const d = caller(invite("alice-desk"), 1_000);
  if (d.ok) return t.fail("not challenged");
  t.is(d.reply.status, 407);
  t.is(d.reply.outcome, "challenged");
  t.deepEqual(d.reply.headers.map(([n]) => n), ["Proxy-Authenticate"]);
  t.is(parseAuthParams(d.reply.headers[0]?.[1] ?? "")?.get("realm"), DOMAIN);
});

test("caller digest: the right password is the From user's account; a wrong one 403; another device's credentials 403 Not Your Address-Of-Record; a stale nonce 407 stale", (t) => {
  const challenge = proxyChallengeAt(1_000);
  const ok = caller(invite("alice-desk", proxyAnswer(challenge, "alice-desk", "alice-secret")), 2_000);
  t.like(ok, { ok: true, account: { org: "acme", sipUser: "alice-desk" } });
  const wrong = caller(invite("alice-desk", proxyAnswer(challenge, "alice-desk", "guess")), 2_000);
  t.like(wrong, { ok: false, reply: { status: 403, outcome: "forbidden" } });
  const bobAsAlice = caller(invite("alice-desk", proxyAnswer(challenge, "bob-desk", "bob-secret")), 2_000);
  t.like(bobAsAlice, { ok: false, reply: { status: 403, reason: "Not Your Address-Of-Record" } });
  const stale = caller(invite("alice-desk", proxyAnswer(challenge, "alice-desk", "alice-secret")), 1_000 + DEFAULT_POLICY.nonceMaxAgeMs + 1);
  if (stale.ok) return t.fail("a stale nonce was taken");
  t.is(stale.reply.status, 407);
  t.is(parseAuthParams(stale.reply.headers[0]?.[1] ?? "")?.get("stale")?.toLowerCase(), "true");
});

test("caller digest: REGISTER credentials (Authorization) do not answer a proxy challenge, and the INVITE's credentials are checked for INVITE", (t) => {
  const challenge = proxyChallengeAt(1_000);
  const asRegister = invite("alice-desk").replace("Content-Length: 0", `Authorization: ${proxyAnswer(challenge, "alice-desk", "alice-secret")}\r\nContent-Length: 0`);
  t.like(caller(asRegister, 2_000), { ok: false, reply: { status: 407 } });
  const nonce = parseAuthParams(challenge)?.get("nonce") ?? "";
  const uri = `sip:8001@${DOMAIN}`;
  const forRegister = computeResponse(digestHa1("alice-desk", DOMAIN, "alice-secret"), "REGISTER", { nonce, uri, qop: "auth", nc: "00000001", cnonce: "c0ffee", algorithm: "MD5" });
  const replayed = `Digest username="alice-desk", realm="${DOMAIN}", nonce="${nonce}", uri="${uri}", response="${forRegister}", algorithm=MD5, qop=auth, nc=00000001, cnonce="c0ffee"`;
  t.like(caller(invite("alice-desk", replayed), 2_000), { ok: false, reply: { status: 403 } });
});
