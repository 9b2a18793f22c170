// What one item's detectors found: the best status so far and a few evidence strings.
import type { ItemStatus } from '../types';
import { clip } from './text';

export const MAX_EVIDENCE = 3;

export class Finding {
  private readonly presentEvidence: string[] = [];
  private readonly weakEvidence: string[] = [];

  present(evidence: string): void {
    add(this.presentEvidence, evidence);
  }

  weak(evidence: string): void {
    add(this.weakEvidence, evidence);
  }

  get status(): ItemStatus {
    if (this.presentEvidence.length > 0) return 'present';
    return this.weakEvidence.length > 0 ? 'weak' : 'missing';
  }

  /** Enough evidence that reading further cannot change the outcome. */
  get full(): boolean {
    return this.presentEvidence.length >= MAX_EVIDENCE;
  }

  get evidence(): string[] {
    return this.status === 'present' ? [...this.presentEvidence] : [...this.weakEvidence];
  }
}

function add(list: string[], evidence: string): void {
  if (list.length >= MAX_EVIDENCE) return;
  const e = clip(evidence);
  const key = e.toLowerCase();
  if (e !== '' && list.length < MAX_EVIDENCE && !list.some((x) => x.toLowerCase() === key)) list.push(e);
}
