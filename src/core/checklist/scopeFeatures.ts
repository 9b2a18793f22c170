// What the scope model (measured, not shipped: bench/item-models.bench.ts scope) would read in a ticket: a few plain counts over what the customer
// wrote, with fixed English and Spanish word lists (textFeatures.ts), not the lexicons; and the level
// a simple rule reads from the group nouns that are quantified, counted or named by exclusion. Scope is
// told by quantifying a group ("every tablet on the cart", "todos los grupos"), counting one ("my
// entire 2nd hour (28 kids)", "two of our middle schools") or by exclusion ("only him", "solo a un
// alumno", "the other periods are fine").
import type { ScopeLevel } from '../types';
import { Break, Kind, type Tokens } from './lexicon/tokens';
import { tokensOf, type Corpus } from './source';
import { ASKS, counted, FAILURES, FirstWords, forEachCustomerWord, phraseAt, wordAt, wordSet } from './textFeatures';

export const SCOPE_FEATURES = ['quantified', 'countedGroups', 'exclusive', 'othersFine', 'groupNouns', 'unknown', 'failures', 'asks', 'questions', 'words'] as const;

export type ScopeFeature = (typeof SCOPE_FEATURES)[number];
export type ScopeFeatures = Record<ScopeFeature, number>;

// Group nouns by the level they name (English, Spanish, as the lists spell words: no accents). People
// named one by one are a user; a class's people or devices, a class; a grade, a building, a school's
// staff or families, a school; other customers, all. A grade counts only next to its number ("4th
// grade", "grades 3-5"): alone, "grades" are marks.
const LEVEL_NOUNS: ReadonlyArray<[ScopeLevel, ReadonlySet<string>]> = [
  ['user', wordSet('student kid child son daughter teacher parent user account guardian alumno alumna hijo hija nino nina maestro maestra estudiante usuario cuenta')],
  ['class', wordSet('class classes section sections period periods homeroom cart roster students kids children chromebooks ipads tablets devices laptops grupo grupos clase clases salon seccion secciones curso alumnos alumnas estudiantes ninos tabletas computadoras')],
  ['school', wordSet('school campus campuses building buildings district teachers families parents staff homerooms graders kindergarten kinder schools sites centers elementaries escuela escuelas colegio plantel distrito maestros maestras profesores docentes familias papas padres centros')],
  ['all', wordSet('partners customers districts tenants clients platform clientes distritos')],
];
// A class's people: one of them is one user ("one of my students").
const PEOPLE = wordSet('students kids children alumnos alumnas estudiantes ninos');
const GRADE_NOUNS = wordSet('grade grades grado grados');
// "2nd hour" is a period ("an hour later" is not).
const HOUR_NOUNS = wordSet('hour hora');
// Who alone has it, after "only" or "just": "only him", "just me", "solo a ella".
const PRONOUNS = wordSet('me myself him her ella');
// Words that quantify the group after them ("all of my sections", "every tablet on the cart").
const QUANTIFIERS = wordSet('all every entire whole each any both none todos todas todo toda cada ambos ningun ninguno ninguna');
const QUANTIFIER_REACH = 5;
const COUNT_WORDS = wordSet('one two three four five six seven eight nine ten twelve fifteen twenty thirty dos tres cuatro cinco seis siete ocho nueve diez veinte treinta');
const ONE = wordSet('one single un una uno 1');
const COUNT_REACH = 4;
// Exclusion: "only him", "just my 3rd period", "solo a un alumno", "except the two at Piney Woods".
const EXCLUSIVE = wordSet('only just solo solamente unicamente except excepto salvo');
const EXCLUSIVE_REACH = 4;
const OTHERS = wordSet('other others rest resto demas otros otras');
const FINE = wordSet('fine ok okay normally normal correctly bien correctamente');
// Scope is who a fault reaches: what went wrong, and what is asked of support instead (a request or a
// question reaches nobody).
const FAULT_WORDS = new FirstWords([FAILURES, ASKS].flatMap((table) => [...table.keys()]));
// Not knowing who else has it: "not sure", "he wasn't sure", "I don't know if others do", "no sé".
const UNKNOWN_WORDS = wordSet('unknown unsure idk');
const NOT_SURE = wordSet("sure know knows knew idea certain se sabe sabemos saben");
const NEGATIONS = wordSet("not no wasn't isn't aren't weren't don't doesn't didn't dont doesnt didnt");

