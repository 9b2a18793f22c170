// Troubleshooting already done: a labelled section, something done that counts alone ("cleared
// the cache", "tried incognito", "could not reproduce on a test account"), or an attempt with what
// came of it ("re-saved the enrollment, waited for the next sync - no change"). Stated, not asked,
// negated or planned ("have you tried...?", "haven't cleared", "will try tonight").
import { TROUBLESHOOTING_COMMANDS, TROUBLESHOOTING_FUTURES, TROUBLESHOOTING_INTENTIONS, TROUBLESHOOTING_PLANS, type TroubleshootingWord } from './lexicon';
import type { PhraseMatch } from './lexicon/phrases';
import { Break, sentenceEnd, sentenceStart, spanText, type Tokens } from './lexicon/tokens';
import { lineAround } from './context';
import { FORWARD_MARK, quotedFromScreen, withoutAccents } from './text';
import { Finding } from './finding';
import { parseLabelLine, sectionValue } from './sections';
import { matchesOf, sourceAt, tokensOf, type Corpus, type Source } from './source';
import { isPlaceholder } from './placeholders';
import { doneByOneself, isAskedAt, isStatedAt, isWantedToKnowAt, surface } from './tokenContext';
import { checksWhoElseHasIt, elsewhere, opensACheck, triedOnTheSame, troubleshootingByModel } from './troubleshootingByModel';
import { answeredQuestions, CONFIRMS, isAgentTurn, lineHeadAt, lineRestAt } from './turns';

// "None", "not yet", "haven't had time", "I was going to reinstall it but haven't", "Will have teachers
// clear their cache": the label is there, nothing done.
const NOT_DONE = /^(?:nothing|none|no\b|not (?:yet|done|started|tried|attempted)|(?:haven'?t|have not|hasn'?t) (?:had (?:the )?time|tried|done|gotten)|n\/a|nada|ninguno|todav[ií]a (?:no|nada)|a[uú]n (?:no|nada)|(?:(?:le|les|lo|la|los|las|se|me|nos|te) )?(?:voy|vamos|va|van) a\b|(?:i|we)(?:\s+(?:was|were|am|are)\s+(?:going|planning)\b|\s*(?:'ll|will)\b|\s+(?:haven'?t|have\s+not)\b)|will\s+(?:have|try|be|do|ask|check|get|call)\b|going to\b|plan(?:ning)? to\b)/i;

