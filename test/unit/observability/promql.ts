/**
 * Helpers for the observability tests: the vector selectors a PromQL expression uses
 * (metric name and label matchers), a real node's /metrics, and promtool.
 *
 * The selector extraction is a tokenizer, not a parser: promtool checks syntax, this
 * only has to find names. It strips grouping clauses (by, on, …), takes `name{…}`
 * selectors, and treats any remaining identifier not followed by `(` and not a
 * keyword as a bare metric name.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REPO = new URL("../../../", import.meta.url).pathname;

export interface Matcher {
  readonly label: string;
  readonly op: "=" | "!=" | "=~" | "!~";
  readonly value: string;
}

export interface Selector {
  readonly metric: string;
  readonly matchers: readonly Matcher[];
}

const KEYWORDS = new Set(["and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "inf", "nan", "atan2"]);
const GROUPING = /\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g;
const MATCHER = /([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g;

export function selectors(expr: string): Selector[] {
  const out: Selector[] = [];
  let rest = expr.replace(GROUPING, " ");
  rest = rest.replace(/([a-zA-Z_:][a-zA-Z0-9_:]*)?\s*\{([^}]*)\}/g, (_m, name: string | undefined, body: string) => {
    const matchers: Matcher[] = [...body.matchAll(MATCHER)].map((m) => ({ label: m[1], op: m[2] as Matcher["op"], value: m[3] }));
    const nameMatcher = matchers.find((m) => m.label === "__name__" && m.op === "=");
    const metric = name ?? nameMatcher?.value;
    if (metric === undefined) throw new Error(`selector without a metric name in ${expr}`);
    out.push({ metric, matchers: matchers.filter((m) => m.label !== "__name__") });
    return " ";
  });
  rest = rest.replace(/\[[^\]]*\]/g, " ").replace(/"(?:[^"\\]|\\.)*"/g, " ");
  for (const m of rest.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\(?)/g)) {
    const word = m[1];
    if (m[2].includes("(") || KEYWORDS.has(word.toLowerCase())) continue;
    // Numbers like 1e-9 leave an `e`-word behind only when preceded by a digit.
    const before = m.index > 0 ? rest.charAt(m.index - 1) : " ";
    if (/[0-9.]/.test(before)) continue;
    out.push({ metric: word, matchers: [] });
  }
  return out;
}

/** Plain alternatives of a regex matcher (`a|b|c`), or undefined when it is a real pattern. */
export function alternatives(value: string): string[] | undefined {
  return /^[A-Za-z0-9_+.-]+(\|[A-Za-z0-9_+.-]+)*$/.test(value) ? value.split("|") : undefined;
}

export interface Scrape {
  /** Family name → type, from `# TYPE`. */
  readonly types: ReadonlyMap<string, string>;
  /** Sample name (with `_bucket`, `_sum`, `_count` for histograms) → label name → values seen. */
  readonly labels: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
}

/** Parses Prometheus text format 0.0.4. */
export function parseExposition(text: string): Scrape {
  const types = new Map<string, string>();
  const labels = new Map<string, Map<string, Set<string>>>();
  const sampleNames = (family: string, type: string) => (type === "histogram" ? ["_bucket", "_sum", "_count"].map((s) => family + s) : type === "summary" ? [family, `${family}_sum`, `${family}_count`] : [family]);
  for (const line of text.split("\n")) {
    const t = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (t !== null) {
      types.set(t[1], t[2]);
      for (const n of sampleNames(t[1], t[2])) labels.set(n, labels.get(n) ?? new Map<string, Set<string>>());
      continue;
    }
    if (line.startsWith("#") || line.trim() === "") continue;
    const s = /^([a-zA-Z_:][a-zA-Z0-9_:]*)((?:\{.*\})?)\s/.exec(line);
    if (s === null) continue;
    const byLabel = labels.get(s[1]) ?? new Map<string, Set<string>>();
    labels.set(s[1], byLabel);
    for (const m of s[2].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      const set = byLabel.get(m[1]) ?? new Set<string>();
      set.add(m[2]);
      byLabel.set(m[1], set);
    }
  }
  return { types, labels };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `ringmesh start` (embedded mode: no NATS) with the services that export
 * metrics, and returns its /metrics text: the series exactly as a deployed node names them.
 */
export async function scrapeRealNode(services = "queue-actor,agent-actor,signaling"): Promise<string> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "ringmesh-obs-"));
  const child = spawn(process.execPath, ["bin/ringmesh.js", "start", "--services", services], {
    cwd: REPO,
    env: {
      ...process.env,
      METRICS_PORT: String(port),
      SIP_PORT: "0",
      GRPC_PORT: "0",
      RINGMESH_HOST: "127.0.0.1",
      RINGMESH_DATA_DIR: dataDir,
      RINGMESH_NODE_ID: "observability-test",
      LOG_LEVEL: "warn",
      NATS_URL: "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`ringmesh start exited ${child.exitCode}: ${stderr}`);
      try {
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (ready.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`ringmesh start not ready in 20 s: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    return await res.text();
  } finally {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface Run {
  readonly status: number | null;
  readonly output: string;
}

export function promtool(args: readonly string[], cwd: string): Run {
  const r = spawnSync("promtool", args, { cwd, encoding: "utf8", timeout: 30_000 });
  if (r.error !== undefined) throw new Error(`promtool not runnable (apt-get install -y prometheus): ${r.error.message}`);
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
