/**
 * Estimated wait time (SPEC §3.3).
 *
 * AHT (average handling time = talk + wrap-up) is a moving average: the plain mean
 * of the first `AHT_WINDOW` samples, then an exponential average with weight
 * 1/AHT_WINDOW. Taking the plain mean first means the cold-start default does not
 * bias the estimate once real calls exist: the first sample replaces it outright.
 *
 * Before any call has been handled, AHT is `AHT_DEFAULT_SECONDS` (180 s, a common
 * contact-centre planning figure). The estimate is flagged `confident: false` until
 * `AHT_CONFIDENT_SAMPLES` calls have been measured, because small groups give noisy
 * figures (the guide says so itself).
 */
export const AHT_DEFAULT_SECONDS = 180;
export const AHT_WINDOW = 20;
export const AHT_CONFIDENT_SAMPLES = 10;

export interface AhtState {
  readonly seconds: number;
  readonly samples: number;
}

export const initialAht = (): AhtState => ({ seconds: AHT_DEFAULT_SECONDS, samples: 0 });

export function addAhtSample(aht: AhtState, handleSeconds: number): AhtState {
  const samples = aht.samples + 1;
  const weight = 1 / Math.min(samples, AHT_WINDOW);
  return { seconds: aht.seconds + (handleSeconds - aht.seconds) * weight, samples };
}

export interface EstimatedWait {
  /** p × AHT / max(1, staffed), seconds. */
  readonly seconds: number;
  /** What the caller is told: whole minutes, rounded up. */
  readonly minutes: number;
  readonly confident: boolean;
}

/** `position` is 1-based; `staffed` counts logged-in, reachable members. */
export function estimateWait(aht: AhtState, position: number, staffed: number): EstimatedWait {
  const seconds = (position * aht.seconds) / Math.max(1, staffed);
  return { seconds, minutes: Math.ceil(seconds / 60), confident: aht.samples >= AHT_CONFIDENT_SAMPLES };
}
