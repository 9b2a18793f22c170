// Plain-text helpers for the checklist: HTML from the Zendesk editor to text, evidence.
// Everything here is linear in the input: loops and bounded regexes only.

/** How much of one description or comment is scanned; long enough for any real comment. */
export const MAX_SOURCE_CHARS = 120_000;
export const MAX_EVIDENCE_CHARS = 80;

const BLOCK_TAGS = new Set([
  'br', 'p', 'div', 'ul', 'ol', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table',
  'section', 'article', 'header', 'footer', 'hr', 'dd', 'dt', 'figure', 'figcaption',
]);
const SKIP_CONTENT_TAGS = new Set(['style', 'script', 'head', 'title']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', bull: '•', middot: '·', rarr: '→', raquo: '»',
  laquo: '«', copy: '©', reg: '®', trade: '™', iexcl: '¡', iquest: '¿', ntilde: 'ñ', aacute: 'á',
  eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', uuml: 'ü', Ntilde: 'Ñ',
};

export type HtmlText = { text: string; images: string[] };

// One tag: name, then attributes up to the next '>' (bounded, and never across another '<').
// One tag: "<", an optional "/", a name (a letter, then letters and digits), then up to 4000
// characters other than "<" and ">" before ">" (bounded, and never across another "<"). Read by
// hand (tagEnd): a pattern's match array and strings per tag were most of what htmlToText made.
const MAX_TAG_ATTRS = 4000;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetterOrDigit = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);

