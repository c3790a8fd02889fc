/**
 * Invariants of the rendered manifests. Each check returns a list of problems, empty
 * when the objects satisfy it, so a test can show both that the real manifests pass
 * and that a broken copy is caught.
 */
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import { ConfigError } from "../../../lib/errors.js";
import { loadServerConfig, SERVICE_NAMES } from "../../../lib/env.js";
import { byKind, nameOf, workloads, type K8sObject, type Workload } from "./k8s.js";

const STANDARD_LABELS = ["name", "instance", "component", "part-of", "version"].map((l) => `app.kubernetes.io/${l}`);
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function podSpec(w: Workload): IPodSpec | undefined {
  return w.spec?.template.spec;
}

function containersOf(w: Workload): IContainer[] {
  const spec = podSpec(w);
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
}

function matches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (selector === undefined || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

function templateLabels(w: Workload): Record<string, string> | undefined {
  return w.spec?.template.metadata?.labels;
}

export function isRingmesh(w: Workload): boolean {
  return w.kind === "Deployment" && w.metadata?.labels?.["app.kubernetes.io/name"] === "ringmesh";
}

/** requests and limits for cpu and memory on every container. */
export function resourceProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    for (const c of containersOf(w)) {
      for (const kind of ["requests", "limits"] as const) {
        for (const res of ["cpu", "memory"]) {
          if (c.resources?.[kind]?.[res] === undefined) problems.push(`${nameOf(w)} container ${c.name}: no ${kind}.${res}`);
        }
      }
    }
  }
  return problems;
}

/** startup, liveness and readiness probes on every (non-init) container. */
export function probeProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    for (const c of podSpec(w)?.containers ?? []) {
      for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"] as const) {
        if (c[probe] === undefined) problems.push(`${nameOf(w)} container ${c.name}: no ${probe}`);
      }
    }
  }
  return problems;
}

