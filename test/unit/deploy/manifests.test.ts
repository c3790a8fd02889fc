import test from "ava";
import { byKind, kustomizations, nameOf, renderValid, schemaProblems, strictValidators, workloads, K8S_DIR, type K8sObject } from "./k8s.js";
import {
  autoscalerProblems,
  effectiveReplicas,
  isRingmesh,
  labelProblems,
  natsProblems,
  pdbProblems,
  probeProblems,
  productionProblems,
  referenceProblems,
  resourceProblems,
  ringmeshProblems,
  securityProblems,
  selectorProblems,
} from "./invariants.js";

const validators = strictValidators();
const cache = new Map<string, Promise<K8sObject[]>>();
function rendered(dir: string): Promise<K8sObject[]> {
  let p = cache.get(dir);
  if (p === undefined) {
    p = renderValid(dir, validators);
    cache.set(dir, p);
  }
  return p;
}

/** Secrets an environment must create outside git. */
const EXTERNAL_SECRETS: Record<string, string[]> = { "overlays/prod": ["ringmesh-tokens"], "fixtures/prod-prometheus-operator": ["ringmesh-tokens"] };

const INVARIANTS = {
  "every container has cpu/memory requests and limits": resourceProblems,
  "every container has startup, liveness and readiness probes": probeProblems,
  "every container runs non-root, read-only, without capabilities": securityProblems,
  "every workload has exactly one PodDisruptionBudget": pdbProblems,
  "selectors match pod templates and Service ports exist": selectorProblems,
  "autoscalers own the replicas of existing Deployments": autoscalerProblems,
  "standard app.kubernetes.io labels everywhere": labelProblems,
  "Ringmesh Deployments: --services, env, ports, probes agree with lib/env.ts": ringmeshProblems,
  "NATS routes match replicas, JetStream fits its volume, NATS_URL resolves": natsProblems,
} as const;

for (const { name, dir } of kustomizations()) {
  test(`${name}: renders with kubectl kustomize and every object passes the strict schema`, async (t) => {
    const objects = await rendered(dir);
    t.true(workloads(objects).length >= 6, "NATS plus five Ringmesh Deployments");
  });
  for (const [title, check] of Object.entries(INVARIANTS)) {
    test(`${name}: ${title}`, async (t) => {
      t.deepEqual(check(await rendered(dir)), []);
    });
  }
  test(`${name}: referenced ConfigMaps and Secrets exist`, async (t) => {
    t.deepEqual(referenceProblems(await rendered(dir), EXTERNAL_SECRETS[name] ?? []), []);
  });
}

test("overlays/prod: ≥ 3 NATS servers, ≥ 2 pods per service, pinned images", async (t) => {
  t.deepEqual(productionProblems(await rendered(`${K8S_DIR}/overlays/prod`)), []);
});

test("overlays/prod: the tokens Secret is referenced, not shipped", async (t) => {
  t.deepEqual(byKind(await rendered(`${K8S_DIR}/overlays/prod`), "Secret"), []);
});

test("overlays/dev: one NATS server and one pod per service, no autoscalers", async (t) => {
  const objects = await rendered(`${K8S_DIR}/overlays/dev`);
  t.deepEqual(
    workloads(objects).map((w) => [nameOf(w), effectiveReplicas(objects, w)]),
    workloads(objects).map((w) => [nameOf(w), 1]),
  );
  t.deepEqual(byKind(objects, "HorizontalPodAutoscaler"), []);
});

test("fixtures/prod-prometheus-operator: ServiceMonitors replace the scrape annotations", async (t) => {
  const objects = await rendered(new URL("fixtures/prod-prometheus-operator", import.meta.url).pathname);
  t.deepEqual(byKind(objects, "ServiceMonitor").map((m) => m.metadata?.name).sort(), ["nats", "ringmesh"]);
  for (const w of workloads(objects)) t.is(w.spec?.template.metadata?.annotations?.["prometheus.io/scrape"], "false", nameOf(w));
  const metricsServices = byKind(objects, "Service").filter((s) => (s.spec?.ports ?? []).some((p) => p.name === "metrics"));
  t.deepEqual(metricsServices.map((s) => s.metadata?.name).sort(), ["admin", "agent-actor", "queue-actor", "scheduler", "signaling"]);
});

// The checks above must be able to fail: each broken copy of prod is caught.

function broken(objects: readonly K8sObject[], edit: (copy: K8sObject[]) => void): K8sObject[] {
  const copy = structuredClone(objects) as K8sObject[];
  edit(copy);
  return copy;
}

function deployment(objects: K8sObject[], name: string) {
  const d = byKind(objects, "Deployment").find((x) => x.metadata?.name === name);
  if (d?.spec?.template.spec === undefined) throw new Error(`no Deployment ${name}`);
  return { d, spec: d.spec.template.spec, container: d.spec.template.spec.containers[0] ?? { name: "missing" } };
}

