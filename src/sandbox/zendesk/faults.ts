// Fault injection for the API stand-in, so the proxy's retries (Retry-After, 5xx, dropped
// connections, slow answers) can be tested against real HTTP.

export type ApiFault = {
  /** HTTP status to answer with (429, 500, 503, ...); omit with `drop` or for a delay only. */
  status?: number;
  /** Seconds, sent as Retry-After (429/503). */
  retryAfter?: number;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Do what was asked, then answer with `status` (the "did it, then failed" case). */
  afterEffect?: boolean;
  /** Wait this long first (then answer normally unless status/drop is set). */
  delayMs?: number;
  /** Only requests with this method / whose path contains this text. */
  method?: string;
  pathIncludes?: string;
  /** How many matching requests it hits (default 1). */
  times?: number;
};

const BODIES: Record<number, unknown> = {
  429: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
  500: { error: 'InternalError', description: 'Something went wrong' },
  503: { error: 'ServiceUnavailable', description: 'Zendesk is down for maintenance' },
};

export function faultBody(status: number): unknown {
  return BODIES[status] ?? { error: 'Error', description: `Injected ${status}` };
}

export class ApiFaults {
  private queue: Array<ApiFault & { left: number }> = [];

  /** Queues a fault; faults are matched in the order they were added. */
  add(fault: ApiFault): void {
    this.queue.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault for this request, if any, counting it as used. */
  take(method: string, path: string): ApiFault | undefined {
    const fault = this.queue.find(
      (f) => (!f.method || f.method.toUpperCase() === method.toUpperCase()) && (!f.pathIncludes || path.includes(f.pathIncludes)),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.left <= 0) this.queue.splice(this.queue.indexOf(fault), 1);
    return fault;
  }
}