/** Non-root, read-only root filesystem, no privilege escalation, ALL capabilities dropped, seccomp. */
export function securityProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    const pod = podSpec(w)?.securityContext;
    if (podSpec(w)?.automountServiceAccountToken !== false) problems.push(`${nameOf(w)}: automountServiceAccountToken is not false`);
    for (const c of containersOf(w)) {
      const sc = c.securityContext;
      const where = `${nameOf(w)} container ${c.name}`;
      if ((sc?.runAsNonRoot ?? pod?.runAsNonRoot) !== true) problems.push(`${where}: runAsNonRoot is not true`);
      const uid = sc?.runAsUser ?? pod?.runAsUser;
      if (uid === undefined || uid === 0) problems.push(`${where}: no non-zero runAsUser`);
      if (sc?.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem is not true`);
      if (sc?.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
      if (!(sc?.capabilities?.drop ?? []).includes("ALL")) problems.push(`${where}: capabilities do not drop ALL`);
      if ((sc?.seccompProfile ?? pod?.seccompProfile)?.type !== "RuntimeDefault") problems.push(`${where}: seccompProfile is not RuntimeDefault`);
    }
  }
  return problems;
}

/** Exactly one PodDisruptionBudget per workload, selecting its pods. */
export function pdbProblems(objects: readonly K8sObject[]): string[] {
  const pdbs = byKind(objects, "PodDisruptionBudget");
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    const covering = pdbs.filter((p) => matches(p.spec?.selector?.matchLabels, templateLabels(w)));
    if (covering.length !== 1) problems.push(`${nameOf(w)}: ${covering.length} PodDisruptionBudgets select its pods (want 1)`);
  }
  for (const p of pdbs) {
    if (!workloads(objects).some((w) => matches(p.spec?.selector?.matchLabels, templateLabels(w)))) {
      problems.push(`${nameOf(p)}: selects no workload`);
    }
  }
  return problems;
}

/**
 * Workload selectors match their templates; every Service selects a workload and each
 * of its target ports names a container port with the same protocol.
 */
export function selectorProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const w of workloads(objects)) {
    if (!matches(w.spec?.selector.matchLabels, templateLabels(w))) problems.push(`${nameOf(w)}: selector does not match its pod template`);
  }
  for (const s of byKind(objects, "Service")) {
    const selected = workloads(objects).filter((w) => matches(s.spec?.selector, templateLabels(w)));
    if (selected.length === 0) {
      problems.push(`${nameOf(s)}: selects no workload`);
      continue;
    }
    for (const port of s.spec?.ports ?? []) {
      const target = port.targetPort ?? port.port;
      const protocol = port.protocol ?? "TCP";
      const found = selected.some((w) =>
        (podSpec(w)?.containers ?? []).some((c) =>
          (c.ports ?? []).some((cp) => (typeof target === "string" ? cp.name === target : cp.containerPort === target) && (cp.protocol ?? "TCP") === protocol),
        ),
      );
      if (!found) problems.push(`${nameOf(s)} port ${port.name ?? port.port}: no ${protocol} container port ${String(target)} in the selected pods`);
    }
  }
  return problems;
}

/** Autoscalers target an existing Deployment that leaves `replicas` to them. */
export function autoscalerProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const h of byKind(objects, "HorizontalPodAutoscaler")) {
    const ref = h.spec?.scaleTargetRef;
    const target = byKind(objects, "Deployment").find((d) => ref?.kind === "Deployment" && d.metadata?.name === ref.name);
    if (target === undefined) {
      problems.push(`${nameOf(h)}: scale target ${ref?.kind ?? "?"}/${ref?.name ?? "?"} not found`);
      continue;
    }
    if (target.spec?.replicas !== undefined) problems.push(`${nameOf(target)}: sets replicas although ${nameOf(h)} owns them`);
    if ((h.spec?.minReplicas ?? 1) > (h.spec?.maxReplicas ?? 0)) problems.push(`${nameOf(h)}: minReplicas > maxReplicas`);
  }
  return problems;
}

/** Replicas a Deployment runs with at rest: its autoscaler's minimum, else spec.replicas (default 1). */
export function effectiveReplicas(objects: readonly K8sObject[], w: Workload): number {
  const hpa = byKind(objects, "HorizontalPodAutoscaler").find(
    (h) => h.spec?.scaleTargetRef.kind === w.kind && h.spec.scaleTargetRef.name === w.metadata?.name,
  );
  return hpa !== undefined ? (hpa.spec?.minReplicas ?? 1) : (w.spec?.replicas ?? 1);
}

/** Standard app.kubernetes.io labels with valid values on every object and pod template. */
export function labelProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const check = (where: string, labels: Record<string, string> | undefined, required: readonly string[]): void => {
    for (const l of required) if (labels?.[l] === undefined || labels[l] === "") problems.push(`${where}: no label ${l}`);
    for (const [k, v] of Object.entries(labels ?? {})) {
      if (v.length > 63 || !LABEL_VALUE.test(v)) problems.push(`${where}: label ${k}=${JSON.stringify(v)} is not a valid label value`);
    }
  };
  for (const o of objects) {
    if (o.kind === "Namespace") continue;
    // A ServiceMonitor is scrape configuration, not a versioned part of the application.
    check(nameOf(o), o.metadata?.labels, o.kind === "ServiceMonitor" ? STANDARD_LABELS.filter((l) => !l.endsWith("/version")) : STANDARD_LABELS);
  }
  for (const w of workloads(objects)) check(`${nameOf(w)} pod template`, templateLabels(w), STANDARD_LABELS);
  return problems;
}

/** ConfigMaps and Secrets that pods reference exist in the output, except the named external ones. */
export function referenceProblems(objects: readonly K8sObject[], externalSecrets: readonly string[] = []): string[] {
  const problems: string[] = [];
  const configMaps = new Set(byKind(objects, "ConfigMap").map((c) => c.metadata?.name));
  const secrets = new Set([...byKind(objects, "Secret").map((s) => s.metadata?.name), ...externalSecrets]);
  for (const w of workloads(objects)) {
    const spec = podSpec(w);
    for (const v of spec?.volumes ?? []) {
      if (v.configMap !== undefined && !configMaps.has(v.configMap.name)) problems.push(`${nameOf(w)} volume ${v.name}: ConfigMap ${v.configMap.name ?? "?"} not found`);
      if (v.secret !== undefined && !secrets.has(v.secret.secretName)) problems.push(`${nameOf(w)} volume ${v.name}: Secret ${v.secret.secretName ?? "?"} not found`);
    }
    for (const c of containersOf(w)) {
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef !== undefined && !configMaps.has(e.configMapRef.name)) problems.push(`${nameOf(w)}: envFrom ConfigMap ${e.configMapRef.name ?? "?"} not found`);
        if (e.secretRef !== undefined && !secrets.has(e.secretRef.name)) problems.push(`${nameOf(w)}: envFrom Secret ${e.secretRef.name ?? "?"} not found`);
      }
      const claims = w.kind === "StatefulSet" ? (w.spec?.volumeClaimTemplates ?? []).map((v) => v.metadata?.name) : [];
      for (const m of c.volumeMounts ?? []) {
        if (!(spec?.volumes ?? []).some((v) => v.name === m.name) && !claims.includes(m.name)) problems.push(`${nameOf(w)} container ${c.name}: mount ${m.name} has no volume`);
      }
    }
  }
  return problems;
}

/** The environment a container sees, with the pod name standing in for the downward API. */
function containerEnv(objects: readonly K8sObject[], w: Workload, c: IContainer): { env: Record<string, string | undefined>; problems: string[] } {
  const env: Record<string, string | undefined> = {};
  const problems: string[] = [];
  for (const from of c.envFrom ?? []) {
    const cm = byKind(objects, "ConfigMap").find((m) => m.metadata?.name === from.configMapRef?.name);
    Object.assign(env, cm?.data ?? {});
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.valueFrom?.fieldRef?.fieldPath === "metadata.name") env[e.name] = `${w.metadata?.name ?? "pod"}-6d9f7c8b5d-x7k2p`;
    else problems.push(`${nameOf(w)}: env ${e.name} has a source this check does not model`);
  }
  return { env, problems };
}

function servicesArg(c: IContainer): string | undefined {
  const args = c.args ?? [];
  const i = args.indexOf("--services");
  return args[0] === "start" && i >= 0 ? args[i + 1] : undefined;
}

/**
 * Every Ringmesh Deployment runs `start --services <known names>`, its environment is
 * accepted by lib/env.ts, and its ports, probes and scrape annotation agree with that
 * configuration. Together the Deployments run every service.
 */
export function ringmeshProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const deployed = new Set<string>();
  const deployments = workloads(objects).filter(isRingmesh);
  if (deployments.length === 0) return ["no Ringmesh Deployments"];
  for (const w of deployments) {
    const c = podSpec(w)?.containers.find((x) => x.name === "ringmesh");
    if (c === undefined) {
      problems.push(`${nameOf(w)}: no container named ringmesh`);
      continue;
    }
    const where = nameOf(w);
    const list = servicesArg(c);
    if (list === undefined) {
      problems.push(`${where}: args are not \`start --services <list>\``);
      continue;
    }
    const services = list.split(",").map((s) => s.trim());
    for (const s of services) {
      if ((SERVICE_NAMES as readonly string[]).includes(s)) deployed.add(s);
      else problems.push(`${where}: --services names unknown service ${JSON.stringify(s)} (known: ${SERVICE_NAMES.join(", ")})`);
    }
    const { env, problems: envProblems } = containerEnv(objects, w, c);
    problems.push(...envProblems);
    if (env.NATS_URL === undefined) problems.push(`${where}: NATS_URL unset (each service must join the NATS cluster)`);
    if (c.env?.find((e) => e.name === "RINGMESH_NODE_ID")?.valueFrom?.fieldRef?.fieldPath !== "metadata.name") {
      problems.push(`${where}: RINGMESH_NODE_ID does not come from the pod name`);
    }
    let cfg: ReturnType<typeof loadServerConfig>;
    try {
      cfg = loadServerConfig(env, { services: list });
    } catch (err) {
      problems.push(`${where}: lib/env.ts rejects the environment: ${err instanceof ConfigError ? err.message : String(err)}`);
      continue;
    }
    const ports = new Map((c.ports ?? []).map((p) => [p.name ?? "", p]));
    const expectPort = (name: string, port: number, protocol: string): void => {
      const p = ports.get(name);
      if (p === undefined) problems.push(`${where}: no container port ${name}`);
      else if (p.containerPort !== port || (p.protocol ?? "TCP") !== protocol) {
        problems.push(`${where}: port ${name} is ${p.containerPort}/${p.protocol ?? "TCP"}, the process listens on ${port}/${protocol}`);
      }
    };
    expectPort("metrics", cfg.metricsPort, "TCP");
    const runs = (s: string): boolean => cfg.services.some((x) => x === s);
    if (runs("signaling")) {
      expectPort("sip-udp", cfg.sipPort, "UDP");
      expectPort("sip-tcp", cfg.sipPort, "TCP");
    } else if (ports.has("sip-udp") || ports.has("sip-tcp")) problems.push(`${where}: exposes SIP ports but does not run signaling`);
    if (runs("admin")) expectPort("grpc", cfg.grpcPort, "TCP");
    else if (ports.has("grpc")) problems.push(`${where}: exposes grpc but does not run admin`);
    for (const [probe, path] of [["startupProbe", "/healthz"], ["livenessProbe", "/healthz"], ["readinessProbe", "/readyz"]] as const) {
      const get = c[probe]?.httpGet;
      if (get?.path !== path || (get.port !== "metrics" && get.port !== cfg.metricsPort)) {
        problems.push(`${where}: ${probe} is not GET ${path} on the metrics port`);
      }
    }
    const annotations = w.spec?.template.metadata?.annotations ?? {};
    if (annotations["prometheus.io/port"] !== String(cfg.metricsPort)) problems.push(`${where}: prometheus.io/port is not ${cfg.metricsPort}`);
    const mounts = c.volumeMounts ?? [];
    if (!mounts.some((m) => m.mountPath === cfg.dataDir)) problems.push(`${where}: RINGMESH_DATA_DIR ${cfg.dataDir} is not a writable mount`);
    if (!mounts.some((m) => m.mountPath === "/tmp")) problems.push(`${where}: /tmp is not a writable mount (tsx caches compiled code there)`);
    if (runs("admin")) {
      const file = cfg.tokensFile;
      const secretVolumes = new Set((podSpec(w)?.volumes ?? []).filter((v) => v.secret !== undefined).map((v) => v.name));
      if (file === undefined) problems.push(`${where}: runs admin without RINGMESH_TOKENS_FILE`);
      else if (!mounts.some((m) => secretVolumes.has(m.name) && file.startsWith(`${m.mountPath}/`))) {
        problems.push(`${where}: RINGMESH_TOKENS_FILE ${file} is not inside a mounted Secret`);
      }
    }
  }
  for (const s of SERVICE_NAMES) if (!deployed.has(s)) problems.push(`no Deployment runs service ${s}`);
  return problems;
}

