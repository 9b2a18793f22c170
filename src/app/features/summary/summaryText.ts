// The sidebar's view of the summary table (src/core/summaryTable.ts): text fields as labelled values,
// choice fields as tags, both in template order, every label from translations/.
import { SUMMARY_FIELD_SPECS, isChoiceField, type ChoiceField, type ChoiceFieldKey, type ChoiceId, type EngineeringSummary, type SummaryFieldKey, type TextField } from '../../../core/summaryFields';
import type { T } from '../../i18n/I18nProvider';
import type { TranslationKey } from '../../i18n/keys';

// Keys derive from the table, and their types are checked against en.json: a field or choice added
// without its translation fails to compile (and the locale test names it for every language).
type ChoiceLabelKey = { [K in ChoiceFieldKey]: `summary.choices.${K}.${ChoiceId<K>}` }[ChoiceFieldKey];

export const fieldLabelKey = (key: SummaryFieldKey): TranslationKey => `summary.fields.${key}`;
export const choiceLabelKey = (key: ChoiceFieldKey, id: string): TranslationKey => `summary.choices.${key}.${id}` as ChoiceLabelKey;

export const TEXT_FIELDS: readonly TextField[] = SUMMARY_FIELD_SPECS.filter((spec) => !isChoiceField(spec));
export const CHOICE_FIELDS: readonly ChoiceField[] = SUMMARY_FIELD_SPECS.filter(isChoiceField);

const values = (summary: EngineeringSummary) => summary as Partial<Record<SummaryFieldKey, string>>;

/** A text field's value as shown; an empty optional one (no 3rd party) reads "None". */
export function fieldValue(t: T, summary: EngineeringSummary, key: SummaryFieldKey): string {
  const value = values(summary)[key]?.trim();
  return value === undefined || value === '' ? t('summary.none') : value;
}

/** A choice field's value in the agent's language. */
export function choiceText(t: T, summary: EngineeringSummary, key: ChoiceFieldKey): string {
  const id = values(summary)[key];
  return id ? t(choiceLabelKey(key, id)) : t('summary.none');
}

/** The summary as plain text for the reply: one "Label: value" block per field, in the agent's language. */
export function summaryAsText(t: T, summary: EngineeringSummary): string {
  const lines = [t('summary.title')];
  for (const { key } of TEXT_FIELDS) lines.push(`${t(fieldLabelKey(key))}: ${fieldValue(t, summary, key)}`);
  for (const { key } of CHOICE_FIELDS) lines.push(`${t(fieldLabelKey(key))}: ${choiceText(t, summary, key)}`);
  return lines.join('\n');
}
