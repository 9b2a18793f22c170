// Scope: how far the problem reaches. Levels, narrowest to widest: one user, one class, a school
// (one customer: a whole district counts as a school), all (several customers or the platform).
// The widest level stated wins, since engineering sizes the response by the blast radius.
import type { ScopeLevel } from '../types';
import { isNegated } from './context';
import { Finding } from './finding';
import { sectionValue } from './sections';
import { eachMatch, sourceAt, type Corpus } from './source';
import { PERSON, SCOPE_ORDER, scanScope, widestHits } from './scopePhrases';
import { isPlaceholder } from './text';

export { SCOPE_ORDER } from './scopePhrases';

// Hints without a level: "several students", "a few teachers".
const VAGUE = new RegExp(`\\b(?:multiple|several|some|a few|many|a number of|various|other|\\d{2,}|dozens of|hundreds of)[ \\t]+${PERSON}\\b`);

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
  const first = widestHits(scanScope(lower, atLeast))[0];
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

const VAGUE_ALL = new RegExp(VAGUE.source, 'g');

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
  const hits = widestHits(scanScope(corpus.lower));
  const first = hits[0];
  if (first) {
    const prose = new Finding();
    for (const hit of hits) prose.present(`${sourceAt(corpus, hit.index).where}: ${hit.phrase}`);
    return { found: prose, level: first.level };
  }
  if (vague.status === 'missing') {
    eachMatch(VAGUE_ALL, corpus.lower, (m) => {
      if (isNegated(corpus.lower, m.index)) return;
      vague.weak(`${sourceAt(corpus, m.index).where}: ${m[0]} (level unclear)`);
      return false;
    });
  }
  return { found: vague, level: null };
}
