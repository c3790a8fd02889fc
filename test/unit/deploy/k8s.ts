/**
 * Rendering and strict validation of the manifests under deploy/k8s, shared by the
 * deploy tests. Rendering spawns `kubectl kustomize` (works offline, kubectl ≥ 1.27);
 * validation uses the committed strict schema (scripts/k8s-schema.ts).
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Ajv, type ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";
import type { IConfigMap } from "kubernetes-models/v1/ConfigMap";
import type { INamespace } from "kubernetes-models/v1/Namespace";
import type { ISecret } from "kubernetes-models/v1/Secret";
import type { IService } from "kubernetes-models/v1/Service";
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import type { IStatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import type { IPodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import type { IServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";

const run = promisify(execFile);

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const K8S_DIR = `${REPO}deploy/k8s`;
export const SCHEMA_FILE = `${K8S_DIR}/schema/kubernetes.schema.json`;

/** Every overlay under deploy/k8s/overlays, plus fixtures that pull in optional components. */
export function kustomizations(): { name: string; dir: string }[] {
  const overlays = readdirSync(`${K8S_DIR}/overlays`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: `overlays/${d.name}`, dir: `${K8S_DIR}/overlays/${d.name}` }));
  const fixtures = readdirSync(fileURLToPath(new URL("fixtures/", import.meta.url)), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: `fixtures/${d.name}`, dir: fileURLToPath(new URL(`fixtures/${d.name}`, import.meta.url)) }));
  return [...overlays, ...fixtures];
}

export type Workload = IDeployment | IStatefulSet;
export type K8sObject =
  | IConfigMap
  | INamespace
  | ISecret
  | IService
  | IDeployment
  | IStatefulSet
  | IPodDisruptionBudget
  | IHorizontalPodAutoscaler
  | IServiceMonitor;

/** `kubectl kustomize DIR` as plain objects; rejects with kubectl's stderr. */
export async function render(dir: string): Promise<unknown[]> {
  let stdout: string;
  try {
    ({ stdout } = await run("kubectl", ["kustomize", dir], { maxBuffer: 32 * 1024 * 1024 }));
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`kubectl kustomize ${dir} failed:\n${e.stderr ?? e.message}`, { cause: err });
  }
  return parseAllDocuments(stdout).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`kubectl kustomize ${dir}: bad YAML: ${doc.errors.map(String).join("; ")}`);
    return doc.toJS() as unknown;
  });
}

interface SchemaFile {
  definitions: { KubernetesKinds: { properties: Record<string, { $ref: string }> } };
}

/** One strict validator per `apiVersion/kind` in the committed schema. */
export function strictValidators(): Map<string, ValidateFunction> {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as SchemaFile & Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(schema, "k8s");
  const validators = new Map<string, ValidateFunction>();
  for (const [key, { $ref }] of Object.entries(schema.definitions.KubernetesKinds.properties)) {
    validators.set(key, ajv.compile({ $ref: `k8s${$ref}` }));
  }
  return validators;
}

/** Problems (empty: valid) of each object against the strict schema of its kind. */
export function schemaProblems(objects: readonly unknown[], validators: Map<string, ValidateFunction>): string[] {
  const problems: string[] = [];
  for (const obj of objects) {
    const o = obj as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
    const key = `${String(o.apiVersion)}/${String(o.kind)}`;
    const where = `${key} ${String(o.metadata?.name)}`;
    const validate = validators.get(key);
    if (validate === undefined) {
      problems.push(`${where}: no schema for this kind (add it to scripts/k8s-schema.ts and regenerate)`);
      continue;
    }
    if (!validate(obj)) {
      for (const e of validate.errors ?? []) {
        const extra = e.keyword === "additionalProperties" ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : "";
        problems.push(`${where}: ${e.instancePath || "/"} ${e.message ?? e.keyword}${extra}`);
      }
    }
  }
  return problems;
}

/** Renders and validates; the typed objects are only returned when the schema accepts all. */
export async function renderValid(dir: string, validators: Map<string, ValidateFunction>): Promise<K8sObject[]> {
  const objects = await render(dir);
  const problems = schemaProblems(objects, validators);
  if (problems.length > 0) throw new Error(`${dir}: schema violations:\n${problems.join("\n")}`);
  return objects as K8sObject[];
}

export function workloads(objects: readonly K8sObject[]): Workload[] {
  return objects.filter((o): o is Workload => o.kind === "Deployment" || o.kind === "StatefulSet");
}

export function byKind<K extends K8sObject["kind"]>(objects: readonly K8sObject[], kind: K): Extract<K8sObject, { kind: K }>[] {
  return objects.filter((o): o is Extract<K8sObject, { kind: K }> => o.kind === kind);
}

export function nameOf(o: { kind: string; metadata?: { name?: string } }): string {
  return `${o.kind}/${o.metadata?.name ?? "?"}`;
}
