// Description: what the user tries to do and what happens instead, in the ticket's own words.
// Measured as prose beyond the template: labels, ids, steps and links do not count as a description.
import { Finding } from './finding';
import { CALLBACK_WORDS, VAGUE_WORDS } from './lexicon';
import { Break, Kind, tokenize, type Tokens } from './lexicon/tokens';
import type { LabelKind } from './labels';
import type { Source } from './source';
import { isPlaceholder } from './placeholders';
import { isSignOff, repliesToRequester } from './signature';
import { countWords, FORWARD_MARK, MAIL_HEADER_LINE, proseLength } from './text';
import { isAgentTurn, TURN_TEXT } from './turns';

/** Prose at or above this many characters is a description; below it, a thin one. */
export const DESCRIPTION_MIN_CHARS = 40;

/** The values of the sections `takes` keeps (placeholders aside), and the lines outside any section `keeps`. */
function partsOf(source: Source, takes: (kind: LabelKind) => boolean, keeps: (line: string) => boolean = () => true): string[] {
  const covered = new Uint8Array(source.lines.length);
  const parts: string[] = [];
  for (const section of source.sections) {
    covered.fill(1, section.start, section.end + 1);
    if (takes(section.kind)) for (const part of [section.inline, ...section.body]) if (!isPlaceholder(part)) parts.push(part);
  }
  source.lines.forEach((line, i) => {
    if (!covered[i] && keeps(line)) parts.push(line);
  });
  return parts;
}

/** The parts of a source that may describe: free prose, and values under description labels ("Issue:", "Summary:"). */
function describingParts(source: Source): string[] {
  // An untracked label's value ("Note: ...") is still prose, and steps say what the user tries to do;
  // the other items' values (ids, school, scope...) are not a description.
  return partsOf(source, (kind) => kind === 'description' || kind === 'other' || kind === 'stepsToReproduce');
}

/** What a form says: its description fields' values, and its lines of prose outside any field (not its title, "Help Center form"). */
function formDescription(source: Source): string {
  return partsOf(source, (kind) => kind === 'description', (line) => countWords(line, FIELD_MAX_WORDS + 1) > FIELD_MAX_WORDS).join('\n');
}

/** Characters of free prose in a source, plus those under description labels. */
export function describedChars(source: Source, parts = describingParts(source)): number {
  return parts.reduce((n, part) => n + proseLength(part), 0);
}

/** Where a message's own words end: a sign-off, a signature's dashes, a device's "Sent from my iPhone". */
const SIGNATURE_START = /^\s*(?:--|sent from\b|enviado desde\b|get outlook\b)/i;
/** A phone's or mail app's own line under a signature: "Sent from my Galaxy", "Sent from Yahoo Mail for Android". */
const MAIL_APP_LINE = /^\s*(?:sent from (?:my|yahoo|outlook|gmail|mail|samsung)\b|enviado desde (?:mi|yahoo|outlook|gmail)\b|get outlook\b)/i;
/**
 * A chat system's line: "[13:08] *** Visitor idle - chat closed ***", "Chat started 2025-03-11 17:02", "Chat 2025-04-02",
 * "Chat transcript - 2025-10-30", "Pre-chat: Name: ... | School: ...", and what its header's fields leave on a
 * line of their own ("2025-04-22 13:05 UTC", "Name: Visitor 88213", "Email: (not provided)").
 */
const SYSTEM_LINE =
  /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[)\]]?\s*)?(?:\*{2,}|chat (?:started|ended|closed|iniciado|finalizado|transcript)\b|(?:chat )?transcri(?:pt|pci[oó]n)\b|chat \d|submitted (?:via|through|from) |pre-?chat\b|(?:name|e-?mail|nombre|correo)\s*:)|^\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[A-Z]{2,4})?\s*$/i;
