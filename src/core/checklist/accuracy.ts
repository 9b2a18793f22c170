// Scores evaluateChecklist against labelled tickets (the corpus format of
// src/core/fixtures/corpus/README.md): how many tickets are fully right, item accuracy, and per-item
// precision and recall of "present". Used by the accuracy bench and the corpus tests.
import { evaluateChecklist } from '../checklist';
import type { ChecklistItemKey, IssueType, ItemStatus, ScopeLevel, TicketSnapshot } from '../types';
import { CHECKLIST_ITEM_KEYS } from '../types';

/** `notMissing`: present or weak are both fair; `notPresent`: missing or weak are both fair. */
export type ExpectedStatus = 'present' | 'missing' | 'notMissing' | 'notPresent';

export type LabelledTicket = {
  name: string;
  issueType: IssueType;
  ticket: TicketSnapshot;
  fields?: Partial<Record<ChecklistItemKey, string>>;
  expect: Partial<Record<ChecklistItemKey, ExpectedStatus>>;
  scopeLevel: ScopeLevel | null;
  why?: string;
};

export type Miss = { name: string; item: ChecklistItemKey | 'scopeLevel'; expected: string; got: string; evidence: string[] };

export type ItemScore = {
  judged: number;
  right: number;
  /** Said present where the label allows it (present or notMissing). */
  truePresent: number;
  saidPresent: number;
  labelledPresent: number;
  /** Labelled present and said present. */
  foundPresent: number;
};

export type AccuracyReport = {
  tickets: number;
  fullyRight: number;
  judged: number;
  right: number;
  scopeLevelRight: number;
  items: Partial<Record<ChecklistItemKey, ItemScore>>;
  misses: Miss[];
};

export function fits(expected: ExpectedStatus, got: ItemStatus): boolean {
  switch (expected) {
    case 'present':
      return got === 'present';
    case 'missing':
      return got === 'missing';
    case 'notMissing':
      return got !== 'missing';
    case 'notPresent':
      return got !== 'present';
  }
}

export function emptyScore(): ItemScore {
  return { judged: 0, right: 0, truePresent: 0, saidPresent: 0, labelledPresent: 0, foundPresent: 0 };
}

/** Counts one judgment into an item's score; true when it fits the label. */
export function tally(score: ItemScore, expected: ExpectedStatus, got: ItemStatus): boolean {
  const ok = fits(expected, got);
  score.judged++;
  if (ok) score.right++;
  if (got === 'present') {
    score.saidPresent++;
    if (expected === 'present' || expected === 'notMissing') score.truePresent++;
  }
  if (expected === 'present') {
    score.labelledPresent++;
    if (got === 'present') score.foundPresent++;
  }
  return ok;
}

export function scoreTickets(cases: readonly LabelledTicket[]): AccuracyReport {
  const report: AccuracyReport = { tickets: cases.length, fullyRight: 0, judged: 0, right: 0, scopeLevelRight: 0, items: {}, misses: [] };
  for (const c of cases) {
    const result = evaluateChecklist(c.ticket, c.issueType, { fields: c.fields });
    let allRight = true;
    for (const key of CHECKLIST_ITEM_KEYS) {
      const expected = c.expect[key];
      if (!expected) continue;
      const item = result.items.find((i) => i.key === key);
      const got = item?.status ?? 'missing';
      const ok = tally((report.items[key] ??= emptyScore()), expected, got);
      report.judged++;
      if (ok) report.right++;
      else {
        allRight = false;
        report.misses.push({ name: c.name, item: key, expected, got, evidence: item?.evidence ?? [] });
      }
    }
    if (result.scopeLevel === c.scopeLevel) report.scopeLevelRight++;
    else {
      allRight = false;
      report.misses.push({ name: c.name, item: 'scopeLevel', expected: String(c.scopeLevel), got: String(result.scopeLevel), evidence: [] });
    }
    if (allRight) report.fullyRight++;
  }
  return report;
}

/** Recall of "present": of the items labelled present, the share found present. */
export function recall(score: ItemScore): number {
  return score.labelledPresent === 0 ? 1 : score.foundPresent / score.labelledPresent;
}

/** Precision of "present": of the items said present, the share labelled present (or fairly so). */
export function precision(score: ItemScore): number {
  return score.saidPresent === 0 ? 1 : score.truePresent / score.saidPresent;
}