const kindAt = (tokens: Tokens, v: number): number => (v >= 0 && v < tokens.words.length ? (tokens.kinds[v] ?? 0) : 0);

function levelOfNoun(tokens: Tokens, w: number): ScopeLevel | null {
  const word = wordAt(tokens, w);
  if (GRADE_NOUNS.has(word)) return ((kindAt(tokens, w - 1) | kindAt(tokens, w + 1)) & (Kind.Number | Kind.Ordinal)) !== 0 ? 'school' : null;
  if (HOUR_NOUNS.has(word)) return (kindAt(tokens, w - 1) & Kind.Ordinal) !== 0 ? 'class' : null;
  for (const [level, nouns] of LEVEL_NOUNS) if (nouns.has(word)) return level;
  return null;
}

/** The group nouns within `reach` words after w in its sentence, with their levels (pronouns too, after an exclusion). */
function nounsAfter(tokens: Tokens, w: number, reach: number, pronouns = false): Array<{ at: number; level: ScopeLevel }> {
  const nouns: Array<{ at: number; level: ScopeLevel }> = [];
  for (let v = w + 1; v < tokens.words.length && v - w <= reach && tokens.breaks[v] !== Break.Sentence; v++) {
    const level = pronouns && PRONOUNS.has(wordAt(tokens, v)) ? 'user' : levelOfNoun(tokens, v);
    if (level) nouns.push({ at: v, level });
  }
  return nouns;
}

const ORDER: readonly ScopeLevel[] = ['user', 'class', 'school', 'all'];
const wider = (a: ScopeLevel | null, b: ScopeLevel): ScopeLevel => (a === null || ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);
const narrower = (a: ScopeLevel | null, b: ScopeLevel): ScopeLevel => (a === null || ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a);

// The words it reads (its counts are capped at what the dev tickets reached, which are under 400 words).
const MAX_WORDS = 2000;

export type ScopeReading = {
  features: ScopeFeatures;
  /** The sentence stating the scope most plainly; the level the stated groups give (null: none). */
  sentence: { where: string; text: string } | null;
  level: ScopeLevel | null;
};

// A sentence's score: 2 per group quantified or named by exclusion, 1 per group counted, 1 for others
// said fine. The level: the narrowest group named by exclusion ("only my 3rd period"), else the
// widest group quantified or counted ("all of my 5 sections", "every homeroom"), over the whole text,
// as scope.ts reads it (the widest level stated wins, "only" keeps it narrow).
type Sentence = { score: number; where: string; from: number; to: number; exclusive: ScopeLevel | null; stated: ScopeLevel | null };

