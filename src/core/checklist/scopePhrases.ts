// The phrases that state a scope, lower case: phrases that share a start ("only one ...", "the
// whole ...") are one rule whose capture group tells the level, and the Spanish ones are one rule
// for all levels. A text of typical size is read rule by rule; a long one in one scan of a pattern
// holding every rule as an alternative (see allRules).
import type { ScopeLevel } from '../types';
import { isAsserted, isNegated } from './context';
import { wordEnds } from './text';

export const SCOPE_ORDER: readonly ScopeLevel[] = ['user', 'class', 'school', 'all'];

export const PERSON =
  '(?:users?|students?|teachers?|learners?|parents?|guardians?|accounts?|persons?|kids?|child|educators?|logins?|staff members?|family|household)';
const CLASS = '(?:class|classroom|section|period|roster|homeroom|cohort|course section)';
const PLACE = '(?:school|building|campus|district|school district)';
// Where a phrase may start: not inside a word. A \b would also refuse "únicamente" after a space,
// since JavaScript's \w has no accented letters.
const WORD_START = '(?<![\\w\\u00c0-\\u024f])';
// Words that join a phrase rather than name a class or a school.
const LITTLE_WORD = '(?:the|a|an|of|and|to|in|on|at|for|with|from|by|start|end|beginning)';
const OWNER = '(?:the|this|that|her|his|their|my|our|one|a|a single)';
const CUSTOMERS = '(?:partners|customers|clients|districts|tenants|schools|organizations|orgs|instances|regions|school districts)';
const UNLESS_LOCAL = `(?![ \\t]+(?:in|at|of|within|from|across)[ \\t]+${OWNER}[ \\t]+(?:${PLACE}|state|region|class))`;
// "One teacher reported it" says who reported, not how far it reaches.
const NOT_REPORTER =
  '(?![ \\t]+(?:has[ \\t]+|have[ \\t]+|had[ \\t]+)?(?:reported|reports|says|said|called|emailed|wrote|writes|told|noticed|mentioned|asked|contacted|reached|opened|submitted|sent|flagged|raised|escalated))';

export const VAGUE_SOURCE = wordEnds(`(?:multiple|several|some|a few|many|a number of|various|other|\\d{2,}|dozens of|hundreds of)[ \\t]+${PERSON}\\b`);

/**
 * Alternatives (lower case, each starting at a word boundary) and the level they state; with several
 * levels, capture group n of the rule states levels[n - 1]. No levels: a hint without a level.
 * `words`: one of them is in every phrase of the rule; a short text without any skips the rule
 * and V8 does not compile it (a long one is read by `allRules` anyway).
 */
export type Rule = { source: string; levels: readonly ScopeLevel[]; words?: RegExp };

function anyOf(...alternatives: string[]): string {
  return wordEnds(alternatives.join('|'));
}

