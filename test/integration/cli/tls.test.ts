import test from "ava";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runCli, startRingmeshNode } from "../../support/ringmesh-node.js";

const run = promisify(execFile);

/** A throwaway CA and a server certificate for 127.0.0.1, made with openssl. */
async function certificates(dir: string): Promise<{ ca: string; cert: string; key: string }> {
  const p = (f: string) => join(dir, f);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await run("openssl", ["req", "-x509", ...ec, "-keyout", p("ca.key"), "-out", p("ca.pem"), "-days", "1", "-subj", "/CN=ringmesh-test-ca"]);
  await run("openssl", ["req", ...ec, "-keyout", p("server.key"), "-out", p("server.csr"), "-subj", "/CN=127.0.0.1"]);
  await writeFile(p("san.ext"), "subjectAltName=IP:127.0.0.1\n");
  await run("openssl", ["x509", "-req", "-in", p("server.csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"), "-CAcreateserial", "-out", p("server.pem"), "-days", "1", "-extfile", p("san.ext")]);
  return { ca: p("ca.pem"), cert: p("server.pem"), key: p("server.key") };
}

test("the admin API over TLS: the CLI trusts the configured CA, a plaintext client is refused", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-tls-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const pki = await certificates(dir);
  const node = await startRingmeshNode({ env: { RINGMESH_TLS_CERT: pki.cert, RINGMESH_TLS_KEY: pki.key } });
  t.teardown(() => node.dispose());

  const applied = await runCli(["apply", "-f", join(import.meta.dirname, "..", "..", "..", "examples", "acme")], { ...node.cliEnv, RINGMESH_TLS_CA: pki.ca });
  t.is(applied.code, 0, applied.stderr);
  const listed = await runCli(["get", "groups", "--org", "acme"], { ...node.cliEnv, RINGMESH_TLS_CA: pki.ca });
  t.regex(listed.stdout, /support/);

  const plaintext = await runCli(["get", "groups", "--org", "acme"], node.cliEnv, 20_000);
  t.is(plaintext.code, 1);
  t.notRegex(plaintext.stdout, /support/);
});
