/**
 * The observability layer (deploy/observability): Prometheus rules pass promtool's
 * checks and unit tests, every alert is tested firing and silent, and the rules and the
 * Grafana dashboard only name metrics (and label values) a real Ringmesh node exports,
 * so renaming a metric in the code breaks this test. Needs promtool
 * (`apt-get install -y prometheus`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { Ajv } from "ajv";
import { Registry } from "prom-client";
import { createGenerator } from "ts-json-schema-generator";
import { parse } from "yaml";
import { SimulatedClock } from "../../../lib/clock.js";
import { AVAILABILITIES } from "../../../lib/routing/codec.js";
import type { CallOutcome, RouteReason } from "../../../lib/routing/messages.js";
import { agentMetrics, groupMetrics } from "../../../lib/routing/metrics.js";
import { natsConnectedGauge } from "../../../lib/runtime/index.js";
import { DASHBOARD_FILE, dashboardText, type PromTarget } from "../../../scripts/dashboard.js";
import { alternatives, parseExposition, promtool, REPO, scrapeRealNode, selectors, type Scrape, type Selector } from "./promql.js";

const PROM_DIR = join(REPO, "deploy/observability/prometheus");
const RULE_FILES = ["ringmesh.rules.yaml", "ringmesh.alerts.yaml"];
const TEST_FILES = readdirSync(join(PROM_DIR, "tests")).filter((f) => f.endsWith(".test.yaml")).map((f) => `tests/${f}`);

/** Series from outside Ringmesh that rules may use: Prometheus's own and kube-state-metrics'. */
const EXTERNAL: ReadonlyMap<string, readonly string[]> = new Map([
  ["up", ["job", "instance"]],
  ["kube_pod_status_ready", ["namespace", "pod", "condition"]],
  ["kube_pod_deletion_timestamp", ["namespace", "pod"]],
]);
/** Labels the scrape adds to every series (annotation discovery and ServiceMonitors). */
const TARGET_LABELS = new Set(["job", "instance", "namespace", "pod", "service", "endpoint", "container"]);

/** Label values that are only known once a call happened: listed here, checked against the code's types. */
const GROUP_OUTCOMES = ["answered", "abandoned", "overflowed", "timedOut", "noAgents"] as const satisfies readonly CallOutcome[];
const GROUP_REASONS = ["noAgentsLoggedIn", "lastMemberLeft", "allDeclined", "maxRingAttempts", "queueFull", "maxWait", "groupDeleted", "answered", "callerHungUp"] as const satisfies readonly (RouteReason | "answered" | "callerHungUp")[];
// Compile-time: a new outcome or reason in the code must be added above.
const exhaustiveOutcomes: Exclude<CallOutcome, (typeof GROUP_OUTCOMES)[number]> extends never ? true : never = true;
const exhaustiveReasons: Exclude<RouteReason, (typeof GROUP_REASONS)[number]> extends never ? true : never = true;

interface Rule {
  readonly record?: string;
  readonly alert?: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
}

function rules(file: string): Rule[] {
  const doc = parse(readFileSync(join(PROM_DIR, file), "utf8")) as { groups: { name: string; rules: Rule[] }[] };
  return doc.groups.flatMap((g) => g.rules);
}

const ALL_RULES = RULE_FILES.flatMap(rules);
const RECORDED = new Set(ALL_RULES.flatMap((r) => (r.record !== undefined ? [r.record] : [])));
const ALERTS = ALL_RULES.filter((r) => r.alert !== undefined);

/**
 * What a node exports: a real `ringmesh start` scraped over HTTP, plus the routing
 * series after one call so their label sets are visible (a fresh node has none).
 */
