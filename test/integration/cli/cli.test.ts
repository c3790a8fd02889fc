import test from "ava";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startNatsServer } from "../../support/nats-server.js";
import { runCli, startRingmeshNode, type RingmeshNode } from "../../support/ringmesh-node.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples", "acme");

const BAD_GROUP = `apiVersion: ringmesh/v1
kind: AnswerGroup
metadata: { organisation: acme, name: broken }
spec:
  number: "+35810123470"
  routing: { ringSecs: 10 }
  members: [ { user: alice }, { user: bob }, { user: carol, skillLevel: 12 } ]
  queue: { overflowDestination: { type: group, group: nope } }
`;

async function scratch(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-cli-"));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function groupNames(node: RingmeshNode): Promise<string[]> {
  const r = await runCli(["get", "AnswerGroup", "--org", "acme", "-o", "json"], node.cliEnv);
  if (r.code !== 0) throw new Error(r.stderr);
  const parsed = JSON.parse(r.stdout) as { metadata: { name: string } } | { metadata: { name: string } }[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((d) => d.metadata.name).sort();
}

async function lifecycle(t: import("ava").ExecutionContext, node: RingmeshNode): Promise<void> {
  const applied = await runCli(["apply", "-f", EXAMPLES], node.cliEnv);
  t.is(applied.code, 0, applied.stderr);
  t.regex(applied.stdout, /AnswerGroup acme\/support applied/);
  t.deepEqual(await groupNames(node), ["sales", "support", "test-line"]);

  const table = await runCli(["get", "groups", "--org", "acme"], node.cliEnv);
  t.regex(table.stdout, /^ORGANISATION\s+NAME\s+NUMBER\s+MODE/m);
  t.regex(table.stdout, /acme\s+support\s+\+35810123456\s+skills/);

  const bad = await runCli(["apply", "-f", await scratch("bad.yaml", BAD_GROUP)], node.cliEnv);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /spec\.routing\.ringSecs: unknown field/);
  t.regex(bad.stderr, /spec\.members\[2\]\.skillLevel: must be an integer 1\.\.9/);
  t.regex(bad.stderr, /spec\.queue\.overflowDestination\.group: AnswerGroup "nope" not found/);
  t.deepEqual(await groupNames(node), ["sales", "support", "test-line"], "nothing stored from the rejected batch");

  const refused = await runCli(["delete", "AnswerGroup", "sales", "--org", "acme"], node.cliEnv);
  t.is(refused.code, 1);
  t.regex(refused.stderr, /referenced by AnswerGroup acme\/support/);
  const deleted = await runCli(["delete", "group", "test-line", "--org", "acme"], node.cliEnv);
  t.is(deleted.code, 0, deleted.stderr);

  await node.restart();
  t.deepEqual(await groupNames(node), ["sales", "support"], "what was applied and deleted survives a restart");
  const user = await runCli(["get", "User", "alice", "--org", "acme", "-o", "yaml"], node.cliEnv);
  t.regex(user.stdout, /sipUser: alice-desk/);
  t.notRegex(user.stdout, /password|ha1/, "credentials are never shown");
}

test("embedded node: apply the examples, get, reject a bad batch whole, delete, restart, still there", async (t) => {
  const node = await startRingmeshNode();
  t.teardown(() => node.dispose());
  await lifecycle(t, node);
});

test("node joined to NATS (NATS_URL): the same lifecycle on the JetStream store", async (t) => {
  const nats = await startNatsServer();
  t.teardown(() => nats.stop());
  const node = await startRingmeshNode({ env: { NATS_URL: nats.url } });
  t.teardown(() => node.dispose());
  await lifecycle(t, node);
});

test("npm start's bootstrap applies the examples once, to an empty store only", async (t) => {
  const node = await startRingmeshNode({ args: ["--bootstrap", EXAMPLES] });
  t.teardown(() => node.dispose());
  t.deepEqual(await groupNames(node), ["sales", "support", "test-line"]);
  t.is((await runCli(["delete", "group", "test-line", "--org", "acme"], node.cliEnv)).code, 0);
  await node.restart();
  t.deepEqual(await groupNames(node), ["sales", "support"]);
  t.regex(node.log(), /"msg":"ready"/);
});

test("SIGTERM drains: readiness fails, the process exits 0", async (t) => {
  const node = await startRingmeshNode();
  t.teardown(() => node.dispose());
  t.is(await node.stop(), 0);
  t.regex(node.log(), /"msg":"draining"/);
  t.regex(node.log(), /"msg":"stopped"/);
});

test("malformed YAML and an unknown kind: a clear message naming the file, exit 1", async (t) => {
  const malformed = await runCli(["validate", "-f", await scratch("mal.yaml", "kind: User\nmetadata: {name: [oops\n")]);
  t.is(malformed.code, 1);
  t.regex(malformed.stderr, /mal\.yaml:\d+: invalid YAML/);
  const unknown = await runCli(["validate", "-f", await scratch("kind.yaml", "apiVersion: ringmesh/v1\nkind: Gadget\nmetadata: {organisation: acme, name: x}\nspec: {}\n")]);
  t.is(unknown.code, 1);
  t.regex(unknown.stderr, /kind: must be one of Organisation, User/);
});

test("usage errors exit 2; an unreachable API or a wrong token exit 1", async (t) => {
  t.is((await runCli(["get", "frobs"])).code, 2);
  t.is((await runCli(["apply"])).code, 2);
  t.is((await runCli(["frobnicate"])).code, 2);
  t.is((await runCli(["--help"])).code, 0);
  const node = await startRingmeshNode();
  t.teardown(() => node.dispose());
  const wrong = await runCli(["get", "groups"], { ...node.cliEnv, RINGMESH_TOKEN: "not-the-token-at-all" });
  t.is(wrong.code, 1);
  t.regex(wrong.stderr, /unknown token/);
  const unreachable = await runCli(["get", "groups"], { RINGMESH_ADDR: "127.0.0.1:1", RINGMESH_TOKEN: "any-token-will-do-here" });
  t.is(unreachable.code, 1);
  t.regex(unreachable.stderr, /ECONNREFUSED 127\.0\.0\.1:1/);
});

test("validate works offline on the examples", async (t) => {
  const r = await runCli(["validate", "-f", EXAMPLES]);
  t.is(r.code, 0, r.stderr);
  t.is(r.stdout, "14 document(s) valid\n");
});
