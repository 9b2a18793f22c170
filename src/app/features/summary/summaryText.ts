import type { EngineeringSummary } from '../../../core/types';
import type { T } from '../../i18n/I18nProvider';
import type { TranslationKey } from '../../i18n/keys';

type TextField = 'summary' | 'rootCause' | 'immediateFix' | 'potentialEnhancements' | 'product' | 'thirdParty';

// Literal keys (never built at run time) so that the compiler and the locale test see every one.
export const TEXT_FIELDS: ReadonlyArray<{ key: TextField; label: TranslationKey }> = [
  { key: 'summary', label: 'summary.fields.summary' },
  { key: 'rootCause', label: 'summary.fields.rootCause' },
  { key: 'immediateFix', label: 'summary.fields.immediateFix' },
  { key: 'potentialEnhancements', label: 'summary.fields.potentialEnhancements' },
  { key: 'product', label: 'summary.fields.product' },
  { key: 'thirdParty', label: 'summary.fields.thirdParty' },
];

export const CUSTOMER_TYPE_TEXT: Readonly<Record<EngineeringSummary['customerType'], TranslationKey>> = {
  managed: 'summary.customerTypes.managed',
  integrated: 'summary.customerTypes.integrated',
  courseware: 'summary.customerTypes.courseware',
  cartridge: 'summary.customerTypes.cartridge',
};

export const SOURCE_TEXT: Readonly<Record<EngineeringSummary['source'], TranslationKey>> = {
  misconfiguration: 'summary.sources.misconfiguration',
  bad_data: 'summary.sources.bad_data',
  regression: 'summary.sources.regression',
  third_party: 'summary.sources.third_party',
  infrastructure: 'summary.sources.infrastructure',
  other: 'summary.sources.other',
};

/** A field's value as shown; a missing 3rd party reads "None". */
export function fieldValue(t: T, summary: EngineeringSummary, key: TextField): string {
  const value = summary[key]?.trim();
  return value === undefined || value === '' ? t('summary.none') : value;
}

/** The summary as plain text for the reply: one "Label: value" block per field, in the agent's language. */
export function summaryAsText(t: T, summary: EngineeringSummary): string {
  const lines = [t('summary.title')];
  for (const { key, label } of TEXT_FIELDS) lines.push(`${t(label)}: ${fieldValue(t, summary, key)}`);
  lines.push(`${t('summary.fields.customerType')}: ${t(CUSTOMER_TYPE_TEXT[summary.customerType])}`);
  lines.push(`${t('summary.fields.source')}: ${t(SOURCE_TEXT[summary.source])}`);
  return lines.join('\n');
}
