// parseSummary: reads the Engineering Outage summary template as people paste it into Slack or a
// ticket: labels in any case, bold (*x*, **x**) or not, bullets, values over several lines.
import { decodeEntities, normalizeText, stripMarkup } from './checklist/text';
import { isChoiceField, SUMMARY_FIELD_SPECS, SUMMARY_FIELDS, type ChoiceFieldKey, type ChoiceId, type EngineeringSummary, type SummaryField, type SummaryFieldKey } from './summaryFields';

type Field = SummaryFieldKey;

/** Fields in template order; `missing` follows it. Optional fields (3rd party) are never "missing". */
export { SUMMARY_FIELDS };

// A label's words as a lookup key: any case, accents optional, a space or hyphen between words optional.
const stripAccents = (text: string) => (/[^ -~]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text);
const labelKey = (phrase: string) => stripAccents(phrase.toLowerCase()).replace(/[\s-]+/g, '');

// Every label word of the table, matched against the whole normalised label.
const FIELD_BY_LABEL: ReadonlyMap<string, Field> = new Map(SUMMARY_FIELD_SPECS.flatMap((spec) => spec.labelWords.map((w) => [labelKey(w), spec.key] as const)));

// The template's own title is not a field.
const TITLE = /^(?:engineering (?:outage |incident )?|outage |incident )summary(?: template)?$/;

