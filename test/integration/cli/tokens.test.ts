import test from "ava";
import { join } from "node:path";
import { runCli, startRingmeshNode } from "../../support/ringmesh-node.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples", "acme");

test("RINGMESH_TOKENS: roles from the environment; an orgAdmin sees its own organisation only", async (t) => {
  const tokens = JSON.stringify([
    { token: "platform-admin-token-for-test", role: "platformAdmin" },
    { token: "acme-admin-token-for-test-1", role: "orgAdmin", organisation: "acme" },
    { token: "globex-admin-token-for-test", role: "orgAdmin", organisation: "globex" },
  ]);
  const node = await startRingmeshNode({ env: { RINGMESH_TOKENS: tokens }, args: ["--bootstrap", EXAMPLES] });
  t.teardown(() => node.dispose());
  t.regex(node.log(), /"msg":"ready"/);
  t.notRegex(node.log(), /admin\.token/, "no token file is generated when tokens are configured");

  const acme = await runCli(["get", "groups", "--org", "acme"], { ...node.cliEnv, RINGMESH_TOKEN: "acme-admin-token-for-test-1" });
  t.is(acme.code, 0, acme.stderr);
  t.regex(acme.stdout, /support/);
  const foreign = await runCli(["get", "groups", "--org", "acme"], { ...node.cliEnv, RINGMESH_TOKEN: "globex-admin-token-for-test" });
  t.is(foreign.code, 1);
  t.regex(foreign.stderr, /acme/);
  const all = await runCli(["get", "AnswerGroup"], { ...node.cliEnv, RINGMESH_TOKEN: "platform-admin-token-for-test" });
  t.regex(all.stdout, /sales[\s\S]*support[\s\S]*test-line/);
});