/** A signature's line: a few words, each capitalised or not a word ("Coach Ray Dominguez", "Athletics / PE"). */
const SIGNATURE_LINE = /^[\s>*]*(?:(?:\p{Lu}[\p{L}'’.&-]*|[\d()+./&@-]+)[\s,]*){1,6}$/u;
/** A signature after a dash: "- Ms. Ortiz, Kennedy Middle School". */
const DASH_SIGNATURE = /^\s*[-–—]\s*\p{Lu}[\p{L}'’.]*(?:[\s,]+(?:\p{Lu}[\p{L}'’.&-]*|[\d()+./&@-]+)){0,6}\s*$/u;
/** A timed turn's header, where TURN_TEXT may take it off ("[12:02:44] Visitor: "). */
const TIMED_TURN = /^\s*[[(]?\d{1,2}:\d{2}/;
/** More words than this say something, whatever they are: only a very short message can say nothing. */
const VAGUE_MAX_WORDS = 10;
/** A description longer than this (its prose, chat turns and all) is never a vague one: not read for it. */
const VAGUE_SOURCE_MAX_CHARS = 1000;
/** Characters of the customer's own text beyond which it is surely more than VAGUE_MAX_WORDS words. */
const VAGUE_MAX_CHARS = 200;
/** The notes of a call that took place, said near a line's start: "Called Tom back 8:31.", "Callback 4/1, spoke w/ Beatriz", "Llamé a la directora". */
const TOLD_ON_THE_CALL = /^[^\n]{0,40}\b(?:called|call(?:ed)? back|callback|spoke|talked|reached|got hold|returned (?:the |his |her )?call|llam[eé]|habl[eé]|me comuniqu[eé])\b/im;
/** A call that did not reach anyone: "Left VM, no answer". */
const NOT_REACHED = /\b(?:no answer|lvm|left (?:a )?(?:vm|voicemail|message)|voicemail again|sin respuesta|no contest[oó])\b/i;


/** A message with this many labelled fields is a form. */
const FORM_MIN_FIELDS = 3;
/** A form's other fields of this many words or fewer ("Category: Other", "Your role: Teacher") describe nothing. */
const FIELD_MAX_WORDS = 3;

const SIGN_OFF_MAX_CHARS = 40;
/** A line of blanks only: a request requests.ts blanked out. */
const MASKED = /^ +$/;

/**
 * The customer's own lines of some parts: up to the signature, without the agent's chat turns and the
 * chat system's lines; null when they hold a request that was blanked out.
 */
function ownLines(parts: readonly string[], maxChars = Infinity): string[] | null {
  const own: string[] = [];
  let chars = 0;
  for (const part of parts) {
    for (const line of part.split('\n')) {
      if (line === '') continue;
      // A sign-off closes the message, once it has said something: before, "Hello," greets. (A sign-off
      // is a few words: longer lines are not read for one.)
      if (own.length > 0 && (SIGNATURE_START.test(line) || (line.length <= SIGN_OFF_MAX_CHARS && isSignOff(line)))) {
        // "Ron Castellano / Sent from my Galaxy": the name just above the phone's line signs too.
        if (MAIL_APP_LINE.test(line)) while (own.length > 1 && SIGNATURE_LINE.test(own[own.length - 1] as string)) own.pop();
        return own;
      }
      if (isAgentTurn(line) || SYSTEM_LINE.test(line)) continue;
      // A request blanked out of the text (requests.ts: "Could you send us an export of ..."): for a
      // request, the ask is what it describes.
      if (MASKED.test(line)) return null;
      own.push(TIMED_TURN.test(line) ? line.replace(TURN_TEXT, '') : line);
      chars += line.length;
      if (chars > maxChars) return own;
    }
  }
  // A closing block of names and titles (two lines or more, or one after a dash): the signature, with
  // no sign-off above it. One Title Case line alone may be what the screen says ("Access Denied").
  let block = 0;
  while (block < own.length - 1 && SIGNATURE_LINE.test(own[own.length - 1 - block] as string)) block++;
  if (block >= 2) own.length -= block;
  else if (own.length > 1 && DASH_SIGNATURE.test(own[own.length - 1] as string)) own.pop();
  return own;
}

/**
 * Whether the customer's own words in a very short message say nothing of what is wrong: every word is
 * a vague one ("gradebook is broken AGAIN", "need help with grades", "see attached"). A form's
 * description field is read with its longer fields ("Describe the issue: help" beside "Message: The
 * quiz timer resets ..." says something), not with its short ones.
 */
export function saysNothingWrong(source: Source, describing = describingParts(source)): boolean {
  const labelled = source.sections.filter((section) => section.kind === 'description');
  const inFields = labelled.flatMap((section) => [section.inline, ...section.body]).filter((part) => part.trim() !== '');
  const parts = inFields.length > 0 ? [...inFields, ...describing.filter((part) => countWords(part, FIELD_MAX_WORDS + 1) > FIELD_MAX_WORDS)] : describing;
  const own = ownLines(parts, VAGUE_MAX_CHARS);
  if (own === null) return false;
  const text = own.join('\n');
  // Ten words are never this long: no need to read a long message's words.
  if (text.length > VAGUE_MAX_CHARS) return false;
  const tokens = tokenize(text);
  if (tokens.words.length === 0 || tokens.words.length > VAGUE_MAX_WORDS) return false;
  return tokens.words.every((word, i) => ((tokens.kinds[i] as number) & Kind.Number) !== 0 || VAGUE_WORDS.has(word));
}

// A message that only asks to be called back ("Please call me back at 315-555-0166, it's about our
// account"): it names no problem, so it describes none. "The issue with the tests" names one
// without saying what happens: still none.
const CALLBACK =
  /\b(?:call(?:ing)?\s+(?:me|us|her|him)\s+back|call\s*back|return\s+(?:my|our|the|her|his)\s+call|give\s+(?:me|us)\s+a\s+(?:call|ring)|devolver(?:me|le)?\s+la\s+llamada|regr[eé]s\w*\s+la\s+llamada|llamarme|ll[aá]menme|me\s+llamen|marcarme|comunicarse\s+conmigo)/i;
// Words of a fault beyond "it's broken": who cannot, what is missing, stuck or gone.
const FAULT_WORDS = String.raw`none\s+of|nobody|no\s+one|unable|errors?|can'?t|cannot|could\s*n'?t|missing|fail\w*|stuck|blank|frozen|locked|crash\w*|instead\s+of|disappear\w*|vanish\w*|duplicat\w*|lost|deleted`;
const PROBLEM = new RegExp(
  String.raw`\b(?:${FAULT_WORDS}|won'?t|doesn'?t|isn'?t|not\s+(?:working|loading|showing|saving|able|syncing|updating|opening|submitting|printing)|broken|wrong|show(?:s|ing|ed)?\s+(?:up\s+)?as|no\s+(?:puede|pueden|funciona|carga|aparece|sale|deja|tiene|tienen|llega|llegan|entra|entran|abre|guarda|muestra|veo|ve)|solo\s+(?:aparece|sale|me\s+aparece)|tiene\s+cero|otr[oa]\s+maestr[oa]|falla\w*|error(?:es)?)\b`,
  'i',
);

/** A longer message says more than "call me back", even in words we do not read as a problem, unless its words say it does not. */
const CALLBACK_MAX_CHARS = 250;
/** Beyond this, a message says more than a callback, whatever its words. */
const CALLBACK_LONG_MAX_CHARS = 500;
/** Words of a callback message that are neither vague, nor the callback's own, nor names: more say what happens. */
const CALLBACK_MAX_OTHER_WORDS = 1;

// A call asked for without "back": "please just call me", "have someone call me at ...", "can
// someone (from your team) call me?", "call me please", "need someone to call me ASAP". Ordinary closings say the same after a description, so the message counts as only
// this when what else it says is when, where and who ("I'm in the office until 4.").
const CALL_ASKED =
  /\b(?:please\s+(?:just\s+)?call\s+(?:me|us)|(?:have|get|ask)\s+(?:someone|somebody)(?:\s+from\s+(?:\w+\s+)?\w+)?\s+(?:to\s+)?call\s+(?:me|us)|(?:can|could)\s+(?:someone|somebody|you)(?:\s+from\s+(?:\w+\s+)?\w+)?\s+(?:please\s+|just\s+)?call\s+(?:me|us)|call\s+(?:me|us)\s+(?:at|please|pls|asap)|(?:need|want)s?\s+(?:someone|somebody)\s+to\s+call\s+(?:me|us))\b/i;
const CALLS_ASKED = new RegExp(CALL_ASKED.source, 'gi');

/**
 * Only a request to be called back: a callback asked for, no problem named, and besides it only vague
 * words, the callback's own (when, where, "about our account") and names ("Gloria from the front
 * office at Sandy Creek Elementary").
 */
export function onlyAsksForCallback(text: string, chars = text.length): boolean {
  if (chars >= CALLBACK_LONG_MAX_CHARS) return false;
  const ownList = ownLines([text]);
  // Fault words in the customer's own lines: a chat system's "Pre-chat: Name: (blank)" says nothing is blank.
  const own = ownList?.join('\n') ?? text;
  if (PROBLEM.test(own) || SCREEN_SAYS.test(own)) return false;
  if (chars < CALLBACK_MAX_CHARS && CALLBACK.test(text)) return true;
  if (ownList === null || (!CALLBACK.test(own) && !CALL_ASKED.test(own))) return false;
  // What else it says, the ask taken out: "Please call me at 555-0137, the export drops every grade" says what is wrong.
  return fewOtherWords(own.replace(CALLS_ASKED, ' '));
}

/**
 * Only "it's broken, help" in more words: every word of the customer's own lines is a vague one, the
 * callback's, a name or a number ("Hi, Gradebook is broken AGAIN. Call me, 555-0101. Dana Ruiz").
 */
export function onlySaysItIsBroken(text: string, chars = text.length): boolean {
  if (chars >= CALLBACK_LONG_MAX_CHARS) return false;
  // A forward's own lines are a line of handing it on: what it describes is below.
  if (FORWARD_MARK.test(text)) return forwardOnlySaysItIsBroken(text);
  const own = ownLines([text]);
  if (own === null || !own.some((line) => SAYS_BROKEN.test(line))) return false;
  // A line of capitalised words alone may be what the screen says ("Access Denied"); what it says
  // quoted ("it says Not Available") and words of what happens say more than "broken".
  if (own.some((line) => SCREEN_LINE.test(line) || SCREEN_SAYS.test(line) || SAYS_MORE.test(line) || CODE.test(line))) return false;
  return fewOtherWords(own.join('\n'), 0);
}
/** The most words a forward's note may have and still hand it on ("Can you help with this? She's pretty frustrated."). */
const HANDING_ON_MAX_WORDS = 15;

/** A forward whose note only hands it on, of a message that only says it is broken ("It's not working AGAIN. Can someone please just fix it??"). */
function forwardOnlySaysItIsBroken(text: string): boolean {
  const at = text.search(FORWARD_MARK);
  const lines = text.slice(at).split('\n');
  let first = 1;
  while (first < lines.length && ((lines[first] as string).trim() === '' || MAIL_HEADER_LINE.test(lines[first] as string))) first++;
  // (Its writer's name alone under it signs it: "... just fix it??\n\nSara".)
  let last = lines.length;
  while (last > first && ((lines[last - 1] as string).trim() === '' || (SIGNATURE_LINE.test(lines[last - 1] as string) && countWords(lines[last - 1] as string, 3) <= 2))) last--;
  const forwarded = lines.slice(first, last).join('\n');
  if (forwarded.trim() === '' || FORWARD_MARK.test(forwarded) || !onlySaysItIsBroken(forwarded)) return false;
  // (The note ends where its writer's signature begins: "Dr. Lorraine Fitch / Principal, ...".)
  const noteLines = ownLines([text.slice(0, at)]) ?? [];
  const signedAt = noteLines.findIndex((line, i) => i > 0 && SIGNATURE_LINE.test(line));
  const note = signedAt < 0 ? noteLines : noteLines.slice(0, signedAt);
  const noteText = note.join('\n');
  return countWords(noteText, HANDING_ON_MAX_WORDS + 1) <= HANDING_ON_MAX_WORDS && !note.some((line) => SAYS_MORE.test(line) || SCREEN_SAYS.test(line) || CODE.test(line) || DOWN.test(line));
}

// Down, slow, spinning, freezing: not a drop-down, down the hall, a down payment, a slow reply or week, a shut-down, a freeze date.
const DOWN = /(?<![-\w])(?<!shut\s)(?:down(?!\s+(?:the|in|at|here|there|stairs|payment)\b)|slow(?!\s+(?:reply|response|replies|responses|week|day)\b)|spins?|spinning|froze|freez(?:es|ing)|white screen|nothing\s+(?:loads|works|opens|shows|happens))\b/i;
// An ask with what it asks for: "how do i archive old classes?", "Please send us a CSV export of ..." (not "How to",
// "how do I reach you", "is there a way to speak to a manager").
const NOT_ABOUT_IT = String.raw`reach|contact|talk|speak|call|get\s+(?:a|in|hold)`;
const ASKS = new RegExp(
  String.raw`\b(?:how\s+(?:do|can|would|should)\s+(?:i|we|you|they|my|our)\s+(?!${NOT_ABOUT_IT})\w+\s+\w+|is\s+there\s+a\s+way\s+to\s+(?!${NOT_ABOUT_IT})\w+|please\s+(?:send|add|create|export|remove|delete|merge|set\s+up|enable|disable)\s+(?!this|that|it\b|my\s+(?:previous|last))\w+)`,
  'i',
);
// A message about reaching support, a meeting or the message itself: "Won't be in until 10, call my cell",
// "Stuck on hold for 40 min", "Can't make it to Thursday's webinar", "Wrong ticket, sorry", "Missing attachment,
// resending now", "nvm its back up, no errors now".
const NOT_THE_PRODUCT = new RegExp(
  String.raw`\b(?:call\w*|voicemail|phone number|support line|(?:on|put on) hold|front desk|my desk|reach|speak|talk|text me|email me|escr[ií]b\w*|ll[aá]m\w*|webinar|onboarding|training session|meeting|attend|asistir|venir|make it|reschedul\w*|traffic|payment|` +
    String.raw`ticket|demo|conference|spell|wrong (?:person|form|email|school)|error m[ií]o|(?:previous|last|other) (?:ticket|request|email|message)|attachment|resend\w*|connection|mention|can'?t wait|` +
    String.raw`ignore|never\s?mind|nvm|sent in error|all good|works now|working now|fixed itself|back up|no (?:errors?|issues?|problems?)\b(?!\s+but)|nothing (?:missing|wrong)|not urgent|no rush|ignorar|ya (?:funciona|sirve|qued[oó]))\b`,
  'i',
);
// A fault of the product told with what fails: "won't load", "can't log in anymore", "grades won't save".
const PRODUCT_FAULT = /\b(?:won'?t|can'?t|cannot|doesn'?t|does not|not|no)\s+(?:load|log\s?in|login|sign\s?in|save|open|show|sync|submit|play|post|upload|print)\w*\b/i;
/**
 * A bare symptom in two words or more: a fault named beyond "broken" or "a problem with" (who cannot,
 * what will not load, what is down), or an ask with what it asks for; not about reaching support, a
 * meeting or the message itself, unless a fault of the product is told with it.
 */
const namesASymptom = (text: string): boolean => {
  if (countWords(text, 2) < 2 || CALLBACK.test(text) || CALL_ASKED.test(text)) return false;
  if (NOT_THE_PRODUCT.test(text) && !PRODUCT_FAULT.test(text)) return false;
  const rest = text.replace(SAYS_BROKEN_ALL, ' ');
  return PROBLEM.test(rest) || DOWN.test(rest) || ASKS.test(rest);
};
/** It is said to be broken, in so many words (not "the assignment due tomorrow is not in the app"). */
const SAYS_BROKEN = /\b(?:broken|broke|(?:not|isn'?t|aren'?t|is not|are not)\s+working|(?:doesn'?t|does not|don'?t|do not|won'?t|will not)\s+work|messed up|issues?|problems?|trouble)\b/i;
// Every such phrase, to take them out of a text.
const SAYS_BROKEN_ALL = new RegExp(SAYS_BROKEN.source, 'gi');
const SCREEN_LINE = /^\s*(?:\p{Lu}[\p{L}']*\s+)+[\p{Lu}\d][\p{L}\d']*\s*$/u;
/** What the screen says, quoted or capitalised: "it says Not Available", 'shows "Pending"' (not "says it's urgent"). */
const SCREEN_SAYS = /\b(?:says|shows|showed|reads|displays|displayed)\s+(?:["“'‘]|\p{Lu})|\bsaid\s+["“'‘]/u;
/** Words of what happens beyond "broken" / "not working": who cannot, what is missing or gone, a code. */
const SAYS_MORE = new RegExp(
  String.raw`\b(?:${FAULT_WORDS}|(?:can|could|will|would|did|does|do)\s+not|disabled|keeps\s+\w+ing|goes\s+back|going\s+back|kicks?\s+\w+\s+out)\b`,
  'i',
);
/** A code the screen shows: "VID-403", "GB503". */
const CODE = /\b[A-Z]{2,}-?\d{2,}\b/;

/** Every word vague, the callback's, a name, a number or a time, but for at most `maxOtherWords`. */
function fewOtherWords(text: string, maxOtherWords = CALLBACK_MAX_OTHER_WORDS): boolean {
  const tokens = tokenize(text);
  let other = 0;
  for (let i = 0; i < tokens.words.length; i++) {
    const word = tokens.words[i] as string;
    if (((tokens.kinds[i] as number) & Kind.Number) !== 0 || VAGUE_WORDS.has(word) || CALLBACK_WORDS.has(word) || isCapitalized(tokens, i) || isClockTime(tokens, i)) continue;
    if (++other > maxOtherWords) return false;
  }
  return true;
}

/** A time of day written as one word: "4:52pm" ends in "52pm". */
const isClockTime = (tokens: Tokens, i: number): boolean => /^\d{1,2}(?:am|pm)$/i.test(tokens.text.slice(tokens.starts[i] ?? 0, tokens.ends[i] ?? 0));

const startsUpper = (tokens: Tokens, i: number): boolean => /^\p{Lu}/u.test(tokens.text.slice(tokens.starts[i] ?? 0, (tokens.starts[i] ?? 0) + 1));

/** A name's word: capitalised inside its sentence, or opening a run of them ("Gloria Ramirez"); not "Shows" opening a sentence. */
function isCapitalized(tokens: Tokens, i: number): boolean {
  if (!startsUpper(tokens, i)) return false;
  return (i > 0 && tokens.breaks[i] !== Break.Sentence) || (i + 1 < tokens.words.length && startsUpper(tokens, i + 1));
}

/**
 * A later reply that tells what goes wrong: in the customer's own lines (not an agent's chat turns),
 * in words of a fault ("it spins and then says ...", "can't", "error"), not a nudge ("any update?
 * still not working") nor only "it's broken".
 */
function describesInReply(source: Source): boolean {
  if (NUDGE.test(source.text)) return false;
  const own = ownLines(describingParts(source))?.join('\n') ?? '';
  return own.length >= DESCRIPTION_MIN_CHARS && (PROBLEM.test(own) || SCREEN_SAYS.test(own) || SAYS_MORE.test(own)) && !onlyAsksForCallback(own) && !onlySaysItIsBroken(own);
}
const NUDGE = /\b(?:any update|following up|follow(?:ing)? up on|still waiting|checking in|just checking|please advise)\b/i;

const POINTS_TO_SUBJECT = /\bsee\s+(?:the\s+)?subject\b|\bver\s+(?:el\s+)?asunto\b/i;
/** A subject of fewer words ("Canvas", "Gradebook sync question") names a topic, not what goes wrong. */
const SUBJECT_MIN_WORDS = 5;

export function detectDescription(sources: Source[]): Finding {
  const found = new Finding();
  const description = sources.find((s) => s.kind === 'description');
  // Without a description (some API shapes), the first comment is the description.
  const own = description && description.text.trim() !== '' ? description : sources.find((s) => s.kind === 'comment');
  const parts = own ? describingParts(own) : [];
  const ownChars = own ? describedChars(own, parts) : 0;
  // A form says what its description fields say ("Description: it's broken again. please call me").
  const formProse = own && own.sections.length >= FORM_MIN_FIELDS && own.sections.some((s) => s.kind === 'description') ? formDescription(own) : '';
  // A message that only asks for a call back describes nothing; the notes of the call may.
  const callbackOnly = own !== undefined && (onlyAsksForCallback(own.text, ownChars) || (formProse !== '' && onlyAsksForCallback(formProse)));
  // A vague message is a few words, with at most an agent's few chat turns around them, or "it's
  // broken" in more words.
  const vague =
    own !== undefined &&
    ownChars > 0 &&
    ((ownChars <= VAGUE_SOURCE_MAX_CHARS && saysNothingWrong(own, parts)) || onlySaysItIsBroken(own.text, ownChars) || (formProse !== '' && onlySaysItIsBroken(formProse)));
  if (own && callbackOnly) {
    const notes = sources.find((s) => s !== own && s.kind === 'comment' && !repliesToRequester(s) && TOLD_ON_THE_CALL.test(s.text) && !NOT_REACHED.test(s.text) && describesInReply(s));
    if (notes) found.present(`${notes.where} (after a request to be called back)`);
    return found;
  }
  // "see subject" points at the subject: it describes when the subject says what is wrong in a few words.
  const subject = sources.find((s) => s.kind === 'subject');
  if (own && vague && POINTS_TO_SUBJECT.test(own.text) && subject && countWords(subject.text, SUBJECT_MIN_WORDS) >= SUBJECT_MIN_WORDS && !saysNothingWrong(subject)) {
    found.present(`${subject.where} (pointed to by the ${own.where})`);
    return found;
  }
  if (own && !vague && ownChars >= DESCRIPTION_MIN_CHARS) {
    found.present(`${own.where} (${ownChars} chars)`);
    return found;
  }
  // A later comment may carry a labelled description the requester's first message lacked.
  for (const source of sources) {
    if (source === own || source.kind !== 'comment') continue;
    for (const section of source.sections) {
      if (section.kind !== 'description') continue;
      const chars = [section.inline, ...section.body].reduce((n, part) => n + (isPlaceholder(part) ? 0 : proseLength(part)), 0);
      if (chars >= DESCRIPTION_MIN_CHARS) found.present(`${source.where}: ${section.label} (${chars} chars)`);
    }
    if (found.status === 'present') return found;
  }
  // "The quiz thing isn't working again" first, what happens in the customer's reply: the reply describes.
  if (own && vague) {
    const reply = sources.find((s) => s !== own && s.kind === 'comment' && !s.internal && !repliesToRequester(s) && describesInReply(s));
    if (reply) found.present(`${reply.where} (a reply)`);
    return found;
  }
  // A bare symptom in a few words ("website wont load", "site down", "my son cant login") still says
  // what is wrong; "Attendance broken.", "Problem with the reading assessment" name only where.
  if (own && !vague && ownChars > 0) {
    if (namesASymptom(parts.join('\n'))) found.present(`${own.where} (${ownChars} chars)`);
    else found.weak(`${own.where} (${ownChars} chars)`);
  }
  return found;
}
