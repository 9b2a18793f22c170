// Where an email's signature starts: a short line of thanks ("Thanks,", "Best regards", "Gracias").
import { signOffPhrases } from './lexicon';
import { hasMoreWordsThan, tokenize } from './lexicon/tokens';
import type { Source } from './source';

const MAX_SIGN_OFF_WORDS = 4;

export function isSignOff(line: string): boolean {
  if (hasMoreWordsThan(line, MAX_SIGN_OFF_WORDS)) return false;
  const tokens = tokenize(line);
  return tokens.words.length > 0 && tokens.words.length <= MAX_SIGN_OFF_WORDS && signOffPhrases().test(tokens);
}

// A support team in a signature: "Jonah, BrightLearn Support", "Andrea, Soporte", "IT Help Desk".
const SUPPORT_SIGNATURE = /\b(?:support|soporte|help ?desk|mesa de ayuda|customer success)\b/i;
const SIGNATURE_LINES = 5;
const supportReplies = new WeakMap<Source, boolean>();

/**
 * A comment signed by support ("Best, / Jonah, BrightLearn Support"): an agent's reply, so the
 * paths and actions it tells are where to go, not what happened to the customer.
 */
export function isSupportReply(source: Source): boolean {
  if (source.kind !== 'comment') return false;
  let known = supportReplies.get(source);
  if (known === undefined) {
    const tail = source.lines.filter((line) => line.trim() !== '').slice(-SIGNATURE_LINES);
    const namesSupport = (line: string) => line.length <= 80 && SUPPORT_SIGNATURE.test(line);
    // The team's name first: most comments have none, and a sign-off costs a tokenizing.
    const lastSupportLine = tail.findLastIndex(namesSupport);
    known = tail.slice(0, Math.max(lastSupportLine, 0)).some((line) => isSignOff(line));
    supportReplies.set(source, known);
  }
  return known;
}

/** Support writing to the requester: a signed support reply, or a later comment greeting them by name ("Hi Kevin! Yes - ..."). */
export function repliesToRequester(source: Source): boolean {
  return source.greetsRequester === true || isSupportReply(source);
}
