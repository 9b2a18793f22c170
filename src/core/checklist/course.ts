// The bonus content items: course name, URL of the page or item in the course, course revision id.
import { Finding } from './finding';
import { sectionValue } from './sections';
import { eachCasedMatch, sourceAt, type Corpus } from './source';
import { isPlaceholder } from './placeholders';
import { caselessWord, eachMatchInLines, LETTER_PAIR, linesWith, testTwin, twin, type LinePattern, type LineSpan, type Twin } from './text';
import { findUrls, isToolingUrl, urlLabel } from './urls';
import { LEXICONS } from './lexicon';
import { repliesToRequester } from './signature';

// 'in the course "Algebra I"', 'course called Biology 101', '"World History" course'.
const QUOTED_COURSE = /\bcourse[ \t]+(?:(?:called|named|titled|title|name)[ \t]+)?["“‘']([^"”’'\n]{2,80})["”’']|["“‘]([^"”’\n]{2,80})["”’][ \t]+course\b/dg;
const NAMED_COURSE = /\b(?:course|curso)[ \t]+(?:called|named|titled|llamado)[ \t]+([A-Z0-9][^\n.,;:!?()]{1,60})/g;
// Capitalised words right after or before "course": "the course Chemistry Foundations", "in Algebra 1 course".
const TITLED_COURSE =
  /\b(?:course|curso)[ \t]+((?:[\p{Lu}\d][\p{L}\p{N}&'’.-]*(?:[ \t]+|$)){1,6})|((?:[\p{Lu}][\p{L}\p{N}&'’.-]*[ \t]+){1,5}(?:[\p{Lu}\d][\p{L}\p{N}&'’.-]*[ \t]+)?)course\b/gmu;
const isGenericWord = caselessWord([
  'the', 'a', 'an', 'this', 'that', 'our', 'your', 'their', 'his', 'her', 'my', 'in', 'on', 'for', 'of', 'and', 'or', 'new', 'same', 'whole', 'entire',
  'every', 'all', 'each', 'any', 'which', 'what', 'i', 'we', 'it', 'course', 'id', 'url', 'name', 'revision', 'rev', 'hi', 'hello', 'hola', 'dear',
  'thanks', 'gracias', 'en', 'el', 'la', 'de',
]);

// A course named by where in it the problem is: "In Grade 7 Math, Lesson 2.3", "the Unit 5 test in
// AP US History", "Earth Science, unit 3 lesson 2", or a quoted name beside such a place or after
// a word for a course ("en el curso 'Biología 7'"). The words come from the lexicons.
const alternation = (words: readonly string[]): string =>
  [...new Set(words.flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1), w.toUpperCase()]))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+'))
    .join('|');
const LOCATOR = alternation(LEXICONS.flatMap((l) => l.course.locators));
const COURSE_WORD = alternation(LEXICONS.flatMap((l) => l.course.courseWords));
const INTRO = alternation(LEXICONS.flatMap((l) => l.course.intros));
// The patterns below are built twice (twin(), LinePattern): with Unicode classes, and with their ASCII
// members for lines in plain ASCII. `letter`, `upper` and `digit` are a class's contents.
type Classes = { letter: string; upper: string; digit: string };
const UNICODE: Classes = { letter: '\\p{L}', upper: '\\p{Lu}', digit: '\\p{N}' };
const ASCII: Classes = { letter: 'A-Za-z', upper: 'A-Z', digit: '0-9' };
const placePattern = (source: (c: Classes) => string, flags: string): Twin => twin(new RegExp(source(ASCII), flags.replace('u', '')), () => new RegExp(source(UNICODE), flags));
const title = ({ letter, upper, digit }: Classes): string => `(?:[${upper}\\d][${letter}${digit}&'’.°-]*[ \\t]+){0,5}[${upper}\\d][${letter}${digit}&'’.°()-]*`;
const QUOTED = `["“‘']([^"“”‘’'\\n]{2,80})["”’']`;
// What a pattern cannot match without, in its line: the quote mark opening QUOTED, the comma after a
// title. Lines without it are not read by that pattern (on a long ticket most lines lack both).
const hasQuote = (line: string): boolean => /["“‘']/.test(line);
const hasComma = (line: string): boolean => line.includes(',');
const NAME_BY_PLACE: ReadonlyArray<{ re: Twin; needs?: (line: string) => boolean }> = [
  { re: placePattern(({ letter }) => `(?<![${letter}])(?:${COURSE_WORD})[ \\t]+${QUOTED}`, 'gu'), needs: hasQuote },
  { re: placePattern(({ letter }) => `(?<![${letter}])(?:${INTRO})[ \\t]+${QUOTED}(?=[^\\n]{0,60}?(?<![${letter}])(?:${LOCATOR})(?![${letter}]))`, 'gu'), needs: hasQuote },
  { re: placePattern(({ letter }) => `(?<![${letter}])(?:${LOCATOR})[ \\t]+[\\d.]+(?:[ \\t]+(?:${LOCATOR}))?[ \\t]+(?:${INTRO})[ \\t]+${QUOTED}`, 'gu'), needs: hasQuote },
  { re: placePattern((c) => `(?<=^|[:\\s])(?:(?:${INTRO})[ \\t]+)?(${title(c)}),[ \\t]*(?:the[ \\t]+|la[ \\t]+|el[ \\t]+)?(?:${LOCATOR})[ \\t]+\\d`, 'gmu'), needs: hasComma },
  { re: placePattern((c) => `(?<![${c.letter}])(?:${LOCATOR})[ \\t]+[\\d.]+(?:[ \\t]+(?:${LOCATOR}))?[ \\t]+(?:${INTRO})[ \\t]+(${title(c)})`, 'gu') },
];
// A title holding a school subject, written as a name is (capitalised): "AP Biology", "Chemistry 2",
// "Grade 6 Science", "Integrated Math II", "Biología 7° Grado (2024-25)".
const SUBJECTS = [...new Set(LEXICONS.flatMap((l) => l.course.subjects))].sort((a, b) => b.length - a.length);
const alternationOf = (subjects: readonly string[]): string => subjects.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
const isAscii = (w: string): boolean => /^[ -~]*$/.test(w);
// Built twice: with Unicode classes, and for lines in plain ASCII with the ASCII letters and digits
// those classes hold there (the same matches, at a fraction of the Unicode pattern's compile cost,
// ~10 ms on a sidebar's first ticket).
const subjectTitlePattern = (subjects: string, letter: string, upper: string, digit: string, flags: string): RegExp => {
  const nameWord = `[${upper}\\d][${letter}${digit}&'’.°-]*`;
  return new RegExp(
    `(?<![${letter}${digit}])((?:${nameWord}[ \\t]+){0,3}(?:${subjects})(?:[ \\t]+(?:(?:de|del|of)[ \\t]+)?(?:${nameWord}|\\([^)\\n]{1,20}\\)))*)(?![${letter}${digit}])(?:[ \\t]*[-–:,>]?[ \\t]*(?:the[ \\t]+)?([${letter}]+))?`,
    flags,
  );
};
// Even so, ~100 subjects cost ~2 ms to compile. A subject absent from the lines read takes part in no
// match: the pattern is compiled with the subjects whose first word the lines hold, in the same order
// (on long lines, where looking for each would cost more, with all of them).
const titlePatterns = new Map<string, LinePattern>();
const LONG_READ = 4000;
function subjectTitleIn(text: string): LinePattern {
  const present = text.length > LONG_READ ? SUBJECTS : SUBJECTS.filter((w) => text.includes(w.split(' ')[0] ?? w));
  const key = present.join('|');
  let pattern = titlePatterns.get(key);
  if (!pattern) {
    const subjects = alternationOf(present);
    pattern = twin(subjectTitlePattern(subjects, 'A-Za-z', 'A-Z', '0-9', 'g'), () => subjectTitlePattern(subjects, '\\p{L}', '\\p{Lu}', '\\p{N}', 'gu'));
    if (titlePatterns.size >= 100) titlePatterns.clear();
    titlePatterns.set(key, pattern);
  }
  return pattern;
}
const subjectWord = (subjects: readonly string[], letter: string, flags: string): RegExp => new RegExp(`(?<![${letter}])(?:${alternationOf(subjects)})(?![${letter}])`, flags);
const SUBJECT_WORD = twin(subjectWord(SUBJECTS.filter(isAscii), 'A-Za-z', 'g'), () => subjectWord(SUBJECTS, '\\p{L}', 'gu'));
// Words that name what a course holds, or the course itself, after its name: the name ends there.
const PLACE_AFTER_NAME = new Set([...LEXICONS.flatMap((l) => [...l.course.locators, ...l.course.courseWords]), 'class', 'classes', 'curriculum', 'textbook', 'clase']);
const NOT_A_PLACE = new Set(['version', 'revision', 'page']);
// "Ms. Lee, Math Teacher", "Science Department": a role or an office, not a course.
const isRoleWord = caselessWord([
  'teacher', 'teachers', 'department', 'dept', 'coordinator', 'specialist', 'chair', 'coach', 'director', 'lead', 'team', 'fair', 'night', 'club',
  'tutor', 'maestro', 'maestra', 'profesor', 'profesora',
]);

/** A capitalised title with a school subject: two words or more, or one before "class", "Unit 4"... */
function subjectTitle(corpus: Corpus, found: Finding): void {
  const lines = linesWith(corpus.text, SUBJECT_WORD);
  if (lines.length === 0) return;
  const read = lines.map(([start, end]) => corpus.text.slice(start, end)).join('\n');
  eachMatchInLines(corpus.text, lines, subjectTitleIn(read), (m) => {
    const words: string[] = [];
    for (const word of (m[1] ?? '').split(/[ \t]+/)) {
      if (PLACE_AFTER_NAME.has(word.toLowerCase())) break;
      words.push(word);
    }
    const name = trimGeneric(words.join(' ').replace(/[.,;:!?-]+$/, ''));
    if (!name || name.split(' ').some((w) => isRoleWord(w))) return;
    const next = words.length < (m[1] ?? '').split(/[ \t]+/).length ? (m[1] ?? '').split(/[ \t]+/)[words.length] : m[2];
    const placeAfter = next !== undefined && PLACE_AFTER_NAME.has(next.toLowerCase()) && !NOT_A_PLACE.has(next.toLowerCase());
    if (name.includes(' ') || placeAfter) found.present(`${sourceAt(corpus, m.index).where}: course ${name}`);
    return !found.full;
  });
}

// A path that points into course content.
// A segment named by a place inside a course and its number: "/bloque-3/", "/unit4/", "/lesson-2-1".
const LOCATOR_SEGMENT = new RegExp(`/(?:${LEXICONS.flatMap((l) => l.course.locators).map((w) => w.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '')).join('|')}|bloque|block)[-_]?\\d`, 'i');
const COURSE_PATH = /\/(?:c|l|u\d{0,3}|lti|launch|play(?:er)?|viewer|courses?|lessons?|units?|modules?|assignments?|activit(?:y|ies)|quiz(?:zes)?|assessments?|curriculum|content|chapters?|items?|sections?|pages|classes|topics?|resources?)(?:\/|$)/i;
// "revision id: 88213", "rev 42", "course revision 9f3a1c".
const revision = (letter: string, flags: string): RegExp =>
  new RegExp(
    `(?<![${letter}])(?:(?:course|content|curriculum|lesson|published)[ \\t]+version|(?:course[ \\t]+)?(?:revision|revisi[oó]n|rev\\b\\.?)(?:[ \\t]+(?:de[ \\t]+contenido|del[ \\t]+curso))?)(?:[ \\t]*(?:id|#|number|no\\.?))?[ \\t]{0,3}(?:is|says|=|:|#|-)?[ \\t]{0,3}[:#]?[ \\t]{0,3}((?=[\\w.-]{0,40}\\d)[A-Za-z0-9](?:[\\w-]|\\.(?=\\w)){0,40})`,
    flags,
  );
// Twice, for lines in plain ASCII with the ASCII letters (LinePattern).
const REVISION = twin(revision('A-Za-z', 'dg'), () => revision('\\p{L}', 'dgu'));
const BARE_LINK = /\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\/[^\s]{2,200}/i;
const REVISION_IN_URL = /[?&]rev(?:ision)?(?:[_-]?id)?=([\w-]{1,64})|\/revisions?\/([\w-]{1,64})/i;

/** Drops generic words at either end ("The", "ID"); nothing left means no name. */
function trimGeneric(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length > 0 && isGenericWord(words[0] ?? '')) words.shift();
  while (words.length > 0 && isGenericWord(words[words.length - 1] ?? '')) words.pop();
  // A name is more than a lone number or letter.
  return words.length > 0 && testTwin(LETTER_PAIR, words.join(' ')) ? words.join(' ') : '';
}

function courseName(corpus: Corpus, found: Finding): void {
  for (const source of corpus.sources) {
    for (const section of source.sections) {
      if (section.kind !== 'courseName') continue;
      const value = sectionValue(section).split('\n')[0] ?? '';
      if (!isPlaceholder(value)) found.present(`${source.where}: ${section.label}: ${value}`);
    }
  }
  if (!found.full) namedByPlace(corpus, found);
  // Every pattern below holds "course" or "curso" and stays within a line: only such lines are read.
  const lines = linesWith(corpus.lower, /course|curso/g);
  if (lines.length > 0) namedNearCourseWord(corpus, found, lines);
  // The loosest reading, a subject's title anywhere: only when nothing clearer was found.
  if (found.status !== 'present') subjectTitle(corpus, found);
}

function namedNearCourseWord(corpus: Corpus, found: Finding, lines: ReturnType<typeof linesWith>): void {
  for (const re of [QUOTED_COURSE, NAMED_COURSE, TITLED_COURSE]) {
    // Capitalised words near "course" are the loosest reading: only when nothing clearer was found.
    if (found.full || (re === TITLED_COURSE && found.status === 'present')) return;
    const visit = (m: RegExpExecArray): boolean => {
      let name = (m[1] ?? m[2] ?? '').trim();
      if (re === TITLED_COURSE) name = trimGeneric(name);
      if (name && !isPlaceholder(name)) found.present(`${sourceAt(corpus, m.index).where}: course ${name}`);
      return !found.full;
    };
    // The quoted form is lower case: scanned lower-cased; the others need capitals.
    if (re === QUOTED_COURSE) eachCasedMatch(corpus, re, visit, lines);
    else eachMatchInLines(corpus.text, lines, re, visit);
  }
}

// Every pattern above holds a locator or a word for a course, within one line: only such lines are read.
const PLACE_WORD_LIST = [...LEXICONS.flatMap((l) => [...l.course.locators, ...l.course.courseWords])].map((w) => w.toLowerCase());
const placeWords = (words: readonly string[], letter: string, flags: string): RegExp => new RegExp(`(?<![${letter}])(?:${words.join('|')})(?![${letter}])`, flags);
const PLACE_WORDS = twin(placeWords(PLACE_WORD_LIST.filter(isAscii), 'A-Za-z', 'g'), () => placeWords(PLACE_WORD_LIST, '\\p{L}', 'gu'));

function namedByPlace(corpus: Corpus, found: Finding): void {
  const lines = linesWith(corpus.lower, PLACE_WORDS);
  if (lines.length === 0) return;
  const linesFor = new Map<(line: string) => boolean, LineSpan[]>();
  for (const { re, needs } of NAME_BY_PLACE) {
    let some = lines;
    if (needs) {
      some = linesFor.get(needs) ?? lines.filter(([start, end]) => needs(corpus.text.slice(start, end)));
      linesFor.set(needs, some);
    }
    eachMatchInLines(corpus.text, some, re, (m) => {
      const name = trimGeneric((m[1] ?? '').trim());
      if (name && !isPlaceholder(name)) found.present(`${sourceAt(corpus, m.index).where}: course ${name}`);
      return !found.full;
    });
  }
}

function courseUrl(corpus: Corpus, found: Finding): void {
  for (const source of corpus.sources) {
    for (const section of source.sections) {
      if (section.kind !== 'courseUrl') continue;
      const value = sectionValue(section);
      if (isPlaceholder(value)) continue;
      const url = findUrls(value).find((u) => !isToolingUrl(u));
      // "Link: learn.example.com/courses/bio/u4": a link written without its scheme.
      const bare = url ? null : BARE_LINK.exec(value)?.[0];
      if (url) found.present(`${source.where}: ${urlLabel(url)}`);
      else if (bare) found.present(`${source.where}: ${bare}`);
      else found.weak(`${source.where}: ${section.label}: ${value} (no link)`);
    }
  }
  for (const source of corpus.sources) {
    for (const url of source.urls) {
      if (found.full) return;
      if (isToolingUrl(url)) continue;
      // A link into course content is the item's URL; another product link is a page, but maybe not the item.
      if (COURSE_PATH.test(url.path) || LOCATOR_SEGMENT.test(url.path)) found.present(`${source.where}: ${urlLabel(url)}`);
      else found.weak(`${source.where}: ${urlLabel(url)}`);
    }
  }
}

const GIVEN_AS_EXAMPLE = /\b(?:for example|for instance|e\.g\.|such as|like|por ejemplo|como)\W*$/i;

// Spanish by its accent or its "del curso" ("Revision: ..." without one reads as English).
const SPANISH_LABEL = /^\W*(?:revisión|versión|(?:revisi[oó]n|versi[oó]n) de)/i;
const LONE_ID = /^\s*[A-Za-z]{0,4}[-.\s]?\d[\w.-]{0,30}\s*(?:\([^)]*\))?\s*$/;

function revisionId(corpus: Corpus, found: Finding): void {
  for (const source of corpus.sources) {
    for (const section of source.sections) {
      if (section.kind !== 'courseRevisionId') continue;
      const value = sectionValue(section);
      // A revision has a digit: "the latest", "la más reciente", "no sé dónde se ve" give none.
      if (isPlaceholder(value) || !/\d/.test(value)) continue;
      // In Spanish "revisión" is a review as well ("Revisión: la hizo la coordinadora el 4 de mayo"): only an id alone.
      if (SPANISH_LABEL.test(section.label) && !LONE_ID.test(value)) continue;
      const id = /(?<![\w-])(?=[\w-]{0,40}\d)[A-Za-z0-9][\w-]{0,40}/.exec(value);
      if (id) found.present(`${source.where}: ${section.label} ${id[0]}`);
    }
  }
  if (found.full || !/rev|version/.test(corpus.lower)) return;
  // REVISION needs "version", "revisi" or "rev" alone ("review" and "revert" are neither).
  if (/version|revisi|rev\b/.test(corpus.lower)) {
    eachCasedMatch(corpus, REVISION, (m) => {
      const source = sourceAt(corpus, m.index);
      // Support asking for it, with what one looks like ("for example "Rev. 3.1""), gives none.
      if (repliesToRequester(source) || GIVEN_AS_EXAMPLE.test(corpus.text.slice(Math.max(0, m.index - 30), m.index))) return true;
      // "Revision says 2024.08.2", not "Google Docs revision says 3 edits".
      if (/\bsays\b/i.test(m[0]) && !/[.\d]{3}/.test(m[1] ?? '')) return true;
      found.present(`${source.where}: revision ${m[1] ?? ''}`);
      return !found.full;
    });
  }
  for (const source of corpus.sources) {
    for (const url of source.urls) {
      const m = REVISION_IN_URL.exec(`${url.path}${url.query}`);
      if (m) found.present(`${source.where}: revision ${m[1] ?? m[2] ?? ''} in link`);
    }
  }
}

export type CourseFindings = { courseName: Finding; courseUrl: Finding; courseRevisionId: Finding };

export function detectCourse(corpus: Corpus): CourseFindings {
  const result: CourseFindings = { courseName: new Finding(), courseUrl: new Finding(), courseRevisionId: new Finding() };
  courseName(corpus, result.courseName);
  courseUrl(corpus, result.courseUrl);
  revisionId(corpus, result.courseRevisionId);
  return result;
}
