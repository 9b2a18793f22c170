// parseSummary: reads the Engineering Outage summary template as people paste it into Slack or a
// ticket: labels in any case, bold (*x*, **x**) or not, bullets, values over several lines.
import { decodeEntities, normalizeText, stripMarkup } from './checklist/text';
import { CUSTOMER_TYPES, SUMMARY_SOURCES, type EngineeringSummary } from './types';

type Field = keyof EngineeringSummary;

/** Fields in template order; `missing` follows it. thirdParty is optional and never "missing". */
export const SUMMARY_FIELDS: readonly Field[] = [
  'summary', 'rootCause', 'immediateFix', 'potentialEnhancements', 'customerType', 'product', 'source', 'thirdParty',
];

// Label words per field, matched against the whole normalised label.
const LABELS: Array<[Field, RegExp]> = [
  ['summary', /^(?:summary|incident summary|outage summary|what happened|overview|tl;? ?dr|resumen)$/],
  ['rootCause', /^(?:root[ -]?cause(?: analysis)?|rca|cause|causa ra[ií]z)$/],
  ['immediateFix', /^(?:immediate[ -]?(?:fix|resolution|mitigation|action)s?|fix(?: applied)?|hot ?fix|mitigation|resolution|workaround|soluci[oó]n inmediata)$/],
  [
    'potentialEnhancements',
    /^(?:potential[ -]?(?:enhancements?|improvements?|fixes)|enhancements?|improvements?|follow[ -]?ups?|next steps|action items|prevention|long[ -]?term fix(?:es)?|mejoras(?: potenciales)?)$/,
  ],
  ['customerType', /^(?:customer[ -]?types?|type of customer|customer segment|customer|tipo de cliente)$/],
  ['product', /^(?:products?|product area|affected products?|producto)$/],
  ['source', /^(?:source|issue source|source of (?:the )?(?:issue|outage|problem)|cause category|root cause category|category|origen|fuente)$/],
  ['thirdParty', /^(?:3rd[ -]?party|third[ -]?party|3p|vendor|external (?:vendor|dependency|service)|tercero)s?(?: (?:vendor|involved|name|service))?$/],
];

// The template's own title is not a field.
const TITLE = /^(?:engineering (?:outage |incident )?|outage |incident )summary(?: template)?$/;

const CUSTOMER_TYPE_WORDS: Array<[EngineeringSummary['customerType'], RegExp]> = [
  ['managed', /\bmanag(?:ed|e)\b/],
  ['integrated', /\bintegrat(?:ed|ion|e)\b/],
  ['courseware', /\bcourse ?ware\b/],
  ['cartridge', /\bcartridges?\b|\bcommon cartridge\b/],
];

// Checked in order: "3rd party data" is third_party, "bad data" before a bare "data".
const SOURCE_WORDS: Array<[EngineeringSummary['source'], RegExp]> = [
  ['third_party', /\b(?:3rd|third)[ -_]?party\b|\bvendor\b|\bexternal\b/],
  ['misconfiguration', /\bmis-?config|\bconfig(?:uration)?\b|\bsetting/],
  ['bad_data', /\bbad[ -_]?data\b|\bdata\b|\bcorrupt/],
  ['regression', /\bregression\b|\bregress|\bbug\b|\bdeploy|\brelease\b|\bcode change/],
  ['infrastructure', /\binfra(?:structure)?\b|\bhosting\b|\bnetwork\b|\bdatabase\b|\bserver|\bcapacity\b|\baws\b|\bgcp\b|\bazure\b/],
  ['other', /\bother\b/],
];

const NONE = /^(?:n\/?a|none|no|nope|nothing|-+|—|–|not applicable|no third party|n\.a\.|tbd|unknown|\?+|ninguno|no aplica)\.?$/i;

function normalizeLabelText(label: string): string {
  return label.toLowerCase().replace(/[*_~`#>]+/g, ' ').replace(/\([^()]{0,80}\)/g, ' ').replace(/\s+/g, ' ').replace(/[\s.:-]+$/, '').trim();
}

function fieldOf(label: string): Field | null {
  const norm = normalizeLabelText(label);
  if (norm.length === 0 || norm.length > 45) return null;
  // "Root cause / RCA", "Immediate fix/Mitigation": any part may name the field.
  for (const part of [norm, ...norm.split(/\s*\/\s*/)]) {
    for (const [field, re] of LABELS) if (re.test(part)) return field;
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

export function normalizeCustomerType(value: string): EngineeringSummary['customerType'] | null {
  const v = value.toLowerCase().replace(/[*_~`]+/g, ' ').trim();
  const hits = CUSTOMER_TYPE_WORDS.filter(([, re]) => re.test(v));
  // "managed / integrated / courseware / cartridge" is the template's hint left unfilled.
  if (hits.length > 2) return null;
  const hit = hits[0];
  return hit ? hit[0] : (CUSTOMER_TYPES as readonly string[]).includes(v) ? (v as EngineeringSummary['customerType']) : null;
}

/** Any stated source maps to one of the enum values; one we cannot place is "other". */
export function normalizeSource(value: string): EngineeringSummary['source'] | null {
  const v = value.toLowerCase().replace(/[*_~`]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (v === '' || NONE.test(v)) return null;
  if ((SUMMARY_SOURCES as readonly string[]).includes(v.replace(/ /g, '_'))) return v.replace(/ /g, '_') as EngineeringSummary['source'];
  const hits = SOURCE_WORDS.filter(([, re]) => re.test(v));
  // "misconfiguration / bad data / regression / etc." is the template's hint left unfilled.
  if (hits.length > 2 || /\betc\b/.test(v)) return null;
  return hits[0]?.[0] ?? 'other';
}

// Short fields hold one paragraph: text after a blank line is no longer theirs ("Thanks all").
const ONE_PARAGRAPH: ReadonlySet<Field> = new Set(['customerType', 'product', 'source', 'thirdParty']);

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

export function parseSummary(text: string): { summary: Partial<EngineeringSummary>; missing: Array<keyof EngineeringSummary> } {
  const found = collect(typeof text === 'string' ? text : '');
  const summary: Partial<EngineeringSummary> = {};
  for (const field of ['summary', 'rootCause', 'immediateFix', 'potentialEnhancements', 'product', 'thirdParty'] as const) {
    const value = found.get(field);
    if (value) summary[field] = value;
  }
  const customerType = normalizeCustomerType(found.get('customerType') ?? '');
  if (customerType) summary.customerType = customerType;
  const source = normalizeSource(found.get('source') ?? '');
  if (source) summary.source = source;
  const missing = SUMMARY_FIELDS.filter((f) => f !== 'thirdParty' && summary[f] === undefined);
  return { summary, missing };
}
