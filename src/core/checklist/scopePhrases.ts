// The phrases that state a scope, in as few whole-text scans as possible: phrases that share a
// start ("only one ...", "the whole ...") are one pattern whose capture group tells the level, and
// the Spanish ones are one pattern for all levels. Patterns are lower case.
import type { ScopeLevel } from '../types';
import { isAsserted } from './context';

export const SCOPE_ORDER: readonly ScopeLevel[] = ['user', 'class', 'school', 'all'];

export const PERSON =
  '(?:users?|students?|teachers?|learners?|parents?|guardians?|accounts?|persons?|kids?|child|educators?|logins?|staff members?|family|household)';
const CLASS = '(?:class|classroom|section|period|roster|homeroom|cohort|course section)';
const PLACE = '(?:school|building|campus|district|school district)';
const OWNER = '(?:the|this|that|her|his|their|my|our|one|a|a single)';
const CUSTOMERS = '(?:partners|customers|clients|districts|tenants|schools|organizations|orgs|instances|regions|school districts)';
const UNLESS_LOCAL = `(?![ \\t]+(?:in|at|of|within|from|across)[ \\t]+${OWNER}[ \\t]+(?:${PLACE}|state|region|class))`;
// "One teacher reported it" says who reported, not how far it reaches.
const NOT_REPORTER =
  '(?![ \\t]+(?:has[ \\t]+|have[ \\t]+|had[ \\t]+)?(?:reported|reports|says|said|called|emailed|wrote|writes|told|noticed|mentioned|asked|contacted|reached|opened|submitted|sent|flagged|raised|escalated))';

/** A pattern and the level it states; with several levels, capture group n states levels[n - 1]. */
type Rule = { re: RegExp; levels: readonly ScopeLevel[] };

