#!/usr/bin/env node
// The CLI runs TypeScript directly through tsx (a runtime dependency), so the same
// sources serve development, tests and production images without a build step.
import process from "node:process";
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
