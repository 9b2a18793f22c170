// Scope: how far the problem reaches. Levels, narrowest to widest: one user, one class, a school
// (one customer: a whole district counts as a school), all (several customers or the platform).
// The widest level stated wins, since engineering sizes the response by the blast radius; "the
// others are fine" keeps it narrow, and "not sure how many" means nobody knows yet.
import type { ScopeLevel } from '../types';
import { Finding } from './finding';
import { LEXICONS, matchAll, NEGATORS, SCOPE_QUANTIFIERS, type ScopeValue } from './lexicon';
import { Break, Kind, sentenceEnd, sentenceStart, spanText, tokenize, type Tokens } from './lexicon/tokens';
import { sectionValue } from './sections';
import { matchesOf, sourceAt, tokensOf, type Corpus, type Source } from './source';
import type { PhraseMatch } from './lexicon/phrases';
import { isPlaceholder } from './placeholders';
import { isAskedAt, isAskedWhetherAt, isGroupNegatedAt, isHypotheticalAt, surface } from './tokenContext';
import { isSupportReply } from './signature';
import { isAgentTurn, isAgentTurnAt, lineHeadAt, TURN_TEXT } from './turns';
import { withoutAccents } from './text';

export const SCOPE_ORDER: readonly ScopeLevel[] = ['user', 'class', 'school', 'all'];

export function widest(a: ScopeLevel | null, b: ScopeLevel | null): ScopeLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return SCOPE_ORDER.indexOf(a) >= SCOPE_ORDER.indexOf(b) ? a : b;
}

function narrowest(a: ScopeLevel | null, b: ScopeLevel | null): ScopeLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return SCOPE_ORDER.indexOf(a) <= SCOPE_ORDER.indexOf(b) ? a : b;
}

/** `extent`: the phrase counts or quantifies its group ("all nine of our campuses", "every student"). */
// `beyond`: not knowing only about other customers ("Not sure about other districts"), which leaves what the customer
// said of its own.
type Hit = { value: ScopeValue; start: number; end: number; extent?: boolean; beyond?: boolean };

const FINE: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.scope.fine));
const FINE_AFTER: ReadonlySet<string> = new Set(LEXICONS.flatMap((l) => l.scope.fineAfter));
// "sin problema", "without issues": the fine word may stand behind one of these.
const FINE_REACH = 4;
const NARROWER: Partial<Record<ScopeLevel, Exclude<ScopeLevel, 'all'>>> = { class: 'user', school: 'class', all: 'school' };

// A vague group counted: "hundreds of students", "Some students, about 25 of them", "(at least 6)", "como 15",
// "across several classes"; not any number in its sentence (a room, a time, a date).
const MANY: ReadonlySet<string> = new Set(['hundreds', 'dozens', 'thousands', 'cientos', 'decenas', 'miles']);
const ABOUT: ReadonlySet<string> = new Set(['about', 'around', 'approximately', 'roughly', 'maybe', 'least', 'como', 'unos', 'unas', 'aproximadamente', 'casi', 'almost', 'nearly']);
const SEVERAL: ReadonlySet<string> = new Set(['several', 'multiple', 'different', 'many', 'varios', 'varias', 'distintos', 'diferentes']);
const GROUPS: ReadonlySet<string> = new Set(['classes', 'sections', 'periods', 'clases', 'grupos', 'secciones']);
const COUNT_REACH = 6;

/** A count given with the group (its own number, or one just after it said as about so many), not only a quantifier ("some kids"). */
function countsPeople(tokens: Tokens, hit: Hit): boolean {
  const end = Math.min(sentenceEnd(tokens, hit.start), hit.end + COUNT_REACH);
  for (let w = hit.start; w < end; w++) {
    const word = surface(tokens, w);
    if (MANY.has(word) || (GROUPS.has(word) && SEVERAL.has(surface(tokens, w - 1)))) return true;
    if (((tokens.kinds[w] as number) & Kind.Number) === 0) continue;
    if (w < hit.end || ABOUT.has(surface(tokens, w - 1)) || gapAfter(tokens, w - 1) === '(' || (surface(tokens, w + 1) === 'of' && surface(tokens, w + 2) === 'them')) return true;
  }
  return false;
}
const gapAfter = (tokens: Tokens, w: number): string => tokens.text.slice((tokens.ends[w] ?? 0), (tokens.starts[w + 1] ?? 0)).trim();

/** A group counted or quantified ("every one of my 6 sections"), not only named ("my daughter"). */
function saysExtent(tokens: Tokens, start: number, end: number): boolean {
  for (let w = start; w < end; w++) if (SCOPE_QUANTIFIERS.has(tokens.words[w] as string) || ((tokens.kinds[w] as number) & Kind.Number) !== 0) return true;
  return false;
}

/** A group said to be fine right after it is named ("the whole class got in fine"): the others. */
function saidFine(tokens: Tokens, end: number): boolean {
  for (let w = end; w < tokens.words.length && w - end < FINE_REACH; w++) {
    if (tokens.breaks[w] !== Break.None) return false;
    // A fine word may be two ("sin problema": "el problema" alone is not fine).
    const word = tokens.words[w] as string;
    if (FINE.has(word) || FINE_AFTER.has(word) || (w > end && isFinePair(tokens, w))) return !wasFineUntil(tokens, w);
  }
  return false;
}

// "The whole class was working fine until Tuesday's update": how it was, not the others.
const UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'til', 'before', 'hasta']);
const wasFineUntil = (tokens: Tokens, w: number): boolean => UNTIL.has(surface(tokens, w + 1)) || UNTIL.has(surface(tokens, w + 2));

// Folded, "sí pueden" (they can) is "si pueden" (if they can) after these: "no sé si pueden entrar".
const ASKS_IF: ReadonlySet<string> = new Set(['se', 'sabe', 'sabemos', 'saben', 'saber', 'pregunto', 'pregunta', 'preguntar', 'ver', 'idea', 'seguro', 'segura', 'claro', 'avisenme', 'aviseme', 'avisen', 'digan', 'diganme', 'dime']);

/**
 * A fine word anywhere in the sentence: "logged in fine as test users on two other tenants" (not "not
 * correct"); not when, between the others named at `from`..`to` and it, they are said to have it too
 * ("my colleagues get the same error, even though our wifi is fine").
 */
function sentenceSaysFine(tokens: Tokens, from: number, to = from): boolean {
  const end = sentenceEnd(tokens, from);
  const start = sentenceStart(tokens, from);
  let too = false;
  for (let w = start; w < end; w++) {
    const word = tokens.words[w] as string;
    if (w >= to && saysToo(tokens, w)) too = true;
    if (too) continue;
    if ((FINE.has(word) ? !(w > start && NEGATORS.has(tokens.words[w - 1] as string)) : w > start && isFinePair(tokens, w)) && !wasFineUntil(tokens, w)) return true;
  }
  return false;
}

/** A two- or three-word fine entry ending at w ("sí pueden", "sin problema"), not an "if" ("no sé si pueden", "avísenme si pueden"). */
function isFinePair(tokens: Tokens, w: number): boolean {
  // Or three ("without a problem").
  if (w > 1 && FINE.has(`${tokens.words[w - 2]} ${tokens.words[w - 1]} ${tokens.words[w]}`)) return !negatedBefore(tokens, w - 2);
  // Not negated ("a los demás no les funciona"; but "sus compañeros no, sin problemas" answers no first), nor
  // "les funciona mal", "no sé si les funciona".
  if (!FINE.has(`${tokens.words[w - 1]} ${tokens.words[w]}`) || negatedBefore(tokens, w - 1)) return false;
  if (tokens.words[w - 1] === 'si') return !ASKS_IF.has(tokens.words[w - 2] as string);
  if (tokens.words[w] !== 'funciona' && tokens.words[w] !== 'funciono') return true;
  // "no sé si les funciona" asks (the unaccented "si"; "sí les funciona" says they can).
  const ifBefore = rawWord(tokens, w - 2) === 'si';
  // (Within its sentence: "les funciona, pero a medias"; not "les funciona. Solo él".)
  const after = w + 1 < tokens.words.length && tokens.breaks[w + 1] !== Break.Sentence ? surface(tokens, w + 1) : '';
  const partTime = (a: number): boolean => surface(tokens, a) === 'a' && PART_TIME.has(surface(tokens, a + 1));
  return !ifBefore && !NOT_FINE_AFTER.has(after) && !partTime(w + 1) && !((after === 'solo' || after === 'solamente') && partTime(w + 2));
}

// "les funciona mal / igual de mal / lento / pero a medias / solo a veces": working badly, or now and then.
const NOT_FINE_AFTER: ReadonlySet<string> = new Set(['mal', 'igual', 'lento', 'tampoco', 'peor', 'raro', 'pero', 'medio', 'casi']);
const PART_TIME: ReadonlySet<string> = new Set(['medias', 'veces', 'ratos']);
/** A word as written, lower-cased, accents kept ("sí" is not "si"). */
const rawWord = (tokens: Tokens, w: number): string => (w < 0 ? '' : spanText(tokens, w, w + 1).toLowerCase());

