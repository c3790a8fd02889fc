import { existsSync, readFileSync } from "node:fs";
import test from "ava";
import { REPO } from "./k8s.js";

// The image cannot be built here (no Docker engine); these checks cover what can be
// read statically.
const dockerfile = readFileSync(`${REPO}deploy/Dockerfile`, "utf8");
const ignore = readFileSync(`${REPO}deploy/Dockerfile.dockerignore`, "utf8");
const pkg = JSON.parse(readFileSync(`${REPO}package.json`, "utf8")) as {
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const instructions = dockerfile
  .replace(/\\\n/g, " ")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "" && !l.startsWith("#"));
const args = (keyword: string): string[] => instructions.filter((l) => l.toUpperCase().startsWith(`${keyword} `)).map((l) => l.slice(keyword.length + 1).trim());

test("Dockerfile: every stage is node:20-bookworm-slim", (t) => {
  const defaults = new Map(args("ARG").map((a) => a.split("=") as [string, string]));
  const bases = args("FROM").map((f) => (f.split(/\s+/)[0] ?? "").replace(/^\$\{(\w+)\}$/, (_, v: string) => defaults.get(v) ?? v));
  t.true(bases.length > 0);
  for (const b of bases) t.is(b, "node:20-bookworm-slim");
});

test("Dockerfile: production install, and tsx is a production dependency", (t) => {
  t.true(args("RUN").some((r) => /\bnpm ci\b.*--omit=dev/.test(r)));
  t.truthy(pkg.dependencies.tsx, "tsx must be in dependencies: npm ci --omit=dev leaves devDependencies out");
});

test("Dockerfile: runs as the numeric non-root user the manifests expect", (t) => {
  const users = args("USER");
  t.is(users.length, 1);
  t.is(users[0], "1000:1000");
  t.regex(readFileSync(`${REPO}deploy/k8s/base/ringmesh/pod-common.yaml`, "utf8"), /runAsUser: 1000\n/);
});

test("Dockerfile: ENTRYPOINT is node and the package's CLI", (t) => {
  t.deepEqual(JSON.parse(args("ENTRYPOINT")[0] ?? "null"), ["node", pkg.bin.ringmesh]);
  t.is(pkg.bin.ringmesh, "bin/ringmesh.js");
});

test("Dockerfile: every copied path exists and is allowed by Dockerfile.dockerignore", (t) => {
  const allowed = new Set(
    ignore
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.startsWith("!"))
      .map((l) => l.slice(1).replace(/\/$/, "")),
  );
  const sources = args("COPY")
    .filter((c) => !c.startsWith("--from"))
    .flatMap((c) => c.split(/\s+/).slice(0, -1));
  t.true(sources.length > 0);
  for (const s of sources) {
    const path = s.replace(/\/$/, "");
    t.true(existsSync(`${REPO}${path}`), `${path} exists`);
    t.true(allowed.has(path), `${path} is allow-listed in Dockerfile.dockerignore`);
  }
});
