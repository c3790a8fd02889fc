/**
 * Erlang C for an M/M/c queue: the reference the simulator is checked against.
 * `rate` arrivals/s, `meanService` seconds, `servers` agents; requires rate·meanService < servers.
 */
export function erlangC(rate: number, meanService: number, servers: number): { probabilityOfWait: number; asaSeconds: number } {
  const a = rate * meanService;
  if (a >= servers) throw new RangeError(`offered load ${a} Erlang needs more than ${servers} servers`);
  // Erlang B by its stable recurrence, then C from B.
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b);
  const rho = a / servers;
  const c = b / (1 - rho + rho * b);
  return { probabilityOfWait: c, asaSeconds: (c * meanService) / (servers - a) };
}