test("the strict schema rejects unknown and misplaced fields", async (t) => {
  const prod = await rendered(`${K8S_DIR}/overlays/prod`);
  const typo = broken(prod, (o) => Object.assign(deployment(o, "admin").d.spec ?? {}, { replcas: 3 }));
  t.true(schemaProblems(typo, validators).some((p) => p.includes("replcas")));
  const misplaced = broken(prod, (o) => Object.assign(deployment(o, "signaling").spec, { terminationGracePeriod: 10 }));
  t.true(schemaProblems(misplaced, validators).some((p) => p.includes("terminationGracePeriod")));
  const wrongType = broken(prod, (o) => Object.assign(deployment(o, "signaling").container, { ports: [{ name: "metrics", containerPort: "9464" }] }));
  t.true(schemaProblems(wrongType, validators).some((p) => p.includes("must be")));
  t.true(schemaProblems([{ apiVersion: "v1", kind: "Pod", metadata: { name: "x" } }], validators).some((p) => p.includes("no schema")));
});

test("the invariant checks catch broken manifests", async (t) => {
  const prod = await rendered(`${K8S_DIR}/overlays/prod`);
  const caught = (check: (o: K8sObject[]) => string[], edit: (o: K8sObject[]) => void, expect: string): void => {
    const problems = check(broken(prod, edit));
    t.true(problems.some((p) => p.includes(expect)), `expected a problem mentioning ${JSON.stringify(expect)}, got ${JSON.stringify(problems)}`);
  };
  caught(resourceProblems, (o) => delete deployment(o, "scheduler").container.resources?.limits, "limits.cpu");
  caught(probeProblems, (o) => delete deployment(o, "admin").container.readinessProbe, "readinessProbe");
  caught(securityProblems, (o) => Object.assign(deployment(o, "queue-actor").spec.securityContext ?? {}, { runAsNonRoot: false }), "runAsNonRoot");
  caught(securityProblems, (o) => delete deployment(o, "signaling").container.securityContext?.readOnlyRootFilesystem, "readOnlyRootFilesystem");
  caught(pdbProblems, (o) => o.splice(o.findIndex((x) => x.kind === "PodDisruptionBudget" && x.metadata?.name === "agent-actor"), 1), "0 PodDisruptionBudgets");
  caught(selectorProblems, (o) => {
    const svc = byKind(o, "Service").find((s) => s.metadata?.name === "admin");
    const port = svc?.spec?.ports?.[0];
    if (port) port.targetPort = "gprc";
  }, "gprc");
  caught(autoscalerProblems, (o) => Object.assign(deployment(o, "signaling").d.spec ?? {}, { replicas: 2 }), "sets replicas");
  caught(labelProblems, (o) => delete deployment(o, "scheduler").d.metadata?.labels?.["app.kubernetes.io/part-of"], "part-of");
  caught(ringmeshProblems, (o) => (deployment(o, "scheduler").container.args = ["start", "--services", "scheduler,sip-proxy"]), "unknown service");
  caught(ringmeshProblems, (o) => (deployment(o, "admin").container.args = ["start", "--services", "scheduler"]), "no Deployment runs service admin");
  caught(ringmeshProblems, (o) => {
    const metrics = deployment(o, "queue-actor").container.ports?.find((p) => p.name === "metrics");
    if (metrics) metrics.containerPort = 9465;
  }, "port metrics is 9465");
  caught(ringmeshProblems, (o) => {
    const cm = byKind(o, "ConfigMap").find((c) => c.metadata?.name?.startsWith("ringmesh-env"));
    if (cm?.data) cm.data.SIP_PORT = "5070";
  }, "port sip-udp is 5060/UDP, the process listens on 5070/UDP");
  caught(ringmeshProblems, (o) => {
    const cm = byKind(o, "ConfigMap").find((c) => c.metadata?.name?.startsWith("ringmesh-env"));
    if (cm?.data) cm.data.LOG_LEVEL = "verbose";
  }, "LOG_LEVEL");
  caught(natsProblems, (o) => Object.assign(byKind(o, "StatefulSet")[0]?.spec ?? {}, { replicas: 5 }), "do not match 5 replicas");
  caught(referenceProblems, (o) => o.splice(o.findIndex((x) => x.kind === "ConfigMap" && x.metadata?.name?.startsWith("nats-config")), 1), "not found");
  caught(productionProblems, (o) => {
    const hpa = byKind(o, "HorizontalPodAutoscaler").find((h) => h.metadata?.name === "agent-actor");
    if (hpa?.spec) hpa.spec.minReplicas = 1;
  }, "agent-actor: 1 replica");
  caught(productionProblems, (o) => Object.assign(byKind(o, "StatefulSet")[0]?.spec ?? {}, { replicas: 1 }), "NATS runs 1");
  caught(productionProblems, (o) => (deployment(o, "admin").container.image = "registry.example.com/ringmesh/ringmesh:latest"), "not pinned");
  t.true(workloads(prod).filter(isRingmesh).length === 5);
});
