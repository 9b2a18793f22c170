// Where an email's signature starts: a short line of thanks ("Thanks,", "Best regards", "Gracias").
import { signOffPhrases } from './lexicon';
import { tokenize } from './lexicon/tokens';

const MAX_SIGN_OFF_WORDS = 4;

export function isSignOff(line: string): boolean {
  const tokens = tokenize(line);
  return tokens.words.length > 0 && tokens.words.length <= MAX_SIGN_OFF_WORDS && signOffPhrases().test(tokens);
}
