// A stand-in's state in a JSON file, for `npm start -- --keep`: read once at start, written shortly
// after each change (several changes in a burst make one write) and at close. Each write goes to a
// temporary file renamed over the old one, so a process killed mid-write leaves the last good state.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const STATE_VERSION = 1;

/** The saved state, or null when there is none yet; a file this code cannot read stops the start, naming it. */
export function readState<T>(path: string): T | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let parsed: { version?: unknown; state?: T };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`${path} is not valid JSON: delete it (or start without --keep) to begin afresh`);
  }
  if (parsed.version !== STATE_VERSION || parsed.state === undefined) {
    throw new Error(`${path} was written by another version of the sandbox: delete it (or start without --keep) to begin afresh`);
  }
  return parsed.state;
}

export class StateWriter<T> {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly path: string,
    private readonly snapshot: () => T,
    private readonly delayMs = 100,
  ) {}

  /** Something changed: write soon. */
  changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes now (and cancels a pending write). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: STATE_VERSION, state: this.snapshot() }));
    renameSync(temporary, this.path);
  }
}
