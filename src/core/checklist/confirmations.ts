// The agent has the last word: an item the agent says is there, or is not needed on this ticket, is
// kept as a ticket tag, so the choice survives reloads and every agent on the ticket sees it.
//   checklist_ok_<item>  "it's there"        -> status 'present', evidence kept
//   checklist_na_<item>  "not needed here"   -> not required
// <item> is the key in snake_case (checklist_ok_steps_to_reproduce); Zendesk lower-cases tags.
import type { ChecklistConfirmation, ChecklistItemKey, ChecklistResult } from '../types';
import { CHECKLIST_ITEM_KEYS } from '../types';

const PREFIX: Readonly<Record<ChecklistConfirmation, string>> = { present: 'checklist_ok_', not_needed: 'checklist_na_' };

const snake = (key: ChecklistItemKey): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Tag -> what it says, for every item and both confirmations. */
const BY_TAG: ReadonlyMap<string, { key: ChecklistItemKey; confirmation: ChecklistConfirmation }> = new Map(
  CHECKLIST_ITEM_KEYS.flatMap((key) =>
    (Object.keys(PREFIX) as ChecklistConfirmation[]).map((confirmation) => [PREFIX[confirmation] + snake(key), { key, confirmation }] as const),
  ),
);

/** The tag that records a confirmation: confirmationTag('userIds', 'not_needed') === 'checklist_na_user_ids'. */
export function confirmationTag(key: ChecklistItemKey, confirmation: ChecklistConfirmation): string {
  return PREFIX[confirmation] + snake(key);
}

/** Both tags an item can carry, e.g. to clear the agent's word before setting another. */
export function confirmationTags(key: ChecklistItemKey): string[] {
  return [confirmationTag(key, 'present'), confirmationTag(key, 'not_needed')];
}

/**
 * The confirmations a ticket's tags hold. Tags are read case-insensitively; when an item carries both
 * tags (two agents at once), "it's there" wins: it is the stronger statement and keeps the evidence.
 */
export function confirmationsFromTags(tags: readonly string[]): Partial<Record<ChecklistItemKey, ChecklistConfirmation>> {
  const out: Partial<Record<ChecklistItemKey, ChecklistConfirmation>> = {};
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const found = BY_TAG.get(tag.trim().toLowerCase());
    if (found && out[found.key] !== 'present') out[found.key] = found.confirmation;
  }
  return out;
}

/**
 * Applies the agent's word to a result: a confirmed item is present (its evidence kept), a not-needed
 * item is not required; missingRequired and complete follow. Without confirmations the result is
 * returned as it is.
 */
export function applyConfirmations(result: ChecklistResult, tags: readonly string[]): ChecklistResult {
  const confirmations = confirmationsFromTags(tags);
  if (Object.keys(confirmations).length === 0) return result;
  const items = result.items.map((item) => {
    const confirmation = confirmations[item.key];
    if (confirmation === 'present') return { ...item, status: 'present' as const, confirmation };
    if (confirmation === 'not_needed') return { ...item, required: false, confirmation };
    return item;
  });
  const missingRequired = items.filter((i) => i.required && i.status !== 'present').map((i) => i.key);
  return { ...result, items, missingRequired, complete: missingRequired.length === 0 };
}
