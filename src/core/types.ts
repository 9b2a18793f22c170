// The shapes shared by the sidebar and the proxy. Names follow ../shared/DESIGN.md ("Contracts").

export const ISSUE_TYPE_IDS = ['outage', 'problem', 'interrupt', 'time_sensitive', 'request', 'question'] as const;
export type IssueType = (typeof ISSUE_TYPE_IDS)[number];

export const CHECKLIST_ITEM_KEYS = [
  'school',
  'userIds',
  'description',
  'stepsToReproduce',
  'troubleshooting',
  'scope',
  'visuals',
  'courseName',
  'courseUrl',
  'courseRevisionId',
] as const;
export type ChecklistItemKey = (typeof CHECKLIST_ITEM_KEYS)[number];

export type CustomFieldValue = string | number | boolean | string[] | null;

export type TicketAttachment = { fileName: string; contentType: string; url?: string };

export type TicketComment = {
  id: number;
  body: string;
  public: boolean;
  createdAt?: string;
  attachments: TicketAttachment[];
};

export type TicketSnapshot = {
  id: number;
  subject: string;
  description: string;
  status: string;
  requester?: { name?: string; email?: string };
  organization?: { name: string } | null;
  tags: string[];
  /** Keyed by the Zendesk custom field id as a string. */
  customFields: Record<string, CustomFieldValue>;
  comments: TicketComment[];
};

export type ItemStatus = 'present' | 'weak' | 'missing';
/** The agent's word on an item, kept as a ticket tag: "it's there" or "not needed here". */
export type ChecklistConfirmation = 'present' | 'not_needed';
export type ScopeLevel = 'user' | 'class' | 'school' | 'all';

export type ChecklistItem = {
  key: ChecklistItemKey;
  status: ItemStatus;
  required: boolean;
  /** Where the item was found: "Lincoln High (School field)", "description: SID 4481923", "screenshot.png". */
  evidence: string[];
  /** Set when an agent confirmed the item (checklist_ok_<item>) or said it is not needed (checklist_na_<item>). */
  confirmation?: ChecklistConfirmation;
};

export type ChecklistResult = {
  issueType: IssueType;
  items: ChecklistItem[];
  scopeLevel: ScopeLevel | null;
  /** Every required item is present. */
  complete: boolean;
  missingRequired: ChecklistItemKey[];
};

export type EscalationMode = 'channel' | 'thread' | 'none';

/** Derived from the summary table (src/core/summaryTable.ts), where its fields are listed. */
export type { EngineeringSummary } from './summaryFields';
