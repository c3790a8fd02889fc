import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import test from "ava";
import { natsConfig } from "./invariants.js";
import { kustomizations, render, type K8sObject } from "./k8s.js";

const run = promisify(execFile);
// CI installs Debian's nats-server (.ci/run), which puts it in /usr/sbin.
const NATS_SERVER = ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"].find((p) => existsSync(p)) ?? "nats-server";

for (const { name, dir } of kustomizations()) {
  test(`${name}: nats-server -t accepts the rendered NATS config`, async (t) => {
    const files = natsConfig((await render(dir)) as K8sObject[]);
    t.true("nats.conf" in files, "ConfigMap mounted by StatefulSet/nats has nats.conf");
    const confDir = mkdtempSync(join(tmpdir(), "ringmesh-nats-conf-"));
    try {
      for (const [file, text] of Object.entries(files)) writeFileSync(join(confDir, file), text);
      // SERVER_NAME comes from the downward API in the pod; -t fails on unknown fields and unset variables.
      const { stdout, stderr } = await run(NATS_SERVER, ["-c", join(confDir, "nats.conf"), "-t"], { env: { SERVER_NAME: "nats-0" } }).catch(
        (err: unknown) => {
          const e = err as { stderr?: string; message: string };
          throw new Error(`nats-server -t rejected the config of ${name}:\n${e.stderr ?? e.message}`, { cause: err });
        },
      );
      t.regex(`${stdout}${stderr}`, /is valid/);
    } finally {
      rmSync(confDir, { recursive: true, force: true });
    }
  });
}
