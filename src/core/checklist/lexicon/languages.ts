// Every language's lexicon: the one list the vocabulary, the phrase sets and the prebuilt lexicon read.
import { en } from './en';
import { es } from './es';
import type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = [en, es];