/** Where a tag starting at `at` (a "<") ends (after its ">") and where its name ends, or null. */
const NUMBER_AFTER_NAME = /^[ \t]+#?\d/;
function tagAt(raw: string, at: number): { nameStart: number; nameEnd: number; end: number } | null {
  const nameStart = raw.charCodeAt(at + 1) === 47 ? at + 2 : at + 1;
  if (!isLetter(raw.charCodeAt(nameStart))) return null;
  let nameEnd = nameStart + 1;
  while (isLetterOrDigit(raw.charCodeAt(nameEnd))) nameEnd++;
  // No attribute starts with a digit: "<ID 000123-9>" is an id in angle brackets, not a tag.
  if (NUMBER_AFTER_NAME.test(raw.slice(nameEnd, nameEnd + 4))) return null;
  const limit = Math.min(raw.length, nameEnd + MAX_TAG_ATTRS + 1);
  for (let i = nameEnd; i < limit; i++) {
    const c = raw.charCodeAt(i);
    if (c === 62) return { nameStart, nameEnd, end: i + 1 };
    if (c === 60) return null;
  }
  return null;
}
const ATTR = (name: string): RegExp => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\\s>]{1,2000}))`, 'i');
const HREF = ATTR('href');
const SRC = ATTR('src');

function attr(attrs: string, re: RegExp): string | null {
  const m = re.exec(attrs);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() || null;
}

/**
 * Turns an HTML comment body into text that keeps its line structure (<br>, <p>, <li> become line
 * breaks; table cells are separated by " | "), keeps link targets next to their text, and lists the
 * sources of inline images. Plain text passes through with only line endings normalised.
 */
export function htmlToText(input: string): HtmlText {
  const clipped = input.length > MAX_SOURCE_CHARS ? input.slice(0, MAX_SOURCE_CHARS) : input;
  if (!/<[a-zA-Z/!]/.test(clipped)) return { text: normalizeText(decodeEntities(clipped)), images: [] };
  const raw = stripComments(clipped);

  const images: string[] = [];
  let out = '';
  let last = 0;
  // Open lists, innermost last: the count of items so far in an <ol>, null in a <ul>.
  const lists: Array<number | null> = [];
  let openHref: string | null = null;
  let hrefStart = 0;
  for (let at = raw.indexOf('<'); at >= 0; at = raw.indexOf('<', at + 1)) {
    const tag = tagAt(raw, at);
    if (!tag) continue;
    out += raw.slice(last, at);
    last = tag.end;
    const closing = tag.nameStart === at + 2;
    const name = raw.slice(tag.nameStart, tag.nameEnd).toLowerCase();
    at = tag.end - 1;
    if (!closing && SKIP_CONTENT_TAGS.has(name)) {
      const end = raw.toLowerCase().indexOf(`</${name}`, last);
      last = end < 0 ? raw.length : end;
      at = last - 1;
      continue;
    }
    // An ordered list keeps its numbers ("1. Open Gradebook"): numbered lines read as steps.
    if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push(name === 'ol' ? 0 : null);
      out += '\n';
    } else if (name === 'li') {
      const n = lists.length > 0 && !closing ? lists[lists.length - 1] : null;
      if (n !== null && n !== undefined) lists[lists.length - 1] = n + 1;
      out += closing ? '\n' : n !== null && n !== undefined ? `\n${n + 1}. ` : '\n- ';
    }
    else if (name === 'td' || name === 'th') out += closing ? ' | ' : '';
    else if (BLOCK_TAGS.has(name)) out += '\n';
    else if (name === 'img' && !closing) {
      const src = attr(raw.slice(tag.nameEnd, tag.end - 1), SRC);
      if (src) images.push(src);
      // An image embedded by reference stays in the text as mail clients write it in plain text
      // ("[cid:logo.png@...]"), so a signature's logo can be told by where it stands.
      const cid = src ? /^cid:([^@\s\]]{1,120})/i.exec(src) : null;
      out += cid ? ` [cid:${cid[1]}@inline] ` : ' ';
    } else if (name === 'a') {
      if (!closing) {
        openHref = attr(raw.slice(tag.nameEnd, tag.end - 1), HREF);
        hrefStart = out.length;
      } else if (openHref) {
        // Keep the target beside the link text, unless the text already is the target.
        if (!out.slice(hrefStart).includes(openHref)) out += ` ${openHref} `;
        openHref = null;
      }
    }
  }
  out += raw.slice(last);
  return { text: normalizeText(decodeEntities(out)), images };
}

/** Drops <!-- ... --> in one pass; an unclosed comment runs to the end, as in a browser. */
function stripComments(s: string): string {
  let at = s.indexOf('<!--');
  if (at < 0) return s;
  let out = '';
  let last = 0;
  while (at >= 0) {
    out += s.slice(last, at);
    const end = s.indexOf('-->', at + 4);
    if (end < 0) return out;
    last = end + 3;
    at = s.indexOf('<!--', last);
  }
  return out + s.slice(last);
}

const ENTITY_HERE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;

function entityText(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
}

/** Decodes &amp; &#39; &#x2F; and the named entities above; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  // Entities are tried at each "&" found with indexOf: ~4x faster than replace with a callback.
  let at = s.indexOf('&');
  if (at < 0) return s;
  let out = '';
  let last = 0;
  while (at >= 0) {
    ENTITY_HERE.lastIndex = at;
    const m = ENTITY_HERE.exec(s);
    if (m) {
      out += s.slice(last, at) + entityText(m[0], m[1] ?? '');
      last = at + m[0].length;
      at = s.indexOf('&', last);
    } else at = s.indexOf('&', at + 1);
  }
  return out + s.slice(last);
}

// What normalizeText changes. String.includes of each rare character is ~40x faster than a scan
// for the class, and most texts hold none.
const ODD_SPACES = ['\r', '\u00a0', '\u2007', '\u202f', '\u200b', '\u200c', '\u200d', '\ufeff'];

/** CRLF and lone CR to LF, non-breaking and zero-width spaces to plain ones. */
export function normalizeText(s: string): string {
  if (!ODD_SPACES.some((c) => s.includes(c))) return s;
  return s.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** A line of a text: its start and end offsets (the end at its line break). */
export type LineSpan = readonly [start: number, end: number];

/**
 * A global pattern, or a pair: `any` for every line, and `ascii` for lines in plain ASCII, where it
 * must match exactly as `any` does (Unicode classes written as their ASCII members compile far cheaper).
 */
export type LinePattern = RegExp | Twin;
export type Twin = { readonly any: RegExp; readonly ascii: RegExp };

/**
 * A pair whose Unicode pattern is built on first use: parsing a \p{...} class costs ~0.1-0.2 ms
 * (on a sidebar's first ticket, or as the module loads), and a ticket in plain ASCII never needs it.
 */
export function twin(ascii: RegExp, any: () => RegExp): Twin {
  let built: RegExp | undefined;
  return {
    ascii,
    get any() {
      return (built ??= any());
    },
  };
}

// Printable ASCII and tabs (a line with other control characters takes `any`: the same matches).
const ASCII_LINE = /^[\t -~]*$/;

/** Two letters in a row. */
export const LETTER_PAIR = twin(/[A-Za-z]{2}/, () => /\p{L}{2}/u);

/** Whether a non-global pattern of a pair matches in s, read with the ASCII twin when s is plain ASCII. */
export function testTwin(pattern: Twin, s: string): boolean {
  return (ASCII_LINE.test(s) ? pattern.ascii : pattern.any).test(s);
}
const NOT_ASCII = /[^\t\n -~]/g;

/** A run of whole lines [start, end), the line breaks around it left out: all in plain ASCII, or one line that is not. */
type Run = readonly [start: number, end: number, ascii: boolean];
// The runs of the last texts read: a corpus, and its lower-cased copy read in the corpus's runs.
let runCache: Array<{ text: string; runs?: Run[]; sameAs?: string }> = [];

/**
 * Reads a copy of a text with the same lines (its lower case) in the text's runs, without scanning
 * it: a line in plain ASCII in the text is so in the copy, and any line may be read with `any`.
 */
export function sameLineRuns(copy: string, text: string): void {
  if (copy !== text) runCache = [{ text: copy, sameAs: text }, ...runCache].slice(0, 3);
}

function lineRuns(text: string): Run[] {
  const hit = runCache.find((c) => c.text === text);
  if (hit?.runs) return hit.runs;
  if (hit?.sameAs !== undefined) return (hit.runs = lineRuns(hit.sameAs));
  const runs: Run[] = [];
  let from = 0;
  NOT_ASCII.lastIndex = 0;
  for (let m = NOT_ASCII.exec(text); m !== null; m = NOT_ASCII.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    if (start > from) runs.push([from, start - 1, true]);
    runs.push([start, end < 0 ? text.length : end, false]);
    if (end < 0) break;
    from = end + 1;
    NOT_ASCII.lastIndex = from;
  }
  if (from <= text.length && runs[runs.length - 1]?.[1] !== text.length) runs.push([from, text.length, true]);
  runCache = [{ text, runs }, ...runCache].slice(0, 3);
  return runs;
}

/** What a scan's visit returns: false stops it; an offset in the text moves it on to there. */
type Visit = (m: RegExpExecArray) => boolean | number | void;

/**
 * Runs a global pattern over the whole text; a pair reads the ASCII lines (in runs) with its
 * `ascii` twin. The matches of one scan with `any`, for a pattern whose matches stay within a line
 * and that reads the text's start or end as it reads a line break (no ^ or $ without the m flag).
 */
export function eachMatchInText(text: string, pattern: LinePattern, visit: Visit): void {
  if (pattern instanceof RegExp) eachMatchInSpans(text, [[0, text.length]], () => pattern, visit);
  else eachMatchInSpans(text, lineRuns(text), ([, , ascii]) => (ascii ? pattern.ascii : pattern.any), visit);
}

/** The lines of a text that hold a match of `words` (a global pattern, or a pair as for eachMatchInText), in order. */
export function linesWith(text: string, words: LinePattern): LineSpan[] {
  const lines: LineSpan[] = [];
  eachMatchInText(text, words, (m) => {
    const end = text.indexOf('\n', m.index);
    lines.push([text.lastIndexOf('\n', m.index - 1) + 1, end < 0 ? text.length : end]);
    return end < 0 ? false : end + 1;
  });
  return lines;
}

/**
 * Runs a global pattern over some lines of the text only, with match indexes in the whole text.
 * For a pattern whose matches stay within a line and hold a word the lines were picked by, these
 * are the matches of a scan of the whole text, at the cost of reading those lines.
 */
export function eachMatchInLines(text: string, lines: readonly LineSpan[], pattern: LinePattern, visit: Visit): void {
  eachMatchInSpans(text, lines, ([start, end]) => (pattern instanceof RegExp ? pattern : ASCII_LINE.test(text.slice(start, end)) ? pattern.ascii : pattern.any), visit);
}

/** Scans each span of the text with the pattern chosen for it; indexes are in the whole text. */
function eachMatchInSpans<S extends readonly [number, number, ...unknown[]]>(text: string, spans: readonly S[], patternFor: (span: S) => RegExp, visit: Visit): void {
  for (const span of spans) {
    const [start, end] = span;
    const piece = start === 0 && end === text.length ? text : text.slice(start, end);
    const re = patternFor(span);
    re.lastIndex = 0;
    for (let m = re.exec(piece); m !== null; m = re.exec(piece)) {
      m.index += start;
      const next = visit(m);
      if (next === false) return;
      if (typeof next === 'number') {
        if (next >= end) break;
        re.lastIndex = next - start;
      } else if (m[0] === '') re.lastIndex++;
    }
  }
}

/**
 * The text as a pattern written in lower case, without the i flag, reads it in place of an /i one:
 * the same matches at the same offsets, and a case-insensitive pattern costs ~4x as much to compile
 * (on a sidebar's first ticket). Lower case that keeps every offset, and leaves alone the letters
 * /i does not fold to another (the Kelvin sign is not a "k" to /i, but is one to toLowerCase).
 * For patterns whose letters are ASCII or Latin-1 letters with an accent.
 */
export function caseless(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length && !s.includes('\u212a')) return lower;
  let out = '';
  for (const c of s) {
    const l = c.toLowerCase();
    out += l.length === c.length && c !== '\u212a' ? l : c;
  }
  return out;
}

/** A test of a pattern written in lower case (no i, no g flag) over caseless text: the /i pattern's answer. */
export function caselessTest(re: RegExp): (s: string) => boolean {
  return (s) => re.test(caseless(s));
}

/** Whether s, read caseless, is one of the words (lower case): an anchored /^(?:a|b)$/i list, as a set. */
export function caselessWord(words: readonly string[]): (s: string) => boolean {
  const set = new Set(words);
  return (s) => set.has(caseless(s));
}

/** Runs a pair's pattern on a line (see LinePattern): its first match, or null. */
export function execTwin(pattern: Twin, line: string): RegExpExecArray | null {
  return (ASCII_LINE.test(line) ? pattern.ascii : pattern.any).exec(line);
}

// Read per line or per evidence: constants (a literal in the function makes a RegExp object each call).
const SPACES = /\s+/g;
const MARKUP = /[*_`~]/;
const PAIRED_MARKUP = /\*\*|__|`+|~~/g;

/** Collapses whitespace and cuts to the evidence length. */
export function clip(s: string, max = MAX_EVIDENCE_CHARS): string {
  const flat = s.replace(SPACES, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Removes Markdown-ish emphasis and list markers agents paste: **x**, __x__, `x`, leading "- ". */
export function stripMarkup(s: string): string {
  // Paired markers anywhere; single ones only at the ends, so "qa_teacher_01" keeps its underscores.
  let t = MARKUP.test(s) ? s.replace(PAIRED_MARKUP, '') : s;
  t = t.trim();
  let start = 0;
  let end = t.length;
  while (start < end && '*_~-–—•·>#+ \t'.includes(t[start] ?? '')) start++;
  while (end > start && '*_~ \t'.includes(t[end - 1] ?? '')) end--;
  return t.slice(start, end);
}

/**
 * The first sentence of a labelled value: "Oakland USD. Approx 40 schools affected" -> "Oakland USD".
 * A period after a short abbreviation ("St. Mary's") does not end it.
 */
export function firstSentence(value: string): string {
  const re = /[.;!?]\s+(?=\S)/g;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) {
    const before = value.slice(0, m.index);
    const lastWord = /(\S+)$/.exec(before)?.[1] ?? '';
    if (m[0][0] === '.' && (lastWord.length <= 2 || /^(?:st|mt|ft|dr|jr|sr|no|inc|co|ave|rd)$/i.test(lastWord))) continue;
    return before.trim();
  }
  return value.trim();
}

// Whitespace as \s reads it.
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
const ASCII_MARKS = new Uint8Array(128);
for (const c of '*_`~#>|:;,.-()[]{}"\'!?') ASCII_MARKS[c.charCodeAt(0)] = 1;
/** What proseLength reads as a break between words: whitespace and punctuation. */
const isMark = (c: number): boolean => (c < 128 ? ASCII_MARKS[c] === 1 : c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7) || isSpace(c);
const isWordChar = (c: number): boolean => isLetterOrDigit(c) || c === 95;

