import { parseRequiredItemsOverride, type RequiredItemsOverride } from '../../core/issueTypes';
import type { ChecklistItemKey } from '../../core/types';

// Setting names are the contract with the manifest and the sandbox host (zaf-contract.md).
export const ITEM_FIELD_SETTINGS: Readonly<Record<ChecklistItemKey, string>> = {
  school: 'school_field_id',
  userIds: 'user_ids_field_id',
  description: 'description_field_id',
  stepsToReproduce: 'steps_field_id',
  troubleshooting: 'troubleshooting_field_id',
  scope: 'scope_field_id',
  visuals: 'visuals_field_id',
  courseName: 'course_name_field_id',
  courseUrl: 'course_url_field_id',
  courseRevisionId: 'course_revision_field_id',
};

export const SETTING_NAMES = [
  'proxy_url',
  'shared_secret',
  'issue_type_field_id',
  ...Object.values(ITEM_FIELD_SETTINGS),
  'required_items_json',
] as const;

export type SettingsProblem = { setting: string; detail: string };

export type AppSettings = {
  proxyUrl: string | null;
  issueTypeFieldId: string | null;
  /** Checklist item -> Zendesk custom field id that holds it. */
  itemFields: Partial<Record<ChecklistItemKey, string>>;
  requiredItems: RequiredItemsOverride;
  /** Settings that were ignored because they are malformed; defaults apply instead. */
  problems: SettingsProblem[];
};

export const DEFAULT_SETTINGS: AppSettings = {
  proxyUrl: null,
  issueTypeFieldId: null,
  itemFields: {},
  requiredItems: {},
  problems: [],
};

function readText(raw: Record<string, unknown>, name: string): string | null {
  const value = raw[name];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.trim();
}

function readFieldId(raw: Record<string, unknown>, name: string, problems: SettingsProblem[]): string | null {
  const value = readText(raw, name);
  if (value === null) return null;
  if (!/^\d+$/.test(value)) {
    problems.push({ setting: name, detail: `"${value}" is not a numeric field id` });
    return null;
  }
  return value;
}

/** Reads metadata.settings into typed settings; a malformed value is reported and left at its default. */
export function parseSettings(raw: Record<string, unknown> | undefined): AppSettings {
  const settings = raw ?? {};
  const problems: SettingsProblem[] = [];
  const itemFields: Partial<Record<ChecklistItemKey, string>> = {};
  for (const [key, name] of Object.entries(ITEM_FIELD_SETTINGS) as Array<[ChecklistItemKey, string]>) {
    const id = readFieldId(settings, name, problems);
    if (id !== null) itemFields[key] = id;
  }
  const issueTypeFieldId = readFieldId(settings, 'issue_type_field_id', problems);
  const { override, error } = parseRequiredItemsOverride(readText(settings, 'required_items_json'));
  if (error !== null) problems.push({ setting: 'required_items_json', detail: error });
  return {
    proxyUrl: readText(settings, 'proxy_url'),
    issueTypeFieldId,
    itemFields,
    requiredItems: override,
    problems,
  };
}

/** Every custom field the app reads: the mapped checklist fields and the issue type field. */
export function mappedFieldIds(settings: AppSettings): string[] {
  const ids = Object.values(settings.itemFields).filter((id): id is string => id !== undefined);
  if (settings.issueTypeFieldId !== null) ids.push(settings.issueTypeFieldId);
  return [...new Set(ids)];
}
