// What the troubleshooting model (troubleshootingByModel.ts) reads in a ticket: a few plain counts over
// what the customer wrote, with fixed English and Spanish word lists (textFeatures.ts), not the
// lexicons. What was done is told in the past ("re-uploaded it", "borré la app"), often with what came
// of it ("no change", "same error", "sigue igual"); what was asked or planned is not done.
import { Break, type Tokens } from './lexicon/tokens';
import { tokensOf, type Corpus } from './source';
import { quotedFromScreen } from './text';
import { counted, FirstWords, forEachCustomerWord, phraseAt, phraseTable, wordAt, wordSet } from './textFeatures';

export const TROUBLESHOOTING_FEATURES = ['pastActions', 'attempts', 'outcomes', 'triedWithOutcome', 'already', 'alternatives', 'questions', 'plans', 'words'] as const;

export type TroubleshootingFeature = (typeof TROUBLESHOOTING_FEATURES)[number];
export type TroubleshootingFeatures = Record<TroubleshootingFeature, number>;

// Verbs of trying to fix something, in the forms a ticket tells them done (English, Spanish).
const ATTEMPTS = phraseTable(`
  tried | try again | tried again | retried | cleared | clear the cache | cleaned | reinstalled | uninstalled | restarted | rebooted | reset | refreshed |
  reloaded | updated | deleted | removed | logged out | signed out | log out and back in | switched | swapped | tested | checked | verified |
  double-checked | confirmed | toggled | disabled | enabled | turned off | turned on | unplugged | unenrolled | resynced | resent | redid | reran |
  intente | intento | intentamos | intentaron | intentado | probe | probo | probamos | probaron | probado | borre | borro | borramos | borraron | borrado |
  reinstale | reinstalo | reinstalamos | reinstalaron | reinstalado | reinicie | reinicio | reiniciamos | reiniciaron | reiniciado | limpie | limpio |
  limpiamos | limpiado | actualice | actualizo | actualizamos | actualizado | cambie | cambiamos | cambiaron | cambiado | revise | reviso | revisamos |
  revisado | verifique | verificamos | desinstale | desinstalamos | cerre sesion | cerro sesion | cerraron sesion | volvi a | volvio a | volvimos a |
  volvieron a`);
// Base verbs that "re" makes an attempt of without a hyphen ("reinstalled", "relaunched"): "received",
// "reported" and "required" are not attempts. With a hyphen any verb is ("re-uploaded", "re-enrolled").
const RE_VERBS = wordSet(`
  install start boot load upload enroll enrol sync set launch connect link assign import add save submit send publish try log sign open create share
  generate download index authorize authorise map run do make enter type attach post apply activate`);
// What came of it: the same as before, or not fixed (English, Spanish).
const OUTCOMES = phraseTable(`
  still | same | no change | no changes | no difference | didn't help | did not help | didn't work | did not work | didn't fix | did not fix |
  didn't change | nothing changed | no luck | no dice | again | persists | keeps | sigue | siguen | seguia | igual | nada | mismo | misma | todavia |
  aun | tampoco | otra vez | de nuevo | sin cambios | sin exito | no sirvio | no funciono | no cambio`);
const ALREADY = phraseTable('already | ya');
// Another way of doing it: "another browser", "a different device", "en otra computadora".
const ALTERNATIVES = phraseTable('another | different | incognito | private window | otro | otra | otros | otras | distinto | distinta | diferente | incognito');
// Asked or planned: not done yet.
const PLANS = phraseTable(`
  will | i'll | we'll | she'll | he'll | they'll | going to | gonna | plan to | could you | can you | would you | please try | should i | should we |
  have you tried | let me know | voy a | vamos a | va a | van a | podrian | podria | pueden | puede | intentare | probare`);
const FIRST_WORDS = new FirstWords([ATTEMPTS, OUTCOMES, ALREADY, ALTERNATIVES, PLANS].flatMap((table) => [...table.keys()]));

// Who may stand before the verb in its clause: "we", "the tech guy", "already", "ya lo", "she also".
const DOERS = wordSet(`
  i we she he they you already also then and so just even have has had i've we've the my our his her their teacher tech guy admin it mom dad son
  daughter student kid parent team staff ya tambien y luego lo la le les se me nos yo ella el ellos ellas hemos he ha han`);
