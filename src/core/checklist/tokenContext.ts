// Reading a phrase found in a text's words in its sentence: is it negated ("not the whole school"),
// or asked ("is it the whole class?") rather than stated?
import { NEGATORS, QUESTION_STARTS } from './lexicon';
import { Break, sentenceEnd, sentenceStart, type Tokens } from './lexicon/tokens';

/** How many words before a phrase a negation still reaches, within its clause. */
const NEGATION_REACH = 4;

export function isNegatedAt(tokens: Tokens, start: number): boolean {
  // breaks[w] stands between word w - 1 and word w: the clause ends there.
  for (let w = start; w > 0 && start - w < NEGATION_REACH; w--) {
    if (tokens.breaks[w] !== Break.None) return false;
    if (NEGATORS.has(tokens.words[w - 1] as string)) return true;
  }
  return false;
}

/**
 * The phrase is what a question asks: its sentence ends with "?" and starts like a question, or
 * the phrase itself ends the question ("The whole class?"). "It's the whole school, can you check?"
 * states the scope and asks something else.
 */
export function isAskedAt(tokens: Tokens, start: number, end: number): boolean {
  if (!tokens.asked[tokens.sentenceOf[start] as number]) return false;
  const first = sentenceStart(tokens, start);
  if (QUESTION_STARTS.has(tokens.words[first] as string)) return true;
  // Spanish opens a question with "¿": "¿Le pasa a toda la escuela o solo a un grupo?"
  const before = tokens.text.slice(Math.max(0, (tokens.starts[first] ?? 0) - 3), tokens.starts[first] ?? 0);
  if (before.includes('¿')) return true;
  return sentenceEnd(tokens, start) - end <= 1;
}

export function isStatedAt(tokens: Tokens, start: number, end: number): boolean {
  return !isNegatedAt(tokens, start) && !isAskedAt(tokens, start, end);
}
