/**
 * Builds the Grafana dashboard deploy/observability/grafana/ringmesh-queues.json as
 * typed code (@grafana/schema types: a misspelt panel or option field fails tsc).
 *
 *   npx tsx scripts/dashboard.ts          write the JSON
 *   npx tsx scripts/dashboard.ts --check  exit 1 if the committed JSON is stale
 *
 * Queries use the recording rules of deploy/observability/prometheus/ringmesh.rules.yaml
 * where one exists, raw series otherwise. test/unit/observability checks every query
 * parses (promtool) and names only metrics a node exports or a rule records.
 */
/* @grafana/schema declares several enums twice (raw and veneer modules, e.g. VariableHide,
   LegendDisplayMode), so this rule cannot tell the values belong to the enum the field
   expects. tsc still checks them, and the test validates the JSON against a schema
   generated from the Dashboard type. */
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  BigValueColorMode,
  BigValueGraphMode,
  BigValueJustifyMode,
  BigValueTextMode,
  DashboardCursorSync,
  FieldColorModeId,
  GraphDrawStyle,
  LegendDisplayMode,
  PercentChangeColorMode,
  SortOrder,
  StackingMode,
  TableCellHeight,
  ThresholdsMode,
  TooltipDisplayMode,
  VariableHide,
  VariableRefresh,
  VariableSort,
  VizOrientation,
  type Dashboard,
  type DataSourceRef,
  type FieldConfig,
  type Panel,
  type RowPanel,
  type TableOptions,
  type VariableModel,
} from "@grafana/schema";
import type * as heatmap from "@grafana/schema/dist/esm/raw/composable/heatmap/panelcfg/x/HeatmapPanelCfg_types.gen";
import type * as stat from "@grafana/schema/dist/esm/raw/composable/stat/panelcfg/x/StatPanelCfg_types.gen";
import type * as timeseries from "@grafana/schema/dist/esm/raw/composable/timeseries/panelcfg/x/TimeSeriesPanelCfg_types.gen";

export const DASHBOARD_FILE = fileURLToPath(new URL("../deploy/observability/grafana/ringmesh-queues.json", import.meta.url));

const DS: DataSourceRef = { type: "prometheus", uid: "${datasource}" };
/** The org/group selection every queue panel filters on. */
const G = 'org=~"$org", group=~"$group"';
/** The node selection of the platform panels. */
const N = 'instance=~"$instance"';

/** One Prometheus query of a panel (the target shape Grafana's Prometheus data source saves). */
export type PromTarget = {
  readonly datasource: DataSourceRef;
  readonly editorMode: "code";
  readonly expr: string;
  readonly format: "time_series" | "table" | "heatmap";
  readonly instant: boolean;
  readonly range: boolean;
  readonly legendFormat: string;
  readonly refId: string;
};

interface Query {
  readonly expr: string;
  readonly legend?: string;
  readonly format?: PromTarget["format"];
  readonly instant?: boolean;
}

function targets(queries: readonly Query[]): PromTarget[] {
  return queries.map((q, i) => ({
    datasource: DS,
    editorMode: "code",
    expr: q.expr,
    format: q.format ?? "time_series",
    instant: q.instant ?? false,
    range: !(q.instant ?? false),
    legendFormat: q.legend ?? "__auto",
    refId: String.fromCharCode(65 + i),
  }));
}

type Size = { readonly w: number; readonly h: number };

interface Common {
  readonly title: string;
  readonly description?: string;
  readonly unit?: string;
  readonly queries: readonly Query[];
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
}

/** Panels before layout: ids and gridPos are given by `layout`. */
type Draft = Omit<Panel, "id" | "gridPos"> & { readonly size: Size };

function defaults(p: Common, extra: Partial<FieldConfig> = {}): FieldConfig {
  return {
    ...(p.unit !== undefined ? { unit: p.unit } : {}),
    ...(p.min !== undefined ? { min: p.min } : {}),
    ...(p.max !== undefined ? { max: p.max } : {}),
    ...(p.decimals !== undefined ? { decimals: p.decimals } : {}),
    ...extra,
  };
}

function base(type: string, p: Common, size: Size): Pick<Draft, "type" | "title" | "datasource" | "targets" | "size" | "description"> {
  return { type, title: p.title, ...(p.description !== undefined ? { description: p.description } : {}), datasource: DS, targets: targets(p.queries), size };
}