const MAX_DOERS = 3;
// After these a past form is an adjective: "our graduated seniors", "the updated roster" (in Spanish
// such a word follows its noun, and "la" before a verb is a pronoun: "la volví a instalar").
const DETERMINERS = wordSet('the a an our my his her their your its this that these those');
// Words that open a clause of their own: "I unplugged the router and plugged it back in".
const JOINERS = wordSet('and then so but y luego pero despues');
const NEGATIONS = wordSet("not never no nothing haven't hasn't didn't havent didnt hadn't nunca");
// A plan, an ask or a condition earlier in the clause: "will try a sync with the filter turned on",
// "this needs to be cleaned up", "please reinstall", "if clearing doesn't work".
const PLANNED = wordSet(`
  will i'll we'll she'll he'll they'll going gonna should could would can please need needs want wants if i'd we'd she'd he'd they'd
  voy vamos va van debo deberia debemos podria podrias puede pueden quiero queremos hay tengo favor`);
const PLAN_REACH = 12;
// Told in the past: "-ed", a few irregular verbs, Spanish preterites ("borré", "reinició", "reiniciaron").
const PAST_EN = /^[a-z]{3,}ed$/;
const IRREGULAR_PAST = wordSet('went did redid made got took ran reran put set reset sent resent gave had kept found brought built rebuilt wrote rewrote shut hice hizo hicimos puse pusimos fui fuimos');
const PAST_ES = /^\p{L}{3,}[éóí]$|^\p{L}{2,}(?:aron|ieron)$/u;
// Past forms that tell what happened or was said, not what someone did to fix it.
const NOT_DONE = wordSet(`
  started happened noticed seemed appeared showed worked failed crashed loaded stopped asked called emailed reported wanted needed mentioned
  received wondered hoped expected used looked supposed based need indeed hundred assigned created scheduled posted graded enrolled
  forwarded attached escalated
  paso aparecio salio empezo comenzo llamo pregunto escribio quedo dejo funciono cargo aqui alli ahi asi tambien despues jose cafe bebe`);

/** A word opening its clause, after at most a few words of who did it (not right after a determiner). */
function opensClause(tokens: Tokens, w: number): boolean {
  if (w > 0 && tokens.breaks[w] === Break.None && DETERMINERS.has(wordAt(tokens, w - 1))) return false;
  let v = w;
  while (v > 0 && w - v < MAX_DOERS && tokens.breaks[v] === Break.None && !JOINERS.has(wordAt(tokens, v - 1)) && DOERS.has(wordAt(tokens, v - 1))) v--;
  return v === 0 || tokens.breaks[v] !== Break.None || JOINERS.has(wordAt(tokens, v - 1));
}

/** One of the words within `reach` before w in its clause. */
function followsInClause(tokens: Tokens, w: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let v = w; v > 0 && w - v < reach && tokens.breaks[v] === Break.None; v--) if (words.has(wordAt(tokens, v - 1))) return true;
  return false;
}

// "keeps getting logged out", "got signed out again": what happened to someone, not what they did.
const UNDERGONE = wordSet('get gets getting got gotten');
// "every student who has checked something out since": who the others are, not what was done.
const RELATIVES = wordSet('who whom which whose');
/**
 * Negated just before ("haven't cleared", "no lo he borrado"), undergone, told of others, planned or
 * asked earlier in the clause, or quoted from the screen ('it says "Something went wrong"').
 */
const notDone = (tokens: Tokens, w: number): boolean =>
  (w > 0 && UNDERGONE.has(wordAt(tokens, w - 1))) ||
  followsInClause(tokens, w, NEGATIONS, 3) ||
  followsInClause(tokens, w, RELATIVES, 3) ||
  followsInClause(tokens, w, PLANNED, PLAN_REACH) ||
  quotedFromScreen(tokens.text, tokens.starts[w] ?? 0);

/** The word as written, lower case, accents kept: what a past ending is read on. */
const written = (tokens: Tokens, w: number): string => tokens.text.slice(tokens.starts[w] ?? 0, tokens.ends[w] ?? 0).toLowerCase();

/**
 * Told in the past, and by someone: a capitalised word inside a sentence is a label ("Settings >
 * Extended time"). `last` is the word holding the ending ("re-enrolled" is two words).
 */
