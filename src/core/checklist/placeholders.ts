// Placeholders: values agents leave in templates instead of information. Apart from text.ts so that
// readers of plain text (the summary parser, the proxy) do not bundle the lexicons.
import { LEXICONS } from './lexicon';
import { caselessTest, stripMarkup } from './text';

// The lexicons' placeholders, or marks.
const PLACEHOLDERS = LEXICONS.flatMap((l) => l.placeholders);
const PLACEHOLDER = new RegExp(
  `^(?:${PLACEHOLDERS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/e/g, '[eé]')).join('|')}|x+|\\?+|-+|\\.+|—|–|_+)$`,
  'i',
);
// For a value in printable ASCII the pattern says no more than this: its words, in lower case with
// single spaces, are an ASCII placeholder's, or it is only marks. A set lookup instead of the
// pattern, which is costly to compile on a sidebar's first ticket (others still go through it).
const ASCII_ONLY = /^[ -~\t\n\r\f\v]*$/;
const ASCII_PLACEHOLDERS = new Set(PLACEHOLDERS.filter((p) => ASCII_ONLY.test(p)).map((p) => p.toLowerCase()));
const ASCII_MARKS = /^(?:x+|\?+|-+|\.+|_+)$/i;
// Only when every placeholder is written with single spaces between words (as the pattern reads them).
const WORDS_READ_ALIKE = PLACEHOLDERS.every((p) => !/ {2}|^ | $/.test(p));

function isPlaceholderWord(v: string): boolean {
  if (!WORDS_READ_ALIKE || !ASCII_ONLY.test(v)) return PLACEHOLDER.test(v);
  return ASCII_PLACEHOLDERS.has(v.toLowerCase().replace(/\s+/g, ' ')) || ASCII_MARKS.test(v);
}
// Template hints such as "<school name>", "[insert SID]", "{steps}", "(list steps here)".
const isTemplateHint = caselessTest(/^(?:<[^<>]*>|\[[^\][]*\]|\{[^{}]*\}|\([^()]*\))$|^(?:insert|enter|add|list|type|fill in)\b/);

// A value that says it was not got: "School: didn't get it, she had to go before I asked".
const OPENERS = LEXICONS.flatMap((l) => l.placeholderOpeners).map((o) => o.toLowerCase());
const opensAsNotGot = (v: string): boolean => {
  const lower = v.toLowerCase().replace(/’/g, "'");
  return OPENERS.some((o) => lower.startsWith(o) && !/\p{L}/u.test(lower.charAt(o.length)));
};

// A value that is another label and its value ("Student ID: TBD"); not a time ("10:30") or an address.
const INNER_LABEL = /^[A-Za-z][\w ()'/-]{0,29}:\s+(.*)$/s;

/** True when a labelled value holds no information: empty, "N/A", "TBD", "?", "-", "[school name]", "didn't get it"... */
export function isPlaceholder(value: string): boolean {
  const whole = stripMarkup(value).replace(/[.!:;,]+$/, '').trim();
  if (whole === '') return true;
  // "n/a (internal test)": an aside does not make a placeholder a value.
  const v = /\(/.test(whole) && !isTemplateHint(whole) ? whole.replace(/\s*\([^()]{0,60}\)\s*/g, ' ').trim() || whole : whole;
  if (opensAsNotGot(v)) return true;
  // "Affected user(s): Student ID: TBD": another label, then nothing.
  const inner = INNER_LABEL.exec(v);
  if (inner && isPlaceholder(inner[1] ?? '')) return true;
  if (v.length > 60) return false;
  // "asked, customer will send": placeholders one after the other.
  return isPlaceholderWord(v) || isTemplateHint(v) || (v.includes(',') && v.split(',').every((part) => part.trim() !== '' && isPlaceholderWord(part.trim())));
}
