/**
 * A browser-style desktop agent: `ringmesh start` with `SIP_WS_PORT` serves SIP over
 * WebSocket (RFC 7118); sip.js 0.21 (as a browser softphone would run it) registers
 * alice-desk and answers a call to the support group with a fixed SDP (no media: a
 * minimal SessionDescriptionHandler), while a sipp caller dials the group over UDP.
 */
import test from "ava";
import {
  Registerer,
  RegistererState,
  SessionState,
  UserAgent,
  type Invitation,
  type SessionDescriptionHandler,
} from "sip.js";
import { WebSocket } from "ws";
import { freePort } from "../../support/ports.js";
import { startRingmeshNode, type RingmeshNode } from "../../support/ringmesh-node.js";
import {
  CALLER,
  cliFor,
  cliJson,
  dial,
  EXAMPLES,
  killSipps,
  member,
  messageIn,
  metricsUntil,
  stateOf,
  statusUntil,
  type ExplainJson,
} from "./harness.js";

// sip.js looks for a browser WebSocket; Node 20 has none built in.
Object.assign(globalThis, { WebSocket });

const ANSWER_SDP = ["v=0", "o=wsdesk 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0", "m=audio 40000 RTP/AVP 0", "a=rtpmap:0 PCMU/8000", ""].join("\r\n");

/** No media: remembers the remote offer and answers with a fixed SDP. */
function fixedSdp(offers: string[]): SessionDescriptionHandler {
  return {
    close: () => undefined,
    getDescription: () => Promise.resolve({ body: ANSWER_SDP, contentType: "application/sdp" }),
    hasDescription: (contentType) => contentType === "application/sdp",
    setDescription: (sdp) => {
      offers.push(sdp);
      return Promise.resolve();
    },
    sendDtmf: () => false,
  };
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} not within ${ms} ms`)), ms))),
  ]);
}

let node: RingmeshNode | undefined;
let ua: UserAgent | undefined;

test.afterEach.always(async (t) => {
  killSipps();
  await ua?.stop().catch(() => undefined);
  ua = undefined;
  if (!t.passed && node !== undefined) t.log(node.log().slice(-4000));
  await node?.dispose();
  node = undefined;
});

test.serial("sip.js desktop over WebSocket: registers alice-desk, alice logs in, a caller dials the group, the browser UA gets the INVITE (call and group headers) and answers with its SDP; the caller's BYE ends its session", async (t) => {
  const wsPort = await freePort();
  const n = await startRingmeshNode({ args: ["--bootstrap", EXAMPLES], env: { SIP_WS_PORT: String(wsPort) } });
  node = n;
  const cli = cliFor(n);
  t.regex(n.log(), new RegExp(`"ws":${wsPort}\\b`), "signaling announces the WebSocket listener");

  const offers: string[] = [];
  const invitations: Invitation[] = [];
  let invited: (inv: Invitation) => void = () => undefined;
  const firstInvite = new Promise<Invitation>((resolve) => (invited = resolve));
  const terminated: Promise<void>[] = [];
  ua = new UserAgent({
    uri: UserAgent.makeURI("sip:alice-desk@acme.example"),
    transportOptions: { server: `ws://127.0.0.1:${wsPort}` },
    authorizationUsername: "alice-desk",
    authorizationPassword: "alice-secret",
    logLevel: "error",
    sessionDescriptionHandlerFactory: () => fixedSdp(offers),
    delegate: {
      onInvite: (inv) => {
        invitations.push(inv);
        terminated.push(
          new Promise<void>((resolve) =>
            inv.stateChange.addListener((s) => {
              if (s === SessionState.Terminated) resolve();
            }),
          ),
        );
        invited(inv);
        void inv.accept().catch((err: unknown) => t.log(`accept failed: ${String(err)}`));
      },
    },
  });
  await ua.start();
  const registerer = new Registerer(ua, { expires: 300, regId: 1 });
  const registered = new Promise<void>((resolve) =>
    registerer.stateChange.addListener((s) => {
      if (s === RegistererState.Registered) resolve();
    }),
  );
  await registerer.register();
  await within(registered, 5000, "REGISTER over WebSocket");
  t.regex(await metricsUntil(n, /^sip_registrations_active 1$/m), /^sip_registrations_active 1$/m);

  const login = await cli("agent", "login", "support", "--user", "alice", "--org", "acme");
  t.is(login.code, 0, login.stderr);
  t.is(stateOf(await statusUntil(cli, (s) => stateOf(s, "alice") === "available"), "alice"), "available");

  const caller = dial(n, "e2e-caller-talk.xml", { args: ["-d", "4000"] });
  const inv = await within(firstInvite, 5000, "the INVITE to the WebSocket desktop");
  const callId = inv.request.getHeader("P-Ringmesh-Call") ?? "";
  t.regex(callId, /\S/, "the agent leg names its call");
  t.is(inv.request.getHeader("P-Ringmesh-Group"), `"Support" <sip:+35810123456@acme.example>`);
  t.is(inv.remoteIdentity.uri.user, CALLER, "G7 show caller");

  const during = await statusUntil(cli, (s) => s.connected.length === 1, 3000);
  t.deepEqual(during.connected, [{ callId, caller: CALLER, user: "alice" }]);
  t.is(stateOf(during, "alice"), "onCall");

  const c = await caller;
  t.is(c.code, 0, c.output);
  t.regex(messageIn(c.messages, /^SIP\/2\.0 200 /), /^o=wsdesk /m, "the caller gets the browser's SDP answer");
  t.is(offers.length, 1);
  t.regex(offers[0] ?? "", /^o=caller /m, "the browser got the caller's offer");
  await within(Promise.all(terminated), 3000, "the browser session ending on the caller's BYE");
  t.is(invitations.length, 1, "one INVITE: the only registered device of alice");
  t.is(inv.state, SessionState.Terminated);

  const after = await statusUntil(cli, (s) => stateOf(s, "alice") === "wrapUp");
  t.is(member(after, "alice")?.state, "wrapUp");
  const x = await cliJson<ExplainJson>(cli, "call", "explain", callId, "--org", "acme");
  t.like(x.groups[0]?.decisions.at(-1), { kind: "offerEnded", user: "alice", outcome: "answered" });
  t.regex(await metricsUntil(n, /^sip_calls_total\{outcome="answered"\} 1$/m), /^sip_calls_total\{outcome="answered"\} 1$/m);

  const unregistered = new Promise<void>((resolve) =>
    registerer.stateChange.addListener((s) => {
      if (s === RegistererState.Unregistered) resolve();
    }),
  );
  await registerer.unregister();
  await within(unregistered, 5000, "un-REGISTER");
  t.regex(await metricsUntil(n, /^sip_registrations_active 0$/m), /^sip_registrations_active 0$/m);
});
