// Scope: how far the problem reaches. Levels, narrowest to widest: one user, one class, a school
// (one customer: a whole district counts as a school), all (several customers or the platform).
// The widest level stated wins, since engineering sizes the response by the blast radius.
import type { ScopeLevel } from '../types';
import { isAsserted, isNegated } from './context';
import { Finding } from './finding';
import { sectionValue } from './sections';
import { eachMatch, sourceAt, type Corpus } from './source';
import { isPlaceholder } from './text';

export const SCOPE_ORDER: readonly ScopeLevel[] = ['user', 'class', 'school', 'all'];

const PERSON = '(?:users?|students?|teachers?|learners?|parents?|guardians?|accounts?|persons?|kids?|child|educators?|logins?|staff members?|family|household)';
const CLASS = '(?:class|classroom|section|period|roster|homeroom|cohort|course section)';
const PLACE = '(?:school|building|campus|district|school district)';
const OWNER = '(?:the|this|that|her|his|their|my|our|one|a|a single)';
const CUSTOMERS = '(?:partners|customers|clients|districts|tenants|schools|organizations|orgs|instances|regions|school districts)';
const UNLESS_LOCAL = `(?![ \\t]+(?:in|at|of|within|from|across)[ \\t]+${OWNER}[ \\t]+(?:${PLACE}|state|region|class))`;

/**
 * One pattern from alternatives, with the word boundary taken out in front: V8 scans
 * "\b(?:a|b)" about three times faster than "\ba|\bb".
 */
