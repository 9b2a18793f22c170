// Reading a phrase found in a text's words in its sentence: is it negated ("not the whole school"),
// or asked ("is it the whole class?") rather than stated?
import { NEGATORS, QUESTION_STARTS, SCOPE_QUANTIFIERS } from './lexicon';
import { Break, sentenceEnd, sentenceStart, type Tokens } from './lexicon/tokens';

/** How many words before a phrase a negation still reaches, within its clause. */
const NEGATION_REACH = 4;

export function isNegatedAt(tokens: Tokens, start: number): boolean {
  // breaks[w] stands between word w - 1 and word w: the clause ends there.
  for (let w = start; w > 0 && start - w < NEGATION_REACH; w--) {
    if (tokens.breaks[w] !== Break.None) return false;
    if (NEGATORS.has(tokens.words[w - 1] as string)) return true;
  }
  return false;
}

// "Could you turn it on for our whole school?": a request put as a question; the group is what it is for.
// (Question openers, not vocabulary of an item: they sit beside the lexicon's questionStarts.)
const ASKS_A_FAVOUR: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'puede', 'podria', 'podrian', 'pueden']);
const FAVOUR_OF: ReadonlySet<string> = new Set(['you', 'u', 'someone', 'somebody', 'ustedes', 'usted']);
// (Or the word just before it: "all 22 students in my class", where the phrase is the count.)
const saysHowFar = (tokens: Tokens, start: number, end: number): boolean => {
  for (let w = Math.max(0, start - 1); w < end; w++) if (SCOPE_QUANTIFIERS.has(tokens.words[w] as string)) return true;
  return false;
};

/** How many words in a favour may open after a header ("Visitor: can you...", "Hi, could you..."). */
const FAVOUR_HEADER_REACH = 6;

/** Where "can you" / "could someone" opens the sentence's clause before `start`, or -1. */
function favourOpener(tokens: Tokens, first: number, start: number): number {
  for (let w = first; w < start && w - first <= FAVOUR_HEADER_REACH; w++) {
    if (w > first && tokens.breaks[w] === Break.None) continue;
    if (ASKS_A_FAVOUR.has(tokens.words[w] as string) && FAVOUR_OF.has(tokens.words[w + 1] as string)) return asksWhether(tokens, w + 2, start) ? -1 : w;
  }
  return -1;
}

// "Can you check whether it is the whole class?", "could you tell me how to share it with the whole
// school?" ask about the group after all.
const ASKS_ABOUT: ReadonlySet<string> = new Set(['if', 'whether', 'si', 'how', 'what', 'where', 'which', 'why', 'como']);
const ASKED_AFTER_ME: ReadonlySet<string> = new Set(['me', 'us', 'know']);
const asksWhether = (tokens: Tokens, from: number, to: number): boolean => {
  for (let w = from; w < to; w++) {
    const word = surface(tokens, w);
    // "could you tell me, is it the whole district or just us?": a question of its own after the favour.
    if (ASKS_ABOUT.has(word) || (QUESTION_STARTS.has(word) && tokens.breaks[w] !== Break.None) || (QUESTION_STARTS.has(word) && ASKED_AFTER_ME.has(surface(tokens, w - 1)))) return true;
  }
  return false;
};

/**
 * The phrase is what a question asks: its sentence ends with "?" and starts like a question, or
 * the phrase itself ends the question ("The whole class?"). "It's the whole school, can you check?"
 * states the scope and asks something else.
 */
export function isAskedAt(tokens: Tokens, start: number, end: number): boolean {
  if (!tokens.asked[tokens.sentenceOf[start] as number]) return false;
  const first = sentenceStart(tokens, start);
  const opener = favourOpener(tokens, first, start);
  if (opener >= 0 && start > opener + 2 && saysHowFar(tokens, start, end) && !isOr(tokens, end) && !isOr(tokens, start - 1)) return false;
  // "Agent: does it affect the whole school?": a clause before the phrase opens the question.
  for (let w = start; w >= first; w--) if ((w === first || tokens.breaks[w] !== Break.None) && QUESTION_STARTS.has(tokens.words[w] as string)) return true;
  // "The whole school or one class?": one of the choices a question offers.
  if (isOr(tokens, end) || isOr(tokens, start - 1)) return true;
  // Spanish opens a question with "¿": "¿Le pasa a toda la escuela o solo a un grupo?"
  if (opensWithQuestionMark(tokens, first)) return true;
  return sentenceEnd(tokens, start) - end <= 1;
}

