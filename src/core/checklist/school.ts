// School / Customer: who is affected. The organization, a labelled line, or a school's proper name.
import { Finding } from './finding';
import { LEXICONS } from './lexicon';
import { sectionValue } from './sections';
import { mentionsAny, sourceAt, type Corpus, type SafeTicket, type Source } from './source';
import { isPlaceholder } from './placeholders';
import { TURN_TEXT } from './turns';
import { isSupportReply } from './signature';
import { caselessTest, caselessWord, eachMatchInText, firstSentence, twin, type LinePattern } from './text';

// "Lincoln High School", "Maple Ridge High", "Austin ISD", "Riverside County Public Schools": capitalised
// words ending in a lexicon's suffix; "Escuela Primaria Las Palmas": a lexicon's prefix, then names.
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
const byLength = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const SUFFIXES = byLength(LEXICONS.flatMap((l) => l.school.suffixes));
// Built twice, for lines in plain ASCII with the ASCII members of the Unicode classes (LinePattern).
const schoolName = (letter: string, upper: string, digit: string, flags: string): RegExp =>
  new RegExp(`(?<![${letter}${digit}])((?:[${upper}][${letter}${digit}'’.&-]{0,30}[ \\t]){1,5}(?:${SUFFIXES}))(?![${letter}${digit}])`, flags);
const SCHOOL_NAME = twin(schoolName('A-Za-z', 'A-Z', '0-9', 'g'), () => schoolName('\\p{L}', '\\p{Lu}', '\\p{N}', 'gu'));
const PREFIXES = LEXICONS.flatMap((l) => l.school.prefixes.flatMap((p) => [p, p.toLowerCase()]));
// Built twice, as SCHOOL_NAME is: plain-ASCII lines read with the ASCII members of the classes.
const spanishName = (letter: string, upper: string, digit: string, flags: string): RegExp => {
  const nameWord = `[${upper}][${letter}${digit}'’.-]{1,30}`;
  const little = (words: string): string => `(?:${words})(?![${letter}])`;
  // Little words longest first, whole: "del Valle", not "de" and a cut.
  return new RegExp(
    `(?<![${letter}${digit}])((?:${byLength(PREFIXES)})(?:[ \\t]+${little('del|de|las|la|los|el')})*[ \\t]+${nameWord}(?:[ \\t]+(?:${little('del|de|las|la|los')}|${nameWord})){0,4})`,
    flags,
  );
};
const SPANISH_NAME = twin(spanishName('A-Za-z', 'A-Z', '0-9', 'g'), () => spanishName('\\p{L}', '\\p{Lu}', '\\p{N}', 'gu'));
// The prefixes' first words, whole: a text without one holds no such name (a cheap scan before the costly one).
// What stands before is matched, not looked behind at: V8 then tries the words only after a non-letter
// (half the time on a long ticket).
const SPANISH_PREFIX = new RegExp(
  `(?:^|[^a-z0-9\\u00c0-\\u024f])(?:${[...new Set(PREFIXES.map((p) => p.toLowerCase().split(' ')[0] ?? ''))].map(escape).join('|')})(?![a-z\\u00c0-\\u024f])`,
);
// "here at St. Brendan's", "our school is St. Brendan's", a signature's "8th grade, Saint Mary's": a
// saint's name, possessive, names a (parish) school where a school is meant (after "here at", "teach at",
// "attends", "school is", a comma or on its own line), and nothing capitalised follows ("St. Mary's
// Hospital", "St. Patrick's Day"); "St. Louis", "Ms. St. Clair's", "was at St. Jude's for treatment" do not.
const SAINTS = LEXICONS.flatMap((l) => l.school.saints);
// (What stands before is matched, not looked behind for: a pattern opening on a lookbehind is tried at
// every character of a long ticket, ten times slower.)
const SAINT_NAME = new RegExp(
  `(?:\\b(?:here|teach|teaches|work|works|principal|teacher|student|students)[ \\t]+at[ \\t]+|\\b(?:attend|attends|attending|school is|go to|goes to)[ \\t]+|(?:^|\\n|,)[ \\t]*)((?:${byLength(SAINTS)})[ \\t]+[A-Z][a-z]{2,20}['’]s)(?![A-Za-z])(?![ \\t]+[A-Z])`,
  'g',
);
// Words that start a capitalised phrase without naming a school ("The Whole School", "Our District").
const isGeneric = caselessWord([
  'the', 'a', 'an', 'this', 'that', 'our', 'your', 'their', 'his', 'her', 'my', 'whole', 'entire', 'every', 'all', 'each', 'one', 'any', 'some',
  'which', 'what', 'same', 'other', 'per', 'at', 'in', 'for', 'of', 'and', 'or', 'high', 'middle', 'new', 'very', 'priority', 'urgency', 'severity',
  'impact', 'use', 'using', 'via', 'with', 'on', 'from', 'to', 'microsoft', 'teams', 'office', 'junior', 'senior', 'hi', 'hello', 'dear', 'thanks',
  're', 'fw', 'fwd',
]);
// Requester domains that belong to schools: a hint, not the customer's name.
const isSchoolDomain = caselessTest(/(?:\.k12\.|\.edu$|\.edu\.|\bschools?\b|\bisd\b|\busd\b|\bsd\d|\bdistrict\b|\bacademy\b)/);