function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})`, 'g');
}

// "One teacher reported it" says who reported, not how far it reaches.
const NOT_REPORTER =
  '(?![ \\t]+(?:has[ \\t]+|have[ \\t]+|had[ \\t]+)?(?:reported|reports|says|said|called|emailed|wrote|writes|told|noticed|mentioned|asked|contacted|reached|opened|submitted|sent|flagged|raised|escalated))';

const PHRASES: Array<[ScopeLevel, RegExp]> = [
  [
    'user',
    anyOf(
      `(?:(?:only|just)[ \\t]+(?:(?:affect(?:s|ing|ed)?|impact(?:s|ing|ed)?|happen(?:s|ing)?[ \\t]+(?:to|for)|for|in)[ \\t]+)?(?:one|1|a single|this|that|the one|her|his|their|my)|one|1|a single|single|an individual|individual|isolated to (?:one|a|this|the|her|his)|a specific)[ \\t]+(?:specific[ \\t]+|particular[ \\t]+|individual[ \\t]+)?${PERSON}\\b${NOT_REPORTER}`,
      'single[- ]user\\b',
      '(?:user|student|account|teacher)[- ]specific\\b',
      'no other (?:users|students|teachers|accounts)\\b',
      '(?:un|una|1|solo|sólo|solamente|únicamente)[ \\t]+(?:solo[ \\t]+|sola[ \\t]+|único[ \\t]+|única[ \\t]+)?(?:usuario|usuaria|estudiante|alumno|alumna|maestro|maestra|profesor|profesora|cuenta)\\b',
    ),
  ],
  [
    'class',
    anyOf(
      `(?:whole|entire|full|all of (?:the|her|his|their|my))[ \\t]+${CLASS}s?\\b`,
      `(?:one|1|a single|single|only one|just one|only (?:this|that|her|his|their|my)|just (?:this|that|her|his|their|my))[ \\t]+${CLASS}\\b`,
      `(?:(?:all|every|each)[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:students?|kids?|learners?|users?|pupils?)|everyone|everybody)[ \\t]+(?:in|of|from|enrolled in)[ \\t]+${OWNER}[ \\t]+(?:${CLASS}|course)\\b`,
      `(?:\\d{1,2}|two|three|four|five|several|multiple|a few|some|many)[ \\t]+(?:classes|classrooms|sections|periods|rosters)\\b`,
      "all[ \\t]+(?:of[ \\t]+)?(?:her|his|their|my|the teacher's)[ \\t]+(?:students|kids|learners|pupils)\\b",
      '(?:my|her|his|their|the|one|a|this)[ \\t]+(?:\\d(?:st|nd|rd|th)[ \\t]+)?(?:period|class|section|homeroom|block)[ \\t]+(?:students|kids|learners|pupils)\\b',
      'class[- ]?wide\\b',
      '(?:period|section|class|homeroom|block)[ \\t]+(?:\\d{1,2}|[a-h])[ \\t]+only\\b',
      'only[ \\t]+(?:in[ \\t]+)?(?:period|section|class|homeroom|block)[ \\t]+(?:\\d{1,2}|[a-h])\\b',
      '(?:toda la clase|todo el sal[oó]n|todo el grupo|una (?:sola )?clase|un (?:solo )?grupo|una secci[oó]n)\\b',
    ),
  ],
  [
    'school',
    anyOf(
      `(?:whole|entire|full|all of (?:the|our|their|this))[ \\t]+${PLACE}\\b`,
      '(?:school|building|campus|district)[- ]?wide\\b',
      `(?:all|every|each)[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:teachers?|students?|users?|staff|classes|classrooms|educators|admins|kids|sections|grades|${PERSON})[ \\t]+(?:at|in|across|from|for|of)[ \\t]+(?:(?:the|this|that|our|their|his|her|a|one)[ \\t]+)?${PLACE}\\b`,
      'all[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:[\\w-]+[ \\t]+){0,2}?(?:teachers|staff|educators|students|classes)[ \\t]+at\\b',
      'every[ \\t]+teacher[ \\t]+at\\b',
      '(?:multiple|several|many|numerous|various|a few|some|\\d+)[ \\t]+(?:teachers|students|users|staff|classes|classrooms|educators|sections|grades)[ \\t]+(?:at|in|across|throughout)[ \\t]+(?:the|this|that|our|their|one|a)[ \\t]+(?:school|building|campus|district)\\b',
      `(?:one|1|a single|single|only one|just one|only (?:this|that|their|our)|just (?:this|that|their|our))[ \\t]+${PLACE}\\b`,
      `across[ \\t]+(?:the|this|that|our|their|a)[ \\t]+${PLACE}\\b`,
      `all[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:schools|campuses|buildings)[ \\t]+(?:in|within|across)[ \\t]+${OWNER}[ \\t]+district\\b`,
      '(?:toda la escuela|todo el colegio|todo el distrito|toda la instituci[oó]n|todo el campus|una (?:sola )?escuela|un (?:solo )?colegio)\\b',
      `(?:no|nobody|no one|none of the)[ \\t]+(?:[\\w-]+[ \\t]+)?(?:at|in)[ \\t]+(?:the|this|our|their)[ \\t]+(?:school|building|campus|district)\\b`,
      '(?:ning[uú]n|ninguna|todos los|todas las)[ \\t]+(?:alumnos?|alumnas?|estudiantes?|usuarios?|maestros?|maestras?|profesores?|docentes?)[ \\t]+(?:del|de la|de el|en el|en la)[ \\t]+(?:colegio|escuela|distrito|instituto|campus)\\b',
    ),
  ],
  [
    'all',
    anyOf(
      `all[ \\t]+(?:of[ \\t]+)?(?:our[ \\t]+|the[ \\t]+)?${CUSTOMERS}\\b${UNLESS_LOCAL}`,
      '(?:every|each|any)[ \\t]+(?:partner|customer|client|district|tenant|school district)\\b',
      '(?:multiple|several|many|numerous|various|different|other)[ \\t]+(?:partners|customers|clients|districts|tenants|school districts|schools)\\b',
      '(?:everyone|everybody|all users)\\b(?![ \\t]+(?:in|at|on|from|within|enrolled|of)\\b)',
      '(?:platform|site|system|product|service)[- ]?wide\\b',
      'global(?:ly)?\\b',
      'widespread\\b',
      'across[ \\t]+(?:all|every|multiple|many)[ \\t]+(?:partners|customers|clients|districts|schools|tenants)\\b',
      '(?:todos los (?:clientes|socios|distritos|usuarios)|todas las escuelas|todo el mundo|a nivel global)\\b',
    ),
  ],
];
// Hints without a level: "several students", "a few teachers".
const VAGUE = new RegExp(`\\b(?:multiple|several|some|a few|many|a number of|various|other|\\d{2,}|dozens of|hundreds of)[ \\t]+${PERSON}\\b`);

export function widest(a: ScopeLevel | null, b: ScopeLevel | null): ScopeLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return SCOPE_ORDER.indexOf(a) >= SCOPE_ORDER.indexOf(b) ? a : b;
}

/**
 * The widest level stated in prose, ignoring negated phrases ("not the whole school"). Pass the text
 * in lower case; levels narrower than `atLeast` are not looked for (a wider one is already known).
 */
export function scopeFromProse(lower: string, atLeast: ScopeLevel | null = null): { level: ScopeLevel; phrase: string } | null {
  const floor = atLeast === null ? 0 : SCOPE_ORDER.indexOf(atLeast);
  for (let i = PHRASES.length - 1; i >= floor; i--) {
    const [level, re] = PHRASES[i] ?? [];
    if (!level || !re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      if (isAsserted(lower, m.index, m[0].length)) return { level, phrase: m[0] };
    }
  }
  return null;
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

/** Up to three stated (not negated) phrases of one level, with where they are. */
function levelHits(corpus: Corpus, level: ScopeLevel): string[] {
  const re = PHRASES.find(([l]) => l === level)?.[1];
  const hits: string[] = [];
  if (!re) return hits;
  eachMatch(re, corpus.lower, (m) => {
    if (isAsserted(corpus.lower, m.index, m[0].length)) hits.push(`${sourceAt(corpus, m.index).where}: ${m[0]}`);
    return hits.length < 3;
  });
  return hits;
}

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
  for (let i = SCOPE_ORDER.length - 1; i >= 0; i--) {
    const level = SCOPE_ORDER[i];
    if (!level) continue;
    const hits = levelHits(corpus, level);
    if (hits.length === 0) continue;
    const prose = new Finding();
    for (const hit of hits) prose.present(hit);
    return { found: prose, level };
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
