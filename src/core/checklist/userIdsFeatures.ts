// What the user-ids model (userIdsByModel.ts) reads in a ticket: the id-shaped tokens of what the
// customer wrote (long numbers, logins with digits, emails, UUIDs, prefixed codes, a login said to be
// one) and what stands nearest before each: a word for a person ("student", "username", "acct",
// "guardian", "alumno"), a word for another thing ("course", "ticket", "incident", "zip", "revision",
// "tenant"), a form's contact line or the requester's own address ("Email:", a signature), a person's
// name ("Eliza Brandt 110245"), or nothing. Fixed English and Spanish word lists, not the lexicons
// (which grew from the dev tickets). The subject is read too: an id is often all a subject says.
import { NOT_LOGINS } from './lexicon';
import { isSupportReply } from './signature';
import { ASKS_FOR_ID, contractionAt, NOT_A_LOGIN } from './text';
import { asListed, counted, wordSet } from './textFeatures';
import type { Corpus, Source } from './source';

export const USER_IDS_FEATURES = ['personIds', 'namedIds', 'bareLogins', 'bareNumbers', 'bareEmails', 'otherIds', 'idWords'] as const;

export type UserIdsFeature = (typeof USER_IDS_FEATURES)[number];
export type UserIdsFeatures = Record<UserIdsFeature, number>;

// Words for a person whose id may follow ("student 4481923", "acct 1: 3300912", "Guardian ID of parent is G-5520193").
const PERSON_WORDS = wordSet(`
  student students studentid user users username usernames userid login logins account accounts acct accts guardian guardians
  parent parents learner learners teacher teachers admin staff employee sub substitute kid kids child son daughter person sender recipient
  member members sid sids gid uid uids lasid example examples
  alumno alumna alumnos alumnas estudiante estudiantes usuario usuarios cuenta cuentas tutor padre madre hijo hija nino nina maestro
  maestra matricula ejemplo ejemplos`);
// "her ID is 5521090", "my number", "su matrícula": an id said to be someone's.
const POSSESSIVES = wordSet('my his her their your our su sus mi mis');
const ID_NOUNS = wordSet('id ids number numero');
// Words for another thing whose id may follow ("course 22003340", "Billing zip: 30318", "Incident: INC0048213").
const OTHER_WORDS = wordSet(`
  course courses section sections assignment assignments activity lesson unit quiz module item class classes ticket tickets case cases
  incident incidents inc ref reference req request order orders po invoice receipt quote zip postal phone tel cell mobile ext extension
  fax call reach room building district school campus high middle elementary elem academy prep charter tenant org organization
  revision rev version build release chat session conversation
  transcript meeting job run import export batch log logs error err code status serial device asset license subscription confirmation
  tracking date customer customers client partner
  curso cursos seccion tarea actividad leccion unidad grupo clase pedido folio factura telefono celular salon aula escuela distrito
  plantel sesion codigo fecha cliente`);
