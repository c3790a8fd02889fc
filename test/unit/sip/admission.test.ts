/**
 * Admission control (perf G9) on simulated time: the call ceiling, the CPS and REGISTER
 * token buckets, Retry-After, the shed counter, and the TU refusing before the call
 * manager sees the INVITE while in-dialog requests still reach it.
 */
import test from "ava";
import { Registry } from "prom-client";
import { SimulatedClock } from "../../../lib/clock.js";
import { silentLogger } from "../../../lib/log.js";
import {
  AdmissionControl,
  Directory,
  FULL_RETRY_AFTER_S,
  SignalingTu,
  TokenBucket,
  waitForCalls,
  type AdmissionLimits,
  type CallManager,
  type Registrar,
  type ServerTransaction,
  type Verdict,
} from "../../../services/signaling/index.js";
import { incoming } from "./fakes.js";

function control(limits: AdmissionLimits, load = () => 0, random = () => 0) {
  const clock = new SimulatedClock(1_700_000_000_000);
  const registry = new Registry();
  const ac = new AdmissionControl({ limits, clock, load, registry, random });
  const shed = async (method: string, reason: string) => {
    const m = new RegExp(`sip_requests_shed_total\\{method="${method}",reason="${reason}"\\} (\\d+)`).exec(await registry.metrics());
    return Number(m?.[1]);
  };
  return { clock, ac, shed };
}

const admitted = (vs: Verdict[]) => vs.filter((v) => v.admit).length;

test("token bucket: one second of burst, then the rate; time going backwards never mints tokens", (t) => {
  const b = new TokenBucket(4, 0);
  t.deepEqual([1, 2, 3, 4, 5].map(() => b.take(0)), [true, true, true, true, false]);
  t.is(b.waitMs(0), 250);
  t.true(b.take(250));
  t.false(b.take(100), "earlier than the last refill");
  t.is(b.waitMs(500), 0);
});

test("SIP_MAX_CPS: a burst up to the rate is admitted, the rest refused with Retry-After ≥ 1 s and counted; the rate recovers as time passes", async (t) => {
  const { clock, ac, shed } = control({ maxCps: 10 });
  const burst = Array.from({ length: 25 }, () => ac.invite());
  t.is(admitted(burst), 10);
  t.deepEqual(burst[24], { admit: false, reason: "cps", retryAfter: 1 });
  t.is(await shed("INVITE", "cps"), 15);
  clock.advanceTo(clock.now() + 500);
  t.is(admitted(Array.from({ length: 10 }, () => ac.invite())), 5, "half a second refills half the bucket");
  // Two seconds at twice the rate: about the rate gets through, never more.
  let ok = 0;
  for (let i = 0; i < 40; i++) {
    clock.advanceTo(clock.now() + 50);
    if (ac.invite().admit) ok++;
  }
  t.is(ok, 20);
});

test("SIP_MAX_CALLS: at the ceiling every new INVITE is refused (Retry-After 5 s plus jitter) without spending a CPS token; below it, admitted again", async (t) => {
  let load = 3;
  const { ac, shed } = control({ maxCalls: 3, maxCps: 2 }, () => load, () => 0.99);
  const v = ac.invite();
  t.deepEqual(v, { admit: false, reason: "calls", retryAfter: FULL_RETRY_AFTER_S + FULL_RETRY_AFTER_S });
  for (let i = 0; i < 5; i++) ac.invite();
  t.is(await shed("INVITE", "calls"), 6);
  load = 2;
  t.true(ac.invite().admit && ac.invite().admit, "the CPS bucket is still full");
  t.is(await shed("INVITE", "cps"), 0);
});

test("REGISTER storms: a per-source rate refuses a flooding address without touching others; the node-wide rate caps everyone", async (t) => {
  const { clock, ac, shed } = control({ maxRegisterRps: 5, maxRegisterRpsPerSource: 2 });
  t.is(admitted([1, 2, 3, 4].map(() => ac.register("198.51.100.7"))), 2);
  t.deepEqual(ac.register("198.51.100.7"), { admit: false, reason: "registerSource", retryAfter: 1 });
  t.is(admitted([ac.register("198.51.100.8"), ac.register("198.51.100.9"), ac.register("198.51.100.10")]), 3, "other phones still register");
  t.deepEqual(ac.register("198.51.100.11"), { admit: false, reason: "register", retryAfter: 1 }, "the node-wide bucket is empty");
  t.is(await shed("REGISTER", "registerSource"), 3);
  t.is(await shed("REGISTER", "register"), 1);
  clock.advanceTo(clock.now() + 1000);
  t.true(ac.register("198.51.100.7").admit);
});