export const SCOPE_RULES: readonly Rule[] = [
  {
    // "only one student", "a single class", "just this school", "isolated to one account"
    source: anyOf(
      `(?:(?:only|just)[ \\t]+(?:(?:affect(?:s|ing|ed)?|impact(?:s|ing|ed)?|happen(?:s|ing)?[ \\t]+(?:to|for)|for|in)[ \\t]+)?(?:one|1|a single|this|that|the one|her|his|their|my|our)|one|1|a single|single|an individual|individual|isolated to (?:one|a|this|the|her|his)|a specific)[ \\t]+(?:specific[ \\t]+|particular[ \\t]+|individual[ \\t]+)?(?:(${PERSON})\\b${NOT_REPORTER}|(${CLASS})\\b|(${PLACE})\\b)`,
    ),
    levels: ['user', 'class', 'school'],
  },
  {
    // "the whole class", "entire school", "all of the district"
    source: anyOf(`(?:whole|entire|full|all of (?:the|her|his|their|my|our|this))[ \\t]+(?:(${CLASS})s?\\b|(${PLACE})\\b)`),
    levels: ['class', 'school'],
  },
  {
    source: anyOf('single[- ]user\\b', '(?:user|student|account|teacher)[- ]specific\\b', 'no other (?:users|students|teachers|accounts)\\b'),
    levels: ['user'],
  },
  {
    source: anyOf(
      // "every student in my 5th period biology class": a few words may name the class.
      `(?:(?:all|every|each)[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:students?|kids?|learners?|users?|pupils?)|everyone|everybody)[ \\t]+(?:in|of|from|enrolled in)[ \\t]+${OWNER}[ \\t]+(?:(?!${PLACE}\\b)[\\w'’-]+[ \\t]+){0,3}?(?:${CLASS}|course)\\b`,
      `(?:\\d{1,2}|two|three|four|five|several|multiple|a few|some|many)[ \\t]+(?:classes|classrooms|sections|periods|rosters)\\b`,
      // "all 3 of her classes": one teacher's classes
      'all[ \\t]+(?:\\d|two|three|four|five|six|seven)[ \\t]+of[ \\t]+(?:her|his|their|my|our)[ \\t]+(?:classes|sections|periods|classrooms)\\b',
      "all[ \\t]+(?:of[ \\t]+)?(?:her|his|their|my|the teacher's)[ \\t]+(?:students|kids|learners|pupils|kindergart(?:e)?ners|[\\w-]+[ \\t]+graders)\\b",
      // "only mrs. patel's 2nd period algebra section", "just her 3rd period class"
      // (the words between are the class's own: "just my first week in class" is a time, not a class)
      `(?:only|just)[ \\t]+(?:(?:in|for)[ \\t]+)?(?:(?:mrs?|ms|mr|dr)\\.?[ \\t]+)?(?:her|his|their|my|our|(?!(?:today|yesterday|tomorrow|tonight)['’]s)[\\w-]+['’]s)[ \\t]+(?:(?!(?:${PLACE}|${LITTLE_WORD})\\b)[\\w-]+[ \\t]+){0,3}?(?:${CLASS})\\b`,
      '(?:my|her|his|their|the|one|a|this)[ \\t]+(?:\\d(?:st|nd|rd|th)[ \\t]+)?(?:period|class|section|homeroom|block)[ \\t]+(?:students|kids|learners|pupils)\\b',
      'class[- ]?wide\\b',
      '(?:period|section|class|homeroom|block)[ \\t]+(?:\\d{1,2}|[a-h])[ \\t]+only\\b',
      'only[ \\t]+(?:in[ \\t]+)?(?:period|section|class|homeroom|block)[ \\t]+(?:\\d{1,2}|[a-h])\\b',
    ),
    levels: ['class'],
  },
  {
    source: anyOf(
      '(?:school|building|campus|district)[- ]?wide\\b',
      `(?:all|every|each)[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:teachers?|students?|users?|staff|classes|classrooms|educators|admins|kids|sections|grades|${PERSON})[ \\t]+(?:at|in|across|from|for|of)[ \\t]+(?:(?:the|this|that|our|their|his|her|a|one)[ \\t]+)?${PLACE}\\b`,
      'all[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:[\\w-]+[ \\t]+){0,2}?(?:teachers|staff|educators|students|classes)[ \\t]+at\\b',
      'every[ \\t]+teacher[ \\t]+at\\b',
      // "every student at maple valley middle school": a school's name ends with a word for a school.
      // No little words in the name ("each teacher at the start of the school year"), and not the
      // school's year or day.
      `(?:all|every|each)[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:teachers?|students?|users?|staff|kids|educators|learners)[ \\t]+(?:at|across|from)[ \\t]+(?:(?!(?:${CLASS}|${LITTLE_WORD}|grade|room|her|his|my|their|different|another|other)\\b)[\\w.'’-]+[ \\t]+){1,4}?(?:school|academy|elementary|isd|usd|district)\\b(?![ \\t]+(?:year|day|week|bus|board|night|supplies))`,
      '(?:multiple|several|many|numerous|various|a few|some|\\d+)[ \\t]+(?:teachers|students|users|staff|classes|classrooms|educators|sections|grades)[ \\t]+(?:at|in|across|throughout)[ \\t]+(?:the|this|that|our|their|one|a)[ \\t]+(?:school|building|campus|district)\\b',
      `across[ \\t]+(?:the|this|that|our|their|a)[ \\t]+${PLACE}\\b`,
      `all[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:schools|campuses|buildings)[ \\t]+(?:in|within|across)[ \\t]+${OWNER}[ \\t]+district\\b`,
      `(?:no|nobody|no one|none of the)[ \\t]+(?:[\\w-]+[ \\t]+)?(?:at|in)[ \\t]+(?:the|this|our|their)[ \\t]+(?:school|building|campus|district)\\b`,
    ),
    levels: ['school'],
  },
  {
    source: anyOf(
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
    source: anyOf(
      // "una cuenta de prueba" is a test account, not who is affected.
      '((?:un|una|1|solo|sólo|solamente|únicamente)[ \\t]+(?:solo[ \\t]+|sola[ \\t]+|único[ \\t]+|única[ \\t]+)?(?:usuario|usuaria|estudiante|alumno|alumna|maestro|maestra|profesor|profesora|cuenta))\\b(?![ \\t]+(?:de[ \\t]+(?:alumno|estudiante|usuario|maestro|profesor)[ \\t]+)?(?:de[ \\t]+)?(?:prueba|demo|test))',
      '(toda la clase|todo el sal[oó]n|todo el grupo|una (?:sola )?clase|un (?:solo )?grupo|una secci[oó]n|(?:todos los|todas las)[ \\t]+(?:alumn[oa]s|estudiantes|niñ[oa]s|chic[oa]s)[ \\t]+(?:de|en)[ \\t]+(?:mi|su|la|esta|este|el)[ \\t]+(?:clase|secci[oó]n|grupo|sal[oó]n)|(?:solo|sólo|solamente|únicamente)[ \\t]+(?:(?:a|en|para)[ \\t]+)?(?:la|el|su|mi|esta|este)[ \\t]+(?:clase|secci[oó]n|grupo|sal[oó]n))\\b',
      '(toda la escuela|todo el colegio|todo el distrito|toda la instituci[oó]n|todo el campus|una (?:sola )?escuela|un (?:solo )?colegio|(?:ning[uú]n|ninguna|todos los|todas las)[ \\t]+(?:alumnos?|alumnas?|estudiantes?|usuarios?|maestros?|maestras?|profesores?|docentes?)[ \\t]+(?:del|de la|de el|en el|en la)[ \\t]+(?:colegio|escuela|distrito|instituto|campus))\\b',
      '(todos los (?:clientes|socios|distritos|usuarios)|todas las escuelas|todo el mundo|a nivel global)\\b',
    ),
    levels: ['user', 'class', 'school', 'all'],
    words: /usuari|estudiante|alumn|maestr|profesor|cuenta|clase|sal[oó]n|grupo|secci[oó]n|escuela|colegio|distrito|institu|campus|cliente|socios|mundo|nivel global/,
  },
  // Hints without a level: "several students", "a few teachers" (detectScope's last resort).
  { source: VAGUE_SOURCE, levels: [] },
];
const VAGUE_RULE = SCOPE_RULES.length - 1;

// Each rule alone: how texts of a typical size are read. The sticky ones try, in the scan of all
// rules at once, a place where an earlier rule matched first (built when first needed).
const ruleAlone = SCOPE_RULES.map((rule) => new RegExp(`${WORD_START}(?:${rule.source})`, 'g'));
const ruleAloneHere: Array<RegExp | undefined> = [];

/**
 * Every rule as one alternative of a single pattern (`allRules`): one scan of a 200 KB text costs
 * about 60% of a scan per rule. It takes V8 ~10 ms to compile, as much as scanning 1.5 MB rule by
 * rule saves, so only long texts are read this way, and it is built on the first one. Group
 * layout: the rule's own group, then its level groups.
 */
let allRules: RegExp | undefined;
const RULE_GROUP: number[] = [];
for (let k = 0, group = 1; k < SCOPE_RULES.length; k++) {
  RULE_GROUP.push(group);
  const levels = SCOPE_RULES[k]?.levels.length ?? 0;
  // A rule's capture groups are its levels, or none (scope.test.ts checks): one more would shift
  // every later rule's groups.
  group += 1 + (levels > 1 ? levels : 0);
}
const ALL_RULES_MIN_CHARS = 32_000;

export type ScopeHit = { level: ScopeLevel; index: number; phrase: string };

export type ScopeScan = {
  /** Stated phrases: the first three of each level, in text order. */
  hits: Map<ScopeLevel, ScopeHit[]>;
  /** The first hint without a level ("several students") that is not negated, when asked for. */
  vague: { index: number; phrase: string } | null;
};

/** The rule's level in a match whose group `base` is the rule's whole phrase. */
function levelOf(rule: Rule, m: RegExpExecArray, base: number): ScopeLevel | undefined {
  if (rule.levels.length === 1) return rule.levels[0];
  for (let g = 1; g <= rule.levels.length; g++) if (m[base + g] !== undefined) return rule.levels[g - 1];
  return undefined;
}

/**
 * Stated (not negated, not asked) scope phrases in lower-case text: the first three of each level,
 * in text order. Levels narrower than `atLeast` are not looked for. Both ways of reading find the
 * same: in the scan of all rules, each rule resumes after its own last phrase, as alone it would.
 */
export function scanScope(lower: string, atLeast: ScopeLevel | null = null, withVague = false): ScopeScan {
  const floor = atLeast === null ? 0 : SCOPE_ORDER.indexOf(atLeast);
  const hits = new Map<ScopeLevel, ScopeHit[]>();
  let vague: ScopeScan['vague'] = null;
  const wanted = SCOPE_RULES.map((rule) => rule.levels.filter((l) => SCOPE_ORDER.indexOf(l) >= floor));
  const counts = SCOPE_RULES.map(() => new Map<ScopeLevel, number>());
  const done = SCOPE_RULES.map((_, k) => (k === VAGUE_RULE ? !withVague : wanted[k]?.length === 0));
  const resumeAt = SCOPE_RULES.map(() => 0);

  const take = (k: number, index: number, m: RegExpExecArray, base: number): void => {
    const rule = SCOPE_RULES[k];
    const phrase = m[base] ?? '';
    if (!rule || done[k] || index < (resumeAt[k] ?? 0)) return;
    resumeAt[k] = index + phrase.length;
    if (k === VAGUE_RULE) {
      if (!isNegated(lower, index)) {
        vague = { index, phrase };
        done[k] = true;
      }
      return;
    }
    const level = levelOf(rule, m, base);
    const count = counts[k] ?? new Map<ScopeLevel, number>();
    const levels = wanted[k] ?? [];
    if (!level || !levels.includes(level) || (count.get(level) ?? 0) >= 3) return;
    if (!isAsserted(lower, index, phrase.length)) return;
    count.set(level, (count.get(level) ?? 0) + 1);
    const list = hits.get(level) ?? [];
    list.push({ level, index, phrase });
    hits.set(level, list);
    if (levels.every((l) => (count.get(l) ?? 0) >= 3)) done[k] = true;
  };

  if (lower.length < ALL_RULES_MIN_CHARS) {
    SCOPE_RULES.forEach((rule, k) => {
      if (rule.words && !rule.words.test(lower)) return;
      const re = ruleAlone[k] as RegExp;
      re.lastIndex = 0;
      for (let m = done[k] ? null : re.exec(lower); m !== null && !done[k]; m = re.exec(lower)) take(k, m.index, m, 0);
    });
  } else {
    allRules ??= new RegExp(`${WORD_START}(?:${SCOPE_RULES.map((rule) => `(${rule.source})`).join('|')})`, 'g');
    const all = allRules;
    all.lastIndex = 0;
    for (let m = all.exec(lower); m !== null && done.includes(false); m = all.exec(lower)) {
      let first = 0;
      while (first < SCOPE_RULES.length - 1 && m[RULE_GROUP[first] ?? 0] === undefined) first++;
      take(first, m.index, m, RULE_GROUP[first] ?? 0);
      // The pattern names only the first rule matching here; later ones may match here too.
      for (let k = first + 1; k < SCOPE_RULES.length; k++) {
        if (done[k] || m.index < (resumeAt[k] ?? 0)) continue;
        const here = ruleAloneHere[k] ?? new RegExp(`${WORD_START}(?:${SCOPE_RULES[k]?.source ?? '(?!)'})`, 'y');
        ruleAloneHere[k] = here;
        here.lastIndex = m.index;
        const own = here.exec(lower);
        if (own) take(k, m.index, own, 0);
      }
      // Other rules' phrases may start inside this one.
      all.lastIndex = m.index + 1;
    }
  }
  for (const list of hits.values()) list.sort((a, b) => a.index - b.index).splice(3);
  return { hits, vague };
}

/** The widest level among the hits, with its hits. */
export function widestHits(hits: Map<ScopeLevel, ScopeHit[]>): ScopeHit[] {
  for (let i = SCOPE_ORDER.length - 1; i >= 0; i--) {
    const list = hits.get(SCOPE_ORDER[i] as ScopeLevel);
    if (list && list.length > 0) return list;
  }
  return [];
}
