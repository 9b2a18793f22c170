// Scope: how far the problem reaches. Levels, narrowest to widest: one user, one class, a school
// (one customer: a whole district counts as a school), all (several customers or the platform).
// The widest level stated wins, since engineering sizes the response by the blast radius.
import type { ScopeLevel } from '../types';
import { Finding } from './finding';
import { sectionValue } from './sections';
import { sourceAt, type Corpus } from './source';
import { SCOPE_ORDER, scanScope, VAGUE_SOURCE, widestHits } from './scopePhrases';
import { isPlaceholder } from './text';

export { SCOPE_ORDER } from './scopePhrases';

// Hints without a level: "several students", "a few teachers".
const VAGUE = new RegExp(`\\b(?:${VAGUE_SOURCE})`);

export function widest(a: ScopeLevel | null, b: ScopeLevel | null): ScopeLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return SCOPE_ORDER.indexOf(a) >= SCOPE_ORDER.indexOf(b) ? a : b;
}

/**
 * The widest level stated in prose, ignoring negated and asked phrases ("not the whole school").
 * Pass the text in lower case; levels narrower than `atLeast` are not looked for.
 */
export function scopeFromProse(lower: string, atLeast: ScopeLevel | null = null): { level: ScopeLevel; phrase: string } | null {
  const first = widestHits(scanScope(lower, atLeast).hits)[0];
  return first ? { level: first.level, phrase: first.phrase } : null;
}

// A field or label value is short and free: "scope_one_class", "1 class", "School", "all_partners".
const VALUE_WORDS: Array<[ScopeLevel, RegExp]> = [
  ['all', /\b(?:all|every|everyone|global|platform|multiple (?:districts|customers|partners|schools)|partners?|customers?|tenants?)\b/],
  ['school', /\b(?:school|schools|district|campus|building|escuela|distrito)\b/],
  ['class', /\b(?:class|classes|classroom|section|period|clase|grupo)\b/],
  ['user', /\b(?:user|users|student|students|teacher|account|individual|person|single|usuario|estudiante|alumno)\b/],
];

/** Level named by a short value such as a custom field's tag; null when it names none. */
export function scopeFromValue(value: string): ScopeLevel | null {
  const v = value.toLowerCase().replace(/[_-]+/g, ' ');
  // Prose rules first, so "not the whole school" stays negated in a labelled value too.
  const prose = scopeFromProse(v);
  if (prose) return prose.level;
  if (/\b(?:not|no|n't)\b/.test(v) || VAGUE.test(v)) return null;
  for (const [level, re] of VALUE_WORDS) if (re.test(v)) return level;
  return null;
}

export type ScopeFinding = { found: Finding; level: ScopeLevel | null };

// A dropdown field's value also lands on the ticket as a tag: "scope_one_class", "scope-entire-school".
const SCOPE_TAG = /^(?:scope|impact|alcance)[_-](.+)$/i;

export function detectScope(corpus: Corpus, tags: readonly string[] = []): ScopeFinding {
  const labelled = new Finding();
  let labelledLevel: ScopeLevel | null = null;
  const vague = new Finding();
  for (const tag of tags) {
    const m = SCOPE_TAG.exec(tag);
    const level = m ? scopeFromValue(m[1] ?? '') : null;
    if (!level) continue;
    labelledLevel = widest(labelledLevel, level);
    labelled.present(`tag ${tag}`);
  }
  for (const source of corpus.sources) {
    for (const section of source.sections) {
      if (section.kind !== 'scope') continue;
      const value = sectionValue(section);
      if (isPlaceholder(value)) continue;
      const level = scopeFromValue(value);
      if (level) {
        labelledLevel = widest(labelledLevel, level);
        labelled.present(`${source.where}: ${section.label}: ${value}`);
      } else vague.weak(`${source.where}: ${section.label}: ${value} (level unclear)`);
    }
  }
  // A labelled scope is the agent's own call and outranks a phrase in passing.
  if (labelledLevel) return { found: labelled, level: labelledLevel };
  // Otherwise the widest level stated anywhere.
  const scan = scanScope(corpus.lower, null, true);
  const hits = widestHits(scan.hits);
  const first = hits[0];
  if (first) {
    const prose = new Finding();
    for (const hit of hits) prose.present(`${sourceAt(corpus, hit.index).where}: ${hit.phrase}`);
    return { found: prose, level: first.level };
  }
  if (vague.status === 'missing' && scan.vague) vague.weak(`${sourceAt(corpus, scan.vague.index).where}: ${scan.vague.phrase} (level unclear)`);
  return { found: vague, level: null };
}