async function exported(): Promise<Scrape> {
  const real = parseExposition(await scrapeRealNode());
  const registry = new Registry();
  const clock = new SimulatedClock(0);
  const groups = groupMetrics(registry, clock);
  groups.offered("acme", "sales");
  for (const outcome of GROUP_OUTCOMES) groups.finished("acme", "sales", outcome, "answered", 12_000);
  groups.live.seen("group/acme/sales", "acme", "sales", { queue: [1], members: new Map([["a", { member: true, availability: "free" }]]) });
  agentMetrics(registry).autoLoggedOut("acme", "sales");
  // The real node above runs embedded; one on NATS adds this.
  natsConnectedGauge(registry, () => 1);
  const routing = parseExposition(await registry.metrics());
  const labels = new Map<string, Map<string, Set<string>>>();
  for (const source of [real, routing]) {
    for (const [name, byLabel] of source.labels) {
      const into = labels.get(name) ?? new Map<string, Set<string>>();
      for (const [label, values] of byLabel) into.set(label, new Set([...(into.get(label) ?? []), ...values]));
      labels.set(name, into);
    }
  }
  // Values of the routing labels that one call cannot show.
  const sales = (name: string) => labels.get(name) ?? new Map<string, Set<string>>();
  for (const name of ["ringmesh_group_calls_total"]) sales(name).set("reason", new Set(GROUP_REASONS));
  for (const name of ["ringmesh_group_agents"]) sales(name).set("state", new Set(AVAILABILITIES));
  return { types: real.types, labels };
}

let exportedOnce: Promise<Scrape> | undefined;
const exportedSeries = () => (exportedOnce ??= exported());

/** Problems with one selector: unknown metric, unknown label, label value the code never sets. */
function problems(sel: Selector, scrape: Scrape, where: string): string[] {
  const out: string[] = [];
  if (RECORDED.has(sel.metric)) {
    // A recorded series keeps its sources' labels: a matcher value must occur on some exported series.
    for (const m of sel.matchers) {
      const union = new Set<string>();
      for (const byLabel of scrape.labels.values()) for (const v of byLabel.get(m.label) ?? []) union.add(v);
      const wanted = m.op === "=" ? [m.value] : m.op === "=~" ? alternatives(m.value) : undefined;
      if (union.size === 0 || TARGET_LABELS.has(m.label)) continue;
      for (const v of wanted ?? []) if (!union.has(v) && !/^\$|^\.\*$/.test(v)) out.push(`${where}: ${sel.metric}{${m.label}="${v}"} never occurs on an exported series`);
    }
    return out;
  }
  const external = EXTERNAL.get(sel.metric);
  const byLabel = scrape.labels.get(sel.metric);
  if (external === undefined && byLabel === undefined) return [`${where}: metric ${sel.metric} is not exported by a Ringmesh node nor recorded by a rule`];
  for (const m of sel.matchers) {
    if (external !== undefined) {
      if (!external.includes(m.label)) out.push(`${where}: ${sel.metric} has no label ${m.label}`);
      continue;
    }
    if (TARGET_LABELS.has(m.label)) continue;
    const values = byLabel?.get(m.label);
    if (values === undefined) {
      out.push(`${where}: ${sel.metric} has no label ${m.label}`);
      continue;
    }
    // Positive matchers must be able to match something the code sets.
    const wanted = m.op === "=" ? [m.value] : m.op === "=~" ? alternatives(m.value) : undefined;
    for (const v of wanted ?? []) {
      if (!values.has(v) && !/^\$|^\.\*$/.test(v)) out.push(`${where}: ${sel.metric}{${m.label}="${v}"} never occurs (values: ${[...values].join(", ")})`);
    }
  }
  return out;
}

test("the rule files pass promtool check rules", (t) => {
  const r = promtool(["check", "rules", ...RULE_FILES], PROM_DIR);
  t.is(r.status, 0, r.output);
});

test("the rule unit tests pass (promtool test rules)", (t) => {
  t.true(TEST_FILES.length >= 4);
  const r = promtool(["test", "rules", ...TEST_FILES], PROM_DIR);
  t.is(r.status, 0, r.output);
});