/** A negator right before word w, in its clause. */
const negatedBefore = (tokens: Tokens, w: number): boolean => w > 0 && tokens.breaks[w] === Break.None && NEGATORS.has(surface(tokens, w - 1));

const TOO: ReadonlySet<string> = new Set(['same', 'too', 'also', 'either', 'mismo', 'misma', 'tambien', 'tampoco']);
const SAME_THING: ReadonlySet<string> = new Set(['error', 'errors', 'problem', 'issue', 'thing', 'message', 'screen', 'result', 'bug', 'problema', 'mensaje', 'pantalla']);

/** "too", "also", "tampoco", or "the same error": the others have it too ("the same shard" is no such thing). */
function saysToo(tokens: Tokens, w: number): boolean {
  const word = tokens.words[w] as string;
  if (!TOO.has(word)) return false;
  if (word !== 'same' && word !== 'mismo' && word !== 'misma') return true;
  return SAME_THING.has(tokens.words[w + 1] as string) || SAME_THING.has(tokens.words[w + 2] as string);
}

const CLASS_WORDS: ReadonlySet<string> = new Set(['periods', 'sections', 'classes', 'classrooms', 'homerooms', 'grupos', 'clases', 'secciones', 'salones']);
const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'otros']);
const PLACE_WORDS: ReadonlySet<string> = new Set(['school', 'building', 'campus', 'district', 'escuela', 'colegio', 'plantel', 'distrito']);
const BEYOND_REACH = 8;

/** Later in the clause, the others are placed beyond one class: "in my other periods", "de la escuela". */
function beyondTheClass(tokens: Tokens, end: number): boolean {
  for (let w = end; w < tokens.words.length && w - end < BEYOND_REACH; w++) {
    if (w > end && tokens.breaks[w] !== Break.None) return false;
    const word = surface(tokens, w);
    if (PLACE_WORDS.has(word) || (CLASS_WORDS.has(word) && OTHER_WORDS.has(surface(tokens, w - 1)))) return true;
  }
  return false;
}

/** Earlier in the sentence, the others are said to have it too: "the same error as the rest of the class". */
function hasItTooBefore(tokens: Tokens, start: number): boolean {
  for (let w = sentenceStart(tokens, start); w < start; w++) if (saysToo(tokens, w)) return true;
  return false;
}

/** How far after the others are named a "too" still says they have it. */
const TOO_REACH = 8;

/** The others named just before have the problem too ("other schools see the same"). */
function saidToo(tokens: Tokens, end: number): boolean {
  for (let w = end; w < tokens.words.length && w - end < TOO_REACH; w++) {
    if (tokens.breaks[w] === Break.Sentence) return false;
    if (TOO.has(tokens.words[w] as string)) return true;
  }
  return false;
}

const HAVING: ReadonlySet<string> = new Set(['have', 'has', "i've", 'ive', 'with']);
// "Grade 4 students", "K-5 students", "groups of 4 students", "all but 3 students", "only 2 students
// turned it in": the number names a grade, a size or the ones without the problem.
const NOT_WHO_BEFORE: ReadonlySet<string> = new Set(['grade', 'grades', 'year', 'years', 'k', 'of', 'but', 'than', 'only', 'just', 'per', 'least', 'to', 'block', 'group', 'period', 'room', 'team', 'table']);
const NOT_WHO_AFTER: ReadonlySet<string> = new Set(['per', 'each', 'at', 'as']);
// "3 students affected so far", "two students said ..., I haven't asked the others yet": a count that is not the last word.
const COUNT_SO_FAR = /\b(?:so far|yet|for now|as examples?|for example|e\.g\.)\b/i;

/** "3 students get ...": a handful counted who have it (not a parent's "I have two kids"). */
function countsWhoHasIt(tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean {
  const before = m.start > 0 && tokens.breaks[m.start] !== Break.Sentence ? (tokens.words[m.start - 1] as string) : '';
  if (HAVING.has(before) || NOT_WHO_BEFORE.has(before) || /^\d/.test(before)) return false;
  if (COUNT_SO_FAR.test(tokens.text.slice(tokens.starts[sentenceStart(tokens, m.start)] ?? 0, tokens.ends[sentenceEnd(tokens, m.start) - 1] ?? 0))) return false;
  return !NOT_WHO_AFTER.has(tokens.words[m.end] ?? '');
}

// Who a count is not: "all except ...", "everyone but not ...".
const EXCEPT = /\b(?:except|besides|but not|aside from|excepto|menos)\b/i;

// "two of my students", "three of my kids": two or three of one's own pupils are users (their class is
// where they are); "four of my students", "all 25 of my students" are the class (the shared corpus says so).
const OWN_PUPILS_COUNTED = '{count} of {owner} *2 {pupil}';
const HANDFUL: ReadonlySet<string> = new Set(['two', 'three', '2', '3', 'dos', 'tres']);
// ... who have it, not the rest ("all but two of my students", "except three of my kids", "only two of
// my students can"), nor whom one asked or grouped ("I asked two of my students to try").
const TOLD: ReadonlySet<string> = new Set(['asked', 'had', 'told', 'grouped', 'let', 'made', 'got', 'sent', 'paired', 'moved']);
const handfulOfOwn = (tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean =>
  m.phrase === OWN_PUPILS_COUNTED &&
  HANDFUL.has(surface(tokens, m.start)) &&
  !['all', ...TOLD].includes(surface(tokens, m.start - 1)) &&
  countsWhoHasIt(tokens, m) &&
  !EXCEPT.test(spanText(tokens, sentenceStart(tokens, m.start), sentenceEnd(tokens, m.start)));

// (A number's full stop is no break to the tokenizer, "unit 3. Students": a capital after it is.)
const spansSentences = (tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean => {
  for (let w = m.start + 1; w < m.end; w++) {
    if (tokens.breaks[w] === Break.Sentence) return true;
    const gap = tokens.text.slice(tokens.ends[w - 1] ?? 0, tokens.starts[w] ?? 0);
    const number = /^\d+$/.test(tokens.text.slice(tokens.starts[w - 1] ?? 0, tokens.ends[w - 1] ?? 0));
    if (number && /[.!?]\s/.test(gap) && /^\p{Lu}/u.test(tokens.text.slice(tokens.starts[w] ?? 0))) return true;
  }
  return false;
};

const HEARING_BACK = /\b(?:hear|heard|hearing)\s+back\s+from\s+(?:(?:the|my|our)\s+)?$/i;

const MENTIONS_AGENT = /agente?\b/i;
const AGENT_SPEAKER = /^\s*(?:[[(][^)\]\n]{1,20}[)\]]\s*)?[^:\n]*\bagente?\b/i;
/** Whether the text at `at` is in a turn of a speaker called an agent. */
function isAgentChatTurn(text: string, at: number): boolean {
  const head = lineHeadAt(text, at);
  return head !== null && AGENT_SPEAKER.test(head) && isAgentTurn(head);
}

// Counts a phrase may close on: "only these 5", "solo esos tres".
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dos', 'tres', 'cuatro', 'cinco', 'seis']);
// What may follow such a count and leave it people: "just these three as far as I can tell", "just these 3 new ones".
const AFTER_PEOPLE_COUNT: ReadonlySet<string> = new Set(['as', 'so', 'new', 'ones', 'now', 'today', 'yesterday', 'right', 'that', 'who', 'afaik', 'nomas']);
// Who a bare count may count, named around it.
const PEOPLE = /^(?:students?|kids?|users?|accounts?|teachers?|tchrs?|families|family|parents?|children|child|learners?|graders?|seniors?|juniors?|athletes?|players?|affected|sids?|ids?|usernames?|logins?|alumn[oa]s?|estudiantes?|ni[nñ][oa]s|maestr[oa]s|familias|cuentas|padres|jugadores|afectad[oa]s|everyone|everybody|nobody|else)$/;
// How far back people named still make the count theirs (and up to the end of the next sentence).
const PEOPLE_REACH = 60;

/**
 * "only these 5" counts people when people are named around it ("the other 41 teachers", "the other 209
 * alumnos") and nothing but a few words of how sure follow the count in its clause; else it counts what
 * was named before it ("Questions 4, 7 and 9 ... Only these 3", "just those two chromebooks").
 */
function countsThings(tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean {
  if (m.value.kind !== 'only') return false;
  const last = m.end - 1;
  if (((tokens.kinds[last] ?? 0) & Kind.Number) === 0 && !COUNT_WORDS.has(tokens.words[last] as string)) return false;
  const stops = m.end >= tokens.words.length || tokens.breaks[m.end] !== Break.None || AFTER_PEOPLE_COUNT.has(tokens.words[m.end] as string);
  // (A stop the tokenizer does not read as a break still ends it: "Only these 3. the other 24 ..." lower-cased.)
  if (!stops && !STOP_AFTER.test(tokens.text.slice(tokens.ends[last] ?? 0, (tokens.ends[last] ?? 0) + 3))) return true;
  // A form's answer opening on it: "How many users?: Only these 3."
  if (m.start <= 1) return false;
  const own = sentenceEnd(tokens, m.start);
  const end = own < tokens.words.length ? sentenceEnd(tokens, own) : own;
  for (let w = Math.max(0, m.start - PEOPLE_REACH); w < end; w++) if (PEOPLE.test(tokens.words[w] as string)) return false;
  return true;
}
const STOP_AFTER = /^\s*[.,;:!?)\-–—]/;

// "I assigned the Unit 5 Test to the whole class yesterday": whom it was given to, not who has the problem.
// (Not a message sent to them: "I sent the reminder to my homeroom parents" names who should have got it.)
const GIVING: ReadonlySet<string> = new Set(['assigned', 'assign', 'posted', 'published', 'released', 'asigné', 'asigne', 'publiqué', 'publique']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'her', 'his', 'their', 'el', 'la', 'los', 'las', 'mi', 'mis', 'su', 'sus']);
const GIVEN_REACH = 6;
function givenTo(tokens: Tokens, start: number): boolean {
  let at = start - 1;
  if (DETERMINERS.has(surface(tokens, at))) at--;
  const to = surface(tokens, at);
  if (to !== 'to' && to !== 'a') return false;
  for (let w = at - 1; w >= 0 && at - w <= GIVEN_REACH; w--) {
    if (GIVING.has(surface(tokens, w))) return true;
    if (tokens.sentenceOf[w] !== tokens.sentenceOf[at]) return false;
  }
  return false;
}

