/**
 * The two anchor paths of perf.md §2, each run from scratch per rate (fresh ports, fresh
 * UAS, fresh Kamailio, so an overloaded run cannot poison the next):
 *   direct:   sipp UAC → sipp UAS (the load generator's ceiling)
 *   kamailio: sipp UAC → Kamailio (t_relay, record-route, children=2, 4 MiB buffer,
 *             tlsf allocator) → sipp UAS
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { freeUdpTcpPort } from "../../test/support/ports.js";
import { scratchDir, startProc, treeCpuUs } from "./procs.js";
import { judge, type Verdict } from "./ramp.js";
import { runLoad, SCENARIOS, startUas, type LoadResult } from "./sipp.js";

export const KAMAILIO = process.env["KAMAILIO_BIN"] ?? "kamailio";

export interface AnchorRun {
  readonly load: LoadResult;
  readonly verdict: Verdict;
  /** CPU µs per completed call, by process. */
  readonly cpuPerCall: Record<string, number | null>;
}

const perCall = (us: number | undefined, calls: number): number | null => (us === undefined || calls === 0 ? null : Math.round(us / calls));

export async function anchorRun(path: "direct" | "kamailio", cps: number, secs: number, holdMs: number): Promise<AnchorRun> {
  const uasPort = await freeUdpTcpPort();
  const uas = await startUas(`${path}-uas`, join(SCENARIOS, "uas.xml"), uasPort);
  let kamailio: ReturnType<typeof startProc> | undefined;
  let kamDir: string | undefined;
  try {
    let target = `127.0.0.1:${uasPort}`;
    if (path === "kamailio") {
      const kamPort = await freeUdpTcpPort();
      kamDir = await scratchDir("kam");
      kamailio = startProc("kamailio", KAMAILIO, [
        "-f", join(SCENARIOS, "kamailio.cfg"),
        "-DD", "-E",
        "-m", "256", "-M", "32", "-x", "tlsf", "-X", "tlsf",
        "-Y", kamDir,
        "-l", `udp:127.0.0.1:${kamPort}`,
        "-A", `UAS_DST="sip:127.0.0.1:${uasPort}"`,
      ]);
      const deadline = Date.now() + 10_000;
      while (!/Listening on/.test(kamailio.output())) {
        if (kamailio.child.exitCode !== null || Date.now() > deadline) throw new Error(`kamailio did not start:\n${kamailio.output().slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 300));
      target = `127.0.0.1:${kamPort}`;
    }
    const uas0 = uas.cpuUs();
    const kam0 = kamailio === undefined ? 0 : treeCpuUs(kamailio.pid);
    const load = await runLoad({ name: `${path}-uac`, target, scenario: join(SCENARIOS, "uac.xml"), localPort: await freeUdpTcpPort(), cps, secs, holdMs, recvTimeoutMs: 10_000 });
    const cpuPerCall: Record<string, number | null> = {
      uac: perCall(load.uacCpuUs, load.successful),
      uas: perCall(uas.cpuUs() - uas0, load.successful),
    };
    if (kamailio !== undefined) cpuPerCall["kamailio"] = perCall(treeCpuUs(kamailio.pid) - kam0, load.successful);
    return { load, verdict: judge(load), cpuPerCall };
  } finally {
    await kamailio?.stop(2000);
    await uas.stop();
    if (kamDir !== undefined) await rm(kamDir, { recursive: true, force: true });
  }
}
