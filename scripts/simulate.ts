/**
 * Runs the real routing deciders against synthetic traffic on simulated time.
 *   npm run simulate -- --groups 1 --agents 10 --rate 2.0 --aht 180 --calls 5000
 * Agents are spread round-robin over groups, each also joining `--multi` more groups.
 */
import { Command, InvalidArgumentError } from "commander";
import { SimEngine } from "../lib/routing/sim/engine.js";
import { erlangC } from "../lib/routing/sim/erlang.js";
import { groupSpec, member } from "../lib/routing/sim/spec.js";
import type { Distribution, SimAgent, SimGroup } from "../lib/routing/sim/traffic.js";

function num(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("expected a non-negative number");
  return n;
}

const program = new Command()
  .name("simulate")
  .description("Simulate answer groups with the real group and agent deciders")
  .option("--groups <n>", "answer groups", num, 1)
  .option("--agents <n>", "agents", num, 10)
  .option("--multi <n>", "extra groups each agent joins", num, 0)
  .option("--rate <perMinute>", "calls per minute, per group", num, 2.0)
  .option("--aht <seconds>", "mean talk time", num, 180)
  .option("--handle <kind>", "talk time distribution: exponential | fixed | uniform", "exponential")
  .option("--calls <n>", "total calls", num, 5000)
  .option("--patience <seconds>", "mean caller patience (0 = callers never hang up)", num, 0)
  .option("--answer-delay <seconds>", "mean seconds an agent takes to answer", num, 3)
  .option("--miss <p>", "probability an offer is never answered", num, 0)
  .option("--decline <p>", "probability an offer is declined", num, 0)
  .option("--churn <seconds>", "mean seconds between random agent state changes (0 = none)", num, 0)
  .option("--mode <mode>", "skills | ordered", "skills")
  .option("--m8 <n>", "simultaneous agents per round", num, 1)
  .option("--wrap-up <seconds>", "M9", num, 0)
  .option("--ring <seconds>", "M10", num, 20)
  .option("--max-wait <seconds>", "Q1", num, 0)
  .option("--max-attempts <n>", "Q3", num, 0)
  .option("--max-queue <n>", "Q4", num, 0)
  .option("--auto-logout <n>", "M11", num, 0)
  .option("--seed <n>", "random seed", num, 1)
  .parse();

const o = program.opts<{
  groups: number;
  agents: number;
  multi: number;
  rate: number;
  aht: number;
  handle: string;
  calls: number;
  patience: number;
  answerDelay: number;
  miss: number;
  decline: number;
  churn: number;
  mode: string;
  m8: number;
  wrapUp: number;
  ring: number;
  maxWait: number;
  maxAttempts: number;
  maxQueue: number;
  autoLogout: number;
  seed: number;
}>();

const handleTime: Distribution =
  o.handle === "fixed"
    ? { kind: "fixed", seconds: o.aht }
    : o.handle === "uniform"
      ? { kind: "uniform", minSeconds: 0, maxSeconds: 2 * o.aht }
      : { kind: "exponential", meanSeconds: o.aht };
const mode = o.mode === "ordered" ? "ordered" : "skills";

const agents: SimAgent[] = Array.from({ length: o.agents }, (_, i) => {
  const groups = new Set<string>();
  for (let k = 0; k <= Math.min(o.multi, o.groups - 1); k++) groups.add(`g${(i + k) % o.groups}`);
  return { agentId: `agent${i}`, groups: [...groups], devices: ["desktop", "mobile"] };
});
const groups: SimGroup[] = Array.from({ length: o.groups }, (_, g) => {
  const members = agents.filter((a) => a.groups.includes(`g${g}`)).map((a, k) => member(a.agentId, 1 + (k % 3), mode === "ordered" ? k + 1 : undefined));
  return {
    groupId: `g${g}`,
    ratePerSecond: o.rate / 60,
    spec: groupSpec(members, {
      queue: { maxWaitSeconds: o.maxWait, maxRingAttempts: o.maxAttempts, maxQueueLength: o.maxQueue },
      routing: { mode, simultaneousAgents: Math.max(1, o.m8), wrapUpSeconds: o.wrapUp, ringSeconds: o.ring, autoLogoutAfterMissed: o.autoLogout },
    }),
  };
});

const started = performance.now();
const sim = new SimEngine({
  seed: o.seed,
  groups,
  agents,
  calls: o.calls,
  handleTime,
  ...(o.patience > 0 ? { patienceMeanSeconds: o.patience } : {}),
  behaviour: {
    answerDelay: o.answerDelay > 0 ? { kind: "exponential", meanSeconds: o.answerDelay } : { kind: "fixed", seconds: 0 },
    missProbability: o.miss,
    declineProbability: o.decline,
    churnMeanSeconds: o.churn,
  },
});
const r = sim.run();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`calls ${r.calls} over ${(r.simulatedSeconds / 3600).toFixed(1)} simulated hours (${r.decisions} decisions, ${(performance.now() - started).toFixed(0)} ms)`);
console.log(`outcomes ${Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`service level (answered within ${r.serviceLevelSeconds} s / offered) ${pct(r.serviceLevel)}`);
console.log(`ASA ${r.asaSeconds.toFixed(1)} s, P(wait>0) ${pct(r.probabilityOfWait)}, abandonment ${pct(r.abandonmentRate)}, occupancy ${pct(r.occupancy)}`);
if (o.groups === 1 && o.multi === 0) {
  try {
    const c = erlangC(o.rate / 60, o.aht + o.wrapUp, o.agents);
    console.log(`Erlang C reference (no ring delay, no abandonment): P(wait>0) ${pct(c.probabilityOfWait)}, ASA ${c.asaSeconds.toFixed(1)} s`);
  } catch {
    console.log("Erlang C reference: offered load exceeds the agents (queue grows without bound)");
  }
}
console.log("per agent:");
for (const a of r.agents) console.log(`  ${a.agentId.padEnd(10)} answered ${String(a.answered).padStart(6)}  talk ${(a.talkSeconds / 3600).toFixed(1).padStart(6)} h  occupancy ${pct(a.occupancy)}`);
