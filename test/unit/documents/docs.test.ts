import { readFileSync } from "node:fs";
import test from "ava";

/** SPEC §2 setting ids (Q5 only repeats Q1). Hard-coded because the SPEC lives outside the repository. */
const SETTING_IDS = [
  ...["G1", "G2", "G3", "G4", "G5", "G6", "G7"],
  ...["Q1", "Q2", "Q3", "Q4", "Q6"],
  ...["M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11"],
  ...["A1", "A2", "A3", "A4", "A5", "A6", "A7"],
  ...["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12"],
];

const doc = readFileSync(new URL("../../../docs/configuration.md", import.meta.url), "utf8");

for (const id of SETTING_IDS) {
  test(`docs/configuration.md documents ${id}`, (t) => {
    // A table cell of its own, so that M10 does not count as M1.
    t.regex(doc, new RegExp(`\\|\\s*${id}\\s*\\|`), `${id} has no row in a settings table`);
  });
}
