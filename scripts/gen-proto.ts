/**
 * The one code generator for proto/: every `.proto` under proto/ goes into
 *   lib/generated/pb.js + pb.d.ts   protobufjs static module, for NATS payloads
 *   lib/generated/grpc/…            proto-loader types for @grpc/grpc-js
 *
 *   tsx scripts/gen-proto.ts           regenerate lib/generated
 *   tsx scripts/gen-proto.ts --check   regenerate into a temp dir and exit 1 naming every
 *                                      stale, missing or extra file (CI)
 *
 * The generators write no timestamps and the inputs are sorted, so output is a pure
 * function of proto/ and the pinned generator versions.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, cp, mkdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(root, "proto");
const generatedDir = join(root, "lib", "generated");
const bin = (name: string): string => join(root, "node_modules", ".bin", name);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((err: unknown) => {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

async function generate(outDir: string): Promise<void> {
  const protos = (await filesUnder(protoDir)).filter((f) => f.endsWith(".proto"));
  if (protos.length === 0) throw new Error(`no .proto files under ${protoDir}`);
  await mkdir(join(outDir, "grpc"), { recursive: true });
  const pbJs = join(outDir, "pb.js");
  // Relative paths keep the temp dir and the checkout out of generated comments.
  await run(bin("pbjs"), ["-t", "static-module", "-w", "es6", "--es6", "-p", "proto", "-o", relative(root, pbJs), ...protos.map((p) => join("proto", p))], { cwd: root });
  await run(bin("pbts"), ["-o", relative(root, join(outDir, "pb.d.ts")), relative(root, pbJs)], { cwd: root });
  // gRPC types only for files that declare a service: they pull in every message they
  // use, and a services-less top-level file would be nothing but unused imports.
  const withServices: string[] = [];
  for (const p of protos) if (/^\s*service\s+\w+/m.test(await readFile(join(protoDir, p), "utf8"))) withServices.push(p);
  await run(
    bin("proto-loader-gen-types"),
    [
      // Filenames first: --includeDirs is a yargs array option and would swallow them.
      ...withServices,
      "--longs=String", "--enums=String", "--defaults", "--oneofs",
      "--grpcLib=@grpc/grpc-js", "--importFileExtension=.js",
      `--outDir=${relative(root, join(outDir, "grpc"))}`,
      "--includeDirs", "proto",
    ],
    { cwd: root },
  );
}

async function check(): Promise<number> {
  // Inside the checkout so relative paths (and thus generated text) match a real run.
  const tmpParent = join(root, ".tmp");
  await mkdir(tmpParent, { recursive: true });
  const tmp = await mkdtemp(join(tmpParent, "gen-proto-"));
  try {
    await generate(tmp);
    const fresh = await filesUnder(tmp);
    const current = await filesUnder(generatedDir);
    const stale: string[] = [];
    for (const f of new Set([...fresh, ...current])) {
      const [a, b] = await Promise.all([
        readFile(join(tmp, f), "utf8").catch(() => undefined),
        readFile(join(generatedDir, f), "utf8").catch(() => undefined),
      ]);
      const txt = (s: string): string => s.split(relative(root, tmp).split(sep).join("/")).join("lib/generated");
      if (a === undefined) stale.push(`${f} (extra: no longer generated)`);
      else if (b === undefined) stale.push(`${f} (missing)`);
      else if (txt(a) !== b) stale.push(`${f} (differs)`);
    }
    if (stale.length > 0) {
      process.stderr.write(`lib/generated is stale; run \`npm run proto\`:\n${stale.map((s) => `  lib/generated/${s}`).join("\n")}\n`);
      return 1;
    }
    process.stdout.write(`lib/generated is up to date (${fresh.length} files)\n`);
    return 0;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  if (process.argv.includes("--check")) return check();
  const tmpParent = join(root, ".tmp");
  await mkdir(tmpParent, { recursive: true });
  const tmp = await mkdtemp(join(tmpParent, "gen-proto-"));
  try {
    await generate(tmp);
    const check = await filesUnder(tmp);
    // Generate elsewhere first so a generator failure never leaves lib/generated half-written.
    await rm(generatedDir, { recursive: true, force: true });
    await cp(tmp, generatedDir, { recursive: true });
    process.stdout.write(`generated ${check.length} files into lib/generated\n`);
    return 0;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await main();
