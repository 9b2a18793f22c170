import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readState, StateWriter } from './stateFile';

describe('stand-in state files', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'state-'));

  it('reads back what was written, and null before the first write', () => {
    const path = join(dir(), 'nested/slack.json');
    expect(readState(path)).toBeNull();
    let value = { channels: ['C1'] };
    const writer = new StateWriter(path, () => value);
    writer.flush();
    value = { channels: ['C1', 'C2'] };
    writer.flush();
    expect(readState(path)).toEqual({ channels: ['C1', 'C2'] });
    expect(readdirSync(join(path, '..'))).toEqual(['slack.json']);
  });

  it('writes once after a burst of changes', async () => {
    const path = join(dir(), 'z.json');
    let reads = 0;
    const writer = new StateWriter(path, () => ++reads, 10);
    for (let i = 0; i < 5; i++) writer.changed();
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toBe(1);
    expect(readState(path)).toBe(1);
  });

  it('names an unreadable file and says how to begin afresh', () => {
    const path = join(dir(), 'zendesk.json');
    writeFileSync(path, '{ "version": 1, "state": ');
    expect(() => readState(path)).toThrow(`${path} is not valid JSON: delete it (or start without --keep) to begin afresh`);
    writeFileSync(path, JSON.stringify({ version: 0, state: {} }));
    expect(() => readState(path)).toThrow(/written by another version/);
  });
});