// "Asked my admin, she said she'd look into it": handed to someone who has not done anything yet (and
// nothing more: "..., she saw his account is active, but he still can't get in" tells what came of it).
const HANDED_ON =
  /^asked (?:my|our|the|a) [\w-]+(?: [\w-]+)?,? (?:and )?(?:she|he|they) (?:said (?:she|he|they)(?:'d| would| will|'ll)|will|'ll|(?:is|are) going to) (?:look|check|get back|find out|call|see)(?: into it| at it| on it| to it)?[.!]*$/i;
// "Log in as teacher, go to Messages, type a message, click Send - it says Sent": the steps to the
// problem typed into the tried field, not a fix tried (as "Sign in with the Google button instead.
// Same error." is).
const STEPS_TYPED = /^(?:log ?in|sign ?in|go to|navigate to|open|click|select|type)\b/i;
const TRY_SIGNS = /\b(?:same|still|instead|works?|worked|fine|another|different|other|home|phone|no change|no luck)\b/i;

/** A tried field's value that tells nothing done: blank, "n/a", "TBD", "not yet". */
const saysNothingDone = (value: string): boolean => {
  const text = value.trim();
  return isPlaceholder(value) || NOT_DONE.test(text) || HANDED_ON.test(text) || (STEPS_TYPED.test(text) && !TRY_SIGNS.test(text));
};

// "everything", "all the usual stuff", "everything I can think of", "de todo": not what was tried, so
// engineering can rule nothing out; like a placeholder, the field is there and the troubleshooting is not.
const VAGUE_VALUE =
  /^(?:(?:i|we|they)\s+)?(?:tried|did|have tried|done)?\s*(?:everything|every ?thing (?:i|we) (?:can|could) think of|all (?:of )?(?:it|the (?:usual|basic|normal|standard) ?(?:stuff|things|steps)?)|(?:the )?usual(?: stuff| things| steps)?|(?:the )?basics|lots|a lot|(?:lots|a lot) of (?:things|stuff)|todo|de todo|lo (?:de siempre|normal|b[aá]sico))\s*[.!]*$/i;

// "What have you tried?: Tried to log in multiple times": the problem again, nothing else.
const FAILING_ACTION_AGAIN =
  /^\s*(?:(?:i|we|he|she|they)\s+)?(?:tried|kept trying|attempted|have tried)\s+(?:to\s+)?(?:log\s*in|login|sign\s*in|log\s+on|get\s+in|access\s+it|open\s+it|submit\s+it)(?:\s+(?:again|multiple times|several times|many times|a few times|a bunch|\d+\s+times|twice|over and over))?\s*[.!]*\s*$/i;
const CHECKED_THAT = /\b(?:that|whether|if|que|si)\b/i;
const DOER = /^\s*(?:i|we|she|he|they)\s+(?:also\s+|already\s+)?/i;

function fromSections(source: Source, found: Finding): void {
  for (const section of source.sections) {
    if (section.kind !== 'troubleshooting') continue;
    const value = sectionValue(section);
    // "None", "not done yet": the label is there, the troubleshooting is not.
    const lines = section.body.length + (section.inline ? 1 : 0);
    // (Or asks around: "What have you already tried?: I checked with my teammate and hers saves fine"; not
    // a check of something with them: "Revisamos con dos mamás que las notificaciones estén activadas".)
    const asksAround = (checksWhoElseHasIt(value.replace(DOER, '')) && !CHECKED_THAT.test(value)) || FAILING_ACTION_AGAIN.test(value);
    if (saysNothingDone(value) || (lines === 1 && (VAGUE_VALUE.test(value.trim()) || asksAround))) continue;
    found.present(lines > 1 ? `${source.where}: ${section.label} (${lines} lines)` : `${source.where}: ${section.label}: ${value}`);
  }
}

// A call note's line of advice: "Advised: have Diego log out/in", "Told cx to clear the cache".
const ADVISED_LINE = /^\s*[-*•]?\s*(?:(?:i|we)\s+)?(?:adv(?:ised)?|suggested|recommended|next steps?|(?:told|asked) (?:cx|caller|customer|her|him|them) to)\b/i;
const ADVISED_REACH = 200;
// ...unless the line says it was done and what came of it: "Told cx to clear the cache; she did, same error."
const DONE_AFTER_ALL = /\b(?:(?:she|he|they|cx|we|caller) (?:did|tried)|did (?:that|it)|same|still|no change|didn'?t help)\b/i;

/** How far back in its clause a future ("going to have IT reinstall it") still makes a plan. */
const FUTURE_REACH = 8;

const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);
const TODAY_BEFORE: ReadonlySet<string> = new Set(['esta', 'la', 'this']);

/** A plan or an ask stands just before ("will try", "could you clear", "please re-sync"), or a future earlier in the clause. */
function isPlanned(tokens: Tokens, start: number): boolean {
  const line = lineAround(tokens.text, tokens.starts[start] ?? 0, ADVISED_REACH);
  if (ADVISED_LINE.test(line) && !DONE_AFTER_ALL.test(line)) return true;
  for (let w = start; w > 0 && start - w < FUTURE_REACH; w--) {
    if (tokens.breaks[w] !== Break.None) return false;
    const word = tokens.words[w - 1] as string;
    // "I try reset password two times": a second-language writer's past, not advice to try (though
    // "I suggested they try clearing the cache" is still advice).
    const toldTry = word === 'try' && SUBJECTS.has(tokens.words[w - 2] ?? '') && tokens.breaks[w - 1] === Break.None;
    // ("esta mañana", "this morning": a time of day gone by, not tomorrow.)
    const thisMorning = TODAY_BEFORE.has(tokens.words[w - 2] ?? '') && tokens.breaks[w - 1] === Break.None;
    if ((start - w < 3 && TROUBLESHOOTING_PLANS.has(word) && !toldTry) || (TROUBLESHOOTING_FUTURES.has(word) && !thisMorning)) return true;
  }
  return false;
}

/** "tried to log in" is what the user wanted, not an attempt to fix it ("tried" and "to" start the phrase). */
function isIntention(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  // "had to redo the essay", "the iPads had to restart": what was needed, not someone made to redo it.
  if (tokens.words[m.start] === 'had' && tokens.words[m.start + 1] === 'to') return true;
  // "tried multiple times to submit it": a count in the phrase, the aim after it.
  return aimsAt(tokens, m.value === 'attempt' ? m.end : m.start + 1) || (TRIED.has(tokens.words[m.start] as string) && aimsAt(tokens, m.end));
}

/** In a form's own "tried" label ("Lo que ya intentamos: n/a"): the form asks; its answer comes after the colon. */
function inTriedLabel(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  const { text } = tokens;
  const at = tokens.starts[m.start] ?? 0;
  // A label opens its line and is short: read no further back, or on, than one reaches (a long line's
  // every phrase would otherwise scan the line).
  let lineStart = at <= LABEL_REACH ? 0 : -1;
  for (let i = at - 1; i >= 0 && at - i <= LABEL_REACH; i--) {
    if (text.charCodeAt(i) === 10) {
      lineStart = i + 1;
      break;
    }
  }
  if (lineStart < 0) return false;
  const colon = text.indexOf(':', at);
  if (colon < 0 || colon - at > LABEL_REACH || text.slice(lineStart, colon).includes('\n') || text.slice(lineStart, at).includes(':')) return false;
  const lineEnd = text.indexOf('\n', colon);
  return parseLabelLine(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))?.kind === 'troubleshooting';
}

