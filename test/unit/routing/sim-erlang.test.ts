import test from "ava";
import { erlangC } from "../../../lib/routing/sim/erlang.js";
import { SimEngine } from "../../../lib/routing/sim/engine.js";
import { groupSpec, member } from "../../../lib/routing/sim/spec.js";

test("simulator vs Erlang C: M/M/10 at 80% load, P(wait>0) within 5% and ASA within 10% (150k calls, seed 1)", (t) => {
  const servers = 10;
  const aht = 180;
  const rate = (0.8 * servers) / aht;
  const agents = Array.from({ length: servers }, (_, i) => ({ agentId: `a${i}`, groups: ["g"], devices: ["desktop" as const] }));
  const sim = new SimEngine({
    seed: 1,
    calls: 150_000,
    handleTime: { kind: "exponential", meanSeconds: aht },
    groups: [{ groupId: "g", spec: groupSpec(agents.map((a) => member(a.agentId))), ratePerSecond: rate }],
    agents,
    behaviour: { answerDelay: { kind: "fixed", seconds: 0 }, missProbability: 0, declineProbability: 0, churnMeanSeconds: 0 },
  });
  const report = sim.run();
  const theory = erlangC(rate, aht, servers);
  t.log(`P(wait>0) sim ${report.probabilityOfWait.toFixed(4)} vs Erlang C ${theory.probabilityOfWait.toFixed(4)}; ASA sim ${report.asaSeconds.toFixed(2)} s vs ${theory.asaSeconds.toFixed(2)} s`);
  t.is(report.outcomes.answered, 150_000);
  t.true(Math.abs(report.probabilityOfWait / theory.probabilityOfWait - 1) < 0.05);
  t.true(Math.abs(report.asaSeconds / theory.asaSeconds - 1) < 0.1);
  t.true(Math.abs(report.occupancy - 0.8) < 0.03);
});

test("Erlang C reference values: 10 agents, 8 Erlang", (t) => {
  const r = erlangC(8 / 180, 180, 10);
  t.true(Math.abs(r.probabilityOfWait - 0.4092) < 0.001);
  t.true(Math.abs(r.asaSeconds - 36.83) < 0.05);
});
