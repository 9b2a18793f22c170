import type { ChecklistItemKey, EscalationMode, IssueType } from './types';
import { CHECKLIST_ITEM_KEYS, ISSUE_TYPE_IDS } from './types';

export type IssueTypeDefinition = {
  id: IssueType;
  /** English label and one-line meaning, for Slack and logs; the sidebar shows translated ones. */
  label: string;
  meaning: string;
  /** Default escalation mode; the proxy's routing file may change it. */
  mode: EscalationMode;
  /** Items required before escalating, unless the app's settings override them. */
  requiredItems: readonly ChecklistItemKey[];
};

// The support process: an outage needs everything engineering uses to find the blast radius fast;
// a question needs little more than who asks and what.
const INCIDENT_ITEMS: readonly ChecklistItemKey[] = [
  'school',
  'userIds',
  'description',
  'stepsToReproduce',
  'troubleshooting',
  'scope',
  'visuals',
];

export const ISSUE_TYPES: Readonly<Record<IssueType, IssueTypeDefinition>> = {
  outage: {
    id: 'outage',
    label: 'Outage',
    meaning: 'Many users cannot use a product right now.',
    mode: 'channel',
    requiredItems: ['school', 'description', 'scope', 'troubleshooting', 'visuals'],
  },
  problem: {
    id: 'problem',
    label: 'Problem',
    meaning: 'Something is broken for some users, with a workaround or limited impact.',
    mode: 'thread',
    requiredItems: INCIDENT_ITEMS,
  },
  interrupt: {
    id: 'interrupt',
    label: 'Interrupt',
    meaning: 'Needs an engineer today, though it is not an outage.',
    mode: 'thread',
    requiredItems: INCIDENT_ITEMS,
  },
  time_sensitive: {
    id: 'time_sensitive',
    label: 'Time Sensitive',
    meaning: 'Must be fixed before a known date, such as a test or term start.',
    mode: 'thread',
    requiredItems: ['school', 'userIds', 'description', 'stepsToReproduce', 'scope'],
  },
  request: {
    id: 'request',
    label: 'Request',
    meaning: 'Asks for a change or data; goes to the backlog, not to escalation.',
    mode: 'none',
    requiredItems: ['school', 'description'],
  },
  question: {
    id: 'question',
    label: 'Question',
    meaning: 'Asks how something works; support answers it.',
    mode: 'none',
    requiredItems: ['description'],
  },
};

export function isIssueType(value: unknown): value is IssueType {
  return typeof value === 'string' && (ISSUE_TYPE_IDS as readonly string[]).includes(value);
}

export function isChecklistItemKey(value: unknown): value is ChecklistItemKey {
  return typeof value === 'string' && (CHECKLIST_ITEM_KEYS as readonly string[]).includes(value);
}

export type RequiredItemsOverride = Partial<Record<IssueType, ChecklistItemKey[]>>;

/**
 * Reads the admin's JSON override of required items per issue type. Returns the parsed override, or
 * an error in words when the JSON or any part of it is malformed (the caller then keeps the defaults).
 */
export function parseRequiredItemsOverride(
  json: string | undefined | null,
): { override: RequiredItemsOverride; error: string | null } {
  if (json == null || json.trim() === '') return { override: {}, error: null };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { override: {}, error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { override: {}, error: 'expected an object keyed by issue type' };
  }
  const override: RequiredItemsOverride = {};
  for (const [type, items] of Object.entries(raw)) {
    if (!isIssueType(type)) return { override: {}, error: `unknown issue type "${type}"` };
    if (!Array.isArray(items)) return { override: {}, error: `"${type}" must be a list of items` };
    const bad = items.find((item) => !isChecklistItemKey(item));
    if (bad !== undefined) return { override: {}, error: `unknown checklist item "${String(bad)}" in "${type}"` };
    override[type] = items as ChecklistItemKey[];
  }
  return { override, error: null };
}

export function requiredItemsFor(issueType: IssueType, override: RequiredItemsOverride = {}): readonly ChecklistItemKey[] {
  return override[issueType] ?? ISSUE_TYPES[issueType].requiredItems;
}