const LABEL_REACH = 120;

/** "La app me dio otro código de error": the symptom, not a new code to try. */
function errorCodeGiven(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  return tokens.words[m.end] === 'de' && (tokens.words[m.end + 1] === 'error' || tokens.words[m.end + 1] === 'falla');
}

/**
 * A command under a form's "Steps to reproduce" label: "1. Log in as the student 2. To-Do > Fractions
 * Review 3. Error" is the repro, not a fix tried ("I redid it in preview, marked correct" there still is).
 */
function stepGiven(corpus: Corpus, tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  if (!TROUBLESHOOTING_COMMANDS.has(tokens.words[m.start] as string)) return false;
  const at = tokens.starts[m.start] ?? 0;
  const source = sourceAt(corpus, at);
  if (!source.sections.some((s) => s.kind === 'stepsToReproduce')) return false;
  const line = lineIndexIn(source, at);
  return source.sections.some((s) => s.kind === 'stepsToReproduce' && line >= s.start && line <= s.end);
}

// Where each of a source's lines starts in the corpus text, found once per source.
const lineStarts = new WeakMap<Source, number[]>();

/** The index of the source's line holding corpus offset `at`. */
function lineIndexIn(source: Source, at: number): number {
  let starts = lineStarts.get(source);
  if (starts === undefined) {
    starts = [];
    let offset = source.start;
    for (const line of source.lines) {
      starts.push(offset);
      offset += line.length + 1;
    }
    lineStarts.set(source, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// "tried to fix it in my copy": the aim is the fix itself, so trying it is a try (not "tried to log in").
// (Not "tried to correct their answers": a student's own action.)
const FIX_AIMS: ReadonlySet<string> = new Set(['fix', 'repair', 'resolve']);

/** An aim ("to submit") at word `next`, unless what follows says it was done ("tried to fix it myself") or it is a fix. */
function aimsAt(tokens: Tokens, next: number): boolean {
  return (
    TROUBLESHOOTING_INTENTIONS.has(tokens.words[next] ?? '') &&
    tokens.breaks[next] === Break.None &&
    !FIX_AIMS.has(tokens.words[next + 1] ?? '') &&
    !doneByOneself(tokens, next + 1)
  );
}

const TRIED: ReadonlySet<string> = new Set(['tried', 'retried']);

// "Did that twice yesterday" (a note's own), "I did that again": the customer repeating a try. "It did
// that twice last week", "she did that again": the fault, or a student, doing it again.
const REPEATERS: ReadonlySet<string> = new Set(['i', 'we', 'and', 'also', 'already', 'then', 'yes', 'ok', 'okay']);
function faultDidIt(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  return tokens.words[m.start] === 'did' && m.start > 0 && tokens.breaks[m.start] === Break.None && !REPEATERS.has(tokens.words[m.start - 1] as string);
}

// Words that may open a clause before the one telling what was done: "the tech guy reinstalled it".
const OPENERS_BEFORE_COMMAND: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'just', 'then', 'and', 'or', 'also', 'maybe', 'first', 'next', 'y', 'luego']);

/** "Try reinstalling the app", "please clear the cache": a command opening its clause, nothing told after it. */
function isCommand(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>, results: ReadonlyArray<PhraseMatch<TroubleshootingWord>>): boolean {
  if (!TROUBLESHOOTING_COMMANDS.has(tokens.words[m.start] as string)) return false;
  let w = m.start;
  while (w > 0 && tokens.breaks[w] === Break.None && OPENERS_BEFORE_COMMAND.has(surface(tokens, w - 1))) w--;
  if (w > 0 && tokens.breaks[w] === Break.None) return false;
  // Results come in text order: the first one after the command tells whether its sentence has one.
  let lo = 0;
  let hi = results.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((results[mid] as PhraseMatch<TroubleshootingWord>).start < m.end) lo = mid + 1;
    else hi = mid;
  }
  const after = results[lo];
  return !(after && tokens.sentenceOf[after.start] === tokens.sentenceOf[m.start]);
}

/** A result in the sentence after the attempt, or alone in a short next sentence ("Same."). */
const SHORT_ANSWER_WORDS = 4;

/** What the rules find, then, when they find no troubleshooting done, the troubleshooting model
 * (troubleshootingByModel.ts: a small model trained on the dev splits, which reads attempts told as
 * plain past actions more often than rules catch). */
export function detectTroubleshooting(corpus: Corpus): Finding {
  const found = troubleshootingByRules(corpus);
  // Where the ticket says nothing was tried, the model's guess from its words does not overrule it.
  if (found.status !== 'present' && !saysNothingTried(corpus)) {
    const evidence = troubleshootingByModel(corpus);
    if (evidence) found.present(evidence);
  }
  return found;
}

// "Si ya le mandaron el correo y no le llega, avísenme", "cuando ya les mandamos las boletas ...": supposed, or what
// happens each time, not done ("ya" opening the phrase).
const SUPPOSING: ReadonlySet<string> = new Set(['si', 'cuando', 'if', 'when']);
const supposedAt = (tokens: Tokens, w: number): boolean => surface(tokens, w) === 'ya' && SUPPOSING.has(surface(tokens, w - 1));