// A question opened by a supposition or a check of what was understood: "If a student clicks Submit
// ..., does the teacher see it?", "So I just go to Settings ...?", "... and choose CSV, right?".
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['if', 'so']);
const CHECKS_BACK: ReadonlySet<string> = new Set(['right', 'correct', 'ok', 'okay', 'yes']);
// Past a chat turn's header ("[10:02] Visitor: so I just ...").
const OPENER_REACH = 6;

/**
 * A sentence ending in "?" that reads as a question ("Can you check ...?", "If ..., does it ...?"),
 * not a statement with a "??" of disbelief ("click Turn In and it says file too large but its just text??").
 */
export function opensLikeQuestion(tokens: Tokens, w: number): boolean {
  const first = sentenceStart(tokens, w);
  const last = sentenceEnd(tokens, w) - 1;
  if (CHECKS_BACK.has(surface(tokens, last))) return true;
  for (let v = first; v <= last; v++) {
    if (v !== first && tokens.breaks[v] === Break.None) continue;
    const word = surface(tokens, v);
    if (QUESTION_STARTS.has(word) || (QUESTION_OPENERS.has(word) && v - first <= OPENER_REACH)) return true;
  }
  return opensWithQuestionMark(tokens, first);
}

/** A "¿" just before the sentence's first word. */
function opensWithQuestionMark(tokens: Tokens, first: number): boolean {
  return tokens.text.slice(Math.max(0, (tokens.starts[first] ?? 0) - 3), tokens.starts[first] ?? 0).includes('¿');
}

const HYPOTHETICAL: ReadonlySet<string> = new Set(['if', 'once', 'whether', 'unless', 'si', "i'll", "we'll", 'ill', 'will', 'going']);
// An indirect question: "I asked whether it's all his classes or other teachers too" (English only:
// folded, Spanish "sí" is "si").
const ASKED_WHETHER: ReadonlySet<string> = new Set(['if', 'whether']);
const CLAUSE_REACH = 8;

/** One of `words` at w or before it in its clause, within CLAUSE_REACH words. */
function inClauseBefore(tokens: Tokens, w: number, words: ReadonlySet<string>): boolean {
  for (let v = w; v >= 0 && w - v < CLAUSE_REACH; v--) {
    if (words.has(surface(tokens, v))) return true;
    if (tokens.breaks[v] !== Break.None) return false;
  }
  return false;
}

/** The phrase at w is what an indirect question asks ("asked whether it's the whole school"); read from the word before it. */
export const isAskedWhetherAt = (tokens: Tokens, w: number): boolean => inClauseBefore(tokens, w - 1, ASKED_WHETHER);

// "whether they've tried another browser", "let us know if she cleared the cache", "make sure it works": what is wanted to
// know, not what was done (a bare "if" is not: "if I use Chrome it works" tells a try).
const KNOWING: ReadonlySet<string> = new Set(['know', 'knowing', 'wonder', 'wondering', 'sure', 'confirm', 'me', 'us']);

const MAKING: ReadonlySet<string> = new Set(['make', 'makes', 'making']);

/** The phrase at w is what "whether", "know if" or "make sure" asks, in its clause; read from the word before it. */
export function isWantedToKnowAt(tokens: Tokens, w: number): boolean {
  for (let v = w - 1; v >= 0 && w - 1 - v < CLAUSE_REACH; v--) {
    const word = surface(tokens, v);
    // "Not sure if it's related but I cleared the cache": a new clause, told as done.
    if (JOINERS.has(word)) return false;
    // "We tested whether incognito helps": a test done, not a question.
    if (word === 'whether' || word === 'ensure') return !TESTED.has(surface(tokens, v - 1));
    if (word === 'if' && v > 0 && KNOWING.has(surface(tokens, v - 1)) && tokens.breaks[v] === Break.None) return true;
    // "I want to make sure Brightpath works": what is to be checked, not what came of a try ("I make
    // sure to clear the cache" does it).
    if (word === 'sure' && v > 0 && MAKING.has(surface(tokens, v - 1)) && surface(tokens, v + 1) !== 'to' && tokens.breaks[v] === Break.None) return true;
    if (tokens.breaks[v] !== Break.None) return false;
  }
  return false;
}
const JOINERS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'because', 'pero']);
const TESTED: ReadonlySet<string> = new Set(['tested', 'test', 'testing', 'checked', 'check', 'tried', 'try', 'see', 'saw']);

