// Faults a test (or a person, over HTTP) injects into the stand-in's Web API.
import { z } from 'zod';
import type { SlackFault } from './types';

const method = z.string().min(1).optional();
const times = z.number().int().positive().optional();

export const faultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0).max(600_000), method }).strict(),
  z.object({ kind: z.literal('ratelimit'), retryAfterSec: z.number().int().min(0).max(3600), method, times }).strict(),
  z.object({ kind: z.literal('error500'), method, times, afterEffect: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('error'), error: z.string().regex(/^[a-z_]{1,64}$/), method, times }).strict(),
  z.object({ kind: z.literal('drop'), method, times }).strict(),
]);

export type Failure =
  | { kind: 'ratelimit'; retryAfterSec: number }
  | { kind: 'error500'; afterEffect?: boolean }
  | { kind: 'error'; error: string }
  | { kind: 'drop' };

export interface FaultPlan {
  delayMs: number;
  failure?: Failure;
}

export class FaultTable {
  private faults: SlackFault[] = [];

  constructor(private readonly globalLatencyMs = 0) {}

  add(fault: SlackFault): void {
    this.faults.push(faultSchema.parse(fault));
  }

  clear(): void {
    this.faults = [];
  }

  list(): readonly SlackFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /**
   * What happens to one call of `methodName`: the added latency (the global one plus the largest
   * matching latency fault) and the first matching failure, whose `times` is used up by this call.
   */
  take(methodName: string): FaultPlan {
    const applies = (f: SlackFault) => f.method === undefined || f.method === methodName;
    let latency = 0;
    for (const f of this.faults) if (f.kind === 'latency' && applies(f)) latency = Math.max(latency, f.ms);
    const plan: FaultPlan = { delayMs: this.globalLatencyMs + latency };
    const index = this.faults.findIndex((f) => f.kind !== 'latency' && applies(f));
    const f = this.faults[index];
    if (!f || f.kind === 'latency') return plan;
    plan.failure =
      f.kind === 'ratelimit' ? { kind: 'ratelimit', retryAfterSec: f.retryAfterSec }
      : f.kind === 'error' ? { kind: 'error', error: f.error }
      : f.kind === 'error500' ? { kind: 'error500', ...(f.afterEffect ? { afterEffect: true } : {}) }
      : { kind: f.kind };
    if (f.times !== undefined) {
      if (f.times <= 1) this.faults.splice(index, 1);
      else this.faults[index] = { ...f, times: f.times - 1 };
    }
    return plan;
  }
}