const green = { color: "green", value: null as unknown as number };

function statPanel(p: Common & { readonly thresholds?: { readonly mode: ThresholdsMode; readonly steps: { color: string; value: number }[] } }, size: Size = { w: 3, h: 4 }): Draft {
  const options: Partial<stat.Options> = {
    colorMode: BigValueColorMode.Value,
    graphMode: BigValueGraphMode.Area,
    justifyMode: BigValueJustifyMode.Auto,
    textMode: BigValueTextMode.Auto,
    percentChangeColorMode: PercentChangeColorMode.Standard,
    showPercentChange: false,
    wideLayout: true,
    orientation: VizOrientation.Auto,
    reduceOptions: { calcs: ["lastNotNull"], fields: "", values: false },
  };
  return {
    ...base("stat", p, size),
    options,
    fieldConfig: {
      defaults: defaults(p, {
        color: { mode: FieldColorModeId.Thresholds },
        thresholds: p.thresholds ?? { mode: ThresholdsMode.Absolute, steps: [green] },
      }),
      overrides: [],
    },
  };
}

function timeseriesPanel(p: Common & { readonly stack?: boolean; readonly bars?: boolean }, size: Size = { w: 12, h: 8 }): Draft {
  const options: Partial<timeseries.Options> = {
    legend: { displayMode: LegendDisplayMode.List, placement: "bottom", showLegend: true, calcs: [] },
    tooltip: { mode: TooltipDisplayMode.Multi, sort: SortOrder.Descending },
  };
  const custom: Partial<timeseries.FieldConfig> = {
    drawStyle: p.bars === true ? GraphDrawStyle.Bars : GraphDrawStyle.Line,
    fillOpacity: p.stack === true || p.bars === true ? 60 : 10,
    lineWidth: 1,
    showPoints: "never" as timeseries.FieldConfig["showPoints"],
    spanNulls: false,
    stacking: { mode: p.stack === true ? StackingMode.Normal : StackingMode.None, group: "A" },
  };
  return {
    ...base("timeseries", p, size),
    options,
    fieldConfig: { defaults: defaults(p, { custom, color: { mode: FieldColorModeId.PaletteClassic } }), overrides: [] },
  };
}

function groupTable(size: Size): Draft {
  // One instant query per column, joined on org+group by the merge transformation.
  const columns: { readonly expr: string; readonly name: string; readonly unit?: string }[] = [
    { expr: `org_group:ringmesh_group_queue_length:max{${G}}`, name: "Waiting" },
    { expr: `sum by (org, group) (org_group_state:ringmesh_group_agents:max{${G}, state="free"})`, name: "Free agents" },
    { expr: `org_group:ringmesh_group_agents_logged_in:sum{${G}}`, name: "Logged in" },
    { expr: `org_group:ringmesh_group_calls_offered:rate5m{${G}} * 60`, name: "Offered /min" },
    { expr: `org_group:ringmesh_group_service_level_20s:ratio_rate5m{${G}}`, name: "Service level (20 s)", unit: "percentunit" },
    { expr: `org_group:ringmesh_group_answered_wait_seconds:mean5m{${G}}`, name: "ASA", unit: "s" },
    { expr: `org_group:ringmesh_group_calls_abandoned:ratio_rate5m{${G}}`, name: "Abandoned", unit: "percentunit" },
    { expr: `org_group:ringmesh_group_agents_occupancy:ratio{${G}}`, name: "Occupancy", unit: "percentunit" },
  ];
  const options: Partial<TableOptions> = { showHeader: true, cellHeight: TableCellHeight.Sm, sortBy: [{ displayName: "Waiting", desc: true }], frameIndex: 0 };
  const renameByName: Record<string, string> = {};
  columns.forEach((c, i) => (renameByName[`Value #${String.fromCharCode(65 + i)}`] = c.name));
  return {
    ...base("table", { title: "Groups", description: "Current figures per answer group (5-minute rates).", queries: columns.map((c) => ({ expr: c.expr, format: "table", instant: true })) }, size),
    options,
    fieldConfig: {
      defaults: { custom: { align: "auto" } },
      overrides: columns
        .filter((c) => c.unit !== undefined)
        .map((c) => ({ matcher: { id: "byName", options: c.name }, properties: [{ id: "unit", value: c.unit }] })),
    },
    transformations: [
      { id: "merge", options: {} },
      { id: "organize", options: { excludeByName: { Time: true }, indexByName: {}, renameByName: { ...renameByName, org: "Organisation", group: "Group" } } },
    ],
  };
}