/** One pattern from alternatives with the word boundary shared in front: V8 scans it ~3x faster. */
function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})`, 'g');
}

const RULES: Rule[] = [
  {
    // "only one student", "a single class", "just this school", "isolated to one account"
    re: anyOf(
      `(?:(?:only|just)[ \\t]+(?:(?:affect(?:s|ing|ed)?|impact(?:s|ing|ed)?|happen(?:s|ing)?[ \\t]+(?:to|for)|for|in)[ \\t]+)?(?:one|1|a single|this|that|the one|her|his|their|my|our)|one|1|a single|single|an individual|individual|isolated to (?:one|a|this|the|her|his)|a specific)[ \\t]+(?:specific[ \\t]+|particular[ \\t]+|individual[ \\t]+)?(?:(${PERSON})\\b${NOT_REPORTER}|(${CLASS})\\b|(${PLACE})\\b)`,
    ),
    levels: ['user', 'class', 'school'],
  },
  {
    // "the whole class", "entire school", "all of the district"
    re: anyOf(`(?:whole|entire|full|all of (?:the|her|his|their|my|our|this))[ \\t]+(?:(${CLASS})s?\\b|(${PLACE})\\b)`),
    levels: ['class', 'school'],
  },
  {
    re: anyOf('single[- ]user\\b', '(?:user|student|account|teacher)[- ]specific\\b', 'no other (?:users|students|teachers|accounts)\\b'),
    levels: ['user'],
  },
  {
    re: anyOf(
      `(?:(?:all|every|each)[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:students?|kids?|learners?|users?|pupils?)|everyone|everybody)[ \\t]+(?:in|of|from|enrolled in)[ \\t]+${OWNER}[ \\t]+(?:${CLASS}|course)\\b`,
      `(?:\\d{1,2}|two|three|four|five|several|multiple|a few|some|many)[ \\t]+(?:classes|classrooms|sections|periods|rosters)\\b`,
      "all[ \\t]+(?:of[ \\t]+)?(?:her|his|their|my|the teacher's)[ \\t]+(?:students|kids|learners|pupils)\\b",
      '(?:my|her|his|their|the|one|a|this)[ \\t]+(?:\\d(?:st|nd|rd|th)[ \\t]+)?(?:period|class|section|homeroom|block)[ \\t]+(?:students|kids|learners|pupils)\\b',
      'class[- ]?wide\\b',
      '(?:period|section|class|homeroom|block)[ \\t]+(?:\\d{1,2}|[a-h])[ \\t]+only\\b',
      'only[ \\t]+(?:in[ \\t]+)?(?:period|section|class|homeroom|block)[ \\t]+(?:\\d{1,2}|[a-h])\\b',
    ),
    levels: ['class'],
  },
  {
    re: anyOf(
      '(?:school|building|campus|district)[- ]?wide\\b',
      `(?:all|every|each)[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:teachers?|students?|users?|staff|classes|classrooms|educators|admins|kids|sections|grades|${PERSON})[ \\t]+(?:at|in|across|from|for|of)[ \\t]+(?:(?:the|this|that|our|their|his|her|a|one)[ \\t]+)?${PLACE}\\b`,
      'all[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:[\\w-]+[ \\t]+){0,2}?(?:teachers|staff|educators|students|classes)[ \\t]+at\\b',
      'every[ \\t]+teacher[ \\t]+at\\b',
      '(?:multiple|several|many|numerous|various|a few|some|\\d+)[ \\t]+(?:teachers|students|users|staff|classes|classrooms|educators|sections|grades)[ \\t]+(?:at|in|across|throughout)[ \\t]+(?:the|this|that|our|their|one|a)[ \\t]+(?:school|building|campus|district)\\b',
      `across[ \\t]+(?:the|this|that|our|their|a)[ \\t]+${PLACE}\\b`,
      `all[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:schools|campuses|buildings)[ \\t]+(?:in|within|across)[ \\t]+${OWNER}[ \\t]+district\\b`,
      `(?:no|nobody|no one|none of the)[ \\t]+(?:[\\w-]+[ \\t]+)?(?:at|in)[ \\t]+(?:the|this|our|their)[ \\t]+(?:school|building|campus|district)\\b`,
    ),
    levels: ['school'],
  },
  {
    re: anyOf(
      `all[ \\t]+(?:of[ \\t]+)?(?:our[ \\t]+|the[ \\t]+)?${CUSTOMERS}\\b${UNLESS_LOCAL}`,
      '(?:every|each|any)[ \\t]+(?:partner|customer|client|district|tenant|school district)\\b',
      '(?:multiple|several|many|numerous|various|different|other)[ \\t]+(?:partners|customers|clients|districts|tenants|school districts|schools)\\b',
      '(?:everyone|everybody|all users)\\b(?![ \\t]+(?:in|at|on|from|within|enrolled|of)\\b)',
      '(?:platform|site|system|product|service)[- ]?wide\\b',
      'global(?:ly)?\\b',
      'widespread\\b',
      'across[ \\t]+(?:all|every|multiple|many)[ \\t]+(?:partners|customers|clients|districts|schools|tenants)\\b',
    ),
    levels: ['all'],
  },
  {
    re: anyOf(
      '((?:un|una|1|solo|sólo|solamente|únicamente)[ \\t]+(?:solo[ \\t]+|sola[ \\t]+|único[ \\t]+|única[ \\t]+)?(?:usuario|usuaria|estudiante|alumno|alumna|maestro|maestra|profesor|profesora|cuenta))\\b',
      '(toda la clase|todo el sal[oó]n|todo el grupo|una (?:sola )?clase|un (?:solo )?grupo|una secci[oó]n)\\b',
      '(toda la escuela|todo el colegio|todo el distrito|toda la instituci[oó]n|todo el campus|una (?:sola )?escuela|un (?:solo )?colegio|(?:ning[uú]n|ninguna|todos los|todas las)[ \\t]+(?:alumnos?|alumnas?|estudiantes?|usuarios?|maestros?|maestras?|profesores?|docentes?)[ \\t]+(?:del|de la|de el|en el|en la)[ \\t]+(?:colegio|escuela|distrito|instituto|campus))\\b',
      '(todos los (?:clientes|socios|distritos|usuarios)|todas las escuelas|todo el mundo|a nivel global)\\b',
    ),
    levels: ['user', 'class', 'school', 'all'],
  },
];


export type ScopeHit = { level: ScopeLevel; index: number; phrase: string };

function levelOf(rule: Rule, m: RegExpExecArray): ScopeLevel | undefined {
  if (rule.levels.length === 1) return rule.levels[0];
  for (let g = 1; g <= rule.levels.length; g++) if (m[g] !== undefined) return rule.levels[g - 1];
  return undefined;
}

/**
 * Stated (not negated, not asked) scope phrases in lower-case text: the first three of each level,
 * in text order. Levels narrower than `atLeast` are not looked for.
 */
export function scanScope(lower: string, atLeast: ScopeLevel | null = null): Map<ScopeLevel, ScopeHit[]> {
  const floor = atLeast === null ? 0 : SCOPE_ORDER.indexOf(atLeast);
  const hits = new Map<ScopeLevel, ScopeHit[]>();
  for (const rule of RULES) {
    const wanted = rule.levels.filter((l) => SCOPE_ORDER.indexOf(l) >= floor);
    if (wanted.length === 0) continue;
    const counts = new Map<ScopeLevel, number>();
    const { re } = rule;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const level = levelOf(rule, m);
      if (!level || !wanted.includes(level) || (counts.get(level) ?? 0) >= 3) continue;
      if (!isAsserted(lower, m.index, m[0].length)) continue;
      counts.set(level, (counts.get(level) ?? 0) + 1);
      const list = hits.get(level) ?? [];
      list.push({ level, index: m.index, phrase: m[0] });
      hits.set(level, list);
      if (wanted.every((l) => (counts.get(l) ?? 0) >= 3)) break;
    }
  }
  for (const list of hits.values()) list.sort((a, b) => a.index - b.index).splice(3);
  return hits;
}

/** The widest level among the hits, with its hits. */
export function widestHits(hits: Map<ScopeLevel, ScopeHit[]>): ScopeHit[] {
  for (let i = SCOPE_ORDER.length - 1; i >= 0; i--) {
    const list = hits.get(SCOPE_ORDER[i] as ScopeLevel);
    if (list && list.length > 0) return list;
  }
  return [];
}