function isPast(tokens: Tokens, w: number, last: number): boolean {
  const raw = written(tokens, last);
  const first = tokens.text.charCodeAt(tokens.starts[w] ?? 0);
  if (first >= 65 && first <= 90 && tokens.breaks[w] !== Break.Sentence) return false;
  const word = wordAt(tokens, last);
  return (PAST_EN.test(raw) || IRREGULAR_PAST.has(word) || PAST_ES.test(raw)) && !NOT_DONE.has(word);
}

const IRREGULAR_FIRST = new FirstWords(IRREGULAR_PAST);
// é ó í (and a combining acute accent): how a Spanish preterite ends.
const ACCENTED_LAST: ReadonlySet<number> = new Set([0xe9, 0xf3, 0xed, 0xc9, 0xd3, 0xcd, 0x301]);

/**
 * Whether the word may be told in the past, from its last letters alone ("-ed", "-on" of "-aron",
 * an accent, an irregular verb's length and first letter): most words are not, and are passed over
 * without reading them into a string.
 */
function mayBePast(tokens: Tokens, w: number): boolean {
  const end = tokens.ends[w] as number;
  if (end - (tokens.starts[w] as number) < 2) return false;
  const last = tokens.text.charCodeAt(end - 1);
  const before = tokens.text.charCodeAt(end - 2) | 32;
  return ((last | 32) === 100 && before === 101) || ((last | 32) === 110 && before === 111) || ACCENTED_LAST.has(last) || IRREGULAR_FIRST.mayBeAt(tokens, w);
}

/** Whether the word starts with "re" ("reinstalled", "re-uploaded"). */
function startsWithRe(tokens: Tokens, w: number): boolean {
  const start = tokens.starts[w] as number;
  return (tokens.text.charCodeAt(start) | 32) === 114 && (tokens.text.charCodeAt(start + 1) | 32) === 101;
}

/** "re-uploaded" (two words), "reinstalled": a verb done again, told in the past ("SIS re-enroll" is a thing). */
function isRedone(tokens: Tokens, w: number, hyphenated: boolean): boolean {
  if (hyphenated) return PAST_EN.test(wordAt(tokens, w + 1)) || IRREGULAR_PAST.has(wordAt(tokens, w + 1));
  const m = /^re([a-z]{2,}?)(?:ed|d)$/.exec(wordAt(tokens, w));
  return m !== null && RE_VERBS.has(m[1] as string);
}

/** "re-" and the word it is joined to: "re-uploaded", "re-enrolled". */
function isReHyphen(tokens: Tokens, w: number): boolean {
  return w + 1 < tokens.words.length && tokens.ends[w] === (tokens.starts[w + 1] as number) - 1 && tokens.text[tokens.ends[w] as number] === '-' && wordAt(tokens, w) === 're';
}

export type TroubleshootingReading = {
  features: TroubleshootingFeatures;
  /** The sentence telling what was tried and what came of it, from its first attempt on (`from`: its offset in the corpus text): what the model's verdict points at. */
  sentence: { where: string; text: string; from: number } | null;
  /** Whether that sentence tells something tried (not only an outcome): without it the model says nothing. */
  tried: boolean;
};

// A sentence's score: 2 per attempt, 1 per past action, 1 per outcome. One telling what was tried and
// what came of it comes first, then one telling what was tried.
type Sentence = { score: number; tried: boolean; outcome: boolean; where: string; from: number; to: number; words: number };
const rank = (s: Sentence): number => (s.tried ? 2 : 0) + (s.tried && s.outcome ? 2 : 0);
const better = (a: Sentence, b: Sentence): boolean => (rank(a) !== rank(b) ? rank(a) > rank(b) : a.score > b.score);
// The words it reads: the dev tickets it was trained on are under 400 words, and its counts are
// capped at what they reached (itemModel.ts), so a long thread's later words would change nothing
// but its cost.
const MAX_WORDS = 2000;
/** A short next sentence answers the attempt before it ("Swapped to a loaner laptop. Same."). */
const SHORT_ANSWER_WORDS = 4;

