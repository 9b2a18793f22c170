import { FaultTable } from './faults';

describe('FaultTable', () => {
  it('uses up `times`, then lets calls through', () => {
    const t = new FaultTable();
    t.add({ kind: 'error500', times: 2 });
    expect(t.take('a').failure).toEqual({ kind: 'error500' });
    expect(t.take('b').failure).toEqual({ kind: 'error500' });
    expect(t.take('c').failure).toBeUndefined();
    expect(t.list()).toEqual([]);
  });

  it('keeps a fault without `times` until cleared', () => {
    const t = new FaultTable();
    t.add({ kind: 'drop' });
    for (let i = 0; i < 3; i++) expect(t.take('x').failure).toEqual({ kind: 'drop' });
    t.clear();
    expect(t.take('x')).toEqual({ delayMs: 0 });
  });

  it('matches the named method only, first injected first', () => {
    const t = new FaultTable();
    t.add({ kind: 'ratelimit', retryAfterSec: 3, method: 'chat.postMessage', times: 1 });
    t.add({ kind: 'error500', times: 1 });
    expect(t.take('conversations.create').failure).toEqual({ kind: 'error500' });
    expect(t.take('chat.postMessage').failure).toEqual({ kind: 'ratelimit', retryAfterSec: 3 });
    expect(t.take('chat.postMessage').failure).toBeUndefined();
  });

  it('adds the global latency to the largest matching latency fault', () => {
    const t = new FaultTable(10);
    t.add({ kind: 'latency', ms: 50 });
    t.add({ kind: 'latency', ms: 80, method: 'views.open' });
    expect(t.take('auth.test').delayMs).toBe(60);
    expect(t.take('views.open').delayMs).toBe(90);
  });

  it('refuses a malformed fault', () => {
    const t = new FaultTable();
    expect(() => t.add({ kind: 'ratelimit', retryAfterSec: -1 })).toThrow();
    expect(() => t.add({ kind: 'nope' } as never)).toThrow();
    expect(t.list()).toEqual([]);
  });
});

describe('FaultTable: platform errors and failures after the work', () => {
  it('answers a platform error, and a 500 that comes after the work', () => {
    const t = new FaultTable();
    t.add({ kind: 'error', error: 'already_in_channel', method: 'conversations.invite', times: 1 });
    t.add({ kind: 'error500', afterEffect: true, times: 1 });
    expect(t.take('conversations.invite').failure).toEqual({ kind: 'error', error: 'already_in_channel' });
    expect(t.take('chat.postMessage').failure).toEqual({ kind: 'error500', afterEffect: true });
    expect(() => t.add({ kind: 'error', error: 'Not A Code' })).toThrow();
  });
});
