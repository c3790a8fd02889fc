/**
 * `ringmesh agent …`, `group status` and `call explain` against a real `ringmesh start`
 * with the example organisation (embedded mode: actors in the node's process).
 */
import test from "ava";
import { join } from "node:path";
import { runCli, startRingmeshNode, type CliResult, type RingmeshNode } from "../../support/ringmesh-node.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples", "acme");

interface StatusJson {
  group: string;
  waiting: unknown[];
  members: { user: string; state: string; since: number }[];
  counts: Record<string, number>;
}

let node: RingmeshNode;

test.before(async () => {
  node = await startRingmeshNode({ args: ["--bootstrap", EXAMPLES] });
});

test.after.always(async () => {
  await node.dispose();
});

const cli = (...args: string[]): Promise<CliResult> => runCli(args, node.cliEnv);

/** Reads `group status -o json` until `pred` holds: the group learns of a login from the agent a moment later. */
async function statusUntil(group: string, pred: (s: StatusJson) => boolean): Promise<StatusJson> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const r = await cli("group", "status", group, "--org", "acme", "-o", "json");
    if (r.code !== 0) throw new Error(`group status exited ${r.code}: ${r.stderr}`);
    const s = JSON.parse(r.stdout) as StatusJson;
    if (pred(s) || Date.now() > deadline) return s;
    await new Promise((res) => setTimeout(res, 100));
  }
}

const stateOf = (s: StatusJson, user: string): string | undefined => s.members.find((m) => m.user === user)?.state;

test.serial("an agent logs in, takes a break and logs out; group status follows", async (t) => {
  const bob = await cli("agent", "show", "--user", "bob", "--org", "acme");
  t.is(bob.code, 0, bob.stderr);
  t.regex(bob.stdout, /^acme\/bob: loggedOut for -, presence available, logged in to -$/m, "never logged in: not available");

  const login = await cli("agent", "login", "support", "--user", "alice", "--org", "acme");
  t.is(login.code, 0, login.stderr);
  t.regex(login.stdout, /^acme\/alice: available for \d+s, presence available, logged in to support$/m, "the login reply says since when");

  const afterLogin = await statusUntil("support", (s) => stateOf(s, "alice") === "available");
  t.is(afterLogin.group, "support");
  t.deepEqual(
    afterLogin.members.map((m) => [m.user, m.state]),
    [
      ["alice", "available"],
      ["bob", "loggedOut"],
      ["dave", "loggedOut"],
    ],
  );
  t.deepEqual(afterLogin.waiting, []);

  const brk = await cli("agent", "break", "start", "--user", "alice", "--org", "acme");
  t.is(brk.code, 0, brk.stderr);
  const onBreak = await statusUntil("support", (s) => stateOf(s, "alice") === "onBreak");
  t.is(stateOf(onBreak, "alice"), "onBreak");
  t.deepEqual(onBreak.counts, { onBreak: 1, loggedOut: 2 });

  const table = await cli("group", "status", "support", "--org", "acme");
  t.is(table.code, 0, table.stderr);
  t.regex(table.stdout, /^acme\/support: 0 waiting/m);
  t.regex(table.stdout, /^AGENT\s+STATE\s+SINCE\s+PRESENCE/m);
  t.regex(table.stdout, /^alice\s+onBreak\s+\d+s\s+available/m);

  const notOnBreak = await cli("agent", "wrapup", "end", "--user", "alice", "--org", "acme");
  t.is(notOnBreak.code, 1);
  t.regex(notOnBreak.stderr, /alice: the agent is not in wrap-up \(it is onBreak\)/);

  const logout = await cli("agent", "logout", "support", "--user", "alice", "--org", "acme", "-o", "json");
  t.is(logout.code, 0, logout.stderr);
  t.like(JSON.parse(logout.stdout) as { groups: unknown[]; state: string }, { groups: [], state: "loggedOut" }, "a break in no group is no break");
  t.is(stateOf(await statusUntil("support", (s) => stateOf(s, "alice") === "loggedOut"), "alice"), "loggedOut");
});

test.serial("rejected requests exit 1, usage errors exit 2", async (t) => {
  const notMember = await cli("agent", "login", "test-line", "--user", "bob", "--org", "acme");
  t.is(notMember.code, 1);
  t.regex(notMember.stderr, /user bob is not a member \(M1\) of group test-line/);
  const unknown = await cli("group", "status", "nope", "--org", "acme");
  t.is(unknown.code, 1);
  t.regex(unknown.stderr, /not found/);
  const noCall = await cli("call", "explain", "c-unknown", "--org", "acme");
  t.is(noCall.code, 1);
  t.regex(noCall.stderr, /no decisions recorded for call c-unknown/);

  for (const args of [
    ["agent", "login", "support", "--org", "acme"],
    ["agent", "presence", "green", "--user", "alice", "--org", "acme"],
    ["agent", "break", "pause", "--user", "alice", "--org", "acme"],
    ["group", "status", "support"],
    ["call", "explain", "--org", "acme"],
    ["group", "status", "support", "--org", "acme", "-o", "yaml"],
  ]) {
    const r = await cli(...args);
    t.is(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
  }
});
