// Steps to Reproduce: a labelled list or line, an unlabelled numbered list of actions, a path of
// screens ("Gradebook > Period 2 > Settings > Save"), or actions told in order in a sentence ("she
// signs in, opens her Reading unit, presses Begin and the page goes blank"). One step is a hint.
import { matchAll, STEP_JOINERS, STEP_OPENERS, type StepWord } from './lexicon';
import { Break, tokenize, type Tokens } from './lexicon/tokens';
import type { PhraseMatch } from './lexicon/phrases';
import { Finding } from './finding';
import { isListItem, isNumbered, type Section } from './sections';
import { matchesOf, sourceAt, tokensOf, type Corpus, type Source } from './source';
import { isPlaceholder } from './text';
import { lineAt } from './context';

// Separators of steps written on one line: "Gradebook -> Export -> CSV", "log in; click X; then Y".
const INLINE_STEP_SPLIT = /\s*(?:->|→|=>|»|>|;|\bthen\b|\by luego\b)\s*|\s(?=\d{1,2}[.)]\s)/i;
// A path of screens: segments between arrows or ">" (not a quoted email line's leading ">").
const PATH_SPLIT = /\s*(?:>|→|->|=>|»|›)\s*/;
const MIN_PATH_SEGMENTS = 3;
// A support agent's chat turn: "Ava (Support): ...", "Agent: ...".
const AGENT_TURN = /^\s*(?:\([^)\n]{1,20}\)\s*)?[\p{L}.' ]{0,40}\(?(?:support|agent|soporte|agente)\)?:\s/iu;
const LIST_MARKER = /^\s*(?:[-*•·+]|\(?\d{1,2}[.):]|(?:step|paso)\s*\d{1,2}[.:)]?)\s*/i;

/** Words of a short text and what the step vocabulary finds in them. */
function stepWords(text: string): { tokens: Tokens; found: Array<PhraseMatch<StepWord>> } {
  const tokens = tokenize(text);
  return { tokens, found: matchAll(tokens).steps };
}

/** Actions that open their clause: only openers ("I", "then", "she") stand before them. */
function clauseActions(tokens: Tokens, found: ReadonlyArray<PhraseMatch<StepWord>>, from = 0, to = tokens.words.length): number {
  let count = 0;
  let lastClause = -1;
  for (const m of found) {
    if (m.value !== 'action' || m.start < from || m.start >= to) continue;
    let w = m.start;
    let opened = true;
    while (w > from && tokens.breaks[w] === Break.None && !STEP_JOINERS.has(tokens.words[w - 1] as string)) {
      if (!STEP_OPENERS.has(tokens.words[w - 1] as string) || m.start - w >= 3) {
        opened = false;
        break;
      }
      w--;
    }
    // One action per clause: "click Save and Continue" is one step.
    if (opened && w !== lastClause) {
      count++;
      lastClause = w;
    }
  }
  return count;
}

/** Steps written on one line: split at arrows, ";", "then"; or at commas when the parts are actions. */
export function countInlineSteps(value: string): number {
  if (isPlaceholder(value)) return 0;
  const parts = value.split(INLINE_STEP_SPLIT).filter((p) => p && p.trim().length > 1).length;
  const { tokens, found } = stepWords(value);
  const n = Math.max(parts, clauseActions(tokens, found));
  return n >= 2 ? n : value.trim() ? 1 : 0;
}

function countSectionSteps(section: Section): number {
  const body = section.body.filter((line) => !isPlaceholder(line));
  return countInlineSteps(section.inline) + body.length;
}

/** Runs of list items outside any labelled section, with how many of them start with an action. */
function listRuns(source: Source, covered: Uint8Array): Array<{ items: number; actions: number; numbered: boolean }> {
  const runs: Array<{ items: number; actions: number; numbered: boolean }> = [];
  let run: (typeof runs)[number] | null = null;
  source.lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (covered[i] || !isListItem(line)) {
      run = null;
      return;
    }
    if (!run) {
      run = { items: 0, actions: 0, numbered: isNumbered(line) };
      runs.push(run);
    }
    run.items++;
    const { tokens, found } = stepWords(line.slice(0, 80).replace(LIST_MARKER, ''));
    if (clauseActions(tokens, found) > 0) run.actions++;
  });
  return runs;
}

/** The longest path of screens on a line ("Reports > Attendance > Run"), in segments. */
export function pathSegments(line: string): number {
  // A quoted email line starts with ">": that is not a path.
  const body = line.replace(/^(?:\s*>)+/, '');
  if (!/[>→»›]/.test(body)) return 0;
  let best = 0;
  let run = 0;
  const parts = body.split(PATH_SPLIT);
  parts.forEach((part, i) => {
    // The first and last parts run on into their sentence; a screen's name between is short.
    const inner = i > 0 && i < parts.length - 1;
    const ok = /[\p{L}\d]/u.test(part) && (!inner || part.length <= 80);
    run = ok ? run + 1 : inner ? 0 : 1;
    best = Math.max(best, run);
  });
  return best;
}