// "School: caller couldn't give the name", "Escuela: no supo el nombre": the label says nobody named it.
const NAME_NOT_KNOWN = /\b(?:no supo|no sabe|no sab[ií]a|no recuerda|didn'?t know|did not know|doesn'?t know|does not know|couldn'?t (?:give|remember|say)|could not (?:give|remember|say)|not sure (?:of|about) the name)\b/i;

// A customer's number under its label names no school: "Customer #: 88213" (a school's id under "School ID:"
// still names it for support).
const CUSTOMER_NUMBER_LABEL = /customer|cliente|account|acct/i;
// A venue named after a school: "the Jefferson Academy Conference Center" (not "our ... Event Center").
const VENUE_AFTER = /^[ \t]+(?:conference|event|events|convention|civic|banquet)[ \t]+(?:center|centre|hall)\b/i;
const OURS_BEFORE = /\b(?:our|my)\s+$/i;
// Someone else's school: "like the thing Jefferson High had last month, my friend teaches there" (not "I sub at
// Lincoln Middle School, my husband teaches there full time": the writer is there too).
const SOMEONE_ELSES_AFTER = /^[^.\n]{0,60}?\b(?:my|a|her|his)\s+(?:friend|cousin|neighbou?r)\s+(?:teaches|works)\s+there\b/i;
const WRITER_THERE_BEFORE = /\b(?:i|we)\s+(?:\w+\s+)?(?:teach|work|sub|am|are|was|were)\s+(?:\w+\s+)?(?:at|in)\s+$/i;
const notTheCustomers = (text: string, at: number, end: number): boolean =>
  (VENUE_AFTER.test(text.slice(end, end + 40)) && !OURS_BEFORE.test(text.slice(Math.max(0, at - 12), at))) || (SOMEONE_ELSES_AFTER.test(text.slice(end, end + 100)) && !WRITER_THERE_BEFORE.test(text.slice(Math.max(0, at - 40), at)));

/** School names in the corpus, outside sources that already named the school under a label. */
function schoolNames(corpus: Corpus, re: LinePattern, skip: ReadonlySet<Source>, found: Finding): void {
  eachMatchInText(corpus.text, re, (m) => {
    const source = sourceAt(corpus, m.index);
    if (skip.has(source) || notTheCustomers(corpus.text, m.index, m.index + m[0].length)) return;
    const words = (m[1] ?? '').trim().split(/\s+/);
    // Drop generic leading words; a name needs at least one distinctive word before the suffix.
    while (words.length > 1 && isGeneric(words[0] ?? '')) words.shift();
    if (words.length >= 2) found.present(`${source.where}: ${words.join(' ')}`);
    return !found.full;
  });
}

// Names typed in lower case in a chat ("pine hollow middle, 7th grade", "go to hillside elementary"): read
// only after a lexicon's words for attending, or as the answer to a question about the school.
const typedName = (suffixes: readonly string[]): string => `((?:[a-z][a-z'’.-]{1,30}[ \\t]){1,3}(?:${byLength(suffixes)}))(?![a-z0-9])`;
const TYPED_NAME = typedName(LEXICONS.flatMap((l) => l.school.typedSuffixes));
const TYPED_AFTER = new RegExp(
  `\\b(?:${byLength(LEXICONS.flatMap((l) => l.school.typedAfter))})[ \\t]+${typedName(LEXICONS.flatMap((l) => l.school.typedSuffixesAfter))}`,
  'gi',
);
// The answer may give the username first: "jreyes27, kennedy high school", "4419002 lakeview middle";
// in Spanish the school's word comes first: "escuela roosevelt 4to grado".
const TYPED_PREFIXES = [...new Set(PREFIXES.filter((p) => !p.includes(' ')).map((p) => p.toLowerCase()))];
const TYPED_ANSWER = new RegExp(
  `^(?:[^,\\s]{1,40},[ \\t]*|[^,\\s]{0,39}[\\d@_][^,\\s]{0,39}[ \\t]+)?(?:${TYPED_NAME}|((?:${byLength(TYPED_PREFIXES)})(?:[ \\t]+(?:primaria|secundaria|elemental|preparatoria|intermedia))?[ \\t]+[a-záéíóúñA-ZÁÉÍÓÚÑ][a-záéíóúñ'’.-]{2,30}))`,
);
const ASKS_SCHOOL = /\bschool\b[^\n]*\?|\bescuela\b[^\n]*\?/i;
// Asking which one: "What's your username and which school do you go to?" (not "Is it the whole school?").
const MENTIONS_SCHOOL = /school|escuela/i;
const ASKS_WHICH_SCHOOL = /\b(?:which|what) school\b|\bschool (?:name|do|does|are)\b|\bqu[eé] escuela\b/i;
// "... right now. jefferson high school. one of them ...": a name typed as a clause of its own, one
// word before a full "... school" suffix, closing its clause (not "started middle school", "two middle
// school teachers", "the local high school").
// The first words of the suffixes TYPED_AFTER reads: a match holds one.
const TYPED_AFTER_GATE = new RegExp(byLength([...new Set(LEXICONS.flatMap((l) => l.school.typedSuffixesAfter.map((s) => s.split(' ')[0] ?? s)))]), 'i');
const FULL_TYPED_SUFFIXES = LEXICONS.flatMap((l) => l.school.typedSuffixes.filter((s) => s.endsWith(' school')));
const FULL_TYPED_NAME = new RegExp(`(?:^|[.!?;:,(-][ \\t]*|\\n)([a-z][a-z'’.-]{2,30})[ \\t]+(?:${byLength(FULL_TYPED_SUFFIXES)})(?=[ \\t]*(?:[.,;:!?)]|$|\\n))`, 'gm');
// A line of its own that is a typed name and nothing else, at a message's end.
const TYPED_LINE = new RegExp(`^[ \\t]*${TYPED_NAME}[ \\t]*$`);
const SIGNATURE_LINES = 4;
// Words that say which kind of school, not which one ("a public middle school", "both high school ...").
const NOT_A_NAME = caselessWord([
  'local', 'public', 'private', 'new', 'old', 'same', 'other', 'nearby', 'regular', 'current', 'previous', 'former', 'charter', 'district', 'area', 'big',
  'small', 'neighborhood', 'both', 'most', 'some', 'many', 'two', 'three', 'normal', 'publica', 'pública', 'privada', 'primaria', 'secundaria', 'de', 'del', 'la', 'el',
  // Who, how many, an answer's first word: "mostly hs kids", "nope only ms", "art teacher hs", "escuela primaria pero no sé".
  'mostly', 'only', 'just', 'nope', 'yes', 'yeah', 'them', 'all', 'our', 'my', 'the', 'and', 'teacher', 'tchr', 'sped', 'art', 'math', 'dept', 'kids', 'students',
  'pero', 'todavia', 'todavía', 'tambien', 'también', 'no', 'ya', 'si', 'sí', 'counselor', 'principal', 'nurse', 'coach', 'librarian', 'secretary', 'registrar',
  'aide', 'admin', 'are', 'is', 'was', 'be', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'started', 'starts', 'starting', 'grade', 'in', 'at', 'oficial', 'técnica', 'tecnica', 'general', 'federal', 'estatal', 'rural', 'turno',
]);
// The school's own words: a typed name needs one of its own before them ("the elementary school" names none).
const SUFFIX_WORDS = caselessWord(LEXICONS.flatMap((l) => l.school.typedSuffixes.flatMap((s) => s.split(' '))));

const CLAUSE_ENDS = /^[ \t]*(?:[.,;:!?)]|\n|$|school\b)/i;

