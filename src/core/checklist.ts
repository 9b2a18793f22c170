// evaluateChecklist: what a ticket still lacks before engineering sees it (contract in DESIGN.md).
// Mapped custom fields are read first; otherwise the subject, description and every comment.
import { requiredItemsFor, ISSUE_TYPES, type RequiredItemsOverride } from './issueTypes';
import type { ChecklistItem, ChecklistItemKey, ChecklistResult, IssueType, ScopeLevel, TicketSnapshot } from './types';
import { CHECKLIST_ITEM_KEYS } from './types';
import { applyConfirmations } from './checklist/confirmations';
import { detectCourse } from './checklist/course';
import { detectDescription } from './checklist/description';
import { fieldEvidence, readField } from './checklist/fields';
import { Finding } from './checklist/finding';
import { detectSchool } from './checklist/school';
import { detectScope, scopeFromValue } from './checklist/scope';
import { buildCorpus, buildSources, toSafeTicket, type Corpus, type SafeTicket } from './checklist/source';
import { detectSteps } from './checklist/steps';
import { detectTroubleshooting } from './checklist/troubleshooting';
import { detectUserIds } from './checklist/userIds';
import { detectVisuals } from './checklist/visuals';

export type ChecklistOptions = {
  /** Item -> Zendesk custom field id holding it (from the app's settings). */
  fields?: Partial<Record<ChecklistItemKey, string>>;
  /** The admin's override of required items per issue type (see parseRequiredItemsOverride). */
  requiredItems?: RequiredItemsOverride;
  /** Field id -> its title from the host ("School"), so field evidence reads "Lincoln High (School field)". */
  fieldTitles?: Record<string, string>;
};

type Detected = { findings: Record<ChecklistItemKey, Finding>; scopeLevel: ScopeLevel | null };

function detectFromText(ticket: SafeTicket, corpus: Corpus, skip: ReadonlySet<ChecklistItemKey>): Detected {
  const none = new Finding();
  const pick = (key: ChecklistItemKey, run: () => Finding): Finding => (skip.has(key) ? none : run());
  const scope = skip.has('scope') ? { found: none, level: null } : detectScope(corpus, ticket.tags);
  const course = skip.has('courseName') && skip.has('courseUrl') && skip.has('courseRevisionId') ? null : detectCourse(corpus);
  return {
    findings: {
      school: pick('school', () => detectSchool(ticket, corpus)),
      userIds: pick('userIds', () => detectUserIds(corpus, ticket.requesterEmail)),
      description: pick('description', () => detectDescription(corpus.sources)),
      stepsToReproduce: pick('stepsToReproduce', () => detectSteps(corpus)),
      troubleshooting: pick('troubleshooting', () => detectTroubleshooting(corpus)),
      scope: scope.found,
      visuals: pick('visuals', () => detectVisuals(ticket, corpus)),
      courseName: course?.courseName ?? none,
      courseUrl: course?.courseUrl ?? none,
      courseRevisionId: course?.courseRevisionId ?? none,
    },
    scopeLevel: scope.level,
  };
}

function requiredFor(issueType: IssueType, override: RequiredItemsOverride | undefined): ReadonlySet<ChecklistItemKey> {
  // An unknown type from untyped callers requires nothing rather than throwing.
  if (!Object.prototype.hasOwnProperty.call(ISSUE_TYPES, issueType)) return new Set(override?.[issueType] ?? []);
  return new Set(requiredItemsFor(issueType, override ?? {}));
}

export function evaluateChecklist(ticket: TicketSnapshot, issueType: IssueType, options: ChecklistOptions = {}): ChecklistResult {
  const safe = toSafeTicket(ticket);
  const opts = options ?? {};
  // Item -> the evidence of its mapped field, when that field is filled.
  const fromFields = new Map<ChecklistItemKey, string>();
  for (const key of CHECKLIST_ITEM_KEYS) {
    const reading = readField(key, opts.fields, safe.customFields);
    if (reading) fromFields.set(key, fieldEvidence(reading.text, reading.fieldId, opts.fieldTitles?.[reading.fieldId]));
  }
  const fieldScope = fromFields.has('scope') ? scopeFromValue(readField('scope', opts.fields, safe.customFields)?.text ?? '') : null;
  // Text is still read for scope when the field names no level we know, to fill scopeLevel.
  const skip = new Set(fromFields.keys());
  if (fromFields.has('scope') && fieldScope === null) skip.delete('scope');
  const detected = detectFromText(safe, buildCorpus(buildSources(safe)), skip);

  const required = requiredFor(issueType, opts.requiredItems);
  const items: ChecklistItem[] = CHECKLIST_ITEM_KEYS.map((key) => {
    const fromField = fromFields.get(key);
    const finding = detected.findings[key];
    return fromField !== undefined
      ? { key, status: 'present', required: required.has(key), evidence: [fromField] }
      : { key, status: finding.status, required: required.has(key), evidence: finding.evidence };
  });
  const missingRequired = items.filter((i) => i.required && i.status !== 'present').map((i) => i.key);
  const result: ChecklistResult = {
    issueType,
    items,
    scopeLevel: fieldScope ?? detected.scopeLevel,
    complete: missingRequired.length === 0,
    missingRequired,
  };
  return applyConfirmations(result, safe.tags);
}

// A ticket of a few ordinary lines: enough to compile the lexicons and run every detector once.
const WARM_UP: TicketSnapshot = {
  id: 0, subject: 'Gradebook will not load', status: 'new', tags: [], customFields: {}, organization: null,
  description: 'When I open the Gradebook tab it spins. Only my 3rd period; I cleared the cache, same. SID 4481923.',
  comments: [],
};

/**
 * Does the first call's one-time work (compiling the lexicons, the first run of each detector) ahead
 * of the first ticket: the sidebar calls it while the host is still answering its first read.
 */
export function prepareChecklist(): void {
  evaluateChecklist(WARM_UP, 'problem');
}