// "ok gracias lo intento": I'll try it (written without its accent, "intentó" would be a try told).
const PRESENT_FORMS = /^(?:intento|pruebo|reviso|borro|reinicio|limpio|actualizo|verifico)$/;
const presentTenseAt = (tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean => {
  for (let w = m.start; w < m.end; w++) if (PRESENT_FORMS.test(spanText(tokens, w, w + 1).toLowerCase().trim())) return true;
  return false;
};
// Who the caller is, checked: "Verified he's listed as school admin" (not "verified she is enrolled in the section").
const VERIFIED_WHO = /^(?:verified|confirmed)\s+(?:he|she|they)(?:'s|\s+is|\s+are)\s+(?:listed|on\s+file|authorized|the\s+(?:principal|admin)|an?\s+(?:admin|administrator))\b/i;
const onTheSameFrom = (tokens: Tokens, w: number): boolean => triedOnTheSame(tokens.text.slice(tokens.starts[w] ?? 0, (tokens.starts[w] ?? 0) + 120));
const onTheSame = (tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean => onTheSameFrom(tokens, m.start);

// "when they switch to another browser tab and come back": a tab of the same browser, not another browser.
const TABS: ReadonlySet<string> = new Set(['tab', 'tabs', 'window', 'windows', 'pestaña', 'pestana', 'ventana']);
// ("in an incognito window", "a private tab": the try itself.)
const namesATab = (tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean => TABS.has(surface(tokens, m.end)) && !/incognito|private/.test(m.phrase);

// "the same thing in their classes", "the same thing from two other teachers": others have it too
// (how far it goes), not the same result on another device ("same thing on the iPad", "on two other laptops").
const PEOPLE_OR_CLASSES: ReadonlySet<string> = new Set(['teachers', 'teacher', 'classes', 'class', 'sections', 'students', 'kids', 'parents', 'families', 'schools', 'colleagues', 'staff', 'users']);
function othersHaveIt(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  if (surface(tokens, m.start) !== 'same' || tokens.breaks[m.end] !== Break.None) return false;
  if (surface(tokens, m.end) === 'their') return true;
  // Up to two words ("two other", "several of the") before whose it is.
  for (let w = m.end; w < m.end + 4 && w < tokens.words.length; w++) {
    if (w > m.end && tokens.breaks[w] !== Break.None) return false;
    if (PEOPLE_OR_CLASSES.has(surface(tokens, w))) return true;
  }
  return false;
}

// "students who switched out of my class", "kids that moved to another section": whom it is about, a move
// between groups, not a change someone made to fix it ("my co-teacher, who refreshed three times, still gets
// the spinner", "our registrar, who moved him to the correct homeroom, ..." stay tries).
const MOVED: ReadonlySet<string> = new Set(['switched', 'moved', 'changed', 'transferred']);
const BETWEEN_GROUPS: ReadonlySet<string> = new Set(['out', 'into', 'schools', 'sections', 'classes', 'periods', 'homerooms', 'teachers', 'districts']);
// "Marcus Bell moved from Northridge High to Southridge", "we moved from Clever to ClassLink": a move between places,
// not a fix ("I switched from Chrome to Edge, same" stays one).
const PLACE_MOVES: ReadonlySet<string> = new Set(['moved', 'transferred']);
// A school named after "from" (not "moved from WiFi to a wired connection", "from Cart B to Cart D").
const SCHOOL_AFTER_FROM = /^\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:High|Elementary|Elem|Middle|School|Academy|Charter|Prep|HS|MS|ISD|USD|District)\b/;
const describesWhom = (tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean => {
  const who = surface(tokens, m.start - 1);
  return m.value === 'attempt' && (who === 'who' || who === 'that') && MOVED.has(surface(tokens, m.start)) && BETWEEN_GROUPS.has(surface(tokens, m.end));
};
const movedBetweenSchools = (tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean =>
  m.value === 'attempt' &&
  PLACE_MOVES.has(surface(tokens, m.start)) &&
  surface(tokens, m.end) === 'from' &&
  SCHOOL_AFTER_FROM.test(tokens.text.slice(tokens.ends[m.end] ?? 0, (tokens.ends[m.end] ?? 0) + 50));
// "had the same report from teachers at Lincoln": what others had, not someone made to try something.
// ("I had the same student log in from the library computer" is a try.)
const WHAT_OTHERS_HAD: ReadonlySet<string> = new Set(['report', 'reports', 'problem', 'problems', 'issue', 'issues', 'error', 'errors', 'thing', 'complaint', 'complaints', 'question', 'questions', 'call', 'calls']);
const hadTheSame = (tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean =>
  m.phrase === 'had him/her/them/the' && surface(tokens, m.end) === 'same' && WHAT_OTHERS_HAD.has(surface(tokens, m.end + 1));
// "logged out in the middle of the test": the words of "logged out/in" with no mark between are what happened.
const OUT_SLASH_IN = 'log/logged/sign/signed out , in';
const outInUnmarked = (tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean => m.phrase === OUT_SLASH_IN && tokens.breaks[m.end - 1] === Break.None;

/** A check of who else has it, told in the clause of the check (checksWhoElseHasIt). */
const checksOthersAt = (tokens: Tokens, w: number): boolean => checksWhoElseHasIt(tokens.text.slice(tokens.starts[w] ?? 0, (tokens.starts[w] ?? 0) + 80));

/** "walked down the hall and checked with two of her neighbors ... the same thing": what came of asking around. */
function checksOthersBetween(tokens: Tokens, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if ((w === from || opensACheck(surface(tokens, w))) && checksOthersAt(tokens, w)) return true;
  return false;
}

// "has two accounts since he re-enrolled in January", "when she re-enrolled", "after she re-enrolled in
// October": when the student came back, a school's event in the story, not a fix tried (unlike
// "re-enrolled the student - no change"; "after I re-enrolled him, it still shows ..." is one: after
// "after", only the student re-enrolling, with no one re-enrolled, is the event).
const ENROLLED_AGAIN = /^re-?enroll/i;
const WHEN_WORDS: ReadonlySet<string> = new Set(['since', 'when', 'desde', 'cuando']);
const THE_STUDENT: ReadonlySet<string> = new Set(['she', 'he', 'they']);
const SOMEONE_ENROLLED: ReadonlySet<string> = new Set(['him', 'her', 'them', 'the', 'a', 'an', 'all', 'his', 'their', 'both', 'each', 'every']);

function isEnrollmentEvent(tokens: Tokens, w: number): boolean {
  if (!ENROLLED_AGAIN.test(tokens.text.slice(tokens.starts[w] ?? 0, (tokens.ends[w] ?? 0) + 9))) return false;
  for (let d = w - 1; d >= 0 && w - d <= 3; d--) if (WHEN_WORDS.has(surface(tokens, d))) return true;
  // ("re-enrolled" may be read as two words: what follows is after the second.)
  const next = /^re$/i.test(surface(tokens, w)) ? surface(tokens, w + 2) : surface(tokens, w + 1);
  return w >= 2 && surface(tokens, w - 2) === 'after' && THE_STUDENT.has(surface(tokens, w - 1)) && !SOMEONE_ENROLLED.has(next);
}

/** The text from the earlier of two matches to the later one. */
function textBetween(tokens: Tokens, a: PhraseMatch<TroubleshootingWord>, b: PhraseMatch<TroubleshootingWord>): string {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return tokens.text.slice(tokens.starts[first.start] ?? 0, tokens.starts[second.start] ?? 0);
}

// "I haven't had a chance to ask (around)": nothing said of what was tried.
const TO_ASK_AROUND = /^\s*(?:yet\s+)?to\s+(?:ask|check with|talk to|hear)\b/i;

/** "no troubleshooting yet", "no ha intentado nada", said (not asked). */
function nothingTriedStatements(corpus: Corpus): Array<PhraseMatch<TroubleshootingWord>> {
  const tokens = tokensOf(corpus);
  return matchesOf(corpus).troubleshooting.filter(
    (m) => m.value === 'nothing' && !isAskedAt(tokens, m.start, m.end) && !TO_ASK_AROUND.test(tokens.text.slice(tokens.ends[m.end - 1] ?? 0, (tokens.ends[m.end - 1] ?? 0) + 30)),
  );
}

export function saysNothingTried(corpus: Corpus): boolean {
  return nothingTriedStatements(corpus).length > 0 || formSaysNothingTried(corpus);
}

/** A form's "What have you tried:" left blank or "n/a", "TBD" (and no such field filled): nothing tried. */
function formSaysNothingTried(corpus: Corpus): boolean {
  let blank = false;
  for (const source of corpus.sources) {
    for (const section of source.sections) {
      if (section.kind !== 'troubleshooting') continue;
      const value = sectionValue(section);
      if (!saysNothingDone(value)) return false;
      blank = true;
    }
  }
  return blank;
}

export function troubleshootingByRules(corpus: Corpus): Finding {
  const found = new Finding();
  for (const source of corpus.sources) if (source.kind !== 'subject') fromSections(source, found);
  for (const source of corpus.sources) if (source.kind !== 'subject') suggestionsDone(source, found);
  if (found.full) return found;
  const tokens = tokensOf(corpus);
  const sourceOf = (m: PhraseMatch<TroubleshootingWord>): Source => sourceAt(corpus, tokens.starts[m.start] ?? 0);
  const all = matchesOf(corpus).troubleshooting;
  // "no troubleshooting yet": in that comment, what read as tried (the agent's own checks, advice) was not.
  const nothingTried = nothingTriedStatements(corpus);
  // ... in that message: a forwarded one below it is someone else's ("Haven't had a chance to look
  // myself yet. ---- From: the teacher: I restarted my laptop ..., no change").
  const saidNothingTried = (m: PhraseMatch<TroubleshootingWord>): boolean =>
    nothingTried.some((n) => sourceOf(n) === sourceOf(m) && !FORWARD_MARK.test(textBetween(tokens, n, m)));
  const toldOrTried = all.filter(
    (m) => m.value !== 'nothing' && !saidNothingTried(m) && isStatedAt(tokens, m.start, m.end) && !isWantedToKnowAt(tokens, m.start) && !isPlanned(tokens, m.start) && !isIntention(tokens, m) && !faultDidIt(tokens, m) && !inTriedLabel(tokens, m) && !errorCodeGiven(tokens, m) && !supposedAt(tokens, m.start),
  );
  const told = toldOrTried.filter((m) => m.value === 'result' || m.value === 'outcome');
  // A command under a form's steps is the repro, unless its sentence tells what came of it ("reinstall the app: same").
  const stated = toldOrTried.filter((m) => !(stepGiven(corpus, tokens, m) && !told.some((r) => tokens.sentenceOf[r.start] === tokens.sentenceOf[m.start])));
  const results = told;
  // "tried EVERYTHING and nothing works", "did some troubleshooting": not what was tried, so engineering
  // can rule nothing out (as a tried field answered "everything"): no troubleshooting.
  const vagueTries = stated.filter((m) => m.value === 'vague');
  // Within it, or just before it ("did | some troubleshooting").
  const inVague = (start: number, end = start + 1): boolean => vagueTries.some((v) => v.start <= end && start < v.end);
  for (const m of stated) {
    if (found.full) break;
    if (m.value !== 'vague' && inVague(m.start, m.end)) continue;
    if (checksOthersAt(tokens, m.start) || isEnrollmentEvent(tokens, m.start) || describesWhom(tokens, m) || movedBetweenSchools(tokens, m) || outInUnmarked(tokens, m) || hadTheSame(tokens, m) || namesATab(tokens, m) || othersHaveIt(tokens, m) || onTheSame(tokens, m)) continue;
    // (A present told with what came of it is a try: "Intento otra vez y sale lo mismo"; looked for only then.)
    const resultAfter = (): boolean => results.some((r) => r.start >= m.end && (tokens.sentenceOf[r.start] as number) - (tokens.sentenceOf[m.start] as number) <= 1);
    if ((presentTenseAt(tokens, m) && !resultAfter()) || (m.value === 'done' && VERIFIED_WHO.test(spanText(tokens, m.start, Math.min(tokens.words.length, m.end + 4))))) continue;
    // ('it says "Something went wrong"': what the screen said, not what was tried.)
    if (isCommand(tokens, m, results) || triesToReach(tokens, m) || quotedFromScreen(tokens.text, tokens.starts[m.start] ?? 0) || isAskedOrQuoted(tokens, m)) continue;
    const source = sourceOf(m);
    // Support's reply to the requester ("Hi Mike, Yes! ... so nothing is removed.") answers; it tries
    // nothing. (Not every comment signed "Support": a school's own IT signs "District Support Team".)
    if (source.kind === 'subject' || source.greetsRequester === true) continue;
    if (m.value === 'done') found.present(`${source.where}: ${clauseText(tokens, m, 2)}`);
    else if (m.value === 'attempt' && hasResult(tokens, m, results)) found.present(`${source.where}: ${clauseText(tokens, m)}`);
  }
  for (const outcome of results) {
    if (found.full) break;
    if (outcome.value !== 'outcome' || sourceOf(outcome).kind === 'subject' || sourceOf(outcome).greetsRequester === true) continue;
    const done = pastActionBefore(tokens, outcome);
    if (done !== null && !inVague(done) && !checksOthersBetween(tokens, done, outcome.start) && !onTheSameFrom(tokens, done)) found.present(`${sourceOf(outcome).where}: ${spanText(tokens, done, outcome.end)}`);
  }
  return found;
}

/**
 * An agent's chat turn asking for it ("Agent (Sam): ... could you have a couple of students clear their
 * browser cache and try again?"), or an earlier message quoted in a reply ("> Could you have the
 * students clear their cache ..."): advice, or told where it was first written.
 */
function isAskedOrQuoted(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  const at = tokens.starts[m.start] ?? 0;
  const head = lineHeadAt(tokens.text, at);
  if (head === null) return false;
  if (head.trimStart().startsWith('>')) return true;
  if (!isAgentTurn(head)) return false;
  // Or told to the customer: "In the meantime you could have a student try clearing their cache.", or
  // the way there after asking: "Have you tried resetting it? Students > Kaylee > Reset password."
  const before = tokens.text.slice(Math.max(0, tokens.text.lastIndexOf('\n', at) + 1, at - TURN_BEFORE), at);
  return lineRestAt(tokens.text, at).includes('?') || PATH_AFTER_QUESTION.test(before) || ADDRESSED.test(spanText(tokens, sentenceStart(tokens, m.start), m.start));
}
const ADDRESSED = /\b(?:you|your)\b/i;
const PATH_AFTER_QUESTION = /\?[^?\n]*>\s*$/;
const TURN_BEFORE = 400;

// An agent's note of calling the customer: "10/23 tried again, no answer. LVM." tells no fix tried.
const CALL_NOT_ANSWERED =
  /\b(?:no answer|lvm|left (?:a |her |him |them )?(?:voicemail|vm|message|msg)|(?:straight |went |goes )?to (?:voice ?mail|vm)|(?:tried|called) again,? (?:voice ?mail|vm)|busy signal|sin respuesta|no contest[oó]|no contestan|dej[eé] (?:un )?mensaje|buz[oó]n lleno|(?:regres|devolv)(?:ar|er|[eé]|[ií]) la llamada|buz[oó]n(?: de voz)?\.?$)/i;

/** How far around an attempt, on its line, a call not answered is looked for. */
const CALL_REACH = 120;

function triesToReach(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>): boolean {
  return CALL_NOT_ANSWERED.test(lineAround(tokens.text, tokens.starts[m.start] ?? 0, CALL_REACH));
}

// A next sentence opening on what was done ("That worked, but after the next sync it came back.") or
// on what came of it ("But the quiz still shows the old due date.").
const BACK_TO_IT: ReadonlySet<string> = new Set(['that', 'it', 'this', 'but', 'eso', 'esto', 'pero']);

/** How many words before an attempt its result may be told. */
const RESULT_BEFORE_REACH = 6;

function hasResult(tokens: Tokens, attempt: PhraseMatch<TroubleshootingWord>, results: ReadonlyArray<PhraseMatch<TroubleshootingWord>>): boolean {
  const sentence = tokens.sentenceOf[attempt.start] as number;
  const end = sentenceEnd(tokens, attempt.start);
  const nextEnd = end < tokens.words.length ? sentenceEnd(tokens, end) : end;
  return results.some((r) => {
    if (r.start >= attempt.start && r.start < attempt.end) return false;
    const s = tokens.sentenceOf[r.start] as number;
    // In its sentence: after it, or just before it ("same in firefox", "our internet is fine though, we
    // checked"), not a clause away ("Content error in Lesson 3.2: ... the labels swapped").
    // ("Doesn't work on her phone or the laptop or the desktop, she tried all three": "tried" says it.)
    if (s === sentence) return r.start >= attempt.end || attempt.start - r.end <= RESULT_BEFORE_REACH || TRIED.has(tokens.words[attempt.start] as string);
    if (s !== sentence + 1 || r.start < end) return false;
    // "Same." / "That worked, but after the next sync the old record came back.": a short answer, or a
    // sentence opening on what was done or on "but", telling what came of it.
    return nextEnd - end <= SHORT_ANSWER_WORDS || (r.value === 'outcome' && BACK_TO_IT.has(tokens.words[end] as string));
  });
}

// The agent asks whether something was tried: "Have you tried having them log out?", "¿Ya probó en otro navegador?".
const ASKS_TRIED =
  /\b(?:have|has|did)\s+(?:you|they|she|he|the\s+\w+|your\s+\w+)\s+(?:already\s+)?(?:tried|try)\b|(?:^|[^\p{L}])(?:ya\s+)?(?:intent[oó]|prob[oó]|intentaron|probaron|(?:ha|han)\s+(?:intentado|probado))(?![\p{L}])/iu;
// The customer says it was done ("already did", "did that", "ya lo hicimos"), or yes and what came of it
// ("yep, same msg"): not a yes that asks back ("yes, how do I do that?", "yes please walk me through it").
const SAYS_DONE = /^(?:already|(?:we|i|she|he|they)\s+(?:already\s+)?(?:did|tried)|did\s+(?:that|it)|done\s+that|ya\s+(?:lo\s+|la\s+)?(?:hice|hicimos|hizo|intent|prob))/i;
// (Or what the screen said when it was done: "yes - Assignments > ... > Extend due date, and it says 'locked'".)
const DONE_OR_RESULT =
  /\b(?:did|done|tried|already|same|still|either|no\s+change|didn'?t\s+(?:help|work|change)|nothing|it\s+(?:says|said|shows|showed|gives|gave)|hice|hicimos|hizo|ya|igual|sigue|mismo|nada|me\s+sale|dice)\b/i;

/** A chat where the agent asks whether something was tried and the customer says it was: tried. */
function suggestionsDone(source: Source, found: Finding): void {
  for (const { question, answer } of answeredQuestions(source.lines)) {
    if (!ASKS_TRIED.test(question) || answer.trimEnd().endsWith('?')) continue;
    if (SAYS_DONE.test(answer) || (CONFIRMS.test(answer) && DONE_OR_RESULT.test(answer))) {
      found.present(`${source.where}: tried, as the agent asked ("${answer.slice(0, 60)}")`);
    }
  }
}

/** The phrase and a few words after it in its clause, for evidence: "re-saved the enrollment in PS". */
function clauseText(tokens: Tokens, m: PhraseMatch<TroubleshootingWord>, more = 5): string {
  let end = m.end;
  while (end < tokens.words.length && end - m.end < more && tokens.breaks[end] === Break.None) end++;
  return spanText(tokens, m.start, end);
}

// Any verb told in the past, not only the listed attempts: "unplugged", "swapped", "probé", "volví".
const PAST_EN = /^[a-z]{2,}(?:ed|'d)$/;
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['went', 'did', 'redid', 'made', 'got', 'took', 'ran', 'reran', 'put', 'set', 'reset', 'sent', 'resent', 'gave', 'had', 'built', 'rebuilt', 'wrote', 'rewrote', 'brought', 'found', 'kept', 'let', 'shut', 'told', 'swapped', 'hice', 'puse', 'quise', 'tuve', 'fui', 'fuimos']);
const PAST_ES = /(?:é|ó|í|aron|ieron|amos|imos)$/;
// A short one keeps its written accent: "pedí", "leí", "abrí" (not "asi", "aqui": see NOT_AN_ACTION).
const SHORT_PAST_ES = /^\p{L}{2,3}[éóí]$/u;
// What happened, not what someone did: "it started yesterday, same thing on every laptop".
const NOT_AN_ACTION: ReadonlySet<string> = new Set(['started', 'happened', 'noticed', 'seemed', 'appeared', 'showed', 'worked', 'failed', 'crashed', 'loaded', 'stopped', 'asked', 'called', 'emailed', 'reported', 'wanted', 'needed', 'mentioned', 'received', 'opened', 'logged', 'signed', 'wondered', 'hoped', 'noted', 'expected', 'vamos', 'aqui', 'asi', 'alli', 'ahi', 'paso', 'aparecio', 'salio', 'empezo', 'comenzo']);
// Who may stand before the verb in its clause: "we", "the tech guy", "already", "ya lo".
const DOERS: ReadonlySet<string> = new Set(['i', 'we', 'she', 'he', 'they', 'already', 'also', 'then', 'and', 'so', 'just', 'even', 'have', 'has', 'had', "i've", "we've", 'the', 'our', 'my', 'his', 'her', 'their', 'teacher', 'tech', 'guy', 'admin', 'mom', 'dad', 'son', 'daughter', 'student', 'kid', 'parent', 'team', 'staff', 'ya', 'tambien', 'y', 'luego', 'lo', 'la', 'le', 'les', 'se', 'me', 'nos']);
const MAX_DOERS = 3;

const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** "excused assignments are still getting the penalty": a word in -ed describing the clause's subject, not an action. */
function describesSubject(tokens: Tokens, v: number): boolean {
  return tokens.breaks[v + 1] === Break.None && tokens.breaks[v + 2] === Break.None && BE.has(surface(tokens, v + 2));
}

/** A verb in the past opening a clause before the outcome, in its sentence or the one before a short outcome. */
function pastActionBefore(tokens: Tokens, outcome: PhraseMatch<TroubleshootingWord>): number | null {
  let from = outcome.start;
  while (from > 0 && tokens.breaks[from] !== Break.Sentence) from--;
  // "Swapped to a loaner laptop. Same." - a short outcome answers the sentence before.
  if (from === outcome.start && sentenceEnd(tokens, outcome.start) - outcome.start <= SHORT_ANSWER_WORDS) {
    from = Math.max(0, from - 1);
    while (from > 0 && tokens.breaks[from] !== Break.Sentence) from--;
  }
  for (let w = from; w < outcome.start; w++) {
    if (w !== from && tokens.breaks[w] === Break.None) continue;
    // w opens a clause: skip who did it, then the verb.
    let v = w;
    while (v < outcome.start && v - w < MAX_DOERS && tokens.breaks[v + 1] === Break.None && DOERS.has(surface(tokens, v))) v++;
    if (v >= outcome.start || (v > w && tokens.breaks[v] !== Break.None)) continue;
    // As written: the lexicon's words lose their accents ("probé" would read "probe").
    const raw = tokens.text.slice(tokens.starts[v] ?? 0, tokens.ends[v] ?? 0).toLowerCase();
    const word = withoutAccents(raw);
    const past = PAST_EN.test(raw) || IRREGULAR_PAST.has(word) || (raw.length >= 5 && PAST_ES.test(raw)) || SHORT_PAST_ES.test(raw);
    // ("He tried to log in yesterday and again this morning, same code": what he wanted, not a try.)
    const aim = TRIED.has(word) && aimsAt(tokens, v + 1) && !elsewhere(spanText(tokens, v, outcome.start));
    if (past && !aim && !NOT_AN_ACTION.has(word) && !describesSubject(tokens, v) && isStatedAt(tokens, v, v + 1) && !isPlanned(tokens, v)) return v;
  }
  return null;
}