export function readForScope(corpus: Corpus): ScopeReading {
  const tokens = tokensOf(corpus);
  const n = { quantified: 0, countedGroups: 0, exclusive: 0, othersFine: 0, groupNouns: 0, unknown: 0, failures: 0, asks: 0, words: 0 };
  let sentences = 0;
  let asked = 0;
  let best: Sentence | null = null;
  let current: Sentence | null = null;
  let sentence = -1;
  const overall: { exclusive: ScopeLevel | null; stated: ScopeLevel | null } = { exclusive: null, stated: null };
  let others = false;
  let fine = false;
  const close = (s: Sentence | null): void => {
    if (!s) return;
    if (others && fine) {
      n.othersFine++;
      s.score++;
    }
    if ((s.exclusive ?? s.stated) !== null && (!best || s.score > best.score)) best = s;
    if (s.exclusive) overall.exclusive = narrower(overall.exclusive, s.exclusive);
    if (s.stated) overall.stated = wider(overall.stated, s.stated);
  };
  forEachCustomerWord(corpus, MAX_WORDS, (w, source) => {
    n.words++;
    if (tokens.sentenceOf[w] !== sentence || !current) {
      close(current);
      sentence = tokens.sentenceOf[w] as number;
      current = { score: 0, where: source.where, from: tokens.starts[w] as number, to: 0, exclusive: null, stated: null };
      others = fine = false;
      sentences++;
      if (tokens.asked[sentence]) asked++;
    }
    current.to = tokens.ends[w] as number;
    // An asked sentence states no scope ("is it the whole class?").
    if (tokens.asked[sentence]) return;
    const word = wordAt(tokens, w);
    if (FAULT_WORDS.mayBeAt(tokens, w)) {
      if (phraseAt(tokens, w, word, FAILURES) > 0) n.failures++;
      else if (phraseAt(tokens, w, word, ASKS) > 0) n.asks++;
    }
    if (levelOfNoun(tokens, w)) n.groupNouns++;
    if (UNKNOWN_WORDS.has(word) || (NOT_SURE.has(word) && w > 0 && tokens.breaks[w] === Break.None && NEGATIONS.has(wordAt(tokens, w - 1)))) n.unknown++;
    if (OTHERS.has(word)) others = true;
    if (FINE.has(word) || (word === 'sin' && wordAt(tokens, w + 1) === 'problema')) fine = true;
    if (QUANTIFIERS.has(word)) {
      const nouns = nounsAfter(tokens, w, QUANTIFIER_REACH);
      if (nouns.length > 0) {
        n.quantified++;
        current.score += 2;
        for (const { level } of nouns) current.stated = wider(current.stated, level === 'user' ? 'class' : level);
      }
    } else if (EXCLUSIVE.has(word)) {
      const nouns = nounsAfter(tokens, w, EXCLUSIVE_REACH, true);
      if (nouns.length > 0) {
        n.exclusive++;
        current.score += 2;
        // "only one of my students": one of them.
        const { at, level } = nouns[0] as { at: number; level: ScopeLevel };
        const one = PEOPLE.has(wordAt(tokens, at)) && ONE.has(wordAt(tokens, w + 1));
        current.exclusive = narrower(current.exclusive, one ? 'user' : level);
      }
    } else if (((tokens.kinds[w] ?? 0) & Kind.Number) !== 0 || COUNT_WORDS.has(word) || ONE.has(word)) {
      const nouns = nounsAfter(tokens, w, COUNT_REACH);
      if (nouns.length > 0) {
        n.countedGroups++;
        current.score++;
        // "one of my students", "one class": one of them; "28 kids", "two schools": the group they make up.
        const { at, level } = nouns[0] as { at: number; level: ScopeLevel };
        const one = ONE.has(word) ? (PEOPLE.has(wordAt(tokens, at)) ? 'user' : level) : null;
        current.stated = wider(current.stated, one ?? (level === 'user' ? 'class' : level));
      }
    }
  });
  close(current);
  const chosen = best as Sentence | null;
  return {
    features: {
      quantified: counted(n.quantified),
      countedGroups: counted(n.countedGroups),
      exclusive: counted(n.exclusive),
      othersFine: counted(n.othersFine),
      groupNouns: counted(n.groupNouns),
      unknown: counted(n.unknown),
      failures: counted(n.failures),
      asks: counted(n.asks),
      questions: sentences === 0 ? 0 : asked / sentences,
      words: counted(n.words),
    },
    sentence: chosen ? { where: chosen.where, text: tokens.text.slice(chosen.from, chosen.to) } : null,
    level: overall.exclusive ?? overall.stated,
  };
}

export function scopeFeatures(corpus: Corpus): ScopeFeatures {
  return readForScope(corpus).features;
}