function typedNames(corpus: Corpus, found: Finding): void {
  const add = (source: Source, name: string): void => {
    const words = name.trim().split(/\s+/);
    while (words.length > 1 && (isGeneric(words[0] ?? '') || NOT_A_NAME(words[0] ?? ''))) words.shift();
    // A name of its own before the school's words, and no little words inside it ("happening at the elementary").
    const suffixAt = words.findIndex((w) => SUFFIX_WORDS(w));
    const own = suffixAt < 0 ? [] : words.slice(0, suffixAt);
    if (own.length > 0 && !own.some((w) => isGeneric(w) || NOT_A_NAME(w))) found.present(`${source.where}: ${words.join(' ')}`);
  };
  for (const source of corpus.sources) {
    if (source.kind === 'subject') continue;
    // Gates for the two patterns (costly on a long ticket): the words each match must hold.
    if (TYPED_AFTER_GATE.test(source.text)) for (const m of source.text.matchAll(TYPED_AFTER)) {
      // "go to ridgeview high." ends its clause; "go to settings high contrast mode" names no school.
      const rest = source.text.slice((m.index ?? 0) + m[0].length);
      if (/\shigh$/i.test(m[1] ?? '') && !CLAUSE_ENDS.test(rest)) continue;
      add(source, m[1] ?? '');
    }
    if (source.text.includes(' school')) for (const m of source.text.matchAll(FULL_TYPED_NAME)) {
      const name = m[1] ?? '';
      if (!isGeneric(name) && !NOT_A_NAME(name)) found.present(`${source.where}: ${m[0].slice(m[0].indexOf(name))}`);
    }
    // Both questions name the school: most texts never do.
    if (MENTIONS_SCHOOL.test(source.text)) source.lines.forEach((line, i) => {
      // The answer on the next line, or the one after when the question asked two things ("What's your
      // username and which school do you go to?" / "lgarcia08" / "lincoln high").
      if (!ASKS_SCHOOL.test(source.lines[i - 1] ?? '') && !ASKS_WHICH_SCHOOL.test(source.lines[i - 2] ?? '')) return;
      // Or at its end, after what else the question asked: "my username is jt_2029 its my account. westview high".
      const answer = line.replace(TURN_TEXT, '');
      const m = TYPED_ANSWER.exec(answer) ?? TYPED_ANSWER.exec(answer.split(/[.!;][ \t]+/).at(-1) ?? '');
      if (m?.[1] !== undefined) add(source, m[1]);
      // "escuela roosevelt", not "escuela pública".
      else if (m?.[2] !== undefined && !NOT_A_NAME(m[2].split(/\s+/).at(-1) ?? '')) found.present(`${source.where}: ${m[2]}`);
    });
    // A signature's line that is only a school typed in lower case: "mr h" / "westbrook ms".
    const typedLines = source.lines.slice(-SIGNATURE_LINES).filter((line) => TYPED_LINE.test(line));
    if (typedLines.length > 0 && !isSupportReply(source)) for (const line of typedLines) add(source, line);
  }
}

