// User IDs: students' SIDs, guardian identity ids, user ids, UUIDs, logins of the affected users.
import { isNegated, lineAt } from './context';
import { Finding } from './finding';
import { NOT_LOGINS } from './lexicon';
import { idsInProse, initialAndSurname, isOtherIdContext, isOtherIdLabel, isSharedMailbox } from './idsInProse';
import { isLoginLabel } from './labels';
import { contractionAt, NOT_A_LOGIN } from './text';
import { sectionValue } from './sections';
import { eachCasedMatch, eachMatch, matchesOf, mentionsAny, sourceAt, tokensOf, type Corpus, type Source } from './source';
import { isStatedAt } from './tokenContext';
import { isPlaceholder } from './placeholders';
import { userIdsByModel } from './userIdsByModel';

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/dg;
// An id token: letters and digits with at least one digit ("4481923", "S-20931", "jdoe42").
// ("3rd grade team": an ordinal is not one.)
// (Not an ordinal: "3rd", "3ro", "2do", "1er".)
const ID_TOKEN = /(?<![\w-])(?!\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH|ro|ra|er|do|da|to|ta|mo|ma|vo|va|no|na)(?![\w-]))(?=[\w-]{0,40}\d)[A-Za-z0-9][\w-]{2,40}(?![\w-])/;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/;
// A login under its label is the value's first word ("cortiz's account" gives cortiz; "didn't have
// them", a contraction, none).
const LOGIN_TOKEN = /^[\s"“'‘(]*([\w.@+-]{3,64})(?![\w.@-])/;

// "SID 4481923", "student ID: 4481923", "guardian identity id = 9f1c...", "user #88213", a system's "student_number=4410023".
const LABELLED_ID = new RegExp(
  '\\b(sids?|s\\.i\\.d\\.?|uids?|guids?|gids?|sis[ \\t]*ids?|ssids?|lasids?|sasids?|state[ \\t]+ids?|local[ \\t]+ids?|employee[ \\t]+ids?|(?:student|user|guardian|parent|learner|teacher|staff|person|login|estudiante|alumno|usuario)' +
    "(?:'s)?(?:[ \\t]+(?:identity|acct|account))?[ \\t_]*(?:ids?|#|numbers?|nos?\\.?|uuids?|guids?)|id del (?:estudiante|alumno|usuario))" +
    '[ \\t]{0,3}(?:is|are|=|:|#|-|–|of)?[ \\t]{0,3}[:#]?[ \\t]{0,3}((?=[\\w-]{0,40}\\d)[A-Za-z0-9][\\w-]{2,40})',
  'dg',
);
// A long number close after a word for a person, with a short prefix if it has one: "student 4481923
// can't log in", "user with id 88213412", "guardian ID of the parent is G-5520193".
const NEAR_ID =
  /\b(students?|users?|guardians?|parents?|learners?|teachers?|accounts?|alumnos?|estudiantes?|usuarios?)\b[^\n.\d@]{0,30}?(?<![\w-])((?:[a-z]{1,3}-)?\d{5,})(?![\w-])/dg;
// An email of an affected person: "student jane.doe@lincoln.org", "teacher login: t.smith@...".
const NEAR_EMAIL =
  /\b(students?|users?|teachers?|guardians?|parents?|learners?|logins?|usernames?|accounts?)\b[^\n@]{0,25}?([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/dg;
// A login given right after the account it is: "a student account (s1047726)", "test acct jdoe42"; with
// letters and a digit ("account log-in page", "account v2.3 update" and "(google-sso)" are none).
const ACCOUNT_LOGIN = /\b(accounts?|accts?)\b[ \t]{0,2}\(?[ \t]{0,2}((?=[\w.-]{0,40}\d)[a-z][\w.-]{1,38}[a-z0-9])(?![\w@.-])/dg;
// Letters alone after a role's account, shaped like a login: "tested w/ his admin acct rdolan" (not
// "teacher account settings").
const ROLE_ACCOUNT_LOGIN = /\b((?:admin|teacher|student|staff|test|parent|guardian|sub|substitute|demo|(?:his|her|their)[ \t]+own)[ \t]+(?:accts?|accounts?))[ \t]+([a-z][a-z0-9._-]{2,30}[a-z0-9])(?![\w@.-])/dg;
// A person named, then their id: "eg Hannah Lee, ID 30078", "on one kid (ID 30112)".
// (Case matters: a capitalised name, read on the text as written.)
const LOGINS_LISTED = /\b(?:teachers?|students?|staff|users?|accounts?|kids|logins?|usernames?)\b[^:\n]{0,50}:[ \t]*([a-z][a-z0-9._]{2,30}(?:[ \t]*,[ \t]*(?:and[ \t]+)?[a-z][a-z0-9._]{2,30}|[ \t]+and[ \t]+[a-z][a-z0-9._]{2,30}){1,})(?![\w@])/g;
// (Or after a student word, a login of a joined shape before the student's name: "alumno sji-ahernandez (Andrés Hernández)".)
const LOGIN_NAMED =
  /\b(?:[Ll]ogin|[Uu]sername|[Uu]suario|(?:[Aa]lumn[oa]|[Ee]studiante|[Ss]tudent)(?=[ \t]+[a-z][a-z0-9]*[._\d-][a-z0-9._-]*[ \t]+\([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[ \t]+[A-ZÁÉÍÓÚÑ]))[ \t]+([a-z][a-z0-9._-]{2,30}[a-z0-9])(?=[ \t]*[;,)]|[ \t]+\(|\.(?:\s|$)|[ \t]*$)/gm;
const ONE_LOGIN_GIVEN = /\b(?:[Ss]tudents?|[Uu]sers?|[Kk]ids?|[Aa]ccounts?|[Ll]ogins?|[Uu]sernames?)\b[^:\n]{0,50}:[ \t]*([a-z][a-z0-9]*[._][a-z0-9._]*[a-z0-9])(?![\w@-]|\.[a-z0-9])/g;
// "Our district is Pine Valley (ID 20931)": a place's or a thing's name, not a person's.
const GROUP_WORD = /\b(?:section|class|course|period|room|group|unit|team|department|route)\b/i;
const PLACE_NAMED_BEFORE = /\b(?:district|school|org(?:anization)?|customer|course|class|section|campus|vendor|app|tool|product|distrito|escuela|colegio|curso)\b[^.\n]{0,20}$/i;
// A first name and a surname (not "Lincoln Elementary", "Contract Renewal"), or a person word before a name.
const NAMED_ID =
  /(?:\b(?:kids?|students?|child|children|sons?|daughters?|girl|boy)\b[^.\n(]{0,30}?|\b[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+[ \t]+(?!(?:Elementary|Middle|High|School|Academy|District|Schools|Unified|Charter|Prep|County|College|Renewal|Quiz|Test|Period|Section|Unit|Course|Class|Report|Lab|Department|Route|Office|Team|Group|Room|Library|Center|Centre)\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)[ \t]*(?:[,(]|\s-)[ \t]*ID[ \t]*[:#]?[ \t]*(\d{4,10})(?![\w-])/g;
// Someone's address after a colon: "her new co-teacher added to her homeroom class (4th Grade - Moreno): b.lindqvist@...".
// Where things are sent or who handles them: "forward issues to:", "managed by our tech coordinator:".
const MAILBOX_BEFORE = /\b(?:forward\w*|send|sent|contact|reach|managed|handled|escalate\w*)\b[^:\n]{0,40}:/i;
const PERSON_THEN_EMAIL = /\b(co-?teachers?|teachers?|students?|subs?|substitutes?|aides?)\b[^\n@:]{0,60}:[ \t]*([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/dg;
// The writer's own login: "I'm jpark on our account if you need it".
const SELF_LOGIN = /\b(i'?m|i am)[ \t]+([a-z][a-z0-9._-]{2,30}[a-z0-9])[ \t]+(?:on|in)[ \t]+(?:our|the|your|my)[ \t]+(?:account|system|platform|site)\b/dg;
const VERSION = /^v\d/;
// A service an account is with, not its login: "my account (gmail)".
const A_SERVICE = /^(?:g ?mail|gsuite|google|outlook|hotmail|yahoo|icloud|microsoft|office ?365|o365|clever|classlink|canvas|schoology|sso)$/i;
// A login in brackets after a person's own account, digits or not: "from my account (mcastillo)" (not
// "our district account (hcpss)", "Google account (gsuite)").
const ACCOUNT_IN_BRACKETS = /\b((?:my|his|her|their)(?:[ \t]+own)?[ \t]+(?:accounts?|accts?))\b[ \t]{0,2}\([ \t]{0,2}([a-z][\w.-]{1,38}[a-z0-9])[ \t]{0,2}\)/dg;
// An affected person's address further on: "One affected teacher if you want to look at a real section: kwalters@...".
const AFFECTED_EMAIL =
  /\b(?:affected|example)[ \t]+(students?|users?|teachers?|guardians?|parents?|accounts?)\b[^\n@]{0,60}?([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/dg;
const NAMED_AS_ID = /^\w+(?:'s)?\s+(?:identity\s+)?(?:ids?|#|numbers?)\b/i;
const GIVEN = /(?:\b(?:is|was|are|es)|[:=#])\s*["“'‘(]?\s*$/i;
const NOT_AN_ID = /\b(?:error|code|status|version|v|port|ticket|case|order|room|page|line|phone|zip|build|release|job|request|since|in|at|from|to|of)\b[^\w]*\d+$/i;
const PERSON_CONTEXT = /(?:student|user|guardian|parent|learner|teacher|account|person|sid|uid)\w*\W{0,20}$/i;
// "the SID is in the screenshot": the id is talked about but not given.
// (?!\w) ends the words: a \b after a letter, which V8 compiles more cheaply.
const MENTION = /\b(?:sids?|student ids?|user ids?|(?:guardian|parent) (?:identity )?ids?|uuids?)(?!\w)/gi;

const ACCOUNT_WORD = /^accounts?$/;
const STARTS_WITH_DIGIT = /^\d/;
const COUNTING_WORD = /^\W*(?:all|every|each|entire|whole|most|many|several|some|multiple|various|everyone|the|our|my|todos?|todas?|varios|varias)\b/i;

// Ids listed after the count: "whole class 2B - usernames 2b.aaron, 2b.bella"; the first word after the
// label shaped like an id (letters and digits, a joined login, an address), not "follow the pattern",
// "from the 2023 import", "@lincolnms.org".
const IDS_LISTED = /\b(usernames?|logins?|(?:student |user )?ids?|sids?|emails?)[ \t]*[:=-]?[ \t]*((?:(?=[\w.-]*\d)(?=[\w.-]*[a-z])[a-z0-9][\w.-]*|\d{5,12}(?![\w.-])|[a-z][a-z0-9]*[._][a-z0-9._]+|[\w.+-]+@[\w-]+\.[\w.-]+)(?:[ \t]*[,;(][ \t]*\S.*|[ \t]*(?:\.{3}|…).*)?)$/i;

// A form's hint asking for a login: "Affected user(s) (username, student ID or email)".
const ASKS_FOR_LOGIN = /\((?:[^()]*\W)?(?:username|user name|login)\b[^()]*\)/i;

function loginAtStart(value: string): string | null {
  const m = LOGIN_TOKEN.exec(value);
  return m && !contractionAt(value, m.index + m[0].length) ? (m[1] ?? null) : null;
}

/** A login of parts joined by a dot or an underscore: "wms_kgarza", "maria.lopez", "mgarcia.t" (not "e.g.", "v2.14"). */
const JOINED_LOGIN = /^[a-z][a-z0-9]*(?:[._](?=[a-z0-9]*[a-z])[a-z0-9]{2,})+$|^(?=[a-z0-9._]{6,}$)[a-z][a-z0-9]*(?:[._](?=[a-z0-9]*[a-z])[a-z0-9]{2,})*[._][a-z]$/;

/** A part that names a group, not a person: "all_students", "grade_7". */
const GROUP_PART = /(?:^|[._])(?:all|everyone|students?|teachers?|staff|users?|class(?:es)?|grades?|kids|firstname|lastname)(?:$|[._])/;

/** A word of a list under a user-ids label that is a login: "jpratt", "wms_kgarza" (not a site: "gmail.com"). */
const isListedLogin = (word: string): boolean =>
  (/^[a-z]+$/.test(word) && initialAndSurname(word)) || (JOINED_LOGIN.test(word) && !GROUP_PART.test(word) && !NOT_A_LOGIN.test(word));

const OWN_LOGIN = /^\s*(?:me|myself|yo)\s*(?:\(([a-z][a-z0-9._-]{2,30})\)|[-–:,]\s*([a-z][a-z0-9._-]{2,30})(?![\w@.-]))/;
// The writer is the user: "User IDs / usernames: It's my own account", "Affected user: just me".
const SELF = /^\s*(?:(?:it'?s|its|it is|that'?s)\s+)?(?:just\s+|only\s+)?(?:me|myself|mine|my\s+(?:own\s+)?(?:account|login|username|user)|yo|mi\s+(?:propia\s+)?cuenta)\s*[.!]?\s*$/i;

// "Affected user(s): example student kp-aroberts, but it's everyone": an example named, then its login.
const INITIALS_HYPHEN_LOGIN = /^(?!(?:co|re|de|un|in|no|e)-)[a-z]{1,3}-[a-z]{4,}$/;
const EXAMPLE_LEAD = /^\s*(?:(?:for\s+)?example|e\.g\.|ex\.?|such\s+as)\s*[:,-]?\s*(?:(?:student|user|teacher|account|login|username)\s+)?/i;

function idValue(label: string, raw: string): string | null {
  const value = raw.replace(EXAMPLE_LEAD, '');
  // After "example student", a login's shape: "kp-aroberts", "j.lee".
  const example = value === raw ? null : loginAtStart(value);
  // (A hyphen after initials, "kp-aroberts"; not "co-teachers", "first-period".)
  const loginShaped = example !== null && (/[._\d]/.test(example) || INITIALS_HYPHEN_LOGIN.test(example));
  if (example !== null && loginShaped && example === example.toLowerCase() && !NOT_LOGINS.has(example) && !NOT_A_LOGIN.test(example)) return example;
  const uuid = value.match(new RegExp(UUID.source, 'i'));
  if (uuid) return uuid[0];
  const email = EMAIL.exec(value);
  if (email) return email[0];
  // "Student or user ID(s): me (imcallister) and ...", "me - tbaker": the writer's own login.
  const own = OWN_LOGIN.exec(value);
  // (After a dash or a comma only a login's shape: not "me, myself", "me - teacher", "me, every student".)
  const mine = own?.[1] ?? (own?.[2] !== undefined && (/\d/.test(own[2]) || isListedLogin(own[2])) ? own[2] : undefined);
  if (mine !== undefined && !NOT_LOGINS.has(mine)) return mine;
  // "Affected username(s): all 7th grade" tells how many, not who.
  if (isLoginLabel(label) || ASKS_FOR_LOGIN.test(label)) return COUNTING_WORD.test(value) ? null : loginAtStart(value);
  // "Affected user(s): kosei (me), jpratt, mwilder": logins listed, shaped like an initial and a surname.
  // ("Affected user ID(s): cpa-mlopez, cpa-tjames": a school's prefix, a hyphen, then the login.)
  return ID_TOKEN.exec(value)?.[0] ?? value.split(/[\s,;()/]+/).find((w) => isListedLogin(w) || prefixedLogin(w)) ?? null;
}

const NOT_A_PREFIX = /^(?:all|any|the|per|non|pre|sub|mid|one|two|six|ten|add|log|off)-/;
// ("hs-teachers", "ell-students": a group.)
const GROUP_AFTER_PREFIX = /-(?:teachers?|students?|staff|kids|parents|users?|everyone|class(?:es)?|grades?|admins?|families)$/;
const prefixedLogin = (word: string): boolean => INITIALS_HYPHEN_LOGIN.test(word) && !NOT_A_PREFIX.test(word) && !GROUP_AFTER_PREFIX.test(word) && !NOT_LOGINS.has(word);
/** A login's shape: an initial and a surname ("rgomez", "jsmith2"), joined ("mv.ksingh8"), or a school's prefix ("cpa-mlopez"); not "screen2", "v2.1". */
const loginShaped = (word: string): boolean => !VERSION.test(word) && (isListedLogin(word) || prefixedLogin(word) || (/\d$/.test(word) && initialAndSurname(word.replace(/\d+$/, ''))));

function fromSections(source: Source, found: Finding, seen: Set<string>, requesterEmail: string): void {
  for (const section of source.sections) {
    if (section.kind !== 'userIds') continue;
    const value = sectionValue(section);
    if (isPlaceholder(value)) continue;
    // (Weak: the requester's address may be the account, but the writers differ on whether that identifies it.)
    if (SELF.test(value) && requesterEmail.includes('@')) {
      found.weak(`${source.where}: the requester ${requesterEmail} (${section.label}: ${value.trim()})`);
      continue;
    }
    // "Students affected: all four of my sections" says how many, not who; unless the ids follow
    // ("whole class 2B - usernames 2b.aaron, 2b.bella ...").
    const counting = COUNTING_WORD.test(value);
    const listed = counting ? IDS_LISTED.exec(value) : null;
    if (counting && !listed) continue;
    const id = listed ? idValue(listed[1] ?? '', listed[2] ?? '') : idValue(section.label, value);
    // (A name under "Student ID:" points at the user without identifying them: no id, as a first name in prose.)
    if (id) {
      seen.add(id.toLowerCase());
      found.present(`${source.where}: ${section.label} ${id}`);
    }
  }
}

function fromProse(corpus: Corpus, found: Finding, seen: Set<string>): void {
  const { text } = corpus;
  for (const re of [LABELLED_ID, NEAR_ID, NEAR_EMAIL, AFFECTED_EMAIL, ACCOUNT_LOGIN, ACCOUNT_IN_BRACKETS, ROLE_ACCOUNT_LOGIN, SELF_LOGIN, PERSON_THEN_EMAIL]) {
    // Cheap checks first: no long number, no email address, no scan.
    if (re === NEAR_ID && !/\d{5}/.test(text)) continue;
    if ((re === NEAR_EMAIL || re === AFFECTED_EMAIL || re === PERSON_THEN_EMAIL) && !text.includes('@')) continue;
    // The patterns are lower case: scan the lower-cased corpus, report the ids as written.
    eachCasedMatch(corpus, re, (m) => {
      const id = m[2] ?? '';
      // "users get error 50012", "teachers in course 22003340": a code or a thing's id between the
      // person and the number is not their id.
      // "guardian ID from our roster export is 00923117": the person's id, named and then given ("is"),
      // whatever else is said on the way; "student ID ... in the course 22910" is the course's.
      const before = m[0].slice(0, m[0].length - id.length);
      const givenAsNamed = NAMED_AS_ID.test(m[0]) && GIVEN.test(before);
      if (re === NEAR_ID && (NOT_AN_ID.test(m[0]) || (!givenAsNamed && isOtherIdContext(before)))) return;
      // "their account # with us is A-55210": a prefixed number after "account" is a customer's account.
      if (re === NEAR_ID && ACCOUNT_WORD.test(m[1] ?? '') && !STARTS_WITH_DIGIT.test(id)) return;
      if ((re === ACCOUNT_LOGIN || re === ACCOUNT_IN_BRACKETS) && (NOT_A_LOGIN.test(id) || VERSION.test(id))) return;
      // Without a digit, only a login's shape: "(mcastillo)", "(maria.lopez)", not "(admin)".
      if (re === ACCOUNT_IN_BRACKETS && ((!/\d/.test(id) && !isListedLogin(id)) || A_SERVICE.test(id))) return;
      // (Not a mailbox to send things to: "forward issues to: it.desk@...", "managed by our tech coordinator: ...".)
      if (re === PERSON_THEN_EMAIL && MAILBOX_BEFORE.test(m[0])) return;
      // Letters alone: only a login's shape ("rdolan", "maria.lopez"; not "settings", "new").
      if ((re === ROLE_ACCOUNT_LOGIN || re === SELF_LOGIN) && ((!/\d/.test(id) && !isListedLogin(id)) || NOT_A_LOGIN.test(id) || NOT_LOGINS.has(id))) return;
      // "user id 4455" and "user 4455" are one id: report it once.
      if (seen.has(id.toLowerCase()) || isNegated(text, m.index) || isSharedMailbox(id)) return;
      seen.add(id.toLowerCase());
      found.present(`${sourceAt(corpus, m.index).where}: ${m[1] ?? ''} ${id}`);
      return !found.full;
    });
  }
  // Logins of letters alone listed after people: "teachers who left at winter break: tgreene, bwalsh, kmorrow".
  if (!found.full && text.includes(':')) {
    eachMatch(LOGINS_LISTED, text, (m) => {
      const logins = (m[1] ?? '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(isListedLogin);
      if (logins.length < 2 || logins.some((l) => seen.has(l))) return;
      for (const l of logins) seen.add(l);
      found.present(`${sourceAt(corpus, m.index).where}: ${logins.slice(0, 3).join(', ')}`);
      return !found.full;
    });
  }
  // A login named right after its word, with no "is": "Login rgomez (it's her own gradebook)", "Her login jkwan;".
  if (!found.full) {
    eachMatch(LOGIN_NAMED, text, (m) => {
      const login = m[1] ?? '';
      if (!loginShaped(login) || NOT_LOGINS.has(login) || seen.has(login)) return;
      seen.add(login);
      found.present(`${sourceAt(corpus, m.index).where}: login ${login}`);
      return !found.full;
    });
  }
  // One login of a joined shape with a digit after someone said to have it: "Student example that can't see
  // the assignments: mv.ksingh8."
  if (!found.full && text.includes(':')) {
    eachMatch(ONE_LOGIN_GIVEN, text, (m) => {
      const login = m[1] ?? '';
      // (A group's name is no one's login: "Students in section: alg1_p2".)
      if (!/\d/.test(login) || VERSION.test(login) || !isListedLogin(login) || GROUP_WORD.test(m[0].slice(0, m[0].indexOf(':'))) || seen.has(login)) return;
      seen.add(login);
      found.present(`${sourceAt(corpus, m.index).where}: ${login}`);
      return !found.full;
    });
  }
  if (!found.full && text.includes('ID')) {
    eachMatch(NAMED_ID, text, (m) => {
      const id = m[1] ?? '';
      // (A thing's id is no person's: "Order, ID 55012", "Job (ID 88123)".)
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const named = m[0].slice(0, m[0].length - id.length);
      // ("The students in section 4 (ID 88123)": a group's id.)
      if (seen.has(id) || isNegated(text, m.index) || isOtherIdContext(named) || PLACE_NAMED_BEFORE.test(before) || GROUP_WORD.test(named)) return;
      seen.add(id);
      found.present(`${sourceAt(corpus, m.index).where}: ID ${id}`);
      return !found.full;
    });
  }
  // The full UUID pattern is slow to scan; most texts have no "-xxxx-xxxx-" at all.
  if (found.full || !text.includes('-') || !/-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-/.test(text)) return;
  eachCasedMatch(corpus, UUID, (m) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const inUrl = /[/=]$/.test(before) && !/\/(?:users?|students?|people|accounts?|guardians?)\/$/i.test(before);
    if (seen.has(m[0].toLowerCase())) return;
    // "Request ID from the error banner: 7f3c...": the line's label names something else.
    const label = lineAt(text, m.index).slice(0, Math.max(0, m.index - (text.lastIndexOf('\n', m.index) + 1)));
    if (label.includes(':') && isOtherIdLabel(label)) return;
    if (PERSON_CONTEXT.test(before) || (!inUrl && !isOtherIdContext(before))) {
      found.present(`${sourceAt(corpus, m.index).where}: UUID ${m[0]}`);
    }
    return !found.full;
  });
}

// An id a little after a person's id is named, in the same sentence: "She read me the guardian ID shown on
// the father's linking notice: G-20931".
const ID_AFTER_MENTION = /^[^\n]{0,80}?(?<![\w-])((?:[A-Za-z]{1,3}-)?\d{4,}(?:-[\w]+)*)(?![\w@-])/;
// A login right after a user id is named, shaped like one (a digit, a dot or underscore, capitals, or
// quoted): "User ID \"DWATSON\" gets the error", "her user ID is k.obrien2"; not "his user ID is
// incorrect", "the user ID is case sensitive, right?", "your user ID is your district email".
const LOGIN_AFTER_MENTION = /^(?:\s+(?:that|which)\s+(?:fails|failed|doesn'?t work|won'?t work))?\s+(?:(?:is|was)\s+)?(?:["'“]([A-Za-z][\w.-]{2,})["'”]|([a-z][a-z.]*\d[\w.]*|[a-z]+[._][a-z\d._]+|[A-Z]{4,}\d*))(?=[\s,.;)]|$)/;

function idsAfterMentions(corpus: Corpus, found: Finding, seen: Set<string>): void {
  if (!mentionsAny(corpus, /sid| id|uuid/)) return;
  const { text } = corpus;
  eachMatch(MENTION, text, (m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
    const login = /user ids?$/i.test(m[0]) && !/\b(?:what|which|your)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) ? LOGIN_AFTER_MENTION.exec(after) : null;
    const loginValue = login ? (login[1] ?? login[2] ?? '') : '';
    if (login && !isNegated(text, m.index) && !lineAt(text, m.index).includes('?') && !seen.has(loginValue.toLowerCase())) {
      seen.add(loginValue.toLowerCase());
      found.present(`${sourceAt(corpus, m.index).where}: ${m[0]} ${loginValue}`);
      return false;
    }
    const id = ID_AFTER_MENTION.exec(after);
    if (!id || isNegated(text, m.index)) return;
    const between = after.slice(0, id.index + id[0].length - (id[1] ?? '').length);
    // Given, not counted: "... notice she received: G-20931", "... export is 00923117", not "IDs are
    // missing for 1200 students" or "changed on 3/14/2024". Not across a sentence's end, nor after
    // another thing's name ("... in course 22910").
    if (!GIVEN.test(between) || /[.!?]\s/.test(between) || isOtherIdContext(between) || NOT_AN_ID.test(between + (id[1] ?? ''))) return;
    const value = id[1] ?? '';
    if (seen.has(value.toLowerCase())) return;
    seen.add(value.toLowerCase());
    found.present(`${sourceAt(corpus, m.index).where}: ${m[0]} ${value}`);
    return false;
  });
}

/** "I log in with this same email I'm chatting from", "el mismo de este mensaje": the requester's own address is the affected login. */
function fromOwnAddress(corpus: Corpus, requesterEmail: string, found: Finding): void {
  if (!requesterEmail.includes('@')) return;
  const tokens = tokensOf(corpus);
  // "that's my account" says it of an address on its line: "maria@x.com thats my account", "It's the one
  // I'm writing from, ahmed.s@springfieldprep.org".
  const saidOfAddress = (start: number): boolean => lineAt(corpus.text, start).includes('@');
  const m = matchesOf(corpus).ids.find((id) => {
    if (id.value !== 'own' || !isStatedAt(tokens, id.start, id.end)) return false;
    const start = tokens.starts[id.start] ?? 0;
    // (Or of one's login: "my login is my email" or "con el que me registré" with no address on the line
    // may be said of the requester who is fine: "..., but my daughter's account shows no classes".)
    // ("My login is the email above." points at the address itself; not "... above but the problem is with my daughter's account".)
    const endsItsSentence = id.end >= tokens.words.length || tokens.sentenceOf[id.end] !== tokens.sentenceOf[id.end - 1];
    return !/^(?:that|thats|it|its|my|mi|con)$/.test(tokens.words[id.start] ?? '') || (tokens.words[id.end - 1] === 'above' && endsItsSentence) || saidOfAddress(start);
  });
  if (m) found.present(`${sourceAt(corpus, tokens.starts[m.start] ?? 0).where}: the requester's own address is the login (${requesterEmail})`);
}

// A person given by name and address on two labelled lines: "Name: Dana Whitfield\nEmail: dwhitfield@...".
// "Could you create her teacher account ...", "please add a new teacher", "set up an account for".
const ACCOUNT_ASKED = /\b(?:create|add|set\s+up|setup|make|open|give)\b[^.?!\n]{0,60}?\b(?:accounts?|logins?|teachers?|students?|users?|staff)\b/i;
const ACCOUNT_ASK_REACH = 400;
const NAME_AND_EMAIL = /^[ \t]*(?:full[ \t]+)?name[ \t]*:[ \t]*\S[^\n]{0,60}\n[ \t]*e-?mail(?:[ \t]+address)?[ \t]*:[ \t]*([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/gim;

/**
 * Someone other than the requester named with their address ("Could you create her teacher account?
 * Name: Dana Whitfield / Email: dwhitfield@..."): the person the ticket is about. A form's own "Name:
 * / Email:" is the requester's, and says nothing of whom the problem is with.
 */
function fromNamedAddress(corpus: Corpus, requesterEmail: string, found: Finding, seen: Set<string>): void {
  if (!corpus.text.includes('@')) return;
  const requesterLocal = requesterEmail.toLowerCase().split('@')[0] ?? '';
  eachMatch(NAME_AND_EMAIL, corpus.text, (m) => {
    const email = m[1] ?? '';
    const local = email.toLowerCase().split('@')[0] ?? '';
    // Only where an account is asked for just before (not a form's contact block, a signature, an approver).
    const before = corpus.text.slice(Math.max(0, m.index - ACCOUNT_ASK_REACH), m.index);
    if (!ACCOUNT_ASKED.test(before) || local === requesterLocal || seen.has(email.toLowerCase()) || isSharedMailbox(email)) return;
    seen.add(email.toLowerCase());
    found.present(`${sourceAt(corpus, m.index).where}: ${email}`);
    return false;
  });
}

/** What the rules find, then the user-ids model's word on it (userIdsByModel.ts: it reads ids no rule
 * parses, and overrules the rules where they read only other things' ids, but never an id given as a person's). */
export function detectUserIds(corpus: Corpus, requesterEmail = ''): Finding {
  return userIdsByModel(corpus, requesterEmail, readUserIdsByRules(corpus, requesterEmail));
}

export type UserIdsByRules = {
  found: Finding;
  /** An id given as a person's: under a user-id label, or named so ("guardian ID ... is 00923117"). */
  named: boolean;
};

export function readUserIdsByRules(corpus: Corpus, requesterEmail = ''): UserIdsByRules {
  const found = new Finding();
  const seen = new Set<string>();
  for (const source of corpus.sources) fromSections(source, found, seen, requesterEmail);
  if (!found.full) fromProse(corpus, found, seen);
  if (!found.full) idsAfterMentions(corpus, found, seen);
  if (!found.full && requesterEmail.includes('@')) fromNamedAddress(corpus, requesterEmail, found, seen);
  if (found.status === 'missing') fromOwnAddress(corpus, requesterEmail, found);
  let named = found.status === 'present';
  if (!found.full && idsInProse(corpus, found, seen, requesterEmail)) named = true;
  return { found, named };
}

export function userIdsByRules(corpus: Corpus, requesterEmail = ''): Finding {
  return readUserIdsByRules(corpus, requesterEmail).found;
}
