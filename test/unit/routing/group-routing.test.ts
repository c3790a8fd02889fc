import test from "ava";
import { member } from "../../../lib/routing/sim/spec.js";
import { groupSpec } from "../../../lib/routing/sim/spec.js";
import { explain, presentedNumber, type OfferDecision } from "../../../services/queue-actor/index.js";
import { G, arrive, bidsIn, fire, grant, makeGroup, of, status, step } from "./helpers.js";

test("M4 skillLevel: the best level with a free agent gets the call first", (t) => {
  const s = makeGroup([member("c3", 3), member("a1", 1), member("b2", 2)]);
  for (const id of ["c3", "b2"]) step(s, status(id, "free"), 0);
  step(s, status("a1", "onCall"), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1"), 1)), ["b2"]);
});

test("M4 + M6: within a level the longest-idle agent first; never-called agents count as longest idle", (t) => {
  const s = makeGroup([member("x"), member("y"), member("z")]);
  step(s, status("x", "free", { idleSince: 500 }), 0);
  step(s, status("y", "free", { idleSince: 100 }), 0);
  step(s, status("z", "free", { idleSince: 900, neverCalled: true }), 0);
  const out = step(s, arrive("c1"), 1000);
  t.deepEqual(bidsIn(out), ["z"]);
  const decision = explain(s, "c1").find((e) => e.kind === "offer") as OfferDecision;
  t.deepEqual(decision.chosen, ["z"]);
  t.deepEqual(decision.skippedCounts, { laterInOrder: 2 });
});

test("M6 longestIdle off: a random agent of the best level, reproducible from the seed, never a worse level", (t) => {
  const members = [member("a", 1), member("b", 1), member("c", 1), member("d", 1), member("w", 2)];
  const picks = new Set<string>();
  for (let seed = 1; seed <= 40; seed++) {
    const run = () => {
      const s = makeGroup(members, { routing: { longestIdle: false } }, seed);
      for (const m of members) step(s, status(m.user, "free", { idleSince: m.user.charCodeAt(0) }), 0);
      return bidsIn(step(s, arrive("c1"), 1000));
    };
    const first = run();
    t.deepEqual(run(), first, "same seed, same choice");
    picks.add(first[0]);
  }
  t.false(picks.has("w"));
  t.deepEqual([...picks].sort(), ["a", "b", "c", "d"]);
});

test("M3 ringOrder: ordered members in order, then unordered ones by M6", (t) => {
  const s = makeGroup([member("u1"), member("o2", 3, 2), member("u2"), member("o1", 3, 1)], { routing: { mode: "ordered", simultaneousAgents: 1 } });
  step(s, status("u1", "free", { idleSince: 50 }), 0);
  step(s, status("u2", "free", { idleSince: 10 }), 0);
  step(s, status("o2", "free"), 0);
  step(s, status("o1", "free"), 0);
  const order: string[] = [];
  // Each round takes the next agent; each rings out and reports free again (§3.6 pass over the order).
  let pending = bidsIn(step(s, arrive("c1"), 0));
  for (let round = 0; round < 5; round++) {
    const now = round * 30_000;
    const [agent] = pending;
    order.push(agent);
    step(s, grant(agent, "c1", round + 1), now);
    pending = bidsIn(step(s, fire(`ring:${agent}:c1`), now + 20_000));
    pending.push(...bidsIn(step(s, status(agent, "free", { idleSince: agent === "u1" ? 50 : 10 }), now + 20_000)));
  }
  t.deepEqual(order.slice(0, 4), ["o1", "o2", "u2", "u1"]);
  t.is(order[4], "o1", "the order exhausted, the next round starts again from the top");
  t.true((explain(s, "c1").find((e) => e.kind === "offer" && e.restartedFromTop) as OfferDecision | undefined) !== undefined);
});

test("M8 simultaneousAgents: a round rings up to M8 agents at once; the first answer cancels the others (M7 fork)", (t) => {
  const s = makeGroup([member("a", 1), member("b", 1), member("c", 2), member("d", 3)], { routing: { simultaneousAgents: 3 } });
  for (const id of ["a", "b", "c", "d"]) step(s, status(id, "free", { idleSince: id.charCodeAt(0) }), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1"), 1000)), ["a", "b", "c"]);
  for (const [i, id] of ["a", "b", "c"].entries()) step(s, grant(id, "c1", i + 1), 1000);
  const out = step(s, { type: "legAnswered", callId: "c1", agentId: "b", connected: true }, 4000);
  t.deepEqual(of(out, "cancelRing"), [
    { type: "cancelRing", callId: "c1", agentId: "a", reason: "answeredElsewhere" },
    { type: "cancelRing", callId: "c1", agentId: "c", reason: "answeredElsewhere" },
  ]);
  t.deepEqual(
    of(out, "toAgent").map((e) => (e.message.type === "offerEnded" ? [e.message.agentId, e.message.outcome] : [])),
    [
      ["b", "answered"],
      ["a", "cancelled"],
      ["c", "cancelled"],
    ],
  );
  t.deepEqual(of(out, "connect"), [], "signaling connected the call on b's 2xx");
  t.is(s.calls.get("c1")?.agentId, "b");
});

test("M5 presenceAware: a logged-in busy-red member is skipped and named in the decision log", (t) => {
  const s = makeGroup([member("red", 1), member("green", 2)], { routing: { presenceAware: true } });
  step(s, status("red", "free", { presence: "busy" }), 0);
  step(s, status("green", "free"), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1"), 0)), ["green"]);
  const d = explain(s, "c1").find((e) => e.kind === "offer") as OfferDecision;
  t.deepEqual(d.skipped, [{ agentId: "red", reason: "busyPresence" }]);
});

test("M5 off: presence is ignored", (t) => {
  const s = makeGroup([member("red", 1), member("green", 2)], { routing: { presenceAware: false } });
  step(s, status("red", "free", { presence: "busy" }), 0);
  step(s, status("green", "free"), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1"), 0)), ["red"]);
});

test("M7 ringDevices: only the selected kinds ring, all at once; an agent with none of them is not offered", (t) => {
  const s = makeGroup([member("a", 1), member("b", 2)], { routing: { ringDevices: ["mobile", "ipPhone"] }, offeredNumber: { show: "group", suffix: "*1" } });
  step(s, status("a", "free", { devices: ["desktop"] }), 0);
  step(s, status("b", "free", { devices: ["desktop", "mobile", "ipPhone"] }), 0);
  t.deepEqual(bidsIn(step(s, arrive("c1", "+358409"), 0)), ["b"]);
  t.deepEqual(of(step(s, grant("b", "c1", 1), 0), "ringAgent")[0]?.devices, [
    { kind: "mobile", from: "+35810123456*1" },
    { kind: "ipPhone", from: "+35810123456*1" },
  ]);
  t.is((explain(s, "c1").find((e) => e.kind === "offer") as OfferDecision).skipped[0]?.reason, "noRingableDevice");
});

test("G7 offeredNumber: caller or group number, with prefix or suffix; desktop sees caller and group", (t) => {
  const spec = (show: "caller" | "group", prefix: string, suffix: string) => groupSpec([], { offeredNumber: { show, prefix, suffix } });
  t.is(presentedNumber(spec("caller", "1*", ""), "020457623"), "1*020457623");
  t.is(presentedNumber(spec("caller", "", "*1"), "020457623"), "020457623*1");
  t.is(presentedNumber(spec("group", "", ""), "020457623"), "+35810123456");
  const s = makeGroup([member("a")], { offeredNumber: { show: "caller", suffix: "*1" } });
  step(s, status("a", "free", { devices: ["desktop", "mobile"] }), 0);
  step(s, arrive("c1", "020457623"), 0);
  t.deepEqual(of(step(s, grant("a", "c1", 1), 0), "ringAgent")[0]?.devices, [
    { kind: "desktop", from: "020457623", group: { number: "+35810123456", name: "Support" } },
    { kind: "mobile", from: "020457623*1" },
  ]);
});

test("M10 ringSeconds: the ring timer is M10 after the grant; a timeout is a miss reported to the agent", (t) => {
  const s = makeGroup([member("a")], { routing: { ringSeconds: 12 } });
  step(s, status("a", "free"), 0);
  step(s, arrive("c1"), 0);
  t.deepEqual(of(step(s, grant("a", "c1", 1), 500), "startTimer"), [{ type: "startTimer", timerId: "ring:a:c1", fireAt: 12_500 }]);
  const out = step(s, fire("ring:a:c1"), 12_500);
  t.deepEqual(
    of(out, "toAgent").map((e) => e.message),
    [{ type: "offerEnded", groupId: G, agentId: "a", callId: "c1", reservation: 1, outcome: "missed" }],
  );
});

test("§3.6 decline: not a miss, and the agent is skipped for the rest of this call (declinedThisCall)", (t) => {
  const s = makeGroup([member("a", 1), member("b", 2)]);
  step(s, status("a", "free"), 0);
  step(s, status("b", "onCall"), 0);
  step(s, arrive("c1"), 0);
  step(s, grant("a", "c1", 1), 0);
  const out = step(s, { type: "legFailed", callId: "c1", agentId: "a", reason: "declined" }, 2000);
  t.deepEqual(of(out, "toAgent").map((e) => (e.message.type === "offerEnded" ? e.message.outcome : "")), ["declined"]);
  step(s, status("a", "free"), 2001);
  t.deepEqual(bidsIn(step(s, status("b", "free"), 2002)), ["b"]);
  const last = explain(s, "c1").filter((e) => e.kind === "offer").at(-1) as OfferDecision;
  t.deepEqual(last.skipped[0], { agentId: "a", reason: "declinedThisCall" });
});

test("FIFO: calls take free agents in the order they joined", (t) => {
  const s = makeGroup([member("a"), member("b")]);
  step(s, status("a", "onCall"), 0);
  step(s, status("b", "onCall"), 0);
  for (const c of ["c1", "c2", "c3"]) step(s, arrive(c), 0);
  const out = step(s, status("b", "free"), 10);
  t.deepEqual(of(out, "toAgent").map((e) => (e.message.type === "bid" ? e.message.callId : "")), ["c1"]);
  step(s, status("a", "free"), 11);
  t.deepEqual(s.calls.get("c2")?.bids, ["a"]);
});

test("decision log: skipped reasons name logged-out, on-call, wrap-up, on-break and worse-level members", (t) => {
  const s = makeGroup([member("out", 1), member("talk", 1), member("wrap", 1), member("pause", 1), member("free1", 2), member("free2", 3)]);
  step(s, status("talk", "onCall"), 0);
  step(s, status("wrap", "wrapUp"), 0);
  step(s, status("pause", "onBreak"), 0);
  step(s, status("free1", "free"), 0);
  step(s, status("free2", "free"), 0);
  step(s, arrive("c1"), 0);
  const d = explain(s, "c1").find((e) => e.kind === "offer") as OfferDecision;
  t.deepEqual(d.chosen, ["free1"]);
  t.deepEqual(d.skipped, [
    { agentId: "out", reason: "loggedOut" },
    { agentId: "talk", reason: "onCall" },
    { agentId: "wrap", reason: "wrapUp" },
    { agentId: "pause", reason: "onBreak" },
  ]);
  t.deepEqual(d.skippedCounts, { worseLevel: 1, loggedOut: 1, onBreak: 1, wrapUp: 1, onCall: 1 });
  t.is(d.candidates, 2);
});

test("Q2 + §3.6 decline: once every reachable member declined the call and nothing rings, it goes to Q2", (t) => {
  const s = makeGroup([member("a"), member("b")]);
  step(s, status("a", "free"), 0);
  step(s, status("b", "onCall"), 0);
  step(s, arrive("c1"), 0);
  step(s, grant("a", "c1", 1), 0);
  t.deepEqual(of(step(s, { type: "legFailed", callId: "c1", agentId: "a", reason: "declined" }, 1), "routeCall"), [], "b may still take it");
  const out = step(s, status("b", "loggedOut"), 2);
  t.deepEqual(of(out, "routeCall").map((r) => [r.setting, r.reason]), [["Q2", "allDeclined"]]);
});