export function readForTroubleshooting(corpus: Corpus): TroubleshootingReading {
  const tokens = tokensOf(corpus);
  const n = { pastActions: 0, attempts: 0, outcomes: 0, triedWithOutcome: 0, already: 0, alternatives: 0, plans: 0, words: 0 };
  let sentences = 0;
  let asked = 0;
  let best: Sentence | null = null;
  let previous: Sentence | null = null;
  let current: Sentence | null = null;
  let sentence = -1;
  let next = 0;
  const tried = (s: Sentence, w: number, score: number): void => {
    // The excerpt starts at the sentence's first attempt.
    if (!s.tried) s.from = tokens.starts[w] as number;
    s.score += score;
    s.tried = true;
  };
  const close = (s: Sentence | null): void => {
    if (!s) return;
    const answered = !s.tried && previous?.tried === true && !previous.outcome && s.outcome && s.words <= SHORT_ANSWER_WORDS;
    if ((s.tried && s.outcome) || answered) n.triedWithOutcome++;
    if (s.tried || s.outcome) if (!best || better(s, best)) best = s;
    previous = s;
  };
  forEachCustomerWord(corpus, MAX_WORDS, (w, source) => {
    if (w < next) return;
    n.words++;
    if (tokens.sentenceOf[w] !== sentence || !current) {
      close(current);
      sentence = tokens.sentenceOf[w] as number;
      current = { score: 0, tried: false, outcome: false, where: source.where, from: tokens.starts[w] as number, to: 0, words: 0 };
      sentences++;
      if (tokens.asked[sentence]) asked++;
    }
    current.words++;
    let taken = 0;
    let attempt = false;
    const listed = FIRST_WORDS.mayBeAt(tokens, w);
    const re = startsWithRe(tokens, w);
    const past = mayBePast(tokens, w);
    const word = listed || re || past ? wordAt(tokens, w) : '';
    // An asked sentence tells nothing done ("¿Ya probó desde otro navegador?", "What have you already tried?"): only its asks count.
    if (tokens.asked[sentence]) {
      if (listed && (taken = phraseAt(tokens, w, word, PLANS)) > 0) n.plans++;
    } else if (word !== '') {
      if (listed) {
        if ((taken = phraseAt(tokens, w, word, ATTEMPTS)) > 0 && !(word === 'tried' && wordAt(tokens, w + 1) === 'to') && !notDone(tokens, w)) {
          n.attempts++;
          tried(current, w, 2);
          attempt = true;
        } else if ((taken = phraseAt(tokens, w, word, OUTCOMES)) > 0 && !followsInClause(tokens, w, NEGATIONS, 3)) {
          n.outcomes++;
          current.score++;
          current.outcome = true;
        } else if ((taken = phraseAt(tokens, w, word, ALREADY)) > 0) n.already++;
        else if ((taken = phraseAt(tokens, w, word, ALTERNATIVES)) > 0) n.alternatives++;
        else if ((taken = phraseAt(tokens, w, word, PLANS)) > 0) n.plans++;
      }
      const hyphenated = re && taken === 0 && isReHyphen(tokens, w);
      if (re && taken === 0 && isRedone(tokens, w, hyphenated) && !notDone(tokens, w)) {
        n.attempts++;
        tried(current, w, 2);
        attempt = true;
        if (hyphenated) taken = 2;
      }
      // A word read as an outcome, a plan or another list's word is not also a past action.
      const last = hyphenated ? w + 1 : w;
      if ((taken === 0 || attempt) && (past || hyphenated) && opensClause(tokens, w) && isPast(tokens, w, last) && !notDone(tokens, w)) {
        n.pastActions++;
        tried(current, w, 1);
      }
    }
    next = w + Math.max(1, taken);
    current.to = tokens.ends[next - 1] as number;
  });
  close(current);
  const chosen = best as Sentence | null;
  return {
    features: {
      pastActions: counted(n.pastActions),
      attempts: counted(n.attempts),
      outcomes: counted(n.outcomes),
      triedWithOutcome: counted(n.triedWithOutcome),
      already: counted(n.already),
      alternatives: counted(n.alternatives),
      questions: sentences === 0 ? 0 : asked / sentences,
      plans: counted(n.plans),
      words: counted(n.words),
    },
    sentence: chosen ? { where: chosen.where, text: tokens.text.slice(chosen.from, chosen.to), from: chosen.from } : null,
    tried: chosen?.tried === true,
  };
}

export function troubleshootingFeatures(corpus: Corpus): TroubleshootingFeatures {
  return readForTroubleshooting(corpus).features;
}
