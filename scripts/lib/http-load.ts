import autocannon from "autocannon";
import { percentile } from "./stats";

export type LoadFigures = { name: string; connections: number; requests: number; errors: number; non2xx: number; rps: number; p50Ms: number; p95Ms: number };

/** One GET, timed (ms): the first request after a change, before the load. */
export async function timeGet({ url, cookie }: { url: string; cookie?: string }): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} menjawab ${response.status}`);
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * A GET load with autocannon against a server on loopback; latency percentiles in ms. Three
 * requests one after the other warm the server up first (compiled code, connections) and are
 * not counted.
 */
export async function loadGet({ name, url, cookie, connections = 10, seconds = 10 }: { name: string; url: string; cookie?: string; connections?: number; seconds?: number }): Promise<LoadFigures> {
  for (let i = 0; i < 3; i++) await timeGet({ url, cookie });
  // autocannon's summary has p90 and p97.5 but no p95: keep every response time instead.
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    connections,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    rps: Math.round(result.requests.average * 10) / 10,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
  };
}

/**
 * A closed-loop load where each request depends on the previous answer (autosave carries the
 * version it edited): `clients` workers, each sending one request after the other. Requests per
 * second over the time until the last answer (under heavy load that is longer than `seconds`).
 */
export async function loadSequential({ name, clients, seconds, send }: { name: string; clients: number; seconds: number; send: (client: number) => Promise<boolean> }): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < deadline) {
        const sent = performance.now();
        const ok = await send(client).catch(() => false);
        latencies.push(performance.now() - sent);
        if (!ok) errors += 1;
      }
    }),
  );
  const round = (n: number) => Math.round(n * 10) / 10;
  return { name, connections: clients, requests: latencies.length, errors, non2xx: 0, rps: round(latencies.length / ((Date.now() - started) / 1000)), p50Ms: round(percentile(latencies, 50)), p95Ms: round(percentile(latencies, 95)) };
}

/**
 * People at work rather than a saturating load: `clients` workers, each pausing `pauseMs`
 * after every answer before its next request (first requests spread over one pause).
 */
export async function loadWithPauses({ name, clients, seconds, pauseMs, send }: { name: string; clients: number; seconds: number; pauseMs: number; send: (client: number) => Promise<boolean> }): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      await sleep((pauseMs * client) / clients);
      while (Date.now() < deadline) {
        const sent = performance.now();
        const ok = await send(client).catch(() => false);
        latencies.push(performance.now() - sent);
        if (!ok) errors += 1;
        await sleep(pauseMs);
      }
    }),
  );
  const round = (n: number) => Math.round(n * 10) / 10;
  return { name, connections: clients, requests: latencies.length, errors, non2xx: 0, rps: round(latencies.length / ((Date.now() - started) / 1000)), p50Ms: round(percentile(latencies, 50)), p95Ms: round(percentile(latencies, 95)) };
}
