/**
 * `agent`, `group status` and `call explain`: agent and supervisor operations through
 * SupervisionService. Tables for people (times as ages, "12s ago"), JSON for scripts
 * (instants as ms since the epoch, as the API gives them).
 */
import { Argument, Command, Option } from "commander";
import {
  createSupervisionClient,
  type AgentState,
  type CallExplanationView,
  type DecisionView,
  type GroupStatusView,
  type SupervisionClient,
} from "../services/admin/index.js";
import { clientOptions, type GlobalOptions } from "./connect.js";
import { table } from "./output.js";

const FORMATS = ["table", "json"] as const;
type Format = (typeof FORMATS)[number];

interface AgentOpts {
  readonly user: string;
  readonly org: string;
  readonly output: Format;
}

async function withClient<T>(g: GlobalOptions, run: (c: SupervisionClient) => Promise<T>): Promise<T> {
  const client = createSupervisionClient(await clientOptions(g));
  try {
    return await run(client);
  } finally {
    client.close();
  }
}

/** "42s", "3m05s", "1h02m": how long ago `at` was, as of `now`; "-" when not known. */
export function age(at: number, now: number): string {
  if (at <= 0) return "-";
  return duration(Math.max(0, now - at));
}

export function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + "\n";

export function formatAgent(a: AgentState, format: Format, now: number): string {
  if (format === "json") return json(a);
  const groups = a.groups.map((g) => (g.misses > 0 ? `${g.group} (missed ${g.misses})` : g.group)).join(",") || "-";
  const extra = a.state === "wrapUp" && a.wrapUpEndsAt > 0 ? `, wrap-up ends in ${duration(Math.max(0, a.wrapUpEndsAt - now))}` : "";
  return `${a.organisation}/${a.user}: ${a.state} for ${age(a.stateSince, now)}${extra}, presence ${a.presence || "unknown"}, logged in to ${groups}\n`;
}

export function formatGroupStatus(s: GroupStatusView, format: Format): string {
  if (format === "json") return json(s);
  const now = s.observedAt;
  const lines = [`${s.organisation}/${s.group}: ${s.waiting.length} waiting (longest ${duration(s.longestWaitMs)}), ${s.connected.length} connected`, ""];
  if (s.waiting.length > 0) {
    lines.push(
      table(s.waiting.map((c) => ({ POS: String(c.position), CALL: c.callId, CALLER: c.caller, WAIT: duration(c.waitMs), PHASE: c.phase, ROUNDS: String(c.rounds), RINGING: c.ringing.join(",") || "-" }))),
    );
  }
  lines.push(
    table(
      s.members.map((m) => ({
        AGENT: m.user,
        STATE: m.state,
        SINCE: m.state === "loggedOut" ? "-" : age(m.since, now),
        PRESENCE: m.presence || "unknown",
        MISSED: String(m.misses),
        CALL: m.callId || "-",
        "WRAP-UP LEFT": m.wrapUpEndsAt > 0 ? duration(Math.max(0, m.wrapUpEndsAt - now)) : "-",
      })),
    ),
  );
  return lines.join("\n");
}

function describe(d: DecisionView): string {
  switch (d.kind) {
    case "offer": {
      const skipped = d.skipped.map((k) => `${k.user}: ${k.reason}`).join(", ");
      const counts = Object.entries(d.skippedCounts).map(([r, n]) => `${r} ${n}`).join(", ");
      return `round ${d.round}: chose ${d.chosen.join(", ")} of ${d.candidates} free${d.restartedFromTop ? " (order restarted from the top)" : ""}; skipped ${skipped || "none"}${counts !== "" ? ` [${counts}]` : ""}`;
    }
    case "refused":
      return `${d.user} refused: ${d.reason}`;
    case "queued":
      return `queued at position ${d.position}`;
    case "routed":
      return `routed to ${d.setting} (${d.reason}) after ${duration(d.waitedMs)}`;
    case "abandoned":
      return `abandoned by the caller after ${duration(d.waitedMs)}`;
    default:
      return `offer to ${d.user} ended: ${d.outcome}`;
  }
}