/** The length of a link starting at i ("http://" or "https://" after a non-word character, then up to 2000 non-spaces), or 0. */
function linkAt(s: string, i: number): number {
  if (s.charCodeAt(i) !== 104 || (i > 0 && isWordChar(s.charCodeAt(i - 1))) || !s.startsWith('http', i)) return 0;
  let j = i + 4;
  if (s.charCodeAt(j) === 115) j++;
  if (!s.startsWith('://', j)) return 0;
  j += 3;
  const limit = Math.min(s.length, j + 2000);
  const start = j;
  while (j < limit && !isSpace(s.charCodeAt(j))) j++;
  return j > start ? j - i : 0;
}

/**
 * Letters and digits in a string, ignoring URLs: a cheap measure of how much prose there is. What
 * replacing each link, then each run of marks, by one space and trimming would leave: the characters
 * that are no marks, and one for each run of marks (or links) between two of them. One pass, no
 * strings made (it reads every line of a description).
 */
export function proseLength(s: string): number {
  let length = 0;
  let gap = false;
  for (let i = 0; i < s.length; ) {
    const link = linkAt(s, i);
    if (link > 0 || isMark(s.charCodeAt(i))) {
      gap = length > 0;
      i += link > 0 ? link : 1;
      continue;
    }
    if (gap) length++;
    gap = false;
    length++;
    i++;
  }
  return length;
}

