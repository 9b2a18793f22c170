// What the steps model (stepsByModel.ts) reads in a ticket: a few plain counts over what the customer
// wrote, each meaning the same on tickets nobody tuned rules on. The word lists here are fixed, not
// the lexicons: the lexicons grew from the dev tickets the model is trained on, so features read
// through them would look better in training than on new tickets. One pass over the corpus's words
// (tokensOf, already read by the rules); counts are log(1 + n): the tenth action says less than the second.
import { Break, type Tokens } from './lexicon/tokens';
import { tokensOf, type Corpus } from './source';
import { ASKS, counted, customerSources, FAILURES, FirstWords, forEachCustomerWord, phraseAt, phraseTable, wordAt, wordSet } from './textFeatures';

export const STEPS_FEATURES = ['uiActions', 'failures', 'quotes', 'questions', 'asks', 'words'] as const;

export type StepsFeature = (typeof STEPS_FEATURES)[number];
export type StepsFeatures = Record<StepsFeature, number>;

// What people do on a screen (English, Spanish), in the forms a ticket tells them.
const UI_ACTIONS = phraseTable(`
  click | clicks | clicked | clicking | open | opens | opened | opening | go to | goes to | went to | go into | goes into | went into |
  go back | goes back | went back | navigate | navigates | navigated | select | selects | selected | choose | chooses | chose | pick | picks | picked |
  press | presses | pressed | tap | taps | tapped | hit | hits | sign in | signs in | signed in | sign into | signs into | signed into | sign on | signs on |
  log in | logs in | logged in | log into | logs into | logged into | log on | logs on | logged on | submit | submits | submitted | upload | uploads | uploaded |
  enter | enters | entered | type | types | typed | add | adds | added | save | saves | saved | drag | drags | dragged | scroll | scrolls | scrolled |
  switch | switches | switched | refresh | refreshes | refreshed | export | exports | exported | assign | assigns | assigned | create | creates | created |
  launch | launches | launched |
  hace clic | hago clic | hacemos clic | da clic | doy clic | hace click | hago click | da click | doy click | abre | abro | abrimos | abren |
  entra | entro | entramos | entran | selecciona | selecciono | seleccionamos | elige | elijo | escoge | escojo | pulsa | pulso | presiona | presiono |
  toca | toco | sube | subo | escribe | escribo | ingresa | ingreso | guarda | guardo | inicia sesion | inicio sesion`);
// Who may stand before an action that opens its clause ("I click", "and she opens", "y luego pulsa"),
// and one word that may come between ("then I just click"). After anything else an action word is a
// thing: "the login page", "an open tab".
const DOERS = wordSet(
  'and then i we he she they teacher teachers student students kid kids y luego despues yo ella el ellos le hijo hija hijos hijas alumno alumna alumnos alumnas maestro maestra maestros maestras estudiante estudiantes',
);
const ADVERBS = wordSet('just also then first finally again now ya primero');
// A quoted label or message: 'clicked "Submit"', 'it says “Session expired”' (not the apostrophe of "can't").
const QUOTED = /(?<![A-Za-zÀ-ɏ0-9])["“”'‘][A-Za-zÀ-ɏ0-9][^"“”\n]{0,80}?["“”'’](?![A-Za-zÀ-ɏ0-9])/g;
const FIRST_WORDS = new FirstWords([UI_ACTIONS, FAILURES, ASKS].flatMap((table) => [...table.keys()]));

/** An action opening its clause: at its start, after one adverb, or after who does it. */
function opensClause(tokens: Tokens, w: number): boolean {
  let v = w;
  if (v > 0 && tokens.breaks[v] === Break.None && ADVERBS.has(wordAt(tokens, v - 1))) v--;
  return v === 0 || tokens.breaks[v] !== Break.None || DOERS.has(wordAt(tokens, v - 1));
}

export type StepsReading = {
  features: StepsFeatures;
  /** The sentence telling the most of what was done and what went wrong, from its first action on:
   * what the model's verdict points at. */
  sentence: { where: string; text: string; at: number } | null;
};

// A sentence's score: 2 per action, 1 per failure. Sentences with an action come first; one with
// failures alone is quoted only when it holds two (a single "error" is often a mail's disclaimer).
type Sentence = { score: number; acted: boolean; where: string; from: number; to: number };
const better = (a: Sentence, b: Sentence): boolean => (a.acted !== b.acted ? a.acted : a.score > b.score);

export function readForSteps(corpus: Corpus): StepsReading {
  const tokens = tokensOf(corpus);
  let actions = 0;
  let failures = 0;
  let asks = 0;
  let words = 0;
  let sentences = 0;
  let asked = 0;
  let best: Sentence = { score: 1, acted: false, where: '', from: 0, to: 0 };
  let current = best;
  let sentence = -1;
  let action = -1;
  // The words of a phrase after its first are not read again.
  let next = 0;
  forEachCustomerWord(corpus, Infinity, (w, source) => {
    if (w < next) return;
    const start = tokens.starts[w] as number;
    words++;
    if (tokens.sentenceOf[w] !== sentence) {
      if (better(current, best)) best = current;
      sentence = tokens.sentenceOf[w] as number;
      current = { score: 0, acted: false, where: source.where, from: start, to: start };
      action = -1;
      sentences++;
      if (tokens.asked[sentence]) asked++;
    }
    current.to = tokens.ends[w] as number;
    if (!FIRST_WORDS.mayBeAt(tokens, w)) return;
    const word = wordAt(tokens, w);
    let n = phraseAt(tokens, w, word, UI_ACTIONS);
    if (n > 0 && opensClause(tokens, w)) {
      actions++;
      current.score += 2;
      current.acted = true;
      // The excerpt starts at the sentence's first action.
      if (action < 0) current.from = action = start;
    } else if ((n = phraseAt(tokens, w, word, FAILURES)) > 0) {
      failures++;
      current.score++;
    } else if ((n = phraseAt(tokens, w, word, ASKS)) > 0) asks++;
    next = w + Math.max(1, n);
  });
  if (better(current, best)) best = current;
  QUOTED.lastIndex = 0;
  let quotes = 0;
  for (const source of customerSources(corpus)) while (QUOTED.exec(source.text) !== null) quotes++;
  return {
    features: {
      uiActions: counted(actions),
      failures: counted(failures),
      quotes: counted(quotes),
      questions: sentences === 0 ? 0 : asked / sentences,
      asks: counted(asks),
      words: counted(words),
    },
    sentence: best.where === '' ? null : { where: best.where, text: tokens.text.slice(best.from, closed(tokens.text, best.to)), at: best.from },
  };
}

/** Past the quote marks, brackets and stops that close a sentence's last word. */
function closed(text: string, end: number): number {
  let e = end;
  while (e < text.length && e - end < 3 && `"”’')].!?`.includes(text[e] as string)) e++;
  return e;
}

export function stepsFeatures(corpus: Corpus): StepsFeatures {
  return readForSteps(corpus).features;
}
