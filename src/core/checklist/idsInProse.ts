// User ids told in words rather than under a label: "my username is rkowalski", "his ID is
// 3319054", "Kevin Tran (ktran@oakridgesd.org)", and the bare answer to an agent's "what's your
// login?" in the next message or chat turn.
import { NOT_LOGINS, type IdWord } from './lexicon';
import type { PhraseMatch } from './lexicon/phrases';
import type { Tokens } from './lexicon/tokens';
import { Finding } from './finding';
import { classifyLabel } from './labels';
import { matchesOf, sourceAt, tokensOf, type Corpus } from './source';
import { isStatedAt } from './tokenContext';
import { lineAt } from './context';
import { isSignOff } from './signature';
import { isAgentTurn } from './turns';
import { ASKS_FOR_ID, caseless, caselessTest, caselessWord, contractionAt, eachMatchInText, execTwin, NOT_A_LOGIN, twin } from './text';

// Ids that are something else: a revision, a request, an error.
export const isOtherIdContext = caselessTest(/(?:(?:revision|revisi[oó]n|\brev\b|course|request|trace|correlation|session|chat|conversation|transcript|meeting|tracking|confirmation|reference|\bref\b|error|ticket|job|build|version|assignment|activity|item|lesson|org|district|school|tenant|section|class|sourced ?id|client|deployment|registration|key|secret|instance|platform)\w*|\b(?:logs?|events?|message|batch|sync|import|export|file|device|serial|asset|invoice|order|po|quote|license|subscription))(?:\W{1,3}(?:ids?|uuids?|guids?|#|numbers?|no|is|was|=))*\W{0,20}$/);

// A label that opens with something else's name: "Request ID from the error banner:", "Chat ID:".
export const isOtherIdLabel = caselessTest(/^\W*(?:revision|revisi[oó]n|rev|course|request|trace|correlation|session|chat|conversation|transcript|meeting|tracking|confirmation|reference|ref|error|ticket|case|job|build|version|assignment|activity|item|lesson|org|district|school|tenant|section|class|client|deployment|registration|instance|device|serial|invoice|order|po|quote|license|incident|inc)\b/);
const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/;
const NUMBER_ID = /^(?=[\w-]{0,40}\d)[A-Za-z0-9][\w-]{3,40}(?![\w@])/;
const LOGIN = /^[A-Za-z][\w.-]{2,40}(?![\w@])/;
// ...but not a site: "signs in with clever.com".
const DOTTED_LOGIN = /^[a-z][a-z0-9]{0,30}(?:[._](?!(?:com|org|net|edu|gov|us|io|co|mx|es)\b)[a-z0-9]{2,30}){1,3}(?![\w@]|\.\w)/;
// After the words: spaces, "is", ":", "=", "#", "," (the phrase may have left its "is" out:
// "For example, kbarnes27 submitted...").
// A list's index may stand first: "acct 1: 3300912".
// ("is" and "es" in either case: what /i would read, without its cost.)
const GAP = /^[\s:=#,/-]{0,4}(?:\d{1,2}[:)]\s{1,3})?(?:(?:[iI][sS]|[eE][sS]|=)\s{1,3})?["“'‘(]?/;
// Not an id after "student": a grade or a year ("student 10th grade", "users since 2023").
// "matrícula 2023-0451" is an id that starts with a year.
// (The endings in either case, as /i would read them.)
const NOT_A_NUMBER_ID = /^(?:\d{1,2}(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|º|°)\b|(?:19|20)\d{2}(?!\d|-\d{3}))/;
// A name, then an email in brackets: "Mr. Ellis (tellis@hawthornesd.org)".
const NAMED_EMAIL = /\p{Lu}[\p{L}'.-]{1,30}\s{1,3}\(([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})\)/gu;
const CONTACT_BEFORE = /\b(?:contact|reach|cc|cc'd|copied|contacto)\b[^.\n]*$/i;
/** A contact named just before `index` ("Their IT contact is Priscilla Wong (pwong@...)"): no affected user. */
const contactBefore = (text: string, index: number): boolean => CONTACT_BEFORE.test(text.slice(Math.max(0, index - 40), index));
// A person's name, then their id: "Maya Chen (448120)", "Leo Park #448133", "Ana Ruiz - aruiz14",
// "Eliza Brandt 110245".
// Built twice, for lines in plain ASCII with the ASCII members of the Unicode classes (LinePattern).
const namedId = (letter: string, upper: string, lower: string, flags: string): RegExp =>
  new RegExp(
    `(?<![${letter}])([${upper}][${lower}'.-]{1,30})[ \\t]{1,3}([${upper}][${lower}'.-]{1,30})(?:[ \\t]{0,3}(?:\\(|#|-|–|,[ \\t]*#)[ \\t]{0,2}#?|[ \\t](?=\\d))(\\d{5,12}|[a-z][a-z._]{1,30}\\d{1,4}|[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4})(?![\\w@-])`,
    flags,
  );
const NAMED_ID = twin(namedId('A-Za-z', 'A-Z', 'a-z', 'g'), () => namedId('\\p{L}', '\\p{Lu}', '\\p{Ll}', 'gu'));
// A first name and a surname in a list, ending where an id's label starts: "(Luis Herrera ID 51207, Ana
// Paredes ID 51233" (not "The Bus Route ID 5512").
const PERSON_BEFORE = /(?:^|[(,;:][ \t]*)([A-Z][a-z]{1,20})[ \t]([A-Z][a-z'-]{1,30}),?[ \t]{1,2}$/;
/** A person's first name and surname, in a list, right before an id's label (see PERSON_BEFORE). */
function namedJustBefore(before: string): boolean {
  const person = PERSON_BEFORE.exec(before);
  return person !== null && !isNotAPerson(person[1] ?? '') && !isNotAPerson(person[2] ?? '');
}
// "Lincoln High (44712)", "Case Number - 4471203": a school's code or a record's number, not a person's id.
const isNotAPerson = caselessWord([
  'high', 'middle', 'elementary', 'elem', 'school', 'schools', 'academy', 'district', 'campus', 'usd', 'isd', 'county', 'prep', 'charter', 'room',
  'building', 'number', 'update', 'version', 'ticket', 'case', 'order', 'build', 'code', 'error', 'invoice', 'section', 'period', 'class',
  'course', 'unit', 'lesson', 'quiz', 'test', 'page', 'dear', 'hi', 'hello', 're', 'fw', 'fwd', 'windows', 'chrome', 'ios', 'android',
]);
// A chat turn or message that is only the answer: "(01:05:59 PM) Ms. Haddad: rhaddad@ridgeview.k12.mo.us".
// Turn formats: "(10:04 AM) Renee: ", "[10:02] Ms. Lee: ", "11:05 AM | Denise Whitlock: ", "Raj Patel (8:04:02 AM): ",
// "(7:48 PM) Guest 20931: " (a chat's number for an unnamed visitor, not an id).
// Without the i flag (it would fold every letter of \p{L}: ~4x the cost to compile), the letters
// it would fold written out: under /iu, \p{L} also holds U+0345, which folds to a Greek iota.
// Twice (see LinePattern): ASCII lines read with the ASCII letters.
const speakerPattern = (letters: string, flags: string): RegExp =>
  new RegExp(`^\\s*(?:[([]?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[aApP]\\.?[mM]\\.?)?[)\\]]?\\s*[|–-]?\\s*|\\([^)]{1,20}\\)\\s*)?(?:[${letters}.' –-]{1,40}(?: \\d{1,8})?(?:\\s*\\([^)]{1,20}\\))?:\\s+)?`, flags);
const SPEAKER = twin(speakerPattern('A-Za-z', ''), () => speakerPattern('\\p{L}\\u0345', 'u'));
// An agent's turn: its ids are not the customer's answer.
const AGENT_SPEAKER = /\b(?:support|agent|soporte|agente)\b/i;
// An id inside an answer's line: "jmartinez27 is one of them", "here are two: 40021871, 40021902".
const ID_IN_ANSWER = /(?<![\w.@-])(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\d{5,12}|[a-z][a-z._]{1,30}\d{1,4})(?![\w@-])/;
const BARE_ANSWER_LINES = 3;
const isContactLabel = caselessWord([
  'email', 'e-mail', 'email address', 'e-mail address', 'correo', 'correo electronico', 'correo electrónico', 'contact', 'contact email', 'from',
  'to', 'cc', 'bcc', 'reply-to', 'sent', 'de', 'para', 'enviado', 'phone', 'telefono', 'teléfono', 'requested by', 'submitted by', 'name', 'nombre',
  // A help-center form's own fields for who writes: "Your email: dmills@...".
  'your email', 'your e-mail', 'your email address', 'your name', 'your phone', 'su correo', 'tu correo', 'su nombre', 'tu nombre',
]);
// A team's or a system's mailbox, not a person's: "emailed support@platform.com".
export const isSharedMailbox = caselessTest(/^(?:support|help|helpdesk|noreply|no-reply|donotreply|do-not-reply|info|contact|billing|sales|hello|team|office|soporte|ayuda)@/);
// A question for a number that is not a person's: the bare number answering it is a phone, a ticket...
// (These two keep /i: they read whole lines, where a match near the start ends the scan early;
// lower-casing such a line for each match would cost more than the pattern.)
const OTHER_NUMBER_ASKED = /\b(?:phone|call(?:back)?|reach|cell|mobile|text|fax|ticket|incident|case|order|confirmation|invoice|receipt|zip|postal|ext|extension|serial|version|how many|tel[eé]fono|celular|pedido|folio)\b/i;
const asksForOtherNumber = (s: string): boolean => OTHER_NUMBER_ASKED.test(s);
// A number where a person is named that is something else: "call Dana Ruiz (8015550199)", "per Jane Doe #4471203".
const OTHER_NUMBER_NEAR = /\b(?:phone|call|reach|cell|mobile|text|fax|ext|ticket|case|order|invoice|tel[eé]fono|celular|llamar)\b/i;
const otherNumberNear = (s: string): boolean => OTHER_NUMBER_NEAR.test(s);
// An 8-digit date written as one number: "20251114".
const DATE_NUMBER = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
// A chat turn that is only an id: an email, a long number, or a login with letters and digits (not a
// site or a file's name: "Adjuntos: pregunta6.png").
const bareIdShape = caselessTest(/^(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\d{5,12}|(?=[a-z._]*\d)(?=\d*[a-z])[a-z][a-z0-9._]{3,30})$/);
const isBareId = (text: string): boolean => bareIdShape(text) && (text.includes('@') || !NOT_A_LOGIN.test(text.toLowerCase()));

/** How far after its words an id is read. */
const VALUE_CHARS = 120;

/** Text ending in a clause's mark ("...after the import: "): what it names is not the label after it. */
const CLAUSE_END = /[:;.]\s*$/;
const COMMA_END = /,\s*$/;
// Two consonants that open English and Spanish words ("flow", "slow", "trabajo"); an initial before a
// surname makes others ("bhalvorsen", "tbecker", "jpratt").
const WORD_ONSETS: ReadonlySet<string> = new Set(['bl', 'br', 'ch', 'cl', 'cr', 'dr', 'dw', 'fl', 'fr', 'gh', 'gl', 'gn', 'gr', 'jh', 'kh', 'kl', 'kn', 'kr', 'll', 'ng', 'ph', 'pl', 'pr', 'ps', 'rh', 'sc', 'sh', 'sk', 'sl', 'sm', 'sn', 'sp', 'sq', 'st', 'sw', 'th', 'tr', 'ts', 'tw', 'wh', 'wr', 'zh']);
/** A login shaped like an initial and a surname, lower case, no digits: "bhalvorsen", "jpratt". */
export const initialAndSurname = (value: string): boolean => {
  // (y is a vowel there: "myself", "synced", "hybrid", "tyler".)
  const m = /^([b-df-hj-np-tv-z][b-df-hj-np-tv-xz])[a-z]{3,}\b/.exec(value);
  return m !== null && !WORD_ONSETS.has(m[1] as string);
};
// "One of them is aturner24" names one of the people just named ("three of my students"), not of the
// Chromebooks or classes ("Two Chromebooks ... One of them is cb-114").
const ONE_OF_THEM: ReadonlySet<string> = new Set(['one of them [is]', 'one of them ,', 'two/three/both of them are']);
const PEOPLE_BEFORE = /\b(?:students?|kids|users?|accounts?|usernames?|logins?|teachers?|parents?|families|children|learners|graders|kinders|alumn[oa]s|estudiantes)\b/i;
const PEOPLE_REACH = 200;
// A device's label, not a person's login: "One of them is ipad-114", "cb-2214".
const DEVICE_NAME = /^(?:ipad|cb|chromebook|cart|laptop|device|pc|tablet|desktop)[-_ ]?\d/i;
// A thing's name with its number: "One of them, quiz4, just spins", "block3".
const THING_NAME = /^(?:quiz|test|exam|unit|block|period|pd|section|sec|lesson|assignment|hw|module|room|rm|lab|chapter|ch|week|day|q|part|task|essay|worksheet|ws|vid|video|slides?|proj|project|link|doc|file|form|page|question|item|activity|game|book|reading)[-_ ]?\d/i;

// (Not "payment", "licenses", "seats": a student's lunch or library account is paid and licensed too; not "Bill", a name.)
const BILLING = /\b(?:[Ii]nvoices?|INV|[Bb]illing|[Bb]illed|P\.?O\.?|[Pp]urchase order|[Qq]uote|[Cc]ontract|[Aa]ccounts payable)\b/;
const BILLING_REACH = 200;
const ACCOUNT_NUMBER = /\bacc(?:oun)?t\b\s*(?:#|no\.?|number)?\s*:?\s*\d/i;
/** An account's number told where billing is ("Acct # 00418832" beside an invoice): the customer's, no user's. */
export const isBillingAccount = (excerpt: string, around: string): boolean => ACCOUNT_NUMBER.test(excerpt) && BILLING.test(around);

// A person's login by its shape alone, whoever "them" are ("6 of my 22 in 5th period ... one of them is jl.ortega"),
// not a room's, a device's, a course's, a title's or a mailbox's ("rm.lab", "ap.bio", "mr.lopez", "it.help").
const INITIALS_DOT_SURNAME = /^(?!(?:rm|lab|cb|pc|hs|ms|es|gr|pd|ch|sec|per|hw|ws|ap|ib|ela|pr|it|tb|mr|mrs|dr|st|sr|jr|el|sd)[._])[a-z]{1,3}[._][a-z]{3,}\d*$/;
// After "two of them are" a login has a login's marks (a dot, an underscore, a digit after letters): not "10th graders", "504s".
const PLURAL_LOGIN = /^(?!(?:mr|mrs|ms|dr|st|sr|jr)[._])[a-z]+(?:[._][a-z0-9._]*[a-z0-9]|\d+)$/;
/** Whether the id after "one of them is" / "two of them are" is one of the people just named. */
function namesOneOfThem(id: string, phrase: string, before: string): boolean {
  if (!LOOKS_LIKE_ID.test(id) || DEVICE_NAME.test(id) || THING_NAME.test(id)) return false;
  if (phrase.includes('are') && !PLURAL_LOGIN.test(id)) return false;
  return INITIALS_DOT_SURNAME.test(id) || PEOPLE_BEFORE.test(before);
}

const BRACKET_BEFORE_LABEL = /\([A-Z][\w-]*[ \t]+$/;
// A sign-off line above ("Thanks,\nTara Owens\nMedia Specialist\nLogin towens"): the writer's own login in a signature.
const SIGNATURE_REACH = 120;
const signedOffBefore = (text: string, from: number): boolean => text.slice(Math.max(0, from - SIGNATURE_REACH), from).split('\n').some(isSignOff);

// "Mr. Tobi Okoye ... Username tokoye.": an initial and the surname of someone the ticket names.
const FULL_NAME = /\b([A-Z])[a-z]+[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;
let namedLogins = { text: '', logins: new Set<string>() };
function isNamedLogin(text: string, value: string): boolean {
  if (namedLogins.text !== text) {
    const logins = new Set<string>();
    for (const m of text.matchAll(FULL_NAME)) logins.add(`${m[1]}${m[2]}`.toLowerCase().replace('-', ''));
    namedLogins = { text, logins };
  }
  return namedLogins.logins.has(/^[a-z]+/.exec(value)?.[0] ?? '');
}

/** What may stand before a label that opens its own clause: a line's or sentence's start, a dash, a comma, a bracket. */
const CLAUSE_OPENS = /(?:^|\n|[-–—,;:(.][ \t]*)[ \t]*$/;
/** A value that ends its clause: one word, then a mark or the line's end. */
const CLAUSE_OF_ITS_OWN = /^[\w.-]+?(?:[.!,;)]|[ \t]*(?:\n|$))/;
/** A surname and an initial run together: "username oyelaranD" (not "iPad", "macOS" after a label is rare). */
// (Not a format's template: "lastnameF", "firstnameL".)
const CAMEL_LOGIN = /^(?!(?:first|last|sur|given)name)[a-z]{3,}[A-Z][a-z]{0,2}(?:[.!,;)]|[ \t]*(?:\n|$))/;
/** An id's look: a digit, an at sign, a dot or an underscore in it. */
const LOOKS_LIKE_ID = /[\d@._]/;

function valueAfter(text: string, from: number, at: number, kind: IdWord): string | null {
  const rest = text.slice(at, at + VALUE_CHARS);
  const gap = GAP.exec(rest)?.[0] ?? '';
  const value = rest.slice(gap.length);
  const email = EMAIL.exec(value)?.[0];
  if (email) return email;
  if (kind === 'number') return NOT_A_NUMBER_ID.test(value) ? null : (NUMBER_ID.exec(value)?.[0] ?? null);
  if (kind !== 'login') return null;
  // A screen's message quoted: 'sale "usuario no_encontrado"'.
  if (/["“‘]/.test(text.slice(Math.max(0, from - 1), from))) return null;
  // A login without digits only when it is said to be one ("username is rkowalski"), not "login page",
  // and on its line: after a form's empty "Student username:" the next line's label is no login.
  // "Megan Hollis (username mhollis)": a bracket around the label and the login says it too.
  // "(Brightpath username rlutz)": the product's name may stand inside the bracket before the label,
  // then with a login's shape ("(Google login only)" names none).
  const bracketOpen = text[from - 1] === '(' || (BRACKET_BEFORE_LABEL.test(text.slice(Math.max(0, from - 30), from)) && (LOOKS_LIKE_ID.test(value.split(')')[0] ?? '') || initialAndSurname(value)));
  const bracketed = bracketOpen && /^[\w.-]+\)/.test(value);
  // "username bhalvorsen", "Login tbecker." on a line or in a clause of their own ("... attempts -
  // username lkowalski. When ..."): a label and its value. Only an initial-and-surname login
  // ("bhalvorsen", not "Login failure", "Usuario inactivo").
  const alone =
    CLAUSE_OPENS.test(text.slice(Math.max(0, from - 3), from)) &&
    CLAUSE_OF_ITS_OWN.test(value) &&
    (initialAndSurname(value) || CAMEL_LOGIN.test(value) || (isNamedLogin(text, value) && !signedOffBefore(text, from)));
  const said = !gap.includes('\n') && (bracketed || alone || /[:=]|\b(?:is|es)\b/i.test(gap) || /\b(?:is|es)$/i.test(text.slice(from, at)));
  // "login dwhitmore.sub": a dot or an underscore inside a word marks a login even when not "said";
  // not a word cut short by a letter LOGIN does not read ("usuario: todavía").
  // (A sentence's full stop after it is not the login's: "username lkowalski.")
  const found = said || DOTTED_LOGIN.test(value) ? (LOGIN.exec(value)?.[0].replace(/\.+$/, '') ?? null) : null;
  const login = found !== null && /^\p{L}/u.test(value.slice(found.length)) ? null : found;
  // "usernames: didn't have them": a contraction, not a login.
  const contraction = login !== null && contractionAt(value, login.length);
  return NUMBER_ID.exec(value)?.[0] ?? (login === null || contraction || NOT_LOGINS.has(login.toLowerCase()) ? null : login);
}

const ASKS_LOGIN = /user ?name|login|usuario/i;
const LETTER = /[a-z]/i;

/** An email or an id alone on one of the few lines after a question that asks for one. */
function answerAfter(tokens: Tokens, ask: PhraseMatch<IdWord>): string | null {
  const from = tokens.text.indexOf('\n', tokens.ends[ask.end - 1] ?? 0);
  if (from < 0 || asksForOtherNumber(lineAt(tokens.text, tokens.starts[ask.start] ?? 0))) return null;
  return answerIn(tokens.text.slice(from + 1, from + 600).split('\n'), spanOf(tokens, ask));
}

/**
 * The id the first of `lines` (after a question) that answers gives. Asked for a username or login
 * (`asked` names one), a bare word is one ("rfeld"); asked for an id, it holds digits.
 */
function answerIn(following: readonly string[], asked: string): string | null {
  const lines = following.filter((l) => l.trim() !== '').slice(0, BARE_ANSWER_LINES);
  const login = ASKS_LOGIN.test(asked);
  for (const line of lines) {
    const speaker = execTwin(SPEAKER, line)?.[0] ?? '';
    if (AGENT_SPEAKER.test(speaker)) continue;
    const answer = answerHead(line.slice(speaker.length));
    if (EMAIL.exec(answer)?.[0] === answer || NUMBER_ID.exec(answer)?.[0] === answer) return answer;
    // Asked for an id, the next turn that holds one gives it, whatever words are around it.
    const inLine = speaker.includes(':') ? ID_IN_ANSWER.exec(line.slice(speaker.length))?.[0] : undefined;
    if (inLine && !DATE_NUMBER.test(inLine)) return inLine;
    // A login without digits is written in lower case: "rfeld", not a signature's "Principal".
    // ("Visitor uploaded: join_error.png" is a file.)
    // (In capitals only with a dot or an underscore, as "KPARK.WLP" is typed in an answer all in capitals.)
    const lowerOrCapsLogin = answer === answer.toLowerCase() || (answer === answer.toUpperCase() && /[._]/.test(answer));
    if (login && LOGIN.exec(answer)?.[0] === answer && lowerOrCapsLogin && !NOT_A_LOGIN.test(answer.toLowerCase())) return answer;
  }
  return null;
}

/**
 * The answer a line opens with: the whole line, or what comes before " - ", ", " or ". " ("arivas14 -
 * Ana Rivas, 4th grade", "yesi88@gmail.com. mi hijo es Bruno").
 */
function answerHead(line: string): string {
  const trimmed = line.trim();
  // "maria.ochoa77@gmail.com thats my account": an address ends where it ends.
  const email = EMAIL.exec(trimmed);
  if (email) return email[0];
  const cut = /\s[-–]\s|,\s|\.\s|\s\(/.exec(trimmed);
  // "cp.marcus.b is one", "tgarrison is one of them": the login, and that it is one of several.
  return (cut ? trimmed.slice(0, cut.index) : trimmed).replace(/[.!?]+$/, '').replace(IS_ONE, '');
}

const IS_ONE = /\s+(?:is|es)\s+(?:one|uno|una)(?:\s+of\s+them)?$/i;

// Logins as people write them, letters then digits: "ajones12", "mreyes27", "tlong31".
const LOGIN_WITH_DIGITS = /(?<![\w.@-])[a-z][a-z._]{1,30}\d{1,4}(?![\w@-])/gi;
const LONG_NUMBER = /(?<![\w.:-])\d{6,12}(?![\w.:-])/g;
// A number marked as an id by a "#" or a letter prefix: "#4471-B", "MR-20331", "#S-33019" (not a date's "2025-01").
const MARKED_ID = /(?<![\w.@#-])(?:#[A-Z]?-?\d{4,8}(?:-[A-Z0-9]{1,2})?|[A-Z]{1,3}-\d{4,8}(?:-[A-Z0-9]{1,2})?)(?![\w@-])/g;
const ID_WORD = /\b(?:ids?|sids?|student (?:numbers?|nos?)|matr[ií]culas?)\b/i;
/** People named on the line or just before it ("kids", "students"). */
function peopleAround(text: string, line: string): boolean {
  const at = text.indexOf(line);
  return PEOPLE_BEFORE.test(text.slice(Math.max(0, at - PEOPLE_REACH), at + line.length));
}

// Other things numbered on the line: "Ticket #48213 and #48290 - student IDs not syncing", "Sections ALG-2031 and ALG-2045".
const THINGS_NUMBERED = /\b(?:tickets?|sections?|errors?|codes?|invoices?|po|orders?|incidents?|cases?|badges?|cards?|courses?|classes|rooms?|versions?|builds?|printers?|devices?|assignments?|quiz(?:zes)?|tests?|exams?|labels?|nces|district|schools?|org(?:anization)?s?|facturas?|folios?|secci[oó]n|secciones|c[oó]digos?|pedidos?|tareas?|ex[aá]menes|escuelas?)\b/i;
const EMAIL_IN_TEXT = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g;
// Patterns read once per line are constants: a literal in the loop makes a RegExp object each time.
const DIGIT = /\d/;
// A person's name and a login alone in brackets: "Lily (lwilliams27)" (not "Chrome (v120)", "Windows
// (win11)", "Biology (room204)", "Dell (latitude3190)").
const NAMED_LOGIN = /\b([A-Z][a-z]{1,20})(?:\s[A-Z][a-z]{1,20})?\s\((?!(?:room|rm|cart|lab|period|unit|level|grade|latitude|model|version|build|ver|chromebook|ipad|device|section|block|chrome|edge|safari|firefox|windows|android|ios)\d)([a-z]{5,}[a-z._]*\d{1,4})(?=\))/;
// Or a login of letters alone made from the name: "Brianna (bwalker)", the first name's initial and a surname.
const INITIAL_LOGIN = /\b([A-Z])[a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?\s\(([a-z]{5,20})(?=\))/;
/**
 * The name's initials and a number, of a person: "My students ... Jaylen (jw2291) was the first one to
 * tell me, he wrote it" (people named before, a person's pronoun after); not "English (eng102)",
 * "Samsung (sm5000) tablets".
 */
function initialsLogin(line: string): RegExpExecArray | null {
  const m = INITIALS_LOGIN.exec(line);
  if (!m) return null;
  const after = line.slice(m.index + m[0].length, m.index + m[0].length + PRONOUN_REACH);
  return PEOPLE_BEFORE.test(line.slice(Math.max(0, m.index - 2 * PEOPLE_REACH), m.index)) && PERSONAL_PRONOUN.test(after) ? m : null;
}
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|him|they|their|them|él|ella)\b/i;
const PRONOUN_REACH = 120;
// Or the name's initials and a number: "Jaylen (jw2291)".
const INITIALS_LOGIN = /\b([A-Z])[a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?\s\(((?!(?:rm|pd|gr|ver|rev|unit|room|win)\d)[a-z]{2,4}\d{3,6})(?=\))/;
/** NAMED_LOGIN's match with the login in [1], as the bracket reader takes it; not the thing named again with a number ("Chrome (chrome120)"). */
function namedLogin(line: string): RegExpExecArray | null {
  const m = NAMED_LOGIN.exec(line);
  if (m && !(m[2] ?? '').startsWith((m[1] ?? '').toLowerCase().slice(0, 4))) {
    m[1] = m[2] as string;
    return m;
  }
  // (Shaped as an initial and a surname: not "Ms. Torres (teacher)", "Biology (block)"; or as initials
  // and a number: not "Room (rm204)".)
  const initial = INITIAL_LOGIN.exec(line) ?? initialsLogin(line);
  const login = initial?.[2] ?? '';
  if (!initial || login[0] !== (initial[1] ?? '').toLowerCase() || !(initialAndSurname(login) || DIGIT.test(login))) return null;
  initial[1] = login;
  return initial;
}
const HEADER_LINE = /^\s*(?:from|to|cc|bcc|sent|de|para|enviado|reply-to)\s*:/i;

/**
 * Two or more logins or emails listed on one line ("ajones12, bkim09, crodriguez14", "jsmith@... ->
 * jsmith@..."), or logins in brackets after people ("Two students (mreyes27 and tlong31)"). One
 * address alone on a line is usually a signature's.
 */
function loginLists(corpus: Corpus, add: (index: number, id: string, what: string, asLogin?: boolean) => boolean): void {
  for (const source of corpus.sources) {
    if (source.kind === 'subject') continue;
    // Cheap tests first: most lines (and texts) hold no list of ids and no bracket after a person.
    const { text } = source;
    const mayHaveEmails = text.includes('@');
    const mayBracket = text.includes('(');
    for (const line of source.lines) {
      const firstAt = mayHaveEmails ? line.indexOf('@') : -1;
      const twoEmails = firstAt >= 0 && line.includes('@', firstAt + 1);
      const listed = twoEmails || (DIGIT.test(line) && (line.includes(',') || line.includes(' and ')));
      const bracket = mayBracket && line.includes('(');
      if ((!listed && !bracket) || HEADER_LINE.test(line) || line.trimStart().startsWith('>') || line.includes('[cid:')) continue;
      const at = (): number => Math.max(0, corpus.text.indexOf(line, source.start));
      // Lower case over caseless text: the login, as written, ends the match.
      const bracketed = bracket ? (/\b(?:students?|users?|teachers?|kids|accounts?|alumnos?|estudiantes?)\s*\(([a-z][\w.]{1,30}\d[\w.]*)/.exec(caseless(line)) ?? namedLogin(line)) : null;
      if (bracketed) {
        const end = bracketed.index + bracketed[0].length;
        // Given as a person's: beside the person, whatever its shape ("Brianna (bwalker)").
        add(at(), line.slice(end - (bracketed[1] ?? '').length, end), 'login', true);
        continue;
      }
      if (!listed) continue;
      // Long numbers listed in a chat turn: "Denise: here are two: 40021871, 40021902".
      const speaker = execTwin(SPEAKER, line)?.[0] ?? '';
      const turn = speaker.includes(':') && !otherNumberNear(line) && !isOtherIdLabel(line.slice(speaker.length));
      const numbers = turn ? (line.match(LONG_NUMBER) ?? []).filter((n) => !DATE_NUMBER.test(n)) : [];
      // Marked ids where the line says they are ids: "two of them: MR-20331 and MR-20417 (thats how the
      // ids print on my roster)", "Gave 2 ids off her sheet: #4471-B, #4490-B": given as people's.
      // (Among people: "kids", "students" on the line or just before it.)
      const marked = ID_WORD.test(line) && !THINGS_NUMBERED.test(line) && peopleAround(text, line) ? (line.match(MARKED_ID) ?? []) : [];
      const ids = [
        // "MATH101, BIO201": codes in capitals are courses or sections, not logins.
        ...(line.match(LOGIN_WITH_DIGITS) ?? []).filter((id) => id !== id.toUpperCase()),
        ...(twoEmails ? (line.match(EMAIL_IN_TEXT) ?? []) : []),
        ...(new Set(numbers).size >= 2 ? numbers : []),
        ...marked,
      ];
      if (new Set(ids).size >= 2) add(at(), ids.slice(0, 2).join(', '), 'logins', new Set(marked).size >= 2);
    }
  }
}

// A table's or a CSV paste's column of user ids: "student_id", "user_sourcedId", "ID", "Username".
const isIdHeader = caselessTest(/^(?:(?:student|user|learner)\s?(?:ids?|numbers?|#|names?|sourced\s?ids?|emails?)|s?ids?|lasids?|sourced\s?ids?|usernames?|logins?|e-?mails?|matr[ií]cula|usuario|correo)$/);
const ID_HEADER_HINT = /id|user|login|mail|matr|correo|usuario/i;
const isIdCell = caselessTest(/^(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\d{4,12}|[a-z][\w.]{1,30}\d[\w.]*)$/);
const CELL_SPLIT = /\s*[,\t|;]\s*/;
const headerCell = (cell: string): boolean => isIdHeader(cell.trim().replace(/[_-]+/g, ' ').replace(/\s+/g, ' '));

/**
 * The first value under a column of ids: in a delimited paste ("last,first,student_id" then rows) or
 * in an HTML table read one cell a line, rows apart by blank lines ("Name / ID / Class", "Jaylen Ross / 70044112 / ...").
 */
function tableIds(corpus: Corpus, add: (index: number, id: string, what: string) => boolean): void {
  for (const source of corpus.sources) {
    // Cheap test first: most texts, and lines, name no id column.
    if (source.kind === 'subject' || !ID_HEADER_HINT.test(source.text)) continue;
    const { lines } = source;
    for (let i = 0; i < lines.length - 1; i++) {
      const line = lines[i] as string;
      if (line.length > 200 || !ID_HEADER_HINT.test(line)) continue;
      const cells = line.split(CELL_SPLIT);
      const column = cells.length >= 2 ? cells.findIndex(headerCell) : -1;
      if (column >= 0) {
        const row = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '');
        const value = row?.split(CELL_SPLIT)[column]?.trim() ?? '';
        if (isIdCell(value)) return void add(source.start, value, `${cells[column]?.trim()}`);
        continue;
      }
      // One cell a line: a block of short lines, one of them a header, then a block as long.
      if (!headerCell(line) || (lines[i - 1] ?? '').trim() !== '' && !isBlockOfCells(lines, i)) continue;
      const head = blockAround(lines, i);
      const next = lines.slice(head.end + 1).findIndex((l) => l.trim() !== '');
      if (next < 0) continue;
      const value = (lines[head.end + 1 + next + (i - head.start)] ?? '').trim();
      if (isIdCell(value)) return void add(source.start, value, line.trim());
    }
  }
}

function blockAround(lines: readonly string[], i: number): { start: number; end: number } {
  let start = i;
  let end = i;
  while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start--;
  while (end < lines.length - 1 && (lines[end + 1] ?? '').trim() !== '') end++;
  return { start, end };
}

/** Lines around i, up to blank lines, are short cells: a table's row read one cell a line. */
function isBlockOfCells(lines: readonly string[], i: number): boolean {
  const { start, end } = blockAround(lines, i);
  return end > start && end - start < 8 && lines.slice(start, end + 1).every((l) => l.trim().length <= 30);
}

/** A form's label for another checklist item, or for an id that is not a person's. */
function isOtherItemLabel(label: string): boolean {
  if (label === '') return false;
  const kind = classifyLabel(label);
  return (kind !== 'other' && kind !== 'userIds') || isOtherIdContext(label);
}

/** The last non-blank line before line i: in a chat, the turn being answered. */
function previousLine(lines: readonly string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if ((lines[j] ?? '').trim() !== '') return lines[j] as string;
  return '';
}

function spanOf(tokens: Tokens, m: PhraseMatch<IdWord>): string {
  return tokens.text.slice(tokens.starts[m.start] ?? 0, tokens.ends[m.end - 1] ?? 0);
}

export function idsInProse(corpus: Corpus, found: Finding, seen: Set<string>, requesterEmail = ''): boolean {
  // The requester named beside their own address ("Visitor: Monique Harris (mharris@...)") is who writes, not who is affected.
  const requester = requesterEmail.toLowerCase();
  const tokens = tokensOf(corpus);
  // Whether an id was given as someone's login ("Mi correo registrado en la plataforma es ..."): a
  // person's id by what it is said to be, even the requester's own address.
  let givenAsLogin = false;
  const add = (index: number, id: string, what: string, asLogin = false): boolean => {
    const key = id.toLowerCase();
    if (!seen.has(key) && !isSharedMailbox(id)) {
      seen.add(key);
      found.present(`${sourceAt(corpus, index).where}: ${what} ${id}`);
      givenAsLogin ||= asLogin;
    }
    return !found.full;
  };
  // The first "@" at or after `from`: an email given after a word needs one within VALUE_CHARS.
  let atSign = { from: Infinity, index: Infinity };
  for (const m of matchesOf(corpus).ids) {
    if (found.full) break;
    const at = tokens.ends[m.end - 1] ?? 0;
    if (m.value === 'ask') {
      const answer = tokens.asked[tokens.sentenceOf[m.start] as number] ? answerAfter(tokens, m) : null;
      // A login given in answer to the question asking for it is a person's, as one given under a label
      // ("what's your login?" -> "carter middle, aramirez31"); a bare number may be a phone's.
      // Given as a login: "my login is rkowalski7", "correo registrado ... es rosa.mtz@yahoo.com"; not "My login is not working".
      if (answer) add(at, answer, 'answer', ASKS_LOGIN.test(spanOf(tokens, m)) && LETTER.test(answer) && LOOKS_LIKE_ID.test(answer));
      continue;
    }
    if (m.value === 'email') {
      if (!(atSign.from <= at && atSign.index >= at)) {
        const index = tokens.text.indexOf('@', at);
        atSign = { from: at, index: index < 0 ? Infinity : index };
      }
      if (atSign.index >= at + VALUE_CHARS) continue;
    }
    if (!isStatedAt(tokens, m.start, m.end)) continue;
    const start = tokens.starts[m.start] ?? 0;
    const id = valueAfter(tokens.text, start, at, m.value);
    // "client id 22003340001", "revision id 88412": an id of something else; "after the import: IDs
    // 80112, 80117" names the ids after a clause about another thing.
    const before = tokens.text.slice(Math.max(0, start - 30), start);
    // ("Acct # 00418832" beside an invoice: the customer's billing account, no user's.)
    if (id && isBillingAccount(tokens.text.slice(start, at + id.length + 4), tokens.text.slice(Math.max(0, start - BILLING_REACH), at + BILLING_REACH))) continue;
    if (id && ONE_OF_THEM.has(m.phrase) && !namesOneOfThem(id, m.phrase, tokens.text.slice(Math.max(0, start - PEOPLE_REACH), start))) continue;
    // ("Glenwood High School, username tmarsh": a login's label after a comma is nobody else's.)
    if (!id || (isOtherIdContext(before) && !CLAUSE_END.test(before) && !(m.value === 'login' && COMMA_END.test(before)))) continue;
    // Given as a person's: a login's label with a login's shape after it (not "Example kid: any of my ..."),
    // or a person's name just before the label ("Luis Herrera ID 51207").
    add(at, id, tokens.text.slice(start, at), (m.value === 'login' && LOOKS_LIKE_ID.test(id)) || namedJustBefore(before));
  }
  // A request is masked (requests.ts): an agent's chat turn asking for an id is read as written.
  for (const source of corpus.sources) {
    if (found.full) break;
    if (source.unmasked === undefined) continue;
    const lines = source.unmasked.split('\n');
    lines.forEach((line, i) => {
      if (!isAgentTurn(line) || !ASKS_FOR_ID.test(line)) return;
      const answer = answerIn(lines.slice(i + 1), line);
      // Only an answer shaped like an id: "checking...", "umm" and a bare word are no login here.
      if (answer && LOOKS_LIKE_ID.test(answer) && source.text.includes(answer)) add(source.start, answer, 'answer', true);
    });
  }
  for (const source of corpus.sources) {
    if (found.full) break;
    if (source.kind === 'subject') continue;
    source.lines.forEach((line, i) => {
      // A turn has a speaker and a colon: most lines are prose.
      if (!line.includes(':')) return;
      const speaker = execTwin(SPEAKER, line)?.[0] ?? '';
      if (!speaker.includes(':')) return;
      // Only an id answers (the cheap test first).
      const head = answerHead(line.slice(speaker.length).trim().replace(/[.!]$/, ''));
      if (!isBareId(head)) return;
      // "Email: x@y.org" in a form is its sender's contact line, "Revision: 20931" another item's
      // value: neither is a chat turn.
      const label = speaker.replace(/^\s*\([^)]*\)\s*/, '').replace(/[:\s]+$/, '').trim();
      // "Billing zip: 30318", "Revisión: 30112": a form's line for something else.
      if (isContactLabel(label) || isOtherItemLabel(label) || asksForOtherNumber(label)) return;
      // "Agent: what's the best number to reach you? / Mr. Hale: 7045551234": a phone, not an id.
      if (!asksForOtherNumber(previousLine(source.lines, i))) add(source.start + source.text.indexOf(line), head, 'answer');
    });
  }
  if (!found.full) loginLists(corpus, add);
  if (!found.full) tableIds(corpus, add);
  if (!found.full) {
    // Whether the line of the last match names a phone, a ticket...: read once per line, not per match.
    let line = { end: -1, other: false };
    eachMatchInText(corpus.text, NAMED_ID, (m) => {
      const id = m[3] ?? '';
      if (isNotAPerson(m[1] ?? '') || isNotAPerson(m[2] ?? '') || DATE_NUMBER.test(id)) return;
      if (m.index > line.end) {
        const end = corpus.text.indexOf('\n', m.index);
        line = { end: end < 0 ? corpus.text.length : end, other: otherNumberNear(lineAt(corpus.text, m.index)) };
      }
      if (!line.other && id.toLowerCase() !== requester && !contactBefore(corpus.text, m.index)) add(m.index, id, 'id of');
      return !found.full;
    });
  }
  // What NAMED_EMAIL needs, cheaply: a bracket opening on an address.
  if (found.full || !corpus.text.includes('@') || !/\([\w.+-]{1,64}@/.test(corpus.text)) return givenAsLogin;
  NAMED_EMAIL.lastIndex = 0;
  for (let m = NAMED_EMAIL.exec(corpus.text); m && !found.full; m = NAMED_EMAIL.exec(corpus.text)) {
    const email = m[1] ?? '';
    // The requester named in a chat's header ("Visitor: Monique Harris (mharris@...)"), or a contact ("Their IT contact is Priscilla Wong (pwong@...)").
    if (email.toLowerCase() === requester || contactBefore(corpus.text, m.index)) continue;
    add(m.index, email, 'email of');
  }
  return givenAsLogin;
}