test("no limits configured: everything admitted, the shed series exist at 0", async (t) => {
  const { ac, shed } = control({}, () => 1_000_000);
  t.is(admitted(Array.from({ length: 1000 }, () => ac.invite())), 1000);
  t.is(admitted(Array.from({ length: 1000 }, () => ac.register("192.0.2.1"))), 1000);
  for (const [m, r] of [["INVITE", "calls"], ["INVITE", "cps"], ["REGISTER", "register"], ["REGISTER", "registerSource"]] as const) t.is(await shed(m, r), 0);
});

test("drain: waits while calls remain and resolves true when the last ends; false when the period runs out first", async (t) => {
  const clock = new SimulatedClock(0);
  let calls = 2;
  let done: boolean | undefined;
  void waitForCalls(() => calls, 10_000, clock, silentLogger()).then((d) => (done = d));
  clock.advanceTo(3000);
  await Promise.resolve();
  t.is(done, undefined);
  calls = 0;
  clock.advanceTo(3250);
  await Promise.resolve();
  t.true(done);

  let late: boolean | undefined;
  void waitForCalls(() => 1, 1000, clock, silentLogger()).then((d) => (late = d));
  clock.advanceTo(4249);
  await Promise.resolve();
  t.is(late, undefined);
  clock.advanceTo(4250);
  await Promise.resolve();
  t.false(late);
});

test("TU: an INVITE over the limit gets 503 + Retry-After before the call manager sees it; BYE, ACK and re-INVITE inside a dialog still reach it", (t) => {
  const seen: string[] = [];
  const calls = {
    onInvite: () => seen.push("INVITE"),
    onInDialog: (txn: ServerTransaction) => seen.push(`in-dialog ${txn.request.method}`),
    onAck: () => seen.push("ACK"),
  } as unknown as CallManager;
  const { ac } = control({ maxCps: 1 });
  const tu = new SignalingTu({} as unknown as Registrar, new Directory(), silentLogger(), calls, ac);
  const replies: [number, string | undefined][] = [];
  const txn = (method: string, toTag = "") => {
    const request = incoming(
      [`${method} sip:+35810123456@127.0.0.1 SIP/2.0`, "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bK1", "From: <sip:c@x>;tag=a", `To: <sip:+35810123456@127.0.0.1>${toTag}`, "Call-ID: c1", `CSeq: 1 ${method}`, "Max-Forwards: 70", "Content-Length: 0", "", ""].join("\r\n"),
    );
    return {
      kind: method === "INVITE" ? "invite-server" : "non-invite-server",
      request,
      flow: { remote: { address: "198.51.100.1", port: 5060 } },
    } as unknown as ServerTransaction;
  };
  // As the endpoint does: the TU may refuse a new request before a transaction exists.
  const offer = (x: ServerTransaction) => {
    const no = tu.refuse(x.request, x.flow);
    if (no === undefined) tu.onRequest(x);
    else replies.push([no.status, no.headers?.find(([h]) => h === "Retry-After")?.[1]]);
  };
  offer(txn("INVITE"));
  offer(txn("INVITE"));
  offer(txn("INVITE", ";tag=b"));
  offer(txn("BYE", ";tag=b"));
  tu.onAck(incoming(["ACK sip:x@127.0.0.1 SIP/2.0", "Via: SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bK2", "From: <sip:c@x>;tag=a", "To: <sip:x@y>;tag=b", "Call-ID: c1", "CSeq: 1 ACK", "Max-Forwards: 70", "Content-Length: 0", "", ""].join("\r\n")));
  t.deepEqual(seen, ["INVITE", "in-dialog INVITE", "in-dialog BYE", "ACK"]);
  t.deepEqual(replies, [[503, "1"]]);
});
