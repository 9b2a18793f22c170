// What derives from the summary table (./summaryTable.ts): the EngineeringSummary type, the field
// order, display values and the plain "label: value" lines that the Zendesk note and a Jira comment use.
import { SUMMARY_TABLE, type ChoiceFieldSpec, type TextFieldSpec } from './summaryTable';

type Spec = (typeof SUMMARY_TABLE)[number];
type ValueOf<S> = S extends { kind: 'choice'; choices: ReadonlyArray<infer C> } ? (C extends { id: infer I } ? I : never) : string;
type Flatten<T> = { [K in keyof T]: T[K] };

export type SummaryFieldKey = Spec['key'];
export type ChoiceFieldKey = Extract<Spec, { kind: 'choice' }>['key'];
export type TextFieldKey = Extract<Spec, { kind: 'text' }>['key'];
/** The ids of a choice field's choices: ChoiceId<'source'> is 'misconfiguration' | 'bad_data' | ... */
export type ChoiceId<K extends ChoiceFieldKey> = ValueOf<Extract<Spec, { key: K }>>;

/** The Engineering Outage summary: one property per field, optional where the field is not required. */
export type EngineeringSummary = Flatten<
  { [S in Extract<Spec, { required: true }> as S['key']]: ValueOf<S> } & {
    [S in Extract<Spec, { required: false }> as S['key']]?: ValueOf<S>;
  }
>;

/** The table for code that walks it. */
export type TextField = TextFieldSpec & { key: TextFieldKey };
export type ChoiceField = ChoiceFieldSpec & { key: ChoiceFieldKey };
export type SummaryField = TextField | ChoiceField;
export const SUMMARY_FIELD_SPECS: readonly SummaryField[] = SUMMARY_TABLE;

/** Field keys in template order; parseSummary's `missing` follows it. */
export const SUMMARY_FIELDS: readonly SummaryFieldKey[] = SUMMARY_FIELD_SPECS.map((spec) => spec.key);

export const isChoiceField = (spec: SummaryField): spec is ChoiceField => spec.kind === 'choice';

/** A stored value as people read it in English: a choice's label, text as written. */
export function displayValue(spec: SummaryField, value: string): string {
  if (!isChoiceField(spec)) return value;
  return spec.choices.find((c) => c.id === value)?.label ?? value;
}

/** The filled fields as plain label and value pairs, in template order (escape before Slack; ADF text is safe). */
export function summaryLines(summary: Partial<EngineeringSummary>): Array<{ key: SummaryFieldKey; label: string; value: string }> {
  const values = summary as Partial<Record<SummaryFieldKey, string>>;
  return SUMMARY_FIELD_SPECS.flatMap((spec) => {
    const value = values[spec.key];
    return value ? [{ key: spec.key, label: spec.label, value: displayValue(spec, value) }] : [];
  });
}

/** The filled fields as "Label: value" lines: the Zendesk internal note's body, a Jira comment's text. */
export function summaryPlainText(summary: Partial<EngineeringSummary>): string {
  return summaryLines(summary)
    .map((line) => `${line.label}: ${line.value}`)
    .join('\n');
}