function waitHeatmap(size: Size): Draft {
  const options: Partial<heatmap.Options> = {
    calculate: false,
    cellGap: 1,
    color: { mode: "scheme" as heatmap.HeatmapColorMode, scheme: "Oranges", fill: "dark-orange", scale: "exponential" as heatmap.HeatmapColorScale, exponent: 0.5, steps: 64, reverse: false },
    exemplars: { color: "rgba(255,0,255,0.7)" },
    filterValues: { le: 1e-9 },
    legend: { show: true },
    rowsFrame: { layout: "auto" as NonNullable<heatmap.RowsHeatmapOptions["layout"]> },
    tooltip: { mode: TooltipDisplayMode.Single, yHistogram: false, showColorScale: false },
    yAxis: { unit: "s", axisPlacement: "left" as heatmap.YAxisConfig["axisPlacement"], reverse: false },
    cellValues: { unit: "short" },
  };
  return {
    ...base(
      "heatmap",
      {
        title: "Wait time distribution",
        description: "Calls leaving the queue (any outcome) by how long they waited, from ringmesh_group_wait_seconds.",
        queries: [{ expr: `sum by (le) (increase(ringmesh_group_wait_seconds_bucket{${G}}[$__rate_interval]))`, legend: "{{le}}", format: "heatmap" }],
      },
      size,
    ),
    options,
    fieldConfig: { defaults: {}, overrides: [] },
  };
}

interface Row {
  readonly title: string;
  readonly collapsed?: boolean;
  readonly panels: readonly Draft[];
}

