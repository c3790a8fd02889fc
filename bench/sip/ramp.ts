/**
 * The search for the highest passing rate: double from `start` until a run fails (or
 * halve down when even `start` fails), bisect between the last pass and the first fail
 * with short runs, then confirm with a full-length run (stepping down 10% at most twice
 * when the confirmation fails). Bounded in runs and in rate.
 *
 * Pass rule (perf.md §2): ≥ 99.9% of the created calls completed, every planned call was
 * created, and creating them took at most 10% longer than planned.
 */
import type { LoadResult } from "./sipp.js";

export interface Verdict {
  readonly pass: boolean;
  readonly completedPct: number;
  readonly why: string;
}

/** `answered`: calls that count as completed (for Ringmesh: successful minus those that got a 503). */
export function judge(r: LoadResult, answered = r.successful): Verdict {
  const completedPct = r.created > 0 ? (100 * answered) / r.created : 0;
  const problems: string[] = [];
  if (r.created < r.planned) problems.push(`created ${r.created}/${r.planned}`);
  if (!(r.createSecs <= r.secs * 1.1)) problems.push(`creation took ${r.createSecs.toFixed(1)} s for ${r.secs} s planned`);
  if (completedPct < 99.9) problems.push(`${completedPct.toFixed(2)}% completed (${r.created - answered} not)`);
  return { pass: problems.length === 0, completedPct, why: problems.length === 0 ? "pass" : problems.join(", ") };
}

export interface RampOptions {
  readonly start: number;
  readonly max: number;
  readonly min: number;
  readonly searchSecs: number;
  readonly confirmSecs: number;
  readonly bisectSteps: number;
  /** Rates are rounded to multiples of this. */
  readonly granule: number;
}

export interface Ramp<R> {
  /** The confirmed rate, or null when nothing passed. */
  readonly cps: number | null;
  /** The confirming run (full length) at `cps`. */
  readonly confirmed?: R;
  readonly trail: { cps: number; secs: number; pass: boolean; why: string }[];
}

export async function ramp<R extends { verdict: Verdict }>(
  label: string,
  opts: RampOptions,
  run: (cps: number, secs: number) => Promise<R>,
  log: (line: string) => void,
): Promise<Ramp<R>> {
  const trail: Ramp<R>["trail"] = [];
  const round = (x: number) => Math.max(opts.granule, Math.round(x / opts.granule) * opts.granule);
  const attempt = async (cps: number, secs: number): Promise<R> => {
    const r = await run(cps, secs);
    trail.push({ cps, secs, pass: r.verdict.pass, why: r.verdict.why });
    log(`  ${label} ${cps} cps × ${secs} s: ${r.verdict.pass ? "pass" : "FAIL"} (${r.verdict.why})`);
    return r;
  };

  let lastPass: number | undefined;
  let firstFail: number | undefined;
  let cps = round(opts.start);
  if ((await attempt(cps, opts.searchSecs)).verdict.pass) {
    lastPass = cps;
    while (cps * 2 <= opts.max) {
      cps = round(cps * 2);
      if ((await attempt(cps, opts.searchSecs)).verdict.pass) lastPass = cps;
      else {
        firstFail = cps;
        break;
      }
    }
  } else {
    firstFail = cps;
    while (cps / 2 >= opts.min) {
      cps = round(cps / 2);
      if ((await attempt(cps, opts.searchSecs)).verdict.pass) {
        lastPass = cps;
        break;
      }
      firstFail = cps;
    }
  }
  if (lastPass === undefined) return { cps: null, trail };
  if (firstFail === undefined) log(`  ${label}: passed up to the ramp's ceiling (${lastPass} cps) without a failure; the figure is a lower bound`);
  else {
    for (let i = 0; i < opts.bisectSteps; i++) {
      const mid = round((lastPass + firstFail) / 2);
      if (mid <= lastPass || mid >= firstFail) break;
      if ((await attempt(mid, opts.searchSecs)).verdict.pass) lastPass = mid;
      else firstFail = mid;
    }
  }
  // A full-length run meets what a short one may not (a major GC, a queue that builds
  // slowly), so confirmation keeps stepping down rather than reporting nothing.
  let rate = lastPass;
  for (let i = 0; i < 6; i++) {
    const r = await attempt(rate, opts.confirmSecs);
    if (r.verdict.pass) return { cps: rate, confirmed: r, trail };
    const lower = round(rate * (i < 2 ? 0.9 : 0.8));
    if (lower >= rate || lower < opts.min) break;
    rate = lower;
  }
  return { cps: null, trail };
}