/** The phrase at w is supposed or planned, not stated: "if this turns out to be the whole district", "I'll check with the other teachers". */
export const isHypotheticalAt = (tokens: Tokens, w: number): boolean => inClauseBefore(tokens, w, HYPOTHETICAL);

function isOr(tokens: Tokens, w: number): boolean {
  if (w < 0 || w >= tokens.words.length) return false;
  const word = tokens.text.slice(tokens.starts[w] ?? 0, tokens.ends[w] ?? 0).toLowerCase();
  return word === 'or' || word === 'o';
}

/** A word as written, lower case: the words a rule reads need not be in the lexicons. */
export function surface(tokens: Tokens, w: number): string {
  return tokens.words[w] || tokens.text.slice(tokens.starts[w] ?? 0, tokens.ends[w] ?? 0).toLowerCase();
}

// Words through which a negation still reaches a group: "doesn't affect the whole school", "isn't
// happening to all of my students"; any other word stops it: "it won't load for my whole class" is
// the whole class's problem.
const NEGATION_CARRIERS: ReadonlySet<string> = new Set([
  'affect', 'affects', 'affecting', 'affected', 'happen', 'happens', 'happening', 'impact', 'impacts', 'impacting', 'limited', 'seem', 'seems',
  'be', 'is', 'it', 'just', 'only', 'all', 'every', 'each', 'of', 'the', 'a', 'to', 'for', 'in', 'at', 'on', 'across', 'whole', 'entire',
  'afecta', 'afectando', 'pasa', 'pasando', 'le', 'les', 'en', 'la', 'el', 'los', 'las', 'toda', 'todo', 'todos', 'todas', 'solo', 'de', 'del', 'es',
]);
const GROUP_NEGATION_REACH = 6;

/** A negation that bears on the group itself ("not the whole school"), not on what the group can't do. */
export function isGroupNegatedAt(tokens: Tokens, start: number): boolean {
  for (let w = start; w > 0 && start - w < GROUP_NEGATION_REACH; w--) {
    if (tokens.breaks[w] !== Break.None) return false;
    const word = surface(tokens, w - 1);
    if (NEGATORS.has(word)) return !isAnswerNo(tokens, w - 1);
    if (!NEGATION_CARRIERS.has(word)) return false;
  }
  return false;
}

/**
 * "no the whole science dept sees it": an answer opening its clause, the comma left out, not a
 * negation (unless the clause negates itself: "no the whole school doesn't have it").
 */
function isAnswerNo(tokens: Tokens, w: number): boolean {
  if (surface(tokens, w) !== 'no' || !(w === 0 || tokens.breaks[w] !== Break.None) || surface(tokens, w + 1) !== 'the') return false;
  for (let v = w + 2; v < tokens.words.length && tokens.breaks[v] === Break.None; v++) if (NEGATORS.has(surface(tokens, v))) return false;
  return true;
}

export function isStatedAt(tokens: Tokens, start: number, end: number): boolean {
  return !isNegatedAt(tokens, start) && !isAskedAt(tokens, start, end);
}

// "I tried to do it myself under Admin > Users": an attempt at the fix, not what the user wanted to do.
const ONESELF: ReadonlySet<string> = new Set(['myself', 'ourselves', 'herself', 'himself', 'themselves']);
const ONESELF_REACH = 6;

// Or from where one's own fix is made: "I tried to change it from our admin side" (not "from the office
// computer", "from the admin side of the app").
const FIX_SIDES: ReadonlySet<string> = new Set(['admin', 'district', 'office']);
const SIDES: ReadonlySet<string> = new Set(['side', 'end', 'panel', 'console']);
const OWN: ReadonlySet<string> = new Set(['our', 'my']);

/** "myself" (or "ourselves", ...), or "from our admin side", within a few words of `from`, in its clause. */
export function doneByOneself(tokens: Tokens, from: number): boolean {
  for (let w = from; w < tokens.words.length && w - from < ONESELF_REACH && tokens.breaks[w] === Break.None; w++) {
    const word = tokens.words[w] as string;
    if (ONESELF.has(word)) return true;
    if (word !== 'from') continue;
    if (OWN.has(tokens.words[w + 1] ?? '') && FIX_SIDES.has(tokens.words[w + 2] ?? '') && SIDES.has(tokens.words[w + 3] ?? '') && tokens.words[w + 4] !== 'of') return true;
  }
  return false;
}