const UNITS: Record<string, number> = { "": 1, K: 2 ** 10, KB: 2 ** 10, Ki: 2 ** 10, M: 2 ** 20, MB: 2 ** 20, Mi: 2 ** 20, G: 2 ** 30, GB: 2 ** 30, Gi: 2 ** 30, T: 2 ** 40, TB: 2 ** 40, Ti: 2 ** 40 };

export function bytes(size: string): number {
  const m = /^(\d+)\s*([A-Za-z]*)$/.exec(size.trim());
  const unit = m?.[2] ?? "?";
  if (m?.[1] === undefined || !(unit in UNITS)) throw new Error(`cannot read size ${JSON.stringify(size)}`);
  return Number(m[1]) * (UNITS[unit] ?? 0);
}

function uncommented(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/#.*$/, ""))
    .join("\n");
}

/** The NATS config files mounted into the StatefulSet, by file name. */
export function natsConfig(objects: readonly K8sObject[]): Record<string, string> {
  const sts = byKind(objects, "StatefulSet").find((s) => s.metadata?.name === "nats");
  const volume = sts?.spec?.template.spec?.volumes?.find((v) => v.configMap !== undefined);
  return byKind(objects, "ConfigMap").find((c) => c.metadata?.name === volume?.configMap?.name)?.data ?? {};
}