/** Words (runs of characters between spaces and control characters) in a text, counted up to `upTo`. */
export function countWords(s: string, upTo = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length && words < upTo; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Whether a text ends inside quotes it opened: 'it said "Something went wrong, please try again' is
 * quoting the screen. Double quotes pair up; single ones open after a space and close before one (an
 * apostrophe sits inside a word: "don't").
 */
export function endsInsideQuotes(before: string): boolean {
  if ((before.match(/["“”]/g)?.length ?? 0) % 2 === 1) return true;
  const opened = before.match(/(?:^|[\s(:])['‘]/g)?.length ?? 0;
  const closed = before.match(/['’](?=[\s.,;:!?)]|$)/g)?.length ?? 0;
  return opened > closed;
}

/** The line's text before `index`, at most `reach` characters of it: read in bounded time however long the line. */
export function lineBefore(text: string, index: number, reach: number): string {
  const before = text.slice(Math.max(0, index - reach), index);
  return before.slice(before.lastIndexOf('\n') + 1);
}

// What shows a message, just before its quote: 'it says "..."', 'the banner: "..."', 'sale el mensaje "..."'.
const SHOWS_MESSAGE =
  /\b(?:says?|said|shows?|showed|reads?|message|msg|errors?|pop-?up|pops up(?: with)?|banner|prompt|box|goes to|gets?|got|dice|dec[ií]a|dijo|sale|sali[oó]|aparece|apareci[oó]|mensaje)\b(?:\(s\))?\W{0,3}$/i;
/** The quote that opens a quotation: a double one, or a single one after a space, "(" or ":" (not "can't"). */
const OPENING_QUOTE = /["“]|(?:^|[\s(:])['‘]/g;
const SHOWN_WITHIN = 30;
const QUOTE_REACH = 200;

/**
 * Whether the text at index sits inside quotes opened on its line after words showing a message:
 * 'it says "Something went wrong"' is what the screen said; 'I used the "Clear cache" option' names
 * a button, and is not.
 */
export function quotedFromScreen(text: string, index: number): boolean {
  // Within a message's length before it: a 100 KB line is not read again per word.
  const line = lineBefore(text, index, QUOTE_REACH);
  if (!endsInsideQuotes(line)) return false;
  let quote = -1;
  for (const m of line.matchAll(OPENING_QUOTE)) quote = m.index + m[0].length - 1;
  return SHOWS_MESSAGE.test(line.slice(Math.max(0, quote - SHOWN_WITHIN), quote));
}

// Support asking for a person's id ("Could you send us her username?", "Could you share a student
// username?"): the customer's next turn or comment answers it.
export const ASKS_FOR_ID =
  /\b(?:user ?names?|logins?|sids?|user ids?|(?:sis|state|local) ids?|student cards?|(?:student|guardian|parent|teacher|his|her|their|kid|child)(?:'s)? (?:ids?|id numbers?|numbers?|emails?|logins?)|usuarios?|matr[ií]culas?)\b[^?\n]{0,80}\?/i;

// Where a forwarded message starts: "-----Original Message-----", "---------- Forwarded message ---------",
// "Begin forwarded message:", a mail header's "From: ...", "De: ...".
export const FORWARD_MARK = /^[ \t>]*(?:-{2,}[ \t]*(?:original message|forwarded message|mensaje (?:original|reenviado))|begin forwarded message|(?:from|de):[ \t]+\S)/im;

/** A mail header's line, as a forward or a reply's quote carries it: "Sent: Thursday, April 24", "De: ...". */
export const MAIL_HEADER_LINE = /^\s*(?:from|sent|to|cc|date|subject|de|enviado|para|fecha|asunto)\s*:/i;

// Not a login: a site or a file ("clever.com", "doc_b_broken.png").
// (A file's format or a chip's, named alone, is no login either: "elegir el mp4", "x64".)
export const NOT_A_LOGIN = /\.(?:com|org|net|edu|gov|us|io|co|mx|es|png|jpe?g|gif|pdf|csv|docx?|xlsx?|mp4|mov|html?|txt|zip)$|^(?:[Mm][Pp][34]|[Mm]4[AaVv]|[Hh]26[45]|[Xx](?:86|64)|[Kk]12)$/;

// Words whose "'s" is "is" or "has" ("she's", "that's", "what's"); after any other word it is a possessive ("cortiz's").
const IS_BEFORE_S = /(?:^|[^\p{L}])(?:he|she|it|that|what|who|there|here|where|how|let)$/iu;

/** Whether an apostrophe at `index` cuts a contraction ("didn't", "we'll", "she's"), not a possessive ("cortiz's account"). */
export function contractionAt(text: string, index: number): boolean {
  const after = text.slice(index, index + 4);
  if (/^['’](?:t|ll|re|ve|d|m)(?![\p{L}])/iu.test(after)) return true;
  return /^['’]s(?![\p{L}])/iu.test(after) && IS_BEFORE_S.test(text.slice(Math.max(0, index - 6), index));
}

/** A word without its accents ("pensé" -> "pense"): how the lexicons write their words. */
export const withoutAccents = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
