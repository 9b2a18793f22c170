// Reading a match in its sentence: is it negated ("not the whole school"), or asked ("have you
// cleared the cache?") rather than stated? Both look at a bounded window, so they stay cheap.

import { lineBefore } from './text';

const WINDOW = 60;
// A negation followed only by words that keep it attached to the match: "not affecting the",
// "isn't just", "doesn't seem to be". "can't log in - the whole school" is not negated.
const NEGATED = new RegExp(
  "(?:\\bnot|n't|\\bno|\\bnever|\\bnor|\\bneither|\\bwithout|\\brather than|\\binstead of|\\byet to|\\bni)\\s+" +
    '(?:(?:affecting|affect|affects|affected|impacting|impact|impacts|impacted|just|only|the|for|across|at|in|on|of|be|is|' +
    'are|was|seem|seems|to|appear|appears|happening|happen|limited|sure|if|whether|it|that|this|a|an|like|seeing|see|' +
    'believe|think|all|every|yet|tried|try|trying|done|do|did|use|used|using|been|es|toda|todo|con|hemos|han|ha|' +
    'probado|we|they|i|you|have|has|had|get|got|a|with|any|clear|cleared|clearing|even|really|entirely|widespread)\\s+){0,5}$',
  'i',
);

export function isNegated(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const from = Math.max(lineStart, index - WINDOW);
  return NEGATED.test(text.slice(from, index));
}

// How questions start: "Have you tried...?", "Is it the whole school?", "¿Probaron...?"
const QUESTION_START =
  /^(?:¿|is|are|was|were|does|do|did|can|could|would|will|has|have|had|should|shall|how|which|what|who|whether|when|where|why|any|isn't|aren't|doesn't|didn't|es|son|est[aá]n?|puede[ns]?|podr[ií]an?|hay|han?|probaron|probaste|intentaron)\b/i;

/**
 * The match sits in a question: its sentence ends with "?" and starts like one. "Can't log in at
 * the whole school, can you check?" is a statement with a request, not a question about scope.
 */
export function isQuestion(text: string, index: number, length = 0): boolean {
  const limit = Math.min(text.length, index + 160);
  let end = index;
  while (end < limit && !'.!?\n'.includes(text[end] ?? '.')) end++;
  if (text[end] !== '?') return false;
  // "The whole class? No, one student": the phrase itself is what is asked.
  if (length > 0 && end - (index + length) <= 2) return true;
  let start = index;
  const floor = Math.max(0, index - 200);
  while (start > floor && !'.!?\n'.includes(text[start - 1] ?? '.')) start--;
  const sentence = text.slice(start, index).replace(/^[\s\-*•>"'“(]+/, '');
  return QUESTION_START.test(sentence) || (sentence === '' && QUESTION_START.test(text.slice(index, end)));
}

/** Stated as a fact: neither negated nor asked. Pass the match length to catch "The whole class?". */
export function isAsserted(text: string, index: number, length = 0): boolean {
  return !isNegated(text, index) && !isQuestion(text, index, length);
}

/**
 * The part of the line holding position `index` within `reach` characters of it on either side: what
 * is said near a word, read in time bounded by the reach however long the line (a 100 KB paste).
 */
export function lineAround(text: string, index: number, reach: number): string {
  const after = text.slice(index, index + reach);
  const newline = after.indexOf('\n');
  return lineBefore(text, index, reach) + (newline < 0 ? after : after.slice(0, newline));
}

/** The line of text holding position `index`. */
export function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}