/**
 * The NATS cluster block lists exactly one route per replica (none for one server), the
 * JetStream file store fits its volume, and NATS_URL names the client Service.
 */
export function natsProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const sts = byKind(objects, "StatefulSet").find((s) => s.metadata?.name === "nats");
  if (sts === undefined) return ["no StatefulSet nats"];
  const replicas = sts.spec?.replicas ?? 1;
  const conf = Object.values(natsConfig(objects)).map(uncommented).join("\n");
  if (conf.trim() === "") return ["StatefulSet/nats mounts no config"];
  const routes = [...conf.matchAll(/nats:\/\/([a-z0-9-]+)-(\d+)\.([a-z0-9-]+):6222/g)];
  if (replicas === 1) {
    if (/\bcluster\s*[{:]/.test(conf)) problems.push("one NATS server but a cluster block: JetStream would wait for peers");
  } else {
    const want = Array.from({ length: replicas }, (_, i) => `nats://nats-${i}.${sts.spec?.serviceName ?? "?"}:6222`).sort();
    const got = routes.map((r) => r[0]).sort();
    if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`cluster routes ${got.join(" ")} do not match ${replicas} replicas (${want.join(" ")})`);
  }
  const store = /max_file_store\s*[:=]\s*"?([0-9]+\s*[A-Za-z]*)"?/.exec(conf)?.[1];
  const claim = sts.spec?.volumeClaimTemplates?.find((v) => v.metadata?.name === "jetstream")?.spec?.resources?.requests?.storage;
  if (store === undefined || claim === undefined) problems.push("JetStream max_file_store or the jetstream volume claim is missing");
  else if (bytes(store) >= bytes(String(claim))) problems.push(`JetStream max_file_store ${store} does not fit the ${String(claim)} volume`);
  for (const w of workloads(objects).filter(isRingmesh)) {
    const cmName = w.spec?.template.spec?.containers[0]?.envFrom?.[0]?.configMapRef?.name;
    const url = byKind(objects, "ConfigMap").find((c) => c.metadata?.name === cmName)?.data?.NATS_URL;
    const m = /^nats:\/\/([a-z0-9-]+):(\d+)$/.exec(url ?? "");
    const svc = byKind(objects, "Service").find((s) => s.metadata?.name === m?.[1]);
    if (m === null || svc === undefined || !(svc.spec?.ports ?? []).some((p) => p.port === Number(m[2]))) {
      problems.push(`${nameOf(w)}: NATS_URL ${url ?? "(unset)"} does not name a Service port in the output`);
    }
  }
  return problems;
}