test("every alert has a severity, a summary, a description and a runbook; group alerts name org and group", (t) => {
  t.true(ALERTS.length >= 12);
  for (const a of ALERTS) {
    const name = a.alert ?? "";
    t.regex(name, /^Ringmesh[A-Z][A-Za-z]+$/, name);
    t.true(["critical", "warning"].includes(a.labels?.severity ?? ""), `${name}: severity`);
    for (const key of ["summary", "description", "runbook"]) t.true((a.annotations?.[key] ?? "").length > 20, `${name}: ${key}`);
    if (name.startsWith("RingmeshGroup")) {
      for (const key of ["summary", "description"]) {
        t.true(a.annotations?.[key]?.includes("$labels.org") === true && a.annotations[key].includes("$labels.group"), `${name}: ${key} names org and group`);
      }
    }
  }
});

test("recording rules are named level:metric:operations", (t) => {
  for (const name of RECORDED) t.regex(name, /^[a-z_]*:[a-z0-9_]+:[a-z0-9_]+$/, name);
});

test("every alert is unit-tested both firing and silent", (t) => {
  const fires = new Set<string>();
  const silent = new Set<string>();
  for (const file of TEST_FILES) {
    const doc = parse(readFileSync(join(PROM_DIR, file), "utf8")) as { tests: { alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[] };
    for (const tc of doc.tests) {
      for (const a of tc.alert_rule_test ?? []) ((a.exp_alerts ?? []).length > 0 ? fires : silent).add(a.alertname);
    }
  }
  for (const a of ALERTS) {
    t.true(fires.has(a.alert ?? ""), `${a.alert ?? ""} has no test where it fires`);
    t.true(silent.has(a.alert ?? ""), `${a.alert ?? ""} has no test where it stays silent`);
  }
});

test("every metric and label value the rules use is exported by a real node (or recorded, or listed as external)", async (t) => {
  t.deepEqual([exhaustiveOutcomes, exhaustiveReasons], [true, true]);
  const scrape = await exportedSeries();
  // The scrape itself: the families the rules are built on.
  for (const family of ["ringmesh_group_wait_seconds", "ringmesh_actor_handling_duration_seconds", "sip_call_setup_seconds"]) t.is(scrape.types.get(family), "histogram", family);
  t.true(scrape.labels.get("ringmesh_group_wait_seconds_bucket")?.get("le")?.has("20") === true, "the wait histogram has a 20 s bucket");
  const found: string[] = [];
  let count = 0;
  for (const r of ALL_RULES) {
    for (const sel of selectors(r.expr)) {
      count++;
      found.push(...problems(sel, scrape, r.record ?? r.alert ?? "?"));
    }
  }
  t.true(count > 40, `only ${count} selectors found: extraction broken?`);
  t.deepEqual(found, []);
});

test("the selector extraction finds names, matchers and bare metrics", (t) => {
  const got = selectors('sum by (org) (rate(a_total{x="1", y=~"p|q"}[5m])) / on (org) b:c:d * 2 and up == 0 and 1e-9 > bool max_over_time(e[1h])');
  t.deepEqual(
    got.map((s) => [s.metric, s.matchers.map((m) => `${m.label}${m.op}${m.value}`).join(",")]),
    [["a_total", "x=1,y=~p|q"], ["b:c:d", ""], ["up", ""], ["e", ""]],
  );
});

// ---------------------------------------------------------------- dashboard

interface DashPanel {
  readonly id: number;
  readonly type: string;
  readonly title?: string;
  readonly gridPos: { x: number; y: number; w: number; h: number };
  readonly targets?: PromTarget[];
  readonly panels?: DashPanel[];
}

const dashboard = () => JSON.parse(readFileSync(DASHBOARD_FILE, "utf8")) as { panels: DashPanel[]; templating: { list: { name: string; type: string; query?: string }[] } };

function allPanels(): DashPanel[] {
  return dashboard().panels.flatMap((p) => [p, ...(p.panels ?? [])]);
}

/** Grafana variables replaced by values promtool accepts. */
function concrete(expr: string): string {
  return expr.replace(/\$__(rate_interval|interval|range)\b/g, "5m").replace(/\$\{?[A-Za-z_]\w*\}?/g, ".*");
}

test("the committed dashboard is what scripts/dashboard.ts generates", (t) => {
  t.is(readFileSync(DASHBOARD_FILE, "utf8"), dashboardText(), "stale: run npx tsx scripts/dashboard.ts");
});

test("the dashboard validates against a strict schema generated from @grafana/schema's Dashboard type", (t) => {
  const schema = createGenerator({
    path: join(REPO, "node_modules/@grafana/schema/dist/types/raw/dashboard/x/types.gen.d.ts"),
    type: "Dashboard",
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema("Dashboard");
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const ok = validate(JSON.parse(readFileSync(DASHBOARD_FILE, "utf8")));
  t.true(ok, ajv.errorsText(validate.errors, { separator: "\n" }));
  // And the schema is strict enough to catch a misspelt field.
  const broken = JSON.parse(readFileSync(DASHBOARD_FILE, "utf8")) as { panels: Record<string, unknown>[] };
  const first = broken.panels[1] ?? {};
  first.gridpos = first.gridPos;
  t.false(validate(broken));
});

test("dashboard panels have unique ids and non-overlapping positions inside 24 columns", (t) => {
  const panels = allPanels();
  t.is(new Set(panels.map((p) => p.id)).size, panels.length, "unique ids");
  const taken = new Set<string>();
  for (const p of panels) {
    const { x, y, w, h } = p.gridPos;
    t.true(x >= 0 && w > 0 && h > 0 && x + w <= 24, `${p.title ?? p.id}: inside 24 columns`);
    for (let i = x; i < x + w; i++) {
      for (let j = y; j < y + h; j++) {
        t.false(taken.has(`${i},${j}`), `${p.title ?? p.id} overlaps another panel at ${i},${j}`);
        taken.add(`${i},${j}`);
      }
    }
  }
  for (const row of ["Overview", "Agents", "Groups", "Wait time", "Platform"]) t.true(panels.some((p) => p.type === "row" && p.title === row), row);
  for (const type of ["stat", "timeseries", "table", "heatmap"]) t.true(panels.some((p) => p.type === type), type);
  t.deepEqual(dashboard().templating.list.map((v) => v.name), ["datasource", "org", "group", "instance"]);
});

test("every dashboard query parses (promtool) and names only exported or recorded metrics", async (t) => {
  const exprs: { where: string; expr: string }[] = [];
  for (const p of allPanels()) {
    const refIds = (p.targets ?? []).map((q) => q.refId);
    t.is(new Set(refIds).size, refIds.length, `${p.title ?? p.id}: unique refIds`);
    if (p.type !== "row") t.true(refIds.length > 0, `${p.title ?? p.id}: has queries`);
    for (const q of p.targets ?? []) exprs.push({ where: `${p.title ?? p.id}/${q.refId}`, expr: q.expr });
  }
  for (const v of dashboard().templating.list) {
    const m = v.type === "query" ? /^label_values\((.*),\s*\w+\)$/.exec(v.query ?? "") : null;
    if (v.type === "query") t.not(m, null, `variable ${v.name}: label_values(metric, label)`);
    if (m?.[1] !== undefined) exprs.push({ where: `variable ${v.name}`, expr: m[1] });
  }
  const dir = mkdtempSync(join(tmpdir(), "ringmesh-dash-"));
  try {
    const file = join(dir, "dashboard.rules.yaml");
    const doc = { groups: [{ name: "dashboard", rules: exprs.map((e, i) => ({ record: `dashboard:query_${i}:check`, expr: concrete(e.expr) })) }] };
    writeFileSync(file, JSON.stringify(doc));
    const r = promtool(["check", "rules", file], dir);
    t.is(r.status, 0, r.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const scrape = await exportedSeries();
  const found = exprs.flatMap((e) => selectors(e.expr).flatMap((s) => problems(s, scrape, e.where)));
  t.deepEqual(found, []);
});