const ROWS: readonly Row[] = [
  {
    title: "Overview",
    panels: [
      statPanel({ title: "Calls offered", description: "Calls that arrived at the selected groups in the time range.", unit: "short", decimals: 0, queries: [{ expr: `sum(increase(ringmesh_group_calls_offered_total{${G}}[$__range]))` }] }),
      statPanel({ title: "Answered", unit: "short", decimals: 0, queries: [{ expr: `sum(increase(ringmesh_group_calls_total{${G}, outcome="answered"}[$__range]))` }] }),
      statPanel({ title: "Abandoned", unit: "short", decimals: 0, queries: [{ expr: `sum(increase(ringmesh_group_calls_total{${G}, outcome="abandoned"}[$__range]))` }] }),
      statPanel({
        title: "Service level (20 s)",
        description: "Calls answered within 20 s over calls offered, last 5 minutes.",
        unit: "percentunit",
        min: 0,
        max: 1,
        queries: [{ expr: `clamp_max(sum(org_group:ringmesh_group_calls_answered_within_20s:rate5m{${G}}) / sum(org_group:ringmesh_group_calls_offered:rate5m{${G}}), 1)` }],
        thresholds: { mode: ThresholdsMode.Absolute, steps: [{ color: "red", value: null as unknown as number }, { color: "orange", value: 0.7 }, { color: "green", value: 0.8 }] },
      }),
      statPanel({
        title: "ASA",
        description: "Average speed of answer: mean wait of answered calls, last 5 minutes.",
        unit: "s",
        queries: [{ expr: `sum(rate(ringmesh_group_wait_seconds_sum{${G}, outcome="answered"}[5m])) / sum(rate(ringmesh_group_wait_seconds_count{${G}, outcome="answered"}[5m]))` }],
      }),
      statPanel({
        title: "Wait, 95th percentile",
        description: "95th percentile wait of calls that left the queue in the last 5 minutes (any outcome). Ringmesh exports no oldest-waiting-call gauge yet, so this stands in for the longest wait.",
        unit: "s",
        queries: [{ expr: `histogram_quantile(0.95, sum by (le) (rate(ringmesh_group_wait_seconds_bucket{${G}}[5m])))` }],
      }),
      statPanel({
        title: "Calls waiting",
        unit: "short",
        decimals: 0,
        queries: [{ expr: `sum(org_group:ringmesh_group_queue_length:max{${G}})` }],
        thresholds: { mode: ThresholdsMode.Absolute, steps: [green, { color: "orange", value: 5 }, { color: "red", value: 10 }] },
      }),
      statPanel({
        title: "Agents free",
        unit: "short",
        decimals: 0,
        queries: [{ expr: `sum(org_group_state:ringmesh_group_agents:max{${G}, state="free"})` }],
        thresholds: { mode: ThresholdsMode.Absolute, steps: [{ color: "red", value: null as unknown as number }, { color: "green", value: 1 }] },
      }),
      timeseriesPanel({
        title: "Calls per minute",
        description: "Offered, and calls leaving the queue by outcome.",
        unit: "short",
        queries: [
          { expr: `sum(org_group:ringmesh_group_calls_offered:rate5m{${G}}) * 60`, legend: "offered" },
          { expr: `sum by (outcome) (org_group_outcome:ringmesh_group_calls:rate5m{${G}}) * 60`, legend: "{{outcome}}" },
        ],
      }),
      timeseriesPanel({
        title: "Calls waiting per group",
        unit: "short",
        min: 0,
        queries: [{ expr: `org_group:ringmesh_group_queue_length:max{${G}}`, legend: "{{org}}/{{group}}" }],
      }),
      timeseriesPanel({
        title: "Service level (20 s) per group",
        unit: "percentunit",
        min: 0,
        max: 1,
        queries: [{ expr: `org_group:ringmesh_group_service_level_20s:ratio_rate5m{${G}}`, legend: "{{org}}/{{group}}" }],
      }),
      timeseriesPanel({
        title: "Abandonment rate per group",
        unit: "percentunit",
        min: 0,
        queries: [{ expr: `org_group:ringmesh_group_calls_abandoned:ratio_rate5m{${G}}`, legend: "{{org}}/{{group}}" }],
      }),
    ],
  },
  {
    title: "Agents",
    panels: [
      timeseriesPanel({
        title: "Agents by state",
        unit: "short",
        stack: true,
        queries: [{ expr: `sum by (state) (org_group_state:ringmesh_group_agents:max{${G}})`, legend: "{{state}}" }],
      }, { w: 10, h: 8 }),
      timeseriesPanel({
        title: "Occupancy per group",
        description: "Members on a call or in wrap-up over members able to take calls (sampled).",
        unit: "percentunit",
        min: 0,
        max: 1,
        queries: [{ expr: `org_group:ringmesh_group_agents_occupancy:ratio{${G}}`, legend: "{{org}}/{{group}}" }],
      }, { w: 7, h: 8 }),
      timeseriesPanel({
        title: "Automatic log-outs",
        description: "Members logged out of a group after too many missed offers (M11).",
        unit: "short",
        bars: true,
        queries: [{ expr: `sum by (org, group) (increase(ringmesh_agent_auto_logouts_total{${G}}[$__rate_interval]))`, legend: "{{org}}/{{group}}" }],
      }, { w: 7, h: 8 }),
    ],
  },
  {
    title: "Groups",
    panels: [groupTable({ w: 24, h: 10 })],
  },
  {
    title: "Wait time",
    panels: [
      waitHeatmap({ w: 12, h: 9 }),
      timeseriesPanel({
        title: "Wait of answered calls",
        unit: "s",
        min: 0,
        queries: [
          { expr: `sum(rate(ringmesh_group_wait_seconds_sum{${G}, outcome="answered"}[5m])) / sum(rate(ringmesh_group_wait_seconds_count{${G}, outcome="answered"}[5m]))`, legend: "ASA (mean)" },
          { expr: `histogram_quantile(0.5, sum by (le) (rate(ringmesh_group_wait_seconds_bucket{${G}, outcome="answered"}[5m])))`, legend: "median" },
          { expr: `histogram_quantile(0.9, sum by (le) (rate(ringmesh_group_wait_seconds_bucket{${G}, outcome="answered"}[5m])))`, legend: "90th percentile" },
        ],
      }, { w: 12, h: 9 }),
    ],
  },
  {
    title: "Platform",
    collapsed: true,
    panels: [
      timeseriesPanel({ title: "Actor activations /s", unit: "ops", queries: [{ expr: `sum by (instance, kind) (instance_kind:ringmesh_actor_activations:rate5m{${N}})`, legend: "{{instance}} {{kind}}" }] }, { w: 8, h: 8 }),
      timeseriesPanel({ title: "Mailbox depth", unit: "short", queries: [{ expr: `instance_kind:ringmesh_actor_mailbox_depth:max{${N}}`, legend: "{{instance}} {{kind}}" }] }, { w: 8, h: 8 }),
      timeseriesPanel({ title: "Handling time p99", description: "From dequeue to durable commit, per message.", unit: "s", queries: [{ expr: `instance_kind:ringmesh_actor_handling_duration_seconds:p99_rate5m{${N}}`, legend: "{{instance}} {{kind}}" }] }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "Lease take-overs and fenced writes /s",
        unit: "ops",
        queries: [
          { expr: `sum by (kind) (instance_kind:ringmesh_actor_lease_takeovers:rate5m{${N}})`, legend: "take-overs {{kind}}" },
          { expr: `sum by (kind) (instance_kind:ringmesh_actor_fenced_writes:rate5m{${N}})`, legend: "fenced {{kind}}" },
          { expr: `sum by (kind) (instance_kind:ringmesh_actor_restarts:rate5m{${N}})`, legend: "restarts {{kind}}" },
        ],
      }, { w: 8, h: 8 }),
      timeseriesPanel({ title: "SIP requests /s by method", unit: "reqps", stack: true, queries: [{ expr: `sum by (method) (instance_method:sip_requests_received:rate5m{${N}})`, legend: "{{method}}" }] }, { w: 8, h: 8 }),
      timeseriesPanel({ title: "SIP responses sent /s by class", unit: "reqps", stack: true, queries: [{ expr: `sum by (class) (instance_class:sip_responses_sent:rate5m{${N}})`, legend: "{{class}}" }] }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "Registrations",
        description: "Live bindings in the location service (cluster-wide, so every signaling node reports the same figure) and REGISTER answers by result.",
        unit: "short",
        queries: [
          { expr: `max(sip_registrations_active{${N}})`, legend: "bindings" },
          { expr: `sum by (result) (instance_result:sip_register:rate5m{${N}}) * 60`, legend: "REGISTER {{result}} /min" },
        ],
      }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "SIP dialogs and calls",
        unit: "short",
        queries: [
          { expr: `sum by (side) (sip_dialogs_active{${N}})`, legend: "dialogs {{side}}" },
          { expr: `sum by (outcome) (instance_outcome:sip_calls:rate5m{${N}}) * 60`, legend: "calls {{outcome}} /min" },
        ],
      }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "Call setup p95",
        description: "From an inbound INVITE to the first INVITE sent to an agent's device.",
        unit: "s",
        queries: [{ expr: `histogram_quantile(0.95, sum by (instance, le) (rate(sip_call_setup_seconds_bucket{${N}}[5m])))`, legend: "{{instance}}" }],
      }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "SIP first response p95",
        description: "From a request to the first response in its transaction: sent by Ringmesh (server: how fast it answers callers and phones) or received (client: how fast phones and the trunk answer its requests).",
        unit: "s",
        queries: [{ expr: `histogram_quantile(0.95, sum by (side, method, le) (rate(sip_transaction_response_seconds_bucket{${N}}[5m])))`, legend: "{{side}} {{method}}" }],
      }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "Admission: requests shed /s",
        description: "New INVITEs and REGISTERs refused with 503 by admission control, by why: overload is the adaptive limit (the node past what it can do: add signaling pods), calls and cps the configured SIP_MAX_CALLS and SIP_MAX_CPS, register and registerSource the REGISTER rate limits.",
        unit: "reqps",
        stack: true,
        queries: [{ expr: `sum by (method, reason) (rate(sip_requests_shed_total{${N}}[5m]))`, legend: "{{method}} {{reason}}" }],
      }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "Admission: delay per node",
        description: "The smoothed delay the adaptive limit acts on (it sheds while this is over SIP_OVERLOAD_DELAY_MS and the node is busy), and how long datagrams wait in the SIP UDP socket's receive queue before the node reads them: what every INVITE waits before anything can answer it.",
        unit: "s",
        queries: [
          { expr: `max by (instance) (sip_admission_delay_seconds{${N}})`, legend: "delay {{instance}}" },
          { expr: `max by (instance) (max_over_time(sip_udp_receive_wait_seconds{${N}}[1m]))`, legend: "receive wait (1 min max) {{instance}}" },
        ],
      }, { w: 8, h: 8 }),
      timeseriesPanel({
        title: "Admission: call setups in flight",
        description: "New INVITEs whose routing has not answered yet, against the adaptive limit on them (cut while the node is late, grown back while it refuses with room).",
        unit: "short",
        queries: [
          { expr: `sum by (instance) (sip_admission_setups{${N}})`, legend: "in flight {{instance}}" },
          { expr: `sum by (instance) (sip_admission_setups_limit{${N}})`, legend: "limit {{instance}}" },
        ],
      }, { w: 8, h: 8 }),
    ],
  },
];