// A choice word as a pattern: whole words, a space matching a separator or none, a trailing "*" a stem.
function wordPattern(word: string): string {
  const stem = word.endsWith('*');
  const body = (stem ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(' ').join('[ ._/-]?');
  return `\\b${body}${stem ? '' : '\\b'}`;
}

// Per choice field, its choices with their words: checkedFirst ones first, then in table order.
const CHOICE_WORDS: ReadonlyMap<Field, ReadonlyArray<{ id: string; words: RegExp }>> = new Map(
  SUMMARY_FIELD_SPECS.filter(isChoiceField).map((spec) => [
    spec.key,
    [...spec.choices]
      .sort((a, b) => Number(b.checkedFirst ?? false) - Number(a.checkedFirst ?? false))
      .map((c) => ({ id: c.id, words: new RegExp(c.words.map(wordPattern).join('|')) })),
  ]),
);

const NONE = /^(?:n\/?a|none|no|nope|nothing|-+|—|–|not applicable|no third party|n\.a\.|tbd|unknown|\?+|ninguno|no aplica)\.?$/i;

function normalizeLabelText(label: string): string {
  return label.toLowerCase().replace(/[*_~`#>]+/g, ' ').replace(/\([^()]{0,80}\)/g, ' ').replace(/\s+/g, ' ').replace(/[\s.:-]+$/, '').trim();
}

function fieldOf(label: string): Field | null {
  const norm = normalizeLabelText(label);
  if (norm.length === 0 || norm.length > 45) return null;
  // "Root cause / RCA", "Immediate fix/Mitigation": any part may name the field.
  for (const part of [norm, ...norm.split(/\s*\/\s*/)]) {
    const field = FIELD_BY_LABEL.get(labelKey(part));
    if (field) return field;
  }
  return null;
}

const LEAD = /^\s*(?:[-*•·+>]+\s+|\d{1,2}[.)]\s+)?/;

/** "*Root Cause:* x", "**Root cause**: x", "Root cause - x", "ROOT CAUSE" (alone): the field and the rest. */
function labelOf(line: string): { field: Field; rest: string } | { title: true } | null {
  const head = line.replace(LEAD, '');
  const sep = /[:：]|\s[-–—]\s/.exec(head.slice(0, 100));
  if (sep) {
    const field = fieldOf(head.slice(0, sep.index));
    if (field) return { field, rest: head.slice(sep.index + sep[0].length) };
  }
  if (head.trim().length > 60) return null;
  const bare = normalizeLabelText(head);
  if (TITLE.test(bare)) return { title: true };
  const field = fieldOf(head);
  return field ? { field, rest: '' } : null;
}

const MARKS = new Set([' ', '\t', '*', '_', '~']);

/** Markup left around a value: "*Managed*", "_Gradebook_", the ":" of "*Label*: value". A loop, not a regex, at the end. */
function cleanValueLine(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && MARKS.has(line[start] ?? '')) start++;
  if (line[start] === ':' || line[start] === '：') start++;
  while (start < end && MARKS.has(line[start] ?? '')) start++;
  while (end > start && MARKS.has(line[end - 1] ?? '')) end--;
  return line
    .slice(start, end)
    .replace(/^[•·]\s*/, '- ')
    .replace(/\*\*|__/g, '');
}

/**
 * Free text placed on one of a choice field's choices ("Integration partner" is integrated), or null:
 * nothing stated, or the template's hint left unfilled ("managed / integrated / courseware / cartridge",
 * "misconfiguration / bad data / etc."). A stated value no word places is the field's `unplaced` choice.
 */
export function normalizeChoice<K extends ChoiceFieldKey>(field: K, value: string): ChoiceId<K> | null {
  const spec = SUMMARY_FIELD_SPECS.find((s) => s.key === field);
  const choices = CHOICE_WORDS.get(field);
  if (!spec || !isChoiceField(spec) || !choices) return null;
  const v = value.toLowerCase().replace(/[*_~`]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (v === '' || NONE.test(v)) return null;
  const exact = spec.choices.find((c) => c.id === v.replace(/ /g, '_'));
  if (exact) return exact.id as ChoiceId<K>;
  const hits = choices.filter((c) => c.words.test(v));
  if (hits.length > 2 || /\betc\b/.test(v)) return null;
  return (hits[0]?.id ?? spec.unplaced ?? null) as ChoiceId<K> | null;
}

// Short fields hold one paragraph: text after a blank line is no longer theirs ("Thanks all").
const ONE_PARAGRAPH: ReadonlySet<Field> = new Set(SUMMARY_FIELD_SPECS.filter((s) => s.kind === 'choice' || s.length === 'short').map((s) => s.key));

function collect(text: string): Map<Field, string> {
  const values = new Map<Field, string[]>();
  let current: Field | null = null;
  let blankSeen = false;
  const lines = normalizeText(decodeEntities(text)).split('\n').flatMap((l) => (l.includes(' | ') ? l.split(' | ') : [l]));
  for (const line of lines) {
    const label = labelOf(line);
    if (label && 'title' in label) {
      current = null;
      continue;
    }
    if (label) {
      blankSeen = false;
      // The first filled value of a field wins; a repeated label adds nothing.
      current = values.has(label.field) ? null : label.field;
      if (current) values.set(current, []);
      const rest = cleanValueLine(label.rest);
      if (current && rest.trim()) values.get(current)?.push(rest.trim());
      continue;
    }
    if (!current) continue;
    const parts = values.get(current) ?? [];
    if (line.trim() === '') {
      blankSeen = parts.length > 0;
    } else if (blankSeen && ONE_PARAGRAPH.has(current)) {
      current = null;
      continue;
    }
    parts.push(cleanValueLine(line));
  }
  const out = new Map<Field, string>();
  for (const [field, parts] of values) {
    const value = parts.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    if (value && !NONE.test(stripMarkup(value))) out.set(field, value);
  }
  return out;
}

function fieldValue(spec: SummaryField, found: Map<Field, string>): string | null {
  const value = found.get(spec.key) ?? '';
  return isChoiceField(spec) ? normalizeChoice(spec.key, value) : value || null;
}

export function parseSummary(text: string): { summary: Partial<EngineeringSummary>; missing: Array<keyof EngineeringSummary> } {
  const found = collect(typeof text === 'string' ? text : '');
  const summary: Partial<Record<Field, string>> = {};
  for (const spec of SUMMARY_FIELD_SPECS) {
    const value = fieldValue(spec, found);
    if (value) summary[spec.key] = value;
  }
  const missing = SUMMARY_FIELD_SPECS.filter((spec) => spec.required && summary[spec.key] === undefined).map((spec) => spec.key);
  return { summary: summary as Partial<EngineeringSummary>, missing };
}