export function formatExplanation(x: CallExplanationView, format: Format): string {
  if (format === "json") return json(x);
  return x.groups
    .map((g) => [`call ${x.callId} in group ${g.group}:`, ...g.decisions.map((d) => `  ${new Date(d.at).toISOString()}  ${describe(d)}`)].join("\n") + "\n")
    .join("\n");
}

/** Registers `agent`, `group` and `call` on the program. */
export function registerSupervision(cmd: Command, global: () => GlobalOptions): void {
  const output = () => new Option("-o, --output <format>", "output format").choices(FORMATS).default("table" satisfies Format);
  const agentCommand = (parent: Command, name: string, description: string) =>
    parent.command(name).description(description).requiredOption("--user <name>", "the agent (a User)").requiredOption("--org <org>", "organisation").addOption(output());
  const show = (a: AgentState, format: Format): void => {
    process.stdout.write(formatAgent(a, format, Date.now()));
  };
  const print = (text: string): void => {
    process.stdout.write(text);
  };

  const agent = cmd.command("agent").description("agent operations: log in/out of a group, presence, break, wrap-up");
  agentCommand(agent, "login", "log the agent in to a group (the agent itself, an M2 supervisor or an admin)")
    .argument("<group>", "answer group")
    .action((group: string, o: AgentOpts) => withClient(global(), async (c) => show(await c.login({ organisation: o.org, user: o.user, group }), o.output)));
  agentCommand(agent, "logout", "log the agent out of a group")
    .argument("<group>", "answer group")
    .action((group: string, o: AgentOpts) => withClient(global(), async (c) => show(await c.logout({ organisation: o.org, user: o.user, group }), o.output)));
  agentCommand(agent, "presence", "set the agent's presence (M5)")
    .addArgument(new Argument("<presence>", "available or busy").choices(["available", "busy"]))
    .action((presence: "available" | "busy", o: AgentOpts) =>
      withClient(global(), async (c) => show(await c.setPresence({ organisation: o.org, user: o.user, presence }), o.output)));
  agentCommand(agent, "break", "start or end a break (from free or wrap-up)")
    .addArgument(new Argument("<action>", "start or end").choices(["start", "end"]))
    .action((action: "start" | "end", o: AgentOpts) =>
      withClient(global(), async (c) => show(await (action === "start" ? c.startBreak({ organisation: o.org, user: o.user }) : c.endBreak({ organisation: o.org, user: o.user })), o.output)));
  agentCommand(agent, "wrapup", "end wrap-up early (M9): the agent takes calls again at once")
    .addArgument(new Argument("<action>", "end").choices(["end"]))
    .action((_action: "end", o: AgentOpts) => withClient(global(), async (c) => show(await c.endWrapUp({ organisation: o.org, user: o.user }), o.output)));
  agentCommand(agent, "show", "the agent's state, groups and M11 counts").action((o: AgentOpts) =>
    withClient(global(), async (c) => show(await c.agent({ organisation: o.org, user: o.user }), o.output)));

  cmd
    .command("group")
    .description("answer group figures")
    .command("status")
    .description("live status: waiting calls with position and wait, agents by state and since when")
    .argument("<group>", "answer group")
    .requiredOption("--org <org>", "organisation")
    .addOption(output())
    .action((group: string, o: { org: string; output: Format }) =>
      withClient(global(), async (c) => print(formatGroupStatus(await c.groupStatus(o.org, group), o.output))));

  cmd
    .command("call")
    .description("calls")
    .command("explain")
    .description("why a call was offered to whom: candidates, skipped agents with reasons, chosen agents")
    .argument("<callId>", "call id")
    .requiredOption("--org <org>", "organisation")
    .option("--group <group>", "the call's group (default: search the organisation's groups)")
    .addOption(output())
    .action((callId: string, o: { org: string; group?: string; output: Format }) =>
      withClient(global(), async (c) => print(formatExplanation(await c.explainCall(o.org, callId, o.group), o.output))));
}