/** Lays panels out left to right in 24 columns, wrapping; ids count up from 1. */
function layout(rows: readonly Row[]): (Panel | RowPanel)[] {
  let id = 1;
  let y = 0;
  const out: (Panel | RowPanel)[] = [];
  for (const row of rows) {
    const rowPanel: RowPanel = { type: "row", id: id++, title: row.title, collapsed: row.collapsed ?? false, gridPos: { x: 0, y: y++, w: 24, h: 1 }, panels: [] };
    out.push(rowPanel);
    let x = 0;
    let lineH = 0;
    for (const { size, ...draft } of row.panels) {
      if (x + size.w > 24) {
        x = 0;
        y += lineH;
        lineH = 0;
      }
      const panel: Panel = { ...draft, id: id++, gridPos: { x, y, w: size.w, h: size.h } };
      if (row.collapsed === true) rowPanel.panels.push(panel);
      else out.push(panel);
      x += size.w;
      lineH = Math.max(lineH, size.h);
    }
    y += lineH;
  }
  return out;
}

function queryVariable(name: string, label: string, query: string): VariableModel {
  return {
    type: "query",
    name,
    label,
    datasource: DS,
    query,
    refresh: VariableRefresh.onTimeRangeChanged,
    sort: VariableSort.alphabeticalAsc,
    multi: true,
    includeAll: true,
    allValue: ".*",
    current: { text: "All", value: "$__all" },
    hide: VariableHide.dontHide,
  };
}

