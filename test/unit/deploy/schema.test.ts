import { readFileSync, statSync } from "node:fs";
import test from "ava";
import { generateSchemaText } from "../../../scripts/k8s-schema.js";
import { SCHEMA_FILE } from "./k8s.js";

test("the committed strict schema is what scripts/k8s-schema.ts generates from the installed kubernetes-models", (t) => {
  t.is(readFileSync(SCHEMA_FILE, "utf8"), generateSchemaText(), "stale: run npx tsx scripts/k8s-schema.ts");
});

test("the committed strict schema stays small", (t) => {
  t.true(statSync(SCHEMA_FILE).size < 2 * 1024 * 1024);
});