function pathSteps(source: Source, covered: Uint8Array, found: Finding): void {
  source.lines.forEach((line, i) => {
    if (covered[i] || found.full) return;
    const segments = pathSegments(line);
    if (segments < MIN_PATH_SEGMENTS) return;
    // "Checked Admin > Students > Guardians": a path looked at while troubleshooting; "You can do
    // that from Gradebook > Settings", or an agent's chat turn: where to go, not what happened.
    if (AGENT_TURN.test(line)) return;
    const head = line.slice(0, Math.max(0, line.search(/[>→»›]/)));
    const { found: before } = stepWords(head.split(/[.!?]\s/).pop() ?? head);
    if (before.some((m) => m.value === 'check') || stepWords(line).found.some((m) => m.value === 'instruction')) return;
    found.present(`${source.where}: path of ${segments} screens`);
  });
}

/** Sentences telling actions in order: three that open their clauses, or two after "when". */
function proseSteps(corpus: Corpus, found: Finding): void {
  const tokens = tokensOf(corpus);
  const bySentence = new Map<number, Array<PhraseMatch<StepWord>>>();
  for (const m of matchesOf(corpus).steps) {
    const s = tokens.sentenceOf[m.start] as number;
    const list = bySentence.get(s) ?? [];
    list.push(m);
    bySentence.set(s, list);
  }
  for (const [sentence, words] of bySentence) {
    if (found.full) return;
    if (tokens.asked[sentence]) continue;
    const actions = words.filter((m) => m.value === 'action').length;
    if (actions < 1 || words.some((m) => m.value === 'instruction')) continue;
    const first = words[0] as PhraseMatch<StepWord>;
    const from = sentenceStartOf(tokens, first.start);
    const to = sentenceEndOf(tokens, first.start);
    const onScreen = words.some((m) => m.value === 'screen') || hasQuote(tokens, from, to);
    const told = clauseActions(tokens, words, from, to);
    const when = words.some((m) => m.value === 'when');
    // What it does comes after what was done: "the app says X after I entered the code" is a story.
    const firstAction = words.find((m) => m.value === 'action')?.start ?? to;
    const result = words.some((m) => m.value === 'result' && m.start > firstAction);
    const where = sourceAt(corpus, tokens.starts[from] ?? 0);
    if (!onScreen || where.kind === 'subject' || AGENT_TURN.test(lineAt(tokens.text, tokens.starts[from] ?? 0))) continue;
    if (told >= 3 || (told >= 2 && (when || result))) found.present(`${where.where}: steps in a sentence (${told} actions)`);
    // "They click Start Test and it just spins": one action and what it does is a repro (the
    // corpus's readers label it so: "when he clicks your app in the Clever portal he gets ...").
    else if (told >= 1 && result) found.present(`${where.where}: one action and its result`);
  }
}

function sentenceStartOf(tokens: Tokens, w: number): number {
  let s = w;
  while (s > 0 && tokens.breaks[s] !== Break.Sentence) s--;
  return s;
}

function sentenceEndOf(tokens: Tokens, w: number): number {
  let e = w + 1;
  while (e < tokens.words.length && tokens.breaks[e] !== Break.Sentence) e++;
  return e;
}

/** A quoted label in the sentence ('clicked "Submit"'): something named on screen. */
function hasQuote(tokens: Tokens, from: number, to: number): boolean {
  return /["“”'‘]\p{L}/u.test(tokens.text.slice(tokens.starts[from] ?? 0, tokens.ends[to - 1] ?? 0));
}

// A repro label in the middle of a paragraph: "My username is sbecker. Steps: I create ..., then ...".
const MIDLINE_LABEL =
  /[.!?;)][ \t]+(?:steps to reproduce|steps to repro|steps|repro steps|how to reproduce|to reproduce|to repro|repro|str|pasos para reproducir|pasos|para reproducirlo|para verlo)[ \t]*[:\-–][ \t]*([^\n]{3,600})/gi;

function midlineSteps(corpus: Corpus, found: Finding): void {
  if (!corpus.lower.includes(':') && !corpus.lower.includes('-')) return;
  MIDLINE_LABEL.lastIndex = 0;
  for (let m = MIDLINE_LABEL.exec(corpus.text); m !== null && !found.full; m = MIDLINE_LABEL.exec(corpus.text)) {
    const n = countInlineSteps(m[1] ?? '');
    const where = sourceAt(corpus, m.index).where;
    if (n >= 2) found.present(`${where}: steps (${n} in a sentence)`);
  }
}

export function detectSteps(corpus: Corpus): Finding {
  const found = new Finding();
  for (const source of corpus.sources) {
    if (found.full) break;
    if (source.kind === 'subject') continue;
    const covered = new Uint8Array(source.lines.length);
    for (const section of source.sections) {
      if (section.kind === 'other') continue;
      covered.fill(1, section.start, section.end + 1);
      if (section.kind !== 'stepsToReproduce') continue;
      const n = countSectionSteps(section);
      if (n >= 2) found.present(`${source.where}: steps (${n} lines)`);
      else if (n === 1) found.weak(`${source.where}: steps (1 line)`);
    }
    for (const run of listRuns(source, covered)) {
      // Numbered actions are steps; a bulleted list needs most of its lines to be actions.
      const steps = run.numbered ? run.actions >= 1 && run.items >= 2 : run.items >= 2 && run.actions * 2 > run.items;
      if (steps) found.present(`${source.where}: ${run.numbered ? 'numbered' : 'listed'} steps (${run.items} lines)`);
    }
    pathSteps(source, new Uint8Array(source.lines.length), found);
  }
  if (!found.full) midlineSteps(corpus, found);
  if (!found.full) proseSteps(corpus, found);
  return found;
}
