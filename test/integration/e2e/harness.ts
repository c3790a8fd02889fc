/**
 * Black-box end-to-end helpers: a real `ringmesh start` node (test/support/ringmesh-node),
 * the `ringmesh` CLI against it, its `/metrics`, and bounded sipp peers. Nothing here
 * reaches into the product's modules: everything goes through SIP, gRPC (the CLI) and HTTP.
 */
import { join } from "node:path";
import { freeUdpTcpPort } from "../../support/ports.js";
import { runCli, type CliResult, type RingmeshNode } from "../../support/ringmesh-node.js";

export const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples", "acme");

/** The example's support group (skills M4, M5 presence-aware, M9 wrap-up 20 s). */
export const SUPPORT_NUMBER = "+35810123456";
export const CALLER = "+358401111111";

// ------------------------------------------------------------------ CLI

// What `-o json` prints is the supervision client's views as they are; only their types
// are imported, so the harness still drives the product through the CLI alone.
export type MemberJson = MemberStatusView;
export type WaitingJson = WaitingCallStatus;
export type StatusJson = GroupStatusView;
export type DecisionJson = DecisionView;
export type ExplainJson = CallExplanationView;
export type AgentJson = AgentState;

export type Cli = (...args: string[]) => Promise<CliResult>;

export const cliFor =
  (node: RingmeshNode): Cli =>
  (...args) =>
    runCli(args, node.cliEnv);

/** A CLI command that must succeed, its `-o json` output parsed. */
export async function cliJson<T>(cli: Cli, ...args: string[]): Promise<T> {
  const r = await cli(...args, "-o", "json");
  if (r.code !== 0) throw new Error(`ringmesh ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export const groupStatus = (cli: Cli, group = "support"): Promise<StatusJson> => cliJson<StatusJson>(cli, "group", "status", group, "--org", "acme");

/**
 * Reads `group status` until `pred` holds or `ms` pass, and returns the last reading (the
 * test asserts on it, so a timeout fails with the status that was seen). Actors learn of
 * logins, answers and hang-ups a moment after the command or SIP message that caused them.
 */
export async function statusUntil(cli: Cli, pred: (s: StatusJson) => boolean, ms = 8000, group = "support"): Promise<StatusJson> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = await groupStatus(cli, group);
    if (pred(s) || Date.now() > deadline) return s;
    await sleep(100);
  }
}

export const member = (s: StatusJson, user: string): MemberJson | undefined => s.members.find((m) => m.user === user);
export const stateOf = (s: StatusJson, user: string): string | undefined => member(s, user)?.state;

// ------------------------------------------------------------------ /metrics

export async function metrics(node: RingmeshNode): Promise<string> {
  return (await fetch(`http://127.0.0.1:${node.metricsPort}/metrics`)).text();
}

/** `/metrics` once `line` matches it, or after `ms` the last text (for the assertion message). */
export async function metricsUntil(node: RingmeshNode, line: RegExp, ms = 5000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = await metrics(node);
    if (line.test(text) || Date.now() > deadline) return text;
    await sleep(50);
  }
}

/** The `/metrics` lines of the families named (for readable assertion messages). */
export const linesOf = (text: string, ...families: string[]): string =>
  text
    .split("\n")
    .filter((l) => families.some((f) => l.startsWith(f)))
    .join("\n");

// ------------------------------------------------------------------ sipp

export { killSipps, sipp, type SippRun } from "../../support/sipp.js";
import { sipp, type SippRun } from "../../support/sipp.js";
import type { AgentState, CallExplanationView, DecisionView, GroupStatusView, MemberStatusView, WaitingCallStatus } from "../../../services/admin/index.js";

/** Digest REGISTER of `user` from UDP port `local`: a UAS started on `local` afterwards receives that device's calls. */
export async function registerDevice(node: RingmeshNode, user: string, password: string, local: number): Promise<void> {
  const r = await sipp("register.xml", {
    local,
    remote: node.sipPort,
    args: ["-key", "aor_user", user, "-key", "domain", "acme.example", "-key", "expires", "300", "-au", user, "-ap", password],
  });
  if (r.code !== 0) throw new Error(`REGISTER of ${user} failed:\n${r.output}`);
}

/** A UAS on `local`, given a moment to bind before anyone dials; `done` settles when it exits. */
export async function device(file: string, local: number, args: readonly string[] = [], timeoutS = 20): Promise<{ readonly done: Promise<SippRun> }> {
  const done = sipp(file, { local, args, timeoutS });
  await sleep(300);
  return { done };
}

/** A caller dialling `number` from a fresh port. */
export async function dial(node: RingmeshNode, file: string, o: { number?: string; args?: readonly string[]; timeoutS?: number } = {}): Promise<SippRun> {
  return sipp(file, {
    local: await freeUdpTcpPort(),
    remote: node.sipPort,
    args: ["-s", o.number ?? SUPPORT_NUMBER, "-key", "caller", CALLER, ...(o.args ?? [])],
    ...(o.timeoutS !== undefined ? { timeoutS: o.timeoutS } : {}),
  });
}

/** The first SIP message in a sipp trace whose start line matches `startLine` (head and body). */
export function messageIn(trace: string, startLine: RegExp): string {
  const blocks = trace.split(/^-{20,}.*$/m);
  for (const b of blocks) {
    const body = b.replace(/^\s*[A-Z]+ message (?:sent|received)[^\n]*\n/, "").trimStart();
    if (startLine.test(body.split(/\r?\n/, 1)[0] ?? "")) return body;
  }
  return "";
}

/** A header's value in one message ("" when absent). */
export function headerOf(message: string, name: string): string {
  const m = new RegExp(`^${name}:\\s*(.*?)\\s*$`, "im").exec(message);
  return m?.[1] ?? "";
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