export function detectSchool(ticket: SafeTicket, corpus: Corpus): Finding {
  const found = new Finding();
  if (ticket.organization && !isPlaceholder(ticket.organization)) found.present(`organization: ${ticket.organization}`);
  // A labelled school says it best; names in the same text would mostly repeat it.
  const labelled = new Set<Source>();
  for (const source of corpus.sources) {
    for (const section of source.sections) {
      if (section.kind !== 'school') continue;
      const value = firstSentence(sectionValue(section).split('\n')[0] ?? '');
      // (A customer's number names no school: "Customer #: 88213".)
      if (isPlaceholder(value) || NAME_NOT_KNOWN.test(value) || (CUSTOMER_NUMBER_LABEL.test(section.label) && !/[A-Za-zÀ-ÿ]/.test(value))) continue;
      found.present(`${source.where}: ${section.label}: ${value}`);
      labelled.add(source);
    }
  }
  if (!found.full) schoolNames(corpus, SCHOOL_NAME, labelled, found);
  if (!found.full && mentionsAny(corpus, SPANISH_PREFIX)) schoolNames(corpus, SPANISH_NAME, labelled, found);
  // (A saint's word and a space first: "St" alone is in every "Students".)
  if (!found.full && SAINTS.some((saint) => corpus.text.includes(`${saint} `))) schoolNames(corpus, SAINT_NAME, labelled, found);
  if (found.status === 'missing') typedNames(corpus, found);
  const domain = ticket.requesterEmail.split('@')[1] ?? '';
  if (domain && isSchoolDomain(domain)) found.weak(`requester domain: ${domain}`);
  return found;
}