export function buildDashboard(): Dashboard {
  return {
    uid: "ringmesh-queues",
    title: "Ringmesh / Answer group queues",
    description: "Calls, service level, waits and agents of Ringmesh answer groups, and the platform (actor runtime, SIP) under them.",
    tags: ["ringmesh", "contact-centre"],
    editable: false,
    graphTooltip: DashboardCursorSync.Crosshair,
    schemaVersion: 39,
    version: 1,
    refresh: "30s",
    time: { from: "now-6h", to: "now" },
    timezone: "browser",
    fiscalYearStartMonth: 0,
    liveNow: false,
    links: [],
    annotations: {
      list: [
        {
          builtIn: 1,
          datasource: { type: "grafana", uid: "-- Grafana --" },
          enable: true,
          hide: true,
          iconColor: "rgba(0, 211, 255, 1)",
          name: "Annotations & Alerts",
          type: "dashboard",
        },
      ],
    },
    templating: {
      list: [
        { type: "datasource", name: "datasource", label: "Data source", query: "prometheus", hide: VariableHide.dontHide, current: { text: "default", value: "default" } },
        queryVariable("org", "Organisation", "label_values(ringmesh_group_calls_offered_total, org)"),
        queryVariable("group", "Group", 'label_values(ringmesh_group_calls_offered_total{org=~"$org"}, group)'),
        queryVariable("instance", "Node", "label_values(ringmesh_build_info, instance)"),
      ],
    },
    panels: layout(ROWS),
  };
}

export function dashboardText(): string {
  return `${JSON.stringify(buildDashboard(), null, 2)}\n`;
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = dashboardText();
  if (process.argv.includes("--check")) {
    if (readFileSync(DASHBOARD_FILE, "utf8") !== text) {
      console.error(`${DASHBOARD_FILE} is stale: run npx tsx scripts/dashboard.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(DASHBOARD_FILE, text);
    console.log(`wrote ${DASHBOARD_FILE}`);
  }
}
