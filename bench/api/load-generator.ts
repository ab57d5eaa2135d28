/**
 * One bounded autocannon run against one server and shape: 50 connections on loopback, a warm-up
 * that is thrown away, then a timed run whose every response time is kept for exact percentiles
 * (autocannon's own summary has no p95; the times include answers that carried GraphQL errors).
 */
import autocannon from 'autocannon';
import { percentile } from '../lib/stats.ts';
import type { Request } from './shapes.ts';

export interface LoadRun {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** Answers with HTTP 200 but GraphQL `errors` (e.g. TIMEOUT): not counted in requestsPerSecond. */
  graphqlErrors: number;
  bytesPerResponse: number;
}

function fire(url: string, req: Request, connections: number, seconds: number, onTime?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url + req.path,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: req.body,
        connections,
        duration: seconds,
        timeout: 10,
        // A GraphQL error (TIMEOUT, UNAVAILABLE…) comes with HTTP 200: count it as failed, not served.
        verifyBody: (body) => !String(body ?? '').includes('"errors"'),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (onTime) instance.on('response', (_client, _status, _bytes, responseTime: number) => onTime(responseTime));
  });
}

export async function runLoad(url: string, req: Request, opts: { connections: number; warmupSeconds: number; seconds: number }): Promise<LoadRun> {
  if (opts.warmupSeconds > 0) await fire(url, req, opts.connections, opts.warmupSeconds);
  const times: number[] = [];
  const r = await fire(url, req, opts.connections, opts.seconds, (ms) => {
    if (times.length < 2_000_000) times.push(ms);
  });
  const round = (x: number) => Number(x.toFixed(2));
  return {
    requests: r.requests.total,
    requestsPerSecond: round((r.requests.total - r.mismatches) / opts.seconds),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(Math.max(...times)),
    errors: r.errors,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    graphqlErrors: r.mismatches,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

/** One request, checked: HTTP 200, JSON without `errors`, and some data. Returns the body size. */
export async function checkOnce(url: string, req: Request): Promise<{ ok: boolean; bytes: number; detail: string }> {
  const res = await fetch(url + req.path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: req.body });
  const text = await res.text();
  let detail = '';
  let ok = res.status === 200;
  try {
    const json = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
    if (json.errors?.length) {
      ok = false;
      detail = json.errors.map((e) => e.message).join('; ').slice(0, 300);
    } else if (json.data === null || json.data === undefined) {
      ok = false;
      detail = 'no data';
    }
  } catch {
    ok = false;
    detail = text.slice(0, 200);
  }
  return { ok, bytes: Buffer.byteLength(text), detail: detail || `HTTP ${res.status}` };
}