// A code whose letters name another thing: "INC0048213", "REQ-44120", "ERR-5521", "PO-7731", a
// phone's extension ("x2214").
const OTHER_PREFIXES = wordSet('inc req err ref tkt case po ord inv ch rev job imp run build ver x ext');
// A form's line for its sender: "Email:", "Your email:", "From:", "Correo:".
const CONTACT_WORDS = wordSet('email mail address your contact from to cc reply correo electronico de para su tu');
// A quote opening right before: a message's words ('gets "AADSTS50011"').
const QUOTE_BEFORE = /["“'‘]$/;
// Words that name a person's id ("the SID is in the screenshot", "her username"): the lines holding
// them are counted, and read for logins said in words.
const ID_WORDS = /\b(?:sids?|user ?names?|logins?|userids?|uids?|gids?|lasids?|matr[ií]culas?|usuarios?)\b/i;
const SHARED_MAILBOX = /^(?:support|help|helpdesk|noreply|no-reply|donotreply|do-not-reply|info|contact|billing|sales|hello|team|office|soporte|ayuda)@/i;

const CONTEXT_WORDS = 6;
const CONTEXT_CHARS = 60;
/** What it reads: the dev tickets are under 2,000 characters, and its counts are capped at what they
 * reached (itemModel.ts), so a long thread's later lines would change nothing but its cost. */
const MAX_CHARS = 12000;
const EVIDENCE_CHARS = 40;
// The last sentence break before an id: its excerpt starts after it.
const SENTENCE_STOP = /.*[.!?]\s/;
const MAX_QUESTION_CHARS = 120;
// The customer's next comment answers support's question for an id (ASKS_FOR_ID) in its first lines ("I think it's mchen5?").
const ANSWER_LINES = 4;
/** How far before a person's name a word for another thing makes the id that thing's ("call Dana Ruiz (...)"). */
const NAME_REACH = 2;

// A token: what lies between spaces and the marks that close or open a clause; one that may be an id
// holds a digit, an "@" or a dot inside a word (most tokens are passed over without a string).
const TOKEN = /[^\s,;()<>[\]"“”'‘’|]+/g;
const ID_TOKEN = /[^\s,;()<>[\]"“”'‘’|]*(?:[\d@]|[a-z]\.[a-z])[^\s,;()<>[\]"“”'‘’|]*/gi;
const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
const UUID = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
const NUMBER = /^#?\d[\d-]{4,16}$/;
const LOGIN = /^[a-z][a-z._-]{1,30}\d[a-z0-9._-]{0,12}$/;
const DOTTED = /^[a-z]{2,}(?:\.[a-z0-9]{2,}){1,3}$/;
// A login without digits, said to be one: "username is cortiz", "Username: cokonkwo", "usuario: r.adeyemi".
const SAID_LOGIN = /^[A-Za-z][A-Za-z0-9._-]{2,30}$/;
// A short id right after a person's id named as such: "Student ID: 4321", "user #8821", "SID S-204".
const SHORT_ID = /^#?[A-Za-z]{0,3}[-_]?\d{3,4}$/;
const SHORT_ID_BEFORE = /\b(?:(?:student|user|guardian|parent|learner|alumno|usuario|estudiante)s?(?:'s)?\s*(?:id|#|no\.?|number)|sid|uid|gid)\s*(?:is|es|:|=)?\s*#?\s*$/i;
const LOGIN_SAID = /\b(?:user ?name|login|usuario|user id|login id)s?\s*(?:is|es|:|=)\s*$/i;
const ACCOUNT_BEFORE = /\b(?:account|acct)\b[^.\n]{0,20}$/i;
// A zip code after a state: "Cedar Falls, IA 50613".
const STATE_BEFORE = /\b[A-Z]{2}[ \t]+$/;
const CODE = /^[A-Za-z]{1,6}[-_#]?\d{4,}[A-Za-z0-9-]*$/;
// Not ids: a phone ("555-0171", "585-555-0162"), a date ("2026-01-08", "20251114"), a range of years ("2026-27").
const NOT_A_NUMBER = /^(?:\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d{2}-\d{2})$/;
const DIGIT = /\d/;
const CELL = /[,\t]/;
// A person's name just before: "Eliza Brandt 110245", "Karen Liu - kliu@pvsd.org", "Maya Chen (448120".
// With a colon it is a chat turn's speaker answering with an id ("Marisol Quintero: arivas14"), theirs or the one asked for.
const NAME_BEFORE = /(?<![A-Za-zÀ-ɏ])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\.?[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+[ \t]*[-–(#:,]?[ \t]*$/;
// A chat turn's speaker before its answer: "Raj Patel (8:04:02 AM): ", "(10:12 AM) Lorna: ".
const SPEAKER_BEFORE = /[A-Za-zÀ-ɏ][^:]{0,40}:\s*$/;
// A name alone on the line before: a table's cells read one a line ("Jaylen Ross" / "70044112").
const NAME_ALONE = /^\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+\s*$/;
// Letters as the Latin scripts write them (a Unicode class costs far more to run).
const LETTERS = /[A-Za-zÀ-ÖØ-öø-ɏ]+/g;

export type IdShape = 'email' | 'number' | 'login' | 'code';
/** What stands before an id: a person, another thing, a contact line (or the requester's own address), a person's name, nothing. */
export type IdContext = 'person' | 'other' | 'contact' | 'named' | 'bare';

/** An id as read: `text` is the id with the few words before it on its line, for evidence. */
/** An id read, with where it stands: `text` an excerpt around it (the evidence), `line` its whole line. */
export type IdToken = { id: string; shape: IdShape; context: IdContext; where: string; text: string; line: string };

const fold = (word: string): string => asListed(word.toLowerCase());

/** What an id looks like (a UUID counts as a number), or null: not an id (a phone, a date, a site, a file, a team's mailbox). */
function shapeOf(token: string): IdShape | null {
  if (EMAIL.test(token)) return SHARED_MAILBOX.test(token) ? null : 'email';
  if (UUID.test(token)) return 'number';
  if (NUMBER.test(token)) return NOT_A_NUMBER.test(token.replace(/^#/, '')) || token.replace(/\D/g, '').length < 5 ? null : 'number';
  if (token.includes('/') || token.includes(':')) return null;
  if (LOGIN.test(token) || DOTTED.test(token)) return NOT_A_LOGIN.test(token) ? null : 'login';
  if (CODE.test(token)) return 'code';
  return null;
}

const isPersonWord = (words: readonly string[], i: number): boolean =>
  PERSON_WORDS.has(fold(words[i] as string)) || (ID_NOUNS.has(fold(words[i] as string)) && i > 0 && POSSESSIVES.has(fold(words[i - 1] as string)));

const LETTER = /[A-Za-zÀ-ÖØ-öø-ɏ]/;

/**
 * The words before an id after the last colon or semicolon that ended a clause before its own label:
 * "after the import: IDs 80112" is read from "IDs"; "Student ID: 4321" (the mark ends the label itself)
 * from all of it. A full stop does not cut: "two parent accounts. One is G-20391" is the parent's (the
 * rules' CLAUSE_END in idsInProse.ts does cut there: a word for another thing does not reach across
 * sentences, a person named just before does).
 */
function ownClause(before: string): string {
  const cut = Math.max(before.lastIndexOf(': '), before.lastIndexOf('; '));
  return cut >= 0 && LETTER.test(before.slice(cut + 2)) ? before.slice(cut + 2) : before;
}

/** The nearest word for a person or for another thing among the few words before (null: none). */
function nearestWord(before: string, reach = CONTEXT_WORDS): 'person' | 'other' | null {
  const words = ownClause(before.slice(-CONTEXT_CHARS)).match(LETTERS) ?? [];
  for (let i = words.length - 1; i >= 0 && words.length - i <= reach; i--) {
    if (isPersonWord(words, i)) return 'person';
    if (OTHER_WORDS.has(fold(words[i] as string))) return 'other';
  }
  return null;
}

/** What a short line asks for or labels: a person if it names one anywhere ("one student's username so we can check the logs?"), else another thing. */
function askedFor(line: string): 'person' | 'other' | null {
  if (line.length > MAX_QUESTION_CHARS) return null;
  const words = line.match(LETTERS) ?? [];
  if (words.some((_, i) => isPersonWord(words, i))) return 'person';
  return words.some((w) => OTHER_WORDS.has(fold(w))) ? 'other' : null;
}

/** A form's contact line: the label before the id is only words like "Your email", "From", "Correo". */
function isContactLine(before: string): boolean {
  const colon = before.indexOf(':');
  if (colon < 0 || before.slice(colon + 1).trim() !== '') return false;
  const words = before.slice(0, colon).match(LETTERS) ?? [];
  return words.length > 0 && words.every((w) => CONTACT_WORDS.has(fold(w)));
}

/** A delimited table's header cell above the id: "user_sourcedId,role,school" over "4410021,student,...". */
function headerAbove(lines: readonly string[], i: number, line: string, index: number): string | null {
  const width = line.split(CELL).length;
  if (width < 3) return null;
  // Up past the rows above (as wide, with digits) to the header.
  let h = i - 1;
  while (h >= 0 && DIGIT.test(lines[h] as string) && (lines[h] as string).split(CELL).length === width) h--;
  const heads = (lines[h] ?? '').split(CELL);
  if (heads.length !== width || heads.some((c) => c.length > 30)) return null;
  return heads[line.slice(0, index).split(CELL).length - 1]?.replace(/[_-]/g, ' ') ?? null;
}

// Where a ticketing system's tag stands: a subject's start, after its "Re:" or "Fwd:" ("Student [S1047726]" is a person's).
const SUBJECT_TAG_BEFORE = /^\s*(?:(?:subject|asunto|re|fwd?|fw|rv)\s*:\s*)*\[$/i;

// A chat's name for a visitor who gave none: "(7:45 PM) Guest 20931: hi my son ...".
const CHAT_HANDLE_BEFORE = /\b(?:guest|visitor|visitante|invitado)\s$/i;

type Place = { lines: readonly string[]; i: number; line: string; index: number; requester: string };

function contextOf(token: string, shape: IdShape, { lines, i, line, index, requester }: Place): IdContext {
  const before = line.slice(0, index);
  const own = shape === 'email' && token.toLowerCase() === requester;
  if (shape === 'email' && isContactLine(before)) return 'contact';
  if (shape === 'number' && CHAT_HANDLE_BEFORE.test(before)) return 'other';
  // A ticketing system's tag on a subject: "Fwd: [HD-44821] Brightpath login spinning".
  if (shape === 'code' && SUBJECT_TAG_BEFORE.test(before) && line.startsWith(']', index + token.length)) return 'other';
  if (shape === 'code' && OTHER_PREFIXES.has(fold(token.replace(/[-_#]?\d.*$/, '')))) return 'other';
  // A quoted code is a message's ('gets "AADSTS50011"'), unless a person's id is named right before
  // ("her student number is 'AB12345'").
  if (shape === 'code' && QUOTE_BEFORE.test(before) && nearestWord(before) !== 'person') return 'other';
  if (shape === 'number' && token.length === 5 && STATE_BEFORE.test(before)) return 'other';
  // "Their account # with us is A-55210": a code after "account" is a customer's account with us.
  if (shape === 'code' && ACCOUNT_BEFORE.test(before)) return 'other';
  // A person's name right before is nearer than any word further back ("blank for Maya Chen 448120"),
  // unless it names a thing ("Case Number - 4471203", "Lincoln High 4471203") or a thing of theirs
  // stands just before it ("call Dana Ruiz (8015550199)": not for an address, nobody's thing but
  // theirs); a speaker's name is weighed after what the turn answers.
  const tail = before.slice(-CONTEXT_CHARS);
  const name = NAME_BEFORE.exec(tail);
  const theirThing = name !== null && shape !== 'email' && nearestWord(tail.slice(0, name.index), NAME_REACH) === 'other';
  const named = name !== null && !theirThing && !(name[0].match(LETTERS) ?? []).some((w) => OTHER_WORDS.has(fold(w)));
  const speaker = SPEAKER_BEFORE.test(before);
  if (named && !speaker) return 'named';
  const header = headerAbove(lines, i, line, index);
  let near = (header !== null ? nearestWord(header) : null) ?? nearestWord(before);
  // An address is a person's whatever other thing is named near it ("my district email ...").
  if (near === 'other' && shape === 'email') near = null;
  if (near) return near;
  // The line before, when it is short: a question, a label or a table's cell over the answer ("acct 2: ..." / "kept under 3300912").
  let p = i - 1;
  while (p >= 0 && (lines[p] as string).trim() === '') p--;
  const previous = lines[p] ?? '';
  const above = askedFor(previous);
  // A turn answering a question for another thing's number: "what's the best number to reach you?" / "Mr. Hale: 7045551234".
  if (above === 'other' && shape !== 'email' && speaker) return 'other';
  if (named || (before.trim() === '' && NAME_ALONE.test(previous))) return 'named';
  // The requester's own address is where to reach them, unless it is a turn's whole answer ("Raj Patel (8:04 AM): rpatel@...").
  if (own) return speaker && line.slice(index + token.length).trim().length <= 1 ? 'bare' : 'contact';
  // "#55120" alone is a ticket's number.
  if (token.startsWith('#')) return 'other';
  return above === 'other' && shape === 'email' ? 'bare' : (above ?? 'bare');
}

export type UserIdsReading = {
  features: UserIdsFeatures;
  /** Whether it read all the customer wrote (not past its first MAX_CHARS): it vouches for nothing it did not read. */
  whole: boolean;
  /** Every id read, once each, where it says most. */
  ids: IdToken[];
  /** What the model's verdict points at: an id with a person before it, else a person's name, else nothing (null: none of these, only other things' ids or contacts'). */
  id: IdToken | null;
};

const RANK: Record<IdContext, number> = { person: 4, named: 3, bare: 2, contact: 1, other: 0 };

/** The id with the few words before it in its sentence: "Guardian ID of parent is G-5520193". */
function excerpt(line: string, index: number, token: string): string {
  const from = Math.max(0, index - EVIDENCE_CHARS);
  let start = Math.min(from === 0 ? 0 : line.indexOf(' ', from) + 1, index);
  const stop = SENTENCE_STOP.exec(line.slice(start, index));
  if (stop) start += stop.index + stop[0].length;
  return line.slice(start, index + token.length).trim();
}

/** Whether line i is among the first few lines holding words. */
function firstLines(lines: readonly string[], i: number): boolean {
  let n = 0;
  for (let j = 0; j <= i; j++) if ((lines[j] as string).trim() !== '') n++;
  return n <= ANSWER_LINES;
}

/** `requester`: the requester's address, theirs to be reached at unless given as the affected login. */
export function readForUserIds(corpus: Corpus, requester = ''): UserIdsReading {
  // Each id once, read where it says most: "Email: x@y.org", then "Affected user(s): x@y.org".
  const ids = new Map<string, IdToken>();
  const own = requester.trim().toLowerCase();
  let said = 0;
  let read = 0;
  const add = (id: IdToken): void => {
    const known = ids.get(id.id.toLowerCase());
    if (!known || RANK[id.context] > RANK[known.context]) ids.set(id.id.toLowerCase(), id);
  };
  // Whether the comment read answers support's question for an id.
  let answering = false;
  const visit = (source: Source): void => {
    const { lines } = source;
    // Whether support wrote it is asked only of a comment that holds an id or names one: what support
    // writes is not the customer's.
    let support: boolean | undefined = source.kind === 'subject' ? false : undefined;
    let naming = 0;
    for (let i = 0; i < lines.length && read <= MAX_CHARS; i++) {
      // A line longer than what is left to read (a 100 KB paste on one line) is read up to there.
      const line = (lines[i] as string).slice(0, MAX_CHARS - read + 1);
      read += line.length + 1;
      const names = ID_WORDS.test(line);
      if (names) naming++;
      // Only a line naming an id is read word by word, for a login said in words ("username is cortiz").
      const tokens = names ? TOKEN : ID_TOKEN;
      tokens.lastIndex = 0;
      for (let m = tokens.exec(line); m; m = tokens.exec(line)) {
        const token = m[0].replace(/[.:!?]+$/, '');
        const shape = shapeOf(token);
        const before = shape ? '' : line.slice(0, m.index);
        // ("usernames: didn't have them": a contraction, not a login.)
        const saidLogin =
          !shape && names && SAID_LOGIN.test(token) && !NOT_LOGINS.has(token.toLowerCase()) && LOGIN_SAID.test(before) && !contractionAt(line, m.index + token.length);
        // ("user #8821": the "#" names the id.)
        const short = !shape && !saidLogin && SHORT_ID.test(token) && SHORT_ID_BEFORE.test(token.startsWith('#') ? `${before}#` : before);
        if (!shape && !saidLogin && !short) continue;
        if ((support ??= isSupportReply(source))) return;
        const at = { id: token, where: source.where, text: excerpt(line, m.index, token), line };
        if (shape) {
          const context = contextOf(token, shape, { lines, i, line, index: m.index, requester: own });
          add({ ...at, shape, context: context === 'bare' && answering && firstLines(lines, i) ? 'person' : context });
        }
        else add({ ...at, shape: saidLogin ? 'login' : 'number', context: 'person' });
      }
    }
    if (naming > 0 && !(support ??= isSupportReply(source))) said += naming;
  };
  let asked = false;
  for (const source of corpus.sources) {
    if (read > MAX_CHARS) break;
    answering = asked && !isSupportReply(source);
    visit(source);
    asked = source.kind === 'comment' && source.unmasked !== undefined && isSupportReply(source) && ASKS_FOR_ID.test(source.unmasked);
  }
  const n = { personIds: 0, namedIds: 0, bareLogins: 0, bareNumbers: 0, bareEmails: 0, otherIds: 0 };
  let best: IdToken | null = null;
  for (const id of ids.values()) {
    const { shape, context } = id;
    if (context === 'person') n.personIds++;
    else if (context === 'named') n.namedIds++;
    else if (context === 'other') n.otherIds++;
    else if (context === 'bare') n[shape === 'login' ? 'bareLogins' : shape === 'email' ? 'bareEmails' : 'bareNumbers']++;
    if (RANK[context] >= RANK.bare && (!best || RANK[context] > RANK[best.context])) best = id;
  }
  return {
    features: {
      personIds: counted(n.personIds),
      namedIds: counted(n.namedIds),
      bareLogins: counted(n.bareLogins),
      bareNumbers: counted(n.bareNumbers),
      bareEmails: counted(n.bareEmails),
      otherIds: counted(n.otherIds),
      idWords: counted(said),
    },
    whole: read <= MAX_CHARS,
    ids: [...ids.values()],
    id: best,
  };
}

export function userIdsFeatures(corpus: Corpus, requester = ''): UserIdsFeatures {
  return readForUserIds(corpus, requester).features;
}