// "I'm home sick today so it's just me checking grades": who is looking, not who has the problem
// (not "no just me here", "only me trying to post grades").
const LOOKING: ReadonlySet<string> = new Set(['checking', 'testing', 'looking']);
const whoIsLooking = (tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean =>
  m.value.kind === 'only' && surface(tokens, m.end - 1) === 'me' && LOOKING.has(surface(tokens, m.end)) && tokens.breaks[m.end] === Break.None;

// "Office has just his family's old email on file": the family's, not the family.
// ("only this one family's account" is that one user.)
const FAMILY_THINGS: ReadonlySet<string> = new Set(['email', 'address', 'phone', 'number', 'contact', 'emergency', 'name', 'info', 'information', 'file', 'record', 'records']);
const possessive = (tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean =>
  surface(tokens, m.end - 1) === 'family' &&
  /['’]s?$/.test(tokens.text.slice(tokens.starts[m.end - 1] ?? 0, tokens.ends[m.end - 1] ?? 0)) &&
  (FAMILY_THINGS.has(surface(tokens, m.end)) || FAMILY_THINGS.has(surface(tokens, m.end + 1)));

// "Coach Reed's room only has 10 working Chromebooks": a room's closing "only" that belongs to the verb after it
// (a class's keeps it: "Ms. Hale's class only has this problem").
const ROOMS: ReadonlySet<string> = new Set(['room', 'classroom']);
const onlyOfWhatFollows = (tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean =>
  m.phrase.endsWith(' only') && ROOMS.has(surface(tokens, m.end - 2)) && m.end < tokens.words.length && tokens.breaks[m.end] === Break.None && !['affected', 'impacted', 'so', 'too'].includes(surface(tokens, m.end));

/** Stated scope phrases, without those inside a longer one ("one of my students"). */
function statedHits(tokens: Tokens, matches: ReadonlyArray<PhraseMatch<ScopeValue>>): Hit[] {
  const hits: Hit[] = [];
  // "my other periods are fine" is already read as the others: not a stated group said fine.
  const others = matches.filter((m) => m.value.kind === 'othersFine');
  // Only a text with an agent in it can hold an agent's turn: most never look for one.
  const agentTurns = matches.length > 0 && MENTIONS_AGENT.test(tokens.text);
  for (const m of matches) {
    if (isGroupNegatedAt(tokens, m.start) || isAskedAt(tokens, m.start, m.end) || isPriority(tokens, m) || isNotAGroup(tokens, m) || countsThings(tokens, m)) continue;
    // "... unit 3. Students set the temperature": a count is one phrase only within its sentence.
    if (spansSentences(tokens, m)) continue;
    // "waiting to hear back from the rest of the building": asked, no answer yet.
    if (HEARING_BACK.test(tokens.text.slice(Math.max(0, (tokens.starts[m.start] ?? 0) - 40), tokens.starts[m.start] ?? 0))) continue;
    if (givenTo(tokens, m.start) || whoIsLooking(tokens, m) || onlyOfWhatFollows(tokens, m) || possessive(tokens, m)) continue;
    if (m.value.kind !== 'unknown' && isAskedWhetherAt(tokens, m.start)) continue;
    // An agent's chat turn ("Agent (Tom): we're investigating a login issue affecting multiple customers")
    // tells what support knows, not how far the customer's problem reaches ("Attn Support: every
    // teacher ..." is the customer's).
    if (agentTurns && isAgentChatTurn(tokens.text, tokens.starts[m.start] ?? 0)) continue;
    // "I have two kids at different schools": a parent's children, not who has the problem.
    if (m.value.kind === 'few' && !countsWhoHasIt(tokens, m)) continue;
    // "My husband's app shows our son correctly": the others, fine; "my husband and I both get it": no one.
    if (m.value.kind === 'othersIfFine') {
      const classmates = m.value.classmates && !beyondTheClass(tokens, m.end) ? { classmates: true as const } : {};
      if (sentenceSaysFine(tokens, m.start, m.end) || saidFine(tokens, m.end)) hits.push({ value: { kind: 'othersFine', level: m.value.level, ...classmates }, start: m.start, end: m.end });
      continue;
    }
    const v = handfulOfOwn(tokens, m) ? ({ kind: 'few' } as const) : m.value;
    const readAsOthers = others.some((o) => o.start < m.end && m.start < o.end);
    const narrower = v.kind === 'stated' ? NARROWER[v.level] : undefined;
    // "Checked two other orgs on the same shard - submits go through fine": the others, fine.
    const fine = (!readAsOthers && saidFine(tokens, m.end)) || (m.phrase.includes('other') && sentenceSaysFine(tokens, m.start, m.end));
    let value: ScopeValue = narrower && fine ? { kind: 'othersFine', level: narrower } : v;
    // "Other schools in other districts report the same": the other customers have it too.
    if (v.kind === 'othersFine' && v.level === 'school' && saidToo(tokens, m.end) && !sentenceSaysFine(tokens, m.start, m.end)) value = { kind: 'stated', level: 'all' };
    // "they got the same error as the rest of the class": the classmates have it too, not fine.
    // "every other student I have in my other periods is fine", "los demás alumnos de la escuela": not the student's classmates.
    if (value.kind === 'othersFine' && value.classmates && (hasItTooBefore(tokens, m.start) || beyondTheClass(tokens, m.end))) value = { kind: 'othersFine', level: value.level };
    const beyond = value.kind === 'unknown' && namesOtherCustomers(tokens, m.start, m.end + 1);
    hits.push({ value, start: m.start, end: m.end, extent: saysExtent(tokens, m.start, m.end), beyond });
  }
  const longest = hits.reduce((n, h) => Math.max(n, h.end - h.start), 0);
  // (The other customers one is not sure about are not a group said to have it: "not sure about other districts".)
  const notKnown = hits.filter((h) => h.beyond);
  const kept = hits.filter((h, i) => !insideLonger(hits, i, longest) && !notKnown.some((u) => u !== h && h.start <= u.end && u.start < h.end));
  // "one kid in my class", "a student from my 3rd period": the wider group is where the one is, not who.
  const byEnd = new Map<number, Hit[]>();
  for (const h of kept) byEnd.set(h.end, [...(byEnd.get(h.end) ?? []), h]);
  return kept.filter((h) => !(byEnd.get(h.start - 1) ?? []).some((o) => isWhereOf(tokens, o, h)));
}

// What may follow "how many" when it is people that are not known ("how many students", "how many of them").
const COUNTED_WHO: ReadonlySet<string> = new Set([
  'of', 'are', 'is', 'were', 'have', 'has', 'it', 'this', 'others', 'more', 'exactly', 'total', 'in', 'yet', 'people', 'students', 'kids', 'users', 'teachers', 'staff', 'families',
  'parents', 'children', 'classes', 'sections', 'periods', 'schools', 'campuses', 'buildings', 'accounts', 'sites', 'districts', 'customers', 'alumnos', 'estudiantes', 'maestros',
]);
const OWNERS: ReadonlySet<string> = new Set(['my', 'our']);
const LEADS_TO_PAGE: ReadonlySet<string> = new Set(['to', 'into', 'under', 'in', 'on', 'from', 'open', 'opens', 'opened', 'click', 'clicks', 'clicked', 'tab', 'page', 'the']);
/** Capital then small letters ("Classes", not "CLASSES" or "classes"). */
const titleCase = (tokens: Tokens, w: number): boolean => {
  const at = tokens.starts[w] ?? 0;
  const c = tokens.text.charCodeAt(at);
  const d = tokens.text.charCodeAt(at + 1);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122;
};
// Other customers: other districts by name or in the plural ("Riverview USD", "Old Forge SD", "two other
// tech directors"), not "the whole district", "everyone in my class".
const OTHER_CUSTOMERS = /\b(?:districts|(?:other|another|neighbou?ring)\s+(?:district|school district)|counties|county|isd|usd|cisd|sd|listserv|customers|tenants|directors)\b/i;
const OTHER_CUSTOMERS_REACH = 200;
const WORKS_ACROSS: ReadonlySet<string> = new Set(['time', 'split', 'splits', 'divide', 'divided', 'travel', 'travels', 'work', 'works', 'worked', 'teach', 'teaches', 'taught', 'rotate', 'rotates', 'float', 'floats', 'cover', 'covers', 'serve', 'serves', 'support', 'supports']);
const SERVES: ReadonlySet<string> = new Set(['for', 'support', 'supports', 'coach', 'coaches', 'train', 'trains', 'serve', 'serves', 'help', 'helps']);
const ATTENDED: ReadonlySet<string> = new Set(['estudiado', 'estudio', 'estudia', 'estudian', 'estudiaron', 'trabajado', 'trabajo', 'trabaja', 'estuvo', 'estuvieron', 'hijos', 'hijas', 'hijo', 'hija']);
const FORMER: ReadonlySet<string> = new Set(['anteriores', 'pasadas', 'pasados', 'previas', 'previos']);
const MAY_ES: ReadonlySet<string> = new Set(['pueden', 'puede', 'podian', 'podia', 'deben', 'debe']);
const MAY: ReadonlySet<string> = new Set(['can', 'could', 'has', 'knows', "hasn't", 'hasnt', 'have', 'with', 'allowed', 'able']);
const TIME_BEFORE_CLASSES: ReadonlySet<string> = new Set(['between', 'after', 'before', 'during', 'entre']);
const TERMS: ReadonlySet<string> = new Set(['semestre', 'trimestre', 'bimestre', 'cuatrimestre', 'mes', 'dia', 'día', 'parcial']);

/**
 * A phrase's words that name no group hit: a page ("go to My Classes"), not knowing how many of
 * something else ("can't tell you how many times I've reset it"), who may do a thing ("he's the only one
 * who can reset them"), "only homeroom" without a room's code ("only homeroom attendance is broken").
 */
function isNotAGroup(tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean {
  if (m.end - m.start >= 2 && OWNERS.has(surface(tokens, m.start)) && LEADS_TO_PAGE.has(surface(tokens, m.start - 1)) && titleCase(tokens, m.start) && titleCase(tokens, m.start + 1)) return true;
  const after = surface(tokens, m.end);
  // "I don't know about other teachers.", "idk about other teachers." close their clause (or goes on "or ..."); not "doesn't know about the students'
  // accommodations", "don't know about students who withdraw", "everybody else's kids".
  if (m.value.kind === 'unknown' && / about /.test(m.phrase)) return m.end < tokens.words.length && tokens.breaks[m.end] === Break.None && !OR_AND.has(after);
  if (m.value.kind === 'unknown') return surface(tokens, m.end - 1) === 'many' && tokens.breaks[m.end] === Break.None && m.end < tokens.words.length && !COUNTED_WHO.has(after);
  if (m.value.kind === 'only' && surface(tokens, m.end - 1) === 'one' && (after === 'who' || after === 'that') && MAY.has(surface(tokens, m.end + 1))) return true;
  // "it's friday night, nobody else is here": who is in the building, not who has it.
  if (m.value.kind === 'othersFine' && BEING.has(after) && PLACE_ADVERBS.has(surface(tokens, m.end + 1))) return true;
  // "it only lets me do it for just one kid at a time": how the tool works, not who has it.
  if (m.value.kind === 'only' && after === 'at' && surface(tokens, m.end + 1) === 'a' && surface(tokens, m.end + 2) === 'time') return true;
  // "there is only one section per class": a rate, not who has it ("only this kid per Ms. Lee" is who, as she says).
  if ((m.value.kind === 'only' || m.value.kind === 'stated') && after === 'per' && tokens.breaks[m.end] === Break.None && RATE_UNITS.has(surface(tokens, m.end + 1))) return true;
  // "just hers." names who; "just his 3rd period" names more than a person.
  if (m.value.kind === 'only' && m.phrase.endsWith('hers/his') && m.end < tokens.words.length && tokens.breaks[m.end] === Break.None) return true;
  // "This is not just us - two other tech directors on the listserv ...", "Riverview USD reports the same -
  // so not just them": other customers named around it, "us" closing its clause (not "not just us
  // teachers", "not just us here at Lincoln", "not just us - the other 5th grade teacher has it").
  if (m.phrase.endsWith('not just/only us/them')) {
    const at = tokens.starts[m.start] ?? 0;
    const around = tokens.text.slice(Math.max(0, at - OTHER_CUSTOMERS_REACH), (tokens.ends[m.end - 1] ?? 0) + OTHER_CUSTOMERS_REACH);
    return (m.end < tokens.words.length && tokens.breaks[m.end] === Break.None) || !OTHER_CUSTOMERS.test(around);
  }
  // "A todo el 2° semestre le pasa": a term, not a group.
  if (m.phrase.startsWith('a todo/toda [el/la] {#}') && TERMS.has(surface(tokens, m.start + (m.end - m.start) - 3))) return true;
  // "We will roll it out to all sections at Bayside next week": a plan, not who has it.
  if (m.phrase.startsWith('every/each/all [of] [the] section(s)/class(es) at') && plannedBefore(tokens, m.start)) return true;
  // Told with the fault (or as having it too), not in passing: "3 of our districts tell us rostering hasn't run",
  // "our school is the only one with this"; not "2 of our districts use Clever", "our school is the only one that
  // still uses the old gradebook", "they are also customers of yours".
  const toldWith = TOLD_WITH_THE_FAULT.get(m.phrase);
  if (toldWith) {
    // "a trainer who works in 2 of her districts": where someone works, not where it happens.
    if (m.phrase.includes('districts') && worksThere(tokens, m.start)) return true;
    const around = `${spanText(tokens, sentenceStart(tokens, m.start), m.start)} … ${spanText(tokens, m.end, sentenceEnd(tokens, m.start))}`;
    return !toldWith.fault.test(around) || (toldWith.notFine === true && SAYS_FINE.test(around));
  }
  if (m.phrase.startsWith('every/each [single] {report card') && TASK_BEFORE.test(spanText(tokens, sentenceStart(tokens, m.start), m.start))) return true;
  if (m.phrase.startsWith('for/at/in/across any of our')) {
    // The fault told in its sentence or the one before ("The roster sync has been broken since Monday. It is the same for any of our schools.").
    const sentence = sentenceStart(tokens, m.start);
    const before = spanText(tokens, sentence > 0 ? sentenceStart(tokens, sentence - 1) : sentence, m.start);
    return !FAULT_BEFORE.test(before) || NOT_A_FAULT.test(spanText(tokens, sentence, sentenceEnd(tokens, m.start)));
  }
  // "I teach every grade K-5", "we plan to roll it out to every grade K-5": a job or a plan.
  if (m.phrase === 'every grade k {#}' && (plannedBefore(tokens, m.start) || TEACHES.test(spanText(tokens, sentenceStart(tokens, m.start), m.start)))) return true;
  // "We want only this dad to receive the messages": who a setting is for, not who has it.
  if (m.phrase.startsWith('only/just this [one] dad') && requestedJustBefore(tokens, m.start)) return true;
  // "My friends can log in but they don't see the quiz either": the friends have it too.
  if (m.phrase.startsWith('my/his/her friends') && FRIENDS_TOO.test(spanText(tokens, m.end, sentenceEnd(tokens, m.end)))) return true;
  // "on my phone between classes": a time of day, not the classes it happens in.
  if (m.phrase.startsWith('{owner} *3 class') && TIME_BEFORE_CLASSES.has(surface(tokens, m.end - 2))) return true;
  // Buildings counted where someone works or was, not where it happens: "I split my time across 2
  // campuses", "the tech coach for teachers at 4 buildings", "en las 2 escuelas anteriores de mi hijo".
  if (m.phrase.startsWith('across') && WORKS_ACROSS.has(surface(tokens, m.start - 1))) return true;
  if (m.phrase.startsWith('teachers/tchrs/staff') && SERVES.has(surface(tokens, m.start - 1))) return true;
  if (m.phrase.startsWith('en las/los {cuantos}') && (FORMER.has(after) || ATTENDED.has(surface(tokens, m.start - 1)))) return true;
  // "just the two of us, we're the only ones" names who; "only the three of us admins have access", "just the
  // two of us teaching 8th grade" say who does a thing.
  if (m.phrase.endsWith('{count} of us') && m.end < tokens.words.length && tokens.breaks[m.end] === Break.None) return true;
  // "it's only Brenda's room." closes its clause; "it's just Lakeview's classroom list" names a thing.
  if (m.phrase === "{it is|its|it's} only/just {Name} room/classroom" && m.end < tokens.words.length && tokens.breaks[m.end] === Break.None) return true;
  // "Pensé que solo me pasa a mí, pero todo el grupo ...": a belief taken back (not "parece que solo me pasa a mí").
  if (m.phrase.startsWith('solo/solamente/unicamente me pasa')) return wordBeforeInClause(tokens, m.start, (w) => BELIEVED.has(withoutAccents(w)));
  // "solo con él, los otros 3 ... sí tienen el botón": the others named after it, not negated ("los demás no pueden").
  if (m.phrase.startsWith('solo/solamente/unicamente con el/ella ,')) return negatedAfter(tokens, m.end) || WORKS.has(surface(tokens, m.start - 1));
  // "Es solo él." / "es solo él; su hermana ...": "él" as written, closing its clause, not doubted ("si es solo él");
  // not "es solo el 9-1", "es solo el reporte".
  if (m.phrase === 'es solo/solamente/unicamente el') {
    const closes = m.end >= tokens.words.length || tokens.breaks[m.end] !== Break.None;
    const doubted = saidDoubtingly(tokens, m.start) || OTHERS_UNKNOWN_ES.test(spanText(tokens, m.end, sentenceEnd(tokens, m.start)));
    return !closes || rawWord(tokens, m.end - 1) !== 'él' || doubted;
  }
  // "solo es él, los demás ya lo presentaron sin problema": the others fine, or at least not said to fail.
  if (m.phrase.startsWith('solo/solamente/unicamente es el/ella ,')) return !sentenceSaysFine(tokens, m.end - 1) && negatedAfter(tokens, m.end);
  // "solo él, los demás ...", "solo yo tengo el problema.", "only I get the error.": not hedged or negated ("no
  // creo que sea solo él", "si es solo él", "maybe only I have this issue"); the problem closing its clause (not
  // "solo yo tengo el error de la imagen", "only I have the error log").
  if (m.phrase.startsWith('solo/solamente/unicamente el/yo ') || m.phrase.startsWith('solo/solamente/unicamente yo/el ') || m.phrase.startsWith('only/just I have')) {
    if (/(?:problema|error)$/.test(m.phrase) && m.end < tokens.words.length && tokens.breaks[m.end] === Break.None) return true;
    // "solo él, los demás ...": the others said fine after it ("entraron bien"; not "los demás no sé", "mis alumnos también lo ven").
    if (m.phrase.endsWith('su/mi') && !sentenceSaysFine(tokens, m.end - 1)) return true;
    return saidDoubtingly(tokens, m.start);
  }
  // "Solo estos maestros pueden editar las calificaciones": who may, not who has it.
  if (m.value.kind === 'only' && MAY_ES.has(after) && tokens.breaks[m.end] === Break.None) return true;
  // "my student Ahmed", not "my student ID", "My Student Portal".
  if (m.phrase === 'my student {Name}' && NOT_A_NAME.has(surface(tokens, m.end - 1))) return true;
  // "it's just Daniel." where the ticket names Daniel as a person; not "it's only Chrome", "it's just Lakeview".
  if (m.value.kind === 'only' && (m.phrase.startsWith('{it is|') && m.phrase.endsWith('{Name}'))) {
    const closes = m.end >= tokens.words.length || tokens.breaks[m.end] !== Break.None;
    return !closes || !namedAsAPerson(tokens.text, spanText(tokens, m.end - 1, m.end));
  }
  // "Only Aiden needs it" where the ticket names Aiden as a person; not "Only Chrome works".
  // (A possessive's name without its "'s", named as a person elsewhere than in the phrase: "Rosa Delgado ... only Rosa's
  // acct", not "only Chrome's account page".)
  if (m.value.kind === 'only' && m.phrase.startsWith('only/just {Name} ')) {
    const from = tokens.starts[m.start] ?? 0;
    const to = tokens.ends[m.end - 1] ?? from;
    const elsewhere = tokens.text.slice(0, from) + ' '.repeat(to - from) + tokens.text.slice(to);
    return !namedAsAPerson(elsewhere, spanText(tokens, m.start + 1, m.start + 2).replace(/['’]s$/, ''));
  }
  return m.value.kind === 'only' && m.phrase.endsWith('{any}') && !/\d/.test(surface(tokens, m.end - 1));
}

const OR_AND: ReadonlySet<string> = new Set(['or', 'and', 'nor']);
const IN_AT: ReadonlySet<string> = new Set(['in', 'at', 'across']);
/** Someone works there ("works in 2 of her districts", "splits my time across"), the word before or the one before "in". */
const worksThere = (tokens: Tokens, start: number): boolean =>
  WORKS_ACROSS.has(surface(tokens, start - 1)) || (IN_AT.has(surface(tokens, start - 1)) && WORKS_ACROSS.has(surface(tokens, start - 2)));
const OTHER_CUSTOMER_WORDS: ReadonlySet<string> = new Set(['district', 'districts', 'customers', 'customer', 'clients', 'partners', 'tenants', 'distritos', 'clientes']);
const namesOtherCustomers = (tokens: Tokens, from: number, to: number): boolean => {
  for (let w = from; w < to && w < tokens.words.length; w++) if (OTHER_CUSTOMER_WORDS.has(surface(tokens, w))) return true;
  return false;
};
// Before who alone has it, words that doubt or suppose it: "no creo que sea solo él", "si es solo él", "maybe only I".
const DOUBTING: ReadonlySet<string> = new Set(['creo', 'creemos', 'creia', 'creiamos', 'crei', 'pense', 'pensaba', 'pensamos', 'dudo', 'dudamos', 'tal', 'quizas', 'quiza', 'si', 'supongo', 'parece', 'parecer', 'ojala', 'sea', 'maybe', 'perhaps', 'doubt', 'if', 'whether', 'thought', 'think', 'sure', 'seems', 'seem', 'guess', 'probably', 'like']);
const DOUBT_REACH = 4;
// "es solo él, los demás no sé": who else has it is not known.
// (No \b after an accented letter: it is not a word character to a non-Unicode pattern.)
const OTHERS_UNKNOWN_ES = /\bno\s+(?:s[eé]|sabemos|sabe|estoy\s+segur[oa])(?![a-z])|\b(?:quiz[aá]s?|tal\s+vez)(?![a-z])/i;
// Having it, or having it too: "our school is the only one with this", "Lakeview ISD (also a customer of yours) sees the same".
const HAS_IT =
  /\b(?:won'?t|can'?t|cannot|isn'?t|aren'?t|doesn'?t|didn'?t|hasn'?t|haven'?t|not|nothing|no\s+one|nobody|unable|fails?|failing|failed|broken|down|errors?|stopped|same|too|also|either|with\s+(?:this|that|it)|having|seeing|tampoco|tambi[eé]n|mismo|falla|no\s+(?:les?\s+)?(?:carga|funciona|abre|entra|sirve))\b/i;
// A fault itself (not "aren't live yet", "are also on the beta", "haven't renewed"): some of a partner's districts.
const A_FAULT =
  /\b(?:can'?t|cannot|won'?t|not\s+(?:working|loading|syncing)|hasn'?t\s+(?:run|synced|worked|loaded|updated|come)|stopped|fail\w*|broken|down|errors?|erroring|crash\w*|timing\s+out|times?\s+out|blank|spinning|report(?:s|ed|ing)?\s+(?:it|the\s+same|that)|tell\s+us|seeing\s+(?:it|the\s+same|this))\b/i;
// The other customer said to be fine: "Lakeview ISD, also a customer of yours, is not affected", "a ellos sí les funciona bien".
const SAYS_FINE = /\b(?:not\s+(?:affected|impacted)|unaffected|(?:is|are|was|were|works?|working|went|go|goes)\s+(?:fine|through)|no\s+(?:problems?|issues?|trouble)|(?:s[ií]\s+)?les?\s+funciona\s+bien|sin\s+problema)/i;
// A task or an ask before a school's documents, not what is wrong on them: "I have to print every report card in the
// building by Friday", "please reprint every transcript in the school".
const TASK_BEFORE = /\b(?:have|has|going|plan|planning)\s+to\b|\b(?:need|needs|want|wants|must|will|please|print|reprint|printing|send|sending|next\s+year)\b/i;
const TOLD_WITH_THE_FAULT: ReadonlyMap<string, { fault: RegExp; notFine?: boolean }> = new Map([
  ['{count} of our/her/his/their [member/partner] districts', { fault: A_FAULT, notFine: true }],
  ['at/in/across {count} of our/her/his/their [member/partner] districts', { fault: A_FAULT, notFine: true }],
  ['our school/building/campus is/was the only one', { fault: HAS_IT }],
  ['also [a] customer/customers/client/clients of yours', { fault: HAS_IT, notFine: true }],
  ['tambien son/es [su/sus] cliente/clientes [de ustedes]', { fault: HAS_IT, notFine: true }],
]);
const FAULT_BEFORE = /\b(?:won'?t|can'?t|cannot|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|not|nothing|no\s+one|nobody|unable|fails?|failing|failed|broken|down|errors?)\b/i;
const NOT_A_FAULT = /\b(?:don'?t|do\s+not)\s+(?:use|change|want|need|touch)\b|\bplease\b|\bnot\s+sure\b|\benabled\b|\byet\b/i;
const TEACHES = /\b(?:teach|teaches|teaching|teacher|we\s+are|we're|serve|serves|covers?)\b/i;
/** Whether one of `words` stands among words [from, to). */
function hasWordIn(tokens: Tokens, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let w = from; w < to; w++) if (words.has(surface(tokens, w))) return true;
  return false;
}

/** Whether a word within DOUBT_REACH before `start`, in its clause, passes `test`. */
function wordBeforeInClause(tokens: Tokens, start: number, test: (word: string) => boolean): boolean {
  for (let w = start - 1; w >= 0 && start - w <= DOUBT_REACH && tokens.breaks[w + 1] === Break.None; w--) if (test(surface(tokens, w))) return true;
  return false;
}

const REQUESTING: ReadonlySet<string> = new Set(['want', 'wants', 'wanted', 'update', 'change']);
/** An ask just before: "We want only this dad to ...", "Can you update only this mom's email?" (not "I need help because only this dad ..."). */
const requestedJustBefore = (tokens: Tokens, start: number): boolean => hasWordIn(tokens, Math.max(sentenceStart(tokens, start), start - 3), start, REQUESTING);
const FRIENDS_TOO = /\b(?:but|either|too|also|none|not|nobody|no\s+one|dont|don'?t|cant|can'?t|today)\b/i;
// A scope field's answer, "not sure" included (not blank, "TBD", "n/a").
const saysSomething = (value: string): boolean => value.trim() !== '' && (!isPlaceholder(value) || NOT_KNOWN.test(value));
const PLANNING: ReadonlySet<string> = new Set(['will', "we'll", "i'll", 'going', 'gonna', 'plan', 'planning', 'want', 'would', 'vamos', 'voy', 'queremos']);
/** A plan earlier in the sentence: "We will roll the new gradebook out to ...". */
const plannedBefore = (tokens: Tokens, start: number): boolean => hasWordIn(tokens, sentenceStart(tokens, start), start, PLANNING);
/** A "no" (or "not", "nadie") later in the sentence from word `from`. */
const negatedAfter = (tokens: Tokens, from: number): boolean => hasWordIn(tokens, from, sentenceEnd(tokens, from), NEGATORS);
// A belief taken back: "pensé que ...", "I thought ...".
const BELIEVED: ReadonlySet<string> = new Set(['pense', 'pensaba', 'pensamos', 'crei', 'creia', 'creiamos', 'thought']);
// "Funciona solo con él": where it works, so the others have it.
const WORKS: ReadonlySet<string> = new Set(['funciona', 'funcionan', 'sirve', 'anda', 'works', 'abre']);
/** Doubted or negated within its clause ("las maestras sí pueden, solo yo ..." is not). */
const saidDoubtingly = (tokens: Tokens, start: number): boolean => wordBeforeInClause(tokens, start, (w) => DOUBTING.has(w) || NEGATORS.has(w));

const NOT_A_NAME: ReadonlySet<string> = new Set(['id', 'ids', 'sid', 'number', 'account', 'login', 'username', 'email', 'portal', 'app', 'view', 'dashboard', 'information', 'info', 'data']);
const BEING: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
// What "per" counts by in a rate ("one section per class"); any other word after it says who says so ("per Ms. Lee", "per IT").
const RATE_UNITS: ReadonlySet<string> = new Set(['class', 'section', 'period', 'course', 'student', 'kid', 'child', 'family', 'user', 'account', 'login', 'device', 'school', 'campus', 'batch', 'page', 'row', 'day', 'week', 'term', 'group', 'team']);
const PLACE_ADVERBS: ReadonlySet<string> = new Set(['here', 'there', 'around']);

// Words after a capitalised word that make it a place or a thing: "Lakeview Elementary", "Attendance Summary".
const NOT_A_SURNAME = 'High|Middle|Elementary|Elem|School|Schools|Academy|Campus|ISD|USD|CISD|District|Charter|Prep|County|Summary|Report|Reports|Page|Tab|Settings|Browser|App';

/** The ticket names this word as a person: "student Daniel", "Daniel Ruiz", "Daniel (druiz4)", "Mr. Daniel". */
function namedAsAPerson(text: string, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `\\b(?:student|son|daughter|kid|child|player|hijo|hija|alumno|alumna|estudiante|mr|mrs|ms|miss)\\.?\\s+(?:\\()?${n}\\b|\\b${n}\\s+\\(|\\b${n}\\s+(?!(?:${NOT_A_SURNAME})\\b)[A-Z][a-z]{2,}` +
      `|\\b${n},\\s+(?:the|my|our|a)\\s+(?:new\\s+)?(?:kid|student|boy|girl|child)\\b|\\b${n}(?:'s|’s)\\s+(?:report|grades?|account|login|ipad|chromebook|laptop|homework|class|classes|teacher|sister|brother|mom|dad|parents?|score|scores|essay|answers|password|seat)\\b` +
      `|\\b${n}\\s+(?:says|said|told|tells|logs|logged|clicks|clicked)\\b`,
  ).test(text);
}

// "escalated P1", "priority P2": a ticket's priority, not a class period.
const PRIORITY_WORDS: ReadonlySet<string> = new Set(['escalated', 'priority', 'prio', 'sev', 'severity']);
const isPriority = (tokens: Tokens, m: PhraseMatch<ScopeValue>): boolean =>
  m.value.kind === 'named' && m.end - m.start === 1 && m.start > 0 && PRIORITY_WORDS.has(surface(tokens, m.start - 1));

const holds = (o: Hit, h: Hit): boolean => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start;

/**
 * Whether a longer hit holds hit i. Hits come in text order, so such a hit sits next to it: it
 * starts at most `longest` words before hit i's end, and not after its start (comparing each hit
 * with every other would grow with their square on a long ticket).
 */
function insideLonger(hits: readonly Hit[], i: number, longest: number): boolean {
  const h = hits[i] as Hit;
  for (let j = i - 1; j >= 0 && (hits[j] as Hit).start >= h.end - longest; j--) if (holds(hits[j] as Hit, h)) return true;
  for (let j = i + 1; j < hits.length && (hits[j] as Hit).start <= h.start; j++) if (holds(hits[j] as Hit, h)) return true;
  return false;
}

const WHERE_WORDS: ReadonlySet<string> = new Set(['in', 'from', 'of', 'at', 'en', 'de', 'del']);

/** Hit `where` names the place of the narrower stated group `who` just before it: "{who} in {where}". */
function isWhereOf(tokens: Tokens, who: Hit, where: Hit): boolean {
  if (who.value.kind !== 'stated' || where.value.kind !== 'stated') return false;
  if (SCOPE_ORDER.indexOf(who.value.level) >= SCOPE_ORDER.indexOf(where.value.level)) return false;
  return where.start === who.end + 1 && tokens.breaks[who.end] === Break.None && WHERE_WORDS.has(tokens.words[who.end] as string);
}

/** The stated scope phrases of a short text (a field's value, a label's). */
function hitsIn(text: string): Hit[] {
  const tokens = tokenize(text);
  return statedHits(tokens, matchAll(tokens).scope);
}

export type ScopeReading = { level: ScopeLevel | null; hits: Hit[]; unknown: Hit | null; vague: Hit | null };

/**
 * What the phrases say: the widest stated level, kept within the class (or the school) when the
 * others are said to be fine; alone, "the others are fine" gives the narrow level itself.
 */
export function readScope(hits: readonly Hit[]): ScopeReading {
  let stated: ScopeLevel | null = null;
  // The widest level a counted group states after the last "the others are fine": "their sections look
  // fine ... it's happening at all nine of our campuses" is every campus, while a correction after
  // "todos los maestros" ("solo le pasó al maestro Domínguez, los demás tienen todo bien") narrows it.
  let counted: ScopeLevel | null = null;
  let only: ScopeLevel | null = null;
  let fine: ScopeLevel | null = null;
  // A student's peers fine ("the other 25 kids see it"): narrower than the class named beside it.
  let classmatesFine = false;
  let named = false;
  let few = false;
  let unknown: Hit | null = null;
  let vague: Hit | null = null;
  for (const hit of hits) {
    const v = hit.value;
    if (v.kind === 'stated') {
      stated = widest(stated, v.level);
      if (hit.extent) counted = widest(counted, v.level);
    }
    else if (v.kind === 'only') only = widest(only, v.level);
    else if (v.kind === 'othersFine') {
      fine = narrowest(fine, v.level);
      if (v.classmates) classmatesFine = true;
      counted = null;
    }
    else if (v.kind === 'named') named = true;
    else if (v.kind === 'few') few = true;
    else if (v.kind === 'unknown') {
      if (!hit.beyond) unknown ??= hit;
    }
    else vague ??= hit;
  }
  let level: ScopeLevel | null;
  // "It's only him" says how far it goes; "all of my classes" before it said where it happened.
  if (only !== null) level = only;
  else if (stated !== null) level = fine === null ? stated : widest(counted === 'school' || counted === 'all' ? counted : null, narrowest(stated, floorOfFine(fine, classmatesFine)));
  else if (fine !== null) level = fine;
  // A class named says more than "3 students" in it; a handful counted alone are users.
  else level = named ? 'class' : few && !vagueBeside(hits) ? 'user' : null;
  const used = hits.filter((hit) => {
    const v = hit.value;
    if (v.kind === 'named') return level === 'class' && only === null && stated === null && fine === null;
    if (v.kind === 'few') return level === 'user' && !named && only === null && stated === null && fine === null;
    return (v.kind === 'only' || v.kind === 'stated' || v.kind === 'othersFine') && (v.level === level || (v.kind === 'othersFine' && level !== null));
  });
  return { level, hits: used, unknown, vague };
}

/**
 * How far down others fine narrow a stated group: a school's others keep the school; a student's
 * classmates or family fine leave one user; anyone else's ("my co-teacher", "other teachers") leave a class.
 */
const floorOfFine = (fine: ScopeLevel, classmates: boolean): ScopeLevel => (fine === 'school' ? 'school' : fine === 'user' && classmates ? 'user' : 'class');

/** A vague group besides the handful counted ("Several kids (at least 3 students)", "lots of kids ... 2 as examples"). */
function vagueBeside(hits: readonly Hit[]): boolean {
  const few = hits.filter((h) => h.value.kind === 'few');
  return hits.some((h) => h.value.kind === 'vague' && !few.some((f) => f.start < h.end && h.start < f.end));
}

/** The level a short text states ("only one student", "the whole school"), or null. */
export function scopeFromProse(text: string): ScopeLevel | null {
  return readScope(hitsIn(text)).level;
}

// A field or label value is short and free: "scope_one_class", "1 class", "School", "all_partners".
// A quantifier reaches as far as what it counts: "every teacher in her building" is a school,
// "all my classes" a class; a bare "all" or "everyone" is everyone.
const VALUE_WORDS: Array<[ScopeLevel, RegExp]> = [
  ['all', /\b(?:global|platform|multiple (?:districts|customers|partners|schools)|partners?|customers?|tenants?)\b/],
  ['school', /\b(?:school|schools|district|campus|building|grade|escuela|distrito|sede)\b/],
  ['class', /\b(?:class|classes|classroom|classrooms|section|sections|period|periods|clase|grupo)\b/],
  ['all', /\b(?:all|every|everyone)\b/],
  ['user', /\b(?:user|users|student|students|teacher|account|individual|person|single|usuario|estudiante|alumno|one|me|myself|yo|mrs?|ms|miss|dr|sra?)\b/],
  // Rooms are classes, where no person is named ("Rooms 12, 14 and 15"; not "just me (Room 14)").
  ['class', /\b(?:rooms?|homerooms?|salon|salones)\b/],
];

// "1", or "1" and the person it is: "1 (the para)", "1 (Mr. Lee)", "1 (Bruno)"; not "1 (Lincoln
// Elementary)", "1 (3rd period)", "1 (for now)".
const ONE_AFFECTED = /^\s*(?:1|one|uno|una)\s*(?:\((?:the |my |our |a |el |la |mi )?(?:para|paraprofessional|aide|sub|substitute|teacher|student|counselor|secretary|registrar|librarian|nurse|coach|parent|son|daughter|child|kid|me|him|her|myself|maestr[oa]|alumn[oa]|estudiante|hij[oa]|(?:[Mm]rs?|[Mm]s|[Dd]r|[Ss]ra?)\.? \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\))?\s*$/u;
// A how-many field answered "Solo él.", "just me" (in prose "solo el" is as often an article: "solo el reporte").
const ONLY_ONE_PERSON = /^\s*(?:s[oó]lo|solamente|[uú]nicamente|nom[aá]s|just|only)\s+(?:[eé]l|ella|yo|me|him|her|myself)\s*[.!]?\s*$/iu;
const NOT_A_PERSON = /\b(?:elementary|middle|high|school|academy|charter|district|campus|unified|isd|usd|escuela|colegio|period|grade|class)\b/i;

/** Level named by a short value such as a custom field's tag; null when it names none. */
export function scopeFromValue(value: string): ScopeLevel | null {
  const v = value.toLowerCase().replace(/[_-]+/g, ' ');
  // (Read as written: a name keeps its capital, "... and the tech director at Pike County Schools says they are down too".)
  const reading = readScope(hitsIn(value.replace(/[_-]+/g, ' ')));
  if (reading.unknown) return null;
  // "Number of students affected: 1", "1 (the para)".
  if ((ONE_AFFECTED.test(value) && !NOT_A_PERSON.test(value)) || ONLY_ONE_PERSON.test(value)) return 'user';
  if (reading.level) return reading.level;
  if (/\b(?:not|no|n't|unknown|unsure)\b/.test(v) || reading.vague) return null;
  for (const [level, re] of VALUE_WORDS) if (re.test(v)) return level;
  return null;
}

export type ScopeFinding = { found: Finding; level: ScopeLevel | null };

// A note of what the customer said: "Called Ms. Lee back: she ...", "per cx", "dice que".
const RELAYS = /\b(?:called|spoke (?:with|to)|talked (?:with|to)|call(?:ed)? back|callback|per (?:cx|her|him|the (?:caller|customer|teacher))|cx (?:says|said)|(?:she|he) (?:says|said)|dice que|dijo que)\b/i;

const POINTS_ELSEWHERE = /^\W*(?:see|same|as|ver|igual)\b/i;
// A labelled scope that says nobody knows: "I don't know, maybe others?", "not sure", "no sé".
const NOT_KNOWN = /^\W*(?:(?:honestly|frankly|well|um+|hmm+|so|sorry|tbh|pues|la verdad|todav[ií]a|a[uú]n),?\s+)?(?:i\s+|i'?m\s+|i\s+am\s+|we'?re\s+|we\s+are\s+|(?:cx|caller|customer|she|he|they)(?:\s+(?:is|was|are|were))?\s+)?(?:don'?t|do\s+not|dunno|not\s+sure|unsure|no\s+idea|unknown|idk|no\s+s[eé]|no\s+sabemos|no\s+sabe|no\s+estoy\s+segur[oa]|no\s+estamos\s+segur[oa]s)(?![\p{L}])/iu;

// A dropdown field's value also lands on the ticket as a tag: "scope_one_class", "scope-entire-school".
const SCOPE_TAG = /^(?:scope|impact|alcance)[_-](.+)$/i;

/** A `scope_*` tag or a labelled "Scope:" line: the agent's own call, above phrases in passing. */
type LabelledScope = {
  labelled: Finding;
  level: ScopeLevel | null;
  unclear: Finding;
  notKnownIn: number;
  /** A user-ids field counting one ("Affected users: 1"): one user, unless the prose says how far. */
  oneCounted: Finding | null;
};

function labelledScope(corpus: Corpus, tags: readonly string[]): LabelledScope {
  const labelled = new Finding();
  const unclear = new Finding();
  let oneCounted: Finding | null = null;
  let level: ScopeLevel | null = null;
  // The last source whose labelled answer is that nobody knows (-1: none).
  let notKnownIn = -1;
  for (const tag of tags) {
    const m = SCOPE_TAG.exec(tag);
    const tagLevel = m ? scopeFromValue(m[1] ?? '') : null;
    if (!tagLevel) continue;
    level = widest(level, tagLevel);
    labelled.present(`tag ${tag}`);
  }
  corpus.sources.forEach((source, s) => {
    for (const section of source.sections) {
      // (A user-ids field answered "just me", "Users affected: just me", says how far as well.)
      // (Not over the form's own scope answer: "How many users are affected?: not sure".)
      if (section.kind === 'userIds' && ONLY_ONE_PERSON.test(sectionValue(section)) && !source.sections.some((x) => x.kind === 'scope' && saysSomething(sectionValue(x)))) {
        level = widest(level, 'user');
        labelled.present(`${source.where}: ${section.label}: ${sectionValue(section)}`);
        continue;
      }
      if (section.kind === 'userIds' && ONE_AFFECTED.test(sectionValue(section)) && oneCounted === null) {
        oneCounted = new Finding();
        oneCounted.present(`${source.where}: ${section.label}: ${sectionValue(section)}`);
        continue;
      }
      if (section.kind !== 'scope') continue;
      const value = sectionValue(section);
      // "How many users are affected?: I don't know, maybe others?": the form's answer is that nobody
      // knows; "n/a", "TBD": that it does not say.
      // A blank line, or one pointing elsewhere ("see above"), leaves it to the prose.
      if (value.trim() === '' || POINTS_ELSEWHERE.test(value)) continue;
      if (isPlaceholder(value) || NOT_KNOWN.test(value)) {
        notKnownIn = s;
        continue;
      }
      const valueLevel = scopeFromValue(value);
      if (valueLevel) {
        level = widest(level, valueLevel);
        labelled.present(`${source.where}: ${section.label}: ${value}`);
      } else unclear.weak(`${source.where}: ${section.label}: ${value} (level unclear)`);
    }
  });
  return { labelled, level, unclear, notKnownIn, oneCounted };
}

// A question about who else has it: "Is it only her, or other kids in her class too?", "¿a otros también?".
const ASKS_EXTENT =
  /\b(?:any ?one|any ?body|every ?one|every ?body|others?|how many|only (?:her|him|you|one|this)|just (?:her|him|you|one|this)|whole|entire|alguien|otros|otras|cu[aá]nt[oa]s|solo)\b/i;

// A reply that is a not knowing: "no sé, la verdad", "not sure yet", "idk honestly" (not "Do not think so").
const REPLY_NOT_KNOWN = /^\W*(?:(?:honestly|well|um+|hmm+|sorry|tbh|pues|la verdad),?\s+)?(?:(?:i|we)\s+)?(?:(?:don'?t|do\s+not)\s+know|dunno|not\s+sure|unsure|no\s+idea|idk|no\s+s[eé]|no\s+sabemos|no\s+sabe|ni\s+idea)(?![\p{L}])/iu;

/**
 * The customer's reply to the agent's question on line `i` of source `s`: in a chat, the next turn
 * when the question is an agent's turn; in a thread, the first line of the next comment when the
 * question is in a later comment. Null when the question is not the agent's (the customer's own
 * "Has anyone else reported this?" in the first message).
 */
function replyAfter(sources: readonly Source[], s: number, i: number): string | null {
  const here = sources[s] as Source;
  const question = here.lines[i] as string;
  let next: string | undefined;
  if (isAgentTurn(question)) next = here.lines.slice(i + 1).find((line) => line.trim() !== '');
  // A thread's later comment asking is the agent's (support's signed reply, or any reply after the first message).
  else if (here.kind === 'comment' || isSupportReply(here)) next = sources[s + 1]?.lines.find((line) => line.trim() !== '');
  // The agent asking on: no answer to read.
  if (next === undefined || isAgentTurn(next)) return null;
  return next.replace(TURN_TEXT, '');
}

/** Whether the phrases read say how far it reaches, beyond naming who has it. */
function extentSaid(reading: ScopeReading): boolean {
  return reading.hits.some((hit) => hit.value.kind !== 'stated' || hit.extent === true);
}

/** An agent's question about who else has it, answered "no sé, la verdad" or "not sure yet". */
function answeredNotKnown(corpus: Corpus): boolean {
  const { sources } = corpus;
  for (let s = 0; s < sources.length; s++) {
    const lines = (sources[s] as Source).lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.includes('?') || !ASKS_EXTENT.test(line)) continue;
      const reply = replyAfter(sources, s, i);
      if (reply !== null && REPLY_NOT_KNOWN.test(reply)) return true;
    }
  }
  return false;
}

// A group counted, and nothing else said of how far it goes, is as wide as such a group is: a class's
// worth ("about 30 kids", "all 24 students") is a class, one in the hundreds ("about 450 students at the
// new campus", "all 640 staff") a grade or a building. Not seats bought or priced ("pricing for about
// 120 students", "a PO for 450 student licenses"): a count in a message about those sizes a sale.
const CLASS_SIZED = { from: 15, to: 35 };
const SCHOOL_SIZED = 100;
const SALE_WORDS = /\b(?:licen[cs]es?|seats?|invoices?|quotes?|pricing|prices?|purchase|PO|renewal|billing|subscriptions?|licencias?|facturas?|cotizaci[oó]n)\b/i;

// "Could you send pricing ...": an ask is blanked in the text the phrases read.
const unmaskedText = (source: Source): string => source.unmasked ?? source.text;

// A class's worth of pupils, not of teachers or staff ("about 30 teachers" is a building's).
const PUPILS = /\b(?:students?|kids|kiddos?|learners?|pupils?|alumn[oa]s|estudiantes|ni[nñ][oa]s|chicos)\b/i;

/** Whether a count of people counts who has it: not the others ("the other 25"), a whole it is part of ("of our 500"), who someone has ("she has about 30 kids"), a room's number, the fine ones. */
function countsAffected(tokens: Tokens, hit: Hit): boolean {
  const before = surface(tokens, hit.start - 1);
  if (HAVING.has(before) || NOT_WHO_BEFORE.has(before) || before === 'other' || (OWNERS.has(before) && surface(tokens, hit.start - 2) === 'of')) return false;
  const sentence = spanText(tokens, sentenceStart(tokens, hit.start), sentenceEnd(tokens, hit.start));
  return !EXCEPT.test(sentence) && !sentenceSaysFine(tokens, hit.start, hit.end);
}

/** The level of the first vague count of people ("30 kids", "480 students") sized like a class or a school, in a message not about a sale. */
function sizedCount(corpus: Corpus, tokens: Tokens, hits: readonly Hit[]): { hit: Hit; level: ScopeLevel } | null {
  for (const hit of hits) {
    if (hit.value.kind !== 'vague') continue;
    const count = Number(tokens.text.slice(tokens.starts[hit.start] ?? 0, tokens.ends[hit.start] ?? 0).replace(/,/g, ''));
    const pupils = PUPILS.test(spanText(tokens, hit.start, hit.end));
    const level = count >= SCHOOL_SIZED ? 'school' : pupils && count >= CLASS_SIZED.from && count <= CLASS_SIZED.to ? 'class' : null;
    if (level && countsAffected(tokens, hit) && !SALE_WORDS.test(unmaskedText(sourceAt(corpus, tokens.starts[hit.start] ?? 0)))) return { hit, level };
  }
  return null;
}

export function detectScope(corpus: Corpus, tags: readonly string[] = []): ScopeFinding {
  const { labelled, level: labelledLevel, unclear, notKnownIn, oneCounted } = labelledScope(corpus, tags);
  if (labelledLevel) return { found: labelled, level: labelledLevel };
  const tokens = tokensOf(corpus);
  let hits = statedHits(tokens, matchesOf(corpus).scope);
  // A form's "How many are affected?: not sure" stands, unless a later comment answers it ("yes, I
  // asked around - every teacher in the building gets it").
  // The customer's own word after source s, stated: not support's reply or advice, not "if it's the whole district".
  const answersAfter = (s: number, all: readonly Hit[]): Hit[] => {
    const answersFrom = corpus.sources[s + 1]?.start ?? Infinity;
    return all.filter((hit) => {
      const at = tokens.starts[hit.start] ?? 0;
      return at >= answersFrom && !isSupportReply(sourceAt(corpus, at)) && !isAgentTurnAt(tokens.text, at) && !isHypotheticalAt(tokens, hit.start);
    });
  };
  if (notKnownIn >= 0) hits = answersAfter(notKnownIn, hits);
  let reading = readScope(hits);
  if (notKnownIn >= 0 && (reading.level === null || reading.unknown !== null)) return { found: new Finding(), level: null };
  // "Not sure about other teachers, I'll ask around", then in a later message "everybody at our school
  // gets it": the answer found stands.
  if (reading.unknown) {
    const unknownIn = corpus.sources.indexOf(sourceAt(corpus, tokens.starts[reading.unknown.start] ?? 0));
    // (The customer's message, or a note relaying it: an internal note's "looks like the whole district is hit" is
    // support's guess; "Called Ms. Lee back: she asked around, it's only her class" relays her.)
    const customers = (hit: Hit): boolean => {
      const source = sourceAt(corpus, tokens.starts[hit.start] ?? 0);
      return source.internal !== true || RELAYS.test(source.text);
    };
    const answer = readScope(answersAfter(unknownIn, hits).filter(customers));
    const says = answer.hits.some((hit) => hit.value.kind === 'only' || hit.value.kind === 'othersFine' || (hit.value.kind === 'stated' && hit.extent === true));
    if (answer.level !== null && answer.unknown === null && says) reading = answer;
  }
  const where = (hit: Hit): string => `${sourceAt(corpus, tokens.starts[hit.start] ?? 0).where}: ${spanText(tokens, hit.start, hit.end)}`;
  // Not knowing how far it reaches is no scope, whatever else is said in passing.
  if (reading.unknown || (!extentSaid(reading) && answeredNotKnown(corpus))) return { found: unclear.status === 'missing' ? new Finding() : unclear, level: null };
  if (reading.level) {
    const found = new Finding();
    for (const hit of reading.hits) found.present(where(hit));
    return { found, level: reading.level };
  }
  if (oneCounted) return { found: oneCounted, level: 'user' };
  const counted = sizedCount(corpus, tokens, hits);
  if (counted) {
    const found = new Finding();
    found.present(where(counted.hit));
    return { found, level: counted.level };
  }
  // A count ("43 students") says how many, if not at what level; "some kids", "many users" say neither.
  const count = reading.vague ? hits.find((hit) => hit.value.kind === 'vague' && countsPeople(tokens, hit)) : undefined;
  if (unclear.status === 'missing' && count) unclear.weak(`${where(count)} (level unclear)`);
  return { found: unclear, level: null };
}