/** Production: 3+ NATS servers, 2+ pods of every service, pinned images, version label = image tag. */
export function productionProblems(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const nats = byKind(objects, "StatefulSet").find((s) => s.metadata?.name === "nats");
  if ((nats?.spec?.replicas ?? 1) < 3) problems.push(`NATS runs ${nats?.spec?.replicas ?? 1} replicas (want ≥ 3)`);
  for (const w of workloads(objects)) {
    if (isRingmesh(w) && effectiveReplicas(objects, w) < 2) problems.push(`${nameOf(w)}: ${effectiveReplicas(objects, w)} replica(s) at rest (want ≥ 2)`);
    for (const c of containersOf(w)) {
      const image = c.image ?? "";
      const tag = /^[^@]+:([^:/@]+)$/.exec(image)?.[1];
      if (!image.includes("@sha256:") && (tag === undefined || tag === "latest" || tag === "dev")) problems.push(`${nameOf(w)} container ${c.name}: image ${image} is not pinned`);
      if (isRingmesh(w) && c.name === "ringmesh" && tag !== undefined) {
        if (w.metadata?.labels?.["app.kubernetes.io/version"] !== tag || templateLabels(w)?.["app.kubernetes.io/version"] !== tag) {
          problems.push(`${nameOf(w)}: app.kubernetes.io/version does not equal the image tag ${tag}`);
        }
      }
    }
  }
  return problems;
}
