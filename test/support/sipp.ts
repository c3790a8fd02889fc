/**
 * Bounded sipp runs for SIP tests: one call (`-m 1`), sipp's own `-timeout`, a hard kill
 * shortly after, and every process a failed test left behind killed by `killSipps()`.
 * Scenarios live in test/sip/.
 */
import { execFile, type ChildProcess } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const scenario = (name: string) => fileURLToPath(new URL(`../sip/${name}`, import.meta.url));

export interface SippRun {
  readonly code: number;
  readonly output: string;
  /** Every message sipp sent and received (`-trace_msg`). */
  readonly messages: string;
}

const live = new Set<ChildProcess>();

/** Kills sipp processes a failed test left behind. */
export function killSipps(): void {
  for (const p of live) p.kill("SIGKILL");
  live.clear();
}

/**
 * One bounded sipp run: `-m 1`, `-timeout`, and a hard kill after `timeoutS + 5` s.
 * `remote` unset runs it as a UAS on `local` (an agent's device waiting for the INVITE).
 */
export function sipp(file: string, o: { local: number; remote?: number; args?: readonly string[]; timeoutS?: number }): Promise<SippRun> {
  const timeoutS = o.timeoutS ?? 15;
  const trace = join(tmpdir(), `ringmesh-sipp-${process.pid}-${o.local}-${Date.now()}.msg`);
  const args = [
    "-sf", scenario(file),
    "-p", String(o.local),
    "-i", "127.0.0.1",
    "-m", "1", "-l", "1", "-nostdin",
    "-timeout", String(timeoutS), "-timeout_error",
    "-trace_msg", "-message_file", trace,
    ...(o.args ?? []),
    ...(o.remote !== undefined ? [`127.0.0.1:${o.remote}`] : []),
  ];
  return new Promise((resolve) => {
    const child = execFile("sipp", args, { timeout: (timeoutS + 5) * 1000, killSignal: "SIGKILL" }, (err, stdout, stderr) => {
      live.delete(child);
      const code = err === null ? 0 : typeof err.code === "number" ? err.code : -1;
      void readFile(trace, "utf8")
        .catch(() => "")
        .then(async (messages) => {
          await rm(trace, { force: true });
          resolve({ code, output: `${stdout}\n${stderr}`.slice(-3000), messages });
        });
    });
    live.add(child);
  });
}
