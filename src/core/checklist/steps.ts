// Steps to Reproduce: a labelled list or line, an unlabelled numbered list of actions, or actions in
// sequence in a sentence. One step is a hint, two or more are steps.
import { Finding } from './finding';
import { isListItem, isNumbered, type Section } from './sections';
import { eachMatch, sourceAt, type Corpus, type Source } from './source';
import { isPlaceholder } from './text';

// Imperative actions people use in reproduction steps (English and Spanish).
// (?!\w) ends the words: a \b after a letter, cheaper to compile (see wordEnds).
const ACTION =
  /\b(?:go|goes|navigate|log|login|sign|click|open|select|choose|enter|type|press|tap|submit|upload|download|add|create|assign|visit|launch|load|try|attempt|view|scroll|drag|drop|save|export|import|start|switch|change|edit|delete|remove|search|filter|sort|refresh|reload|expand|hover|check|uncheck|toggle|complete|answer|play|watch|print|grade|publish|ir|abrir|hacer clic|haga clic|seleccionar|entrar|iniciar|ingresar|escribir|guardar|subir)(?!\w)/i;
// Separators of steps written on one line: "Gradebook -> Export -> CSV", "log in; click X; then Y".
const INLINE_STEP_SPLIT = /\s*(?:->|→|=>|»|>|;|\bthen\b|\by luego\b)\s*|\s(?=\d{1,2}[.)]\s)/i;
const SEQUENCE = /\b(?:then|after that|next|luego|despu[eé]s)\b|->|→|=>|»/i;
// For finding candidate sources: words with one shared boundary (fast to scan), arrows by includes.
const SEQUENCE_WORDS = /\b(?:then|after that|next|luego|despu[eé]s)(?!\w)/g;
const ARROWS = ['->', '→', '=>', '»'];
// A line that starts a list: sources without one skip the list scan.
const LIST_LINE = /^[ \t]*(?:[-*•·+][ \t]|\(?\d{1,2}[.):]|step[ \t]*\d|paso[ \t]*\d)/im;
const REPRO_HINT = /\b(?:(?<!able )to (?:reproduce|replicate)|reproduce (?:it|this|the (?:issue|problem|error)) by|repro(?:duce)?:|steps? (?:are|were):|para reproducir)/i;
const REPRO_HINT_ALL = new RegExp(REPRO_HINT.source, 'g');

// What one sees at the end of a repro: counts as a step when steps are written on one line.
const RESULT = /^\s*(?:observe|see|notice|watch|wait|expect|get|receive|verify|ver|observar)\b/i;

/** Steps written on one line: split at arrows, ";", "then"; or at commas when the parts are actions. */
export function countInlineSteps(value: string): number {
  if (isPlaceholder(value)) return 0;
  const parts = value.split(INLINE_STEP_SPLIT).filter((p) => p && p.trim().length > 1).length;
  const clauses = value.split(/,|\band\b|\by\b|->|→|;/).filter((p) => p.trim().length > 1);
  const actions = clauses.filter((p) => ACTION.test(p.trim().split(/\s+/, 1)[0] ?? '') || RESULT.test(p)).length;
  const n = Math.max(parts, actions);
  return n >= 2 ? n : value.trim() ? 1 : 0;
}

function countSectionSteps(section: Section): number {
  const body = section.body.filter((line) => !isPlaceholder(line));
  return countInlineSteps(section.inline) + body.length;
}

// A repro label in the middle of a paragraph: "... Status page updated. Repro: go to X, click Y".
const MIDLINE_LABEL =
  /[.!?;)][ \t]+(?:steps to reproduce|steps to repro|repro steps|how to reproduce|to reproduce|repro|str|pasos para reproducir)[ \t]*[:\-–][ \t]*([^\n]{3,600})/gi;

function midlineSteps(corpus: Corpus, found: Finding): void {
  eachMatch(MIDLINE_LABEL, corpus.text, (m) => {
    const where = sourceAt(corpus, m.index).where;
    const n = countInlineSteps(m[1] ?? '');
    if (n >= 2) found.present(`${where}: steps (${n} in a sentence)`);
    else if (n === 1) found.weak(`${where}: steps (1 in a sentence)`);
    return !found.full;
  });
}

/** Runs of list items outside any labelled section, with how many of them start with an action. */
function listRuns(source: Source, covered: Uint8Array): Array<{ start: number; items: number; actions: number; numbered: boolean }> {
  const runs: Array<{ start: number; items: number; actions: number; numbered: boolean }> = [];
  let run: (typeof runs)[number] | null = null;
  source.lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (covered[i] || !isListItem(line)) {
      run = null;
      return;
    }
    if (!run) {
      run = { start: i, items: 0, actions: 0, numbered: isNumbered(line) };
      runs.push(run);
    }
    run.items++;
    if (ACTION.test(line.slice(0, 80))) run.actions++;
  });
  return runs;
}

// Actions told as they happened, in prose only ("first I went to X, then I clicked Y"): in a list
// they would read as troubleshooting done ("- opened the roster"). English past tense, Spanish
// present and past ("entra al curso, luego hace clic..."). Each must open its clause, after sequence
// words and a subject, and the sentence must name something on screen: "I went to lunch, then
// picked up my kids and typed up the notes" tells a day, not steps.
const TOLD_ACTION = new RegExp(
  '^\\s*(?:(?:first|then|next|finally|and|after that|primero|luego|despu[eé]s|y)\\s+)*' +
    '(?:(?:i|we|she|he|they|you|the (?:teacher|student|user)|(?:el|la) (?:maestr[oa]|profesora?|alumn[oa]))\\s+)?' +
    '(?:went (?:to|into|back)|clicked|opened|selected|chose|entered|typed|pressed|tapped|submitted|uploaded|navigated|' +
    'visited|scrolled|dragged|saved|exported|assigned|logged in|signed in|entr(?:a|o|ó|é|amos|an)|' +
    '(?:hace|hizo|hice|hacemos|hacen|da|dio|di|damos) clic|eli(?:ge|gen|gió)|eleg(?:í|imos)|seleccion(?:a|an|ó|é|amos)|' +
    // "va a Tareas" is going there; "va a revisar" (an infinitive) is the future.
    'abr(?:e|en|ió|í|imos)|(?:fue|fui|fuimos) a|(?:va|van) a(?!\\s+[a-záéíóúñ]+(?:ar|er|ir)(?![a-záéíóúñ]))|ingres(?:a|an|ó|é|amos)|escrib(?:e|en|ió|í)|guard(?:a|an|ó|é)|' +
    'puls(?:a|ó|é)|presion(?:a|ó|é))(?!\\w)',
  'i',
);
const ON_SCREEN =
  /\b(?:tab|page|button|menu|link|icon|dropdown|settings|gradebook|course|assignment|dashboard|roster|report|screen|option|field|app|portal|clic|pestaña|página|botón|menú|enlace|curso|tarea|calificaciones)s?(?!\w)|["“”]/i;

function countActions(sentence: string): number {
  const told = ON_SCREEN.test(sentence);
  let n = 0;
  for (const part of sentence.split(/[,;]|[.!?](?=\s)|\band\b|\by\b|->|→|>|\bthen\b/)) if (ACTION.test(part) || (told && TOLD_ACTION.test(part))) n++;
  return n;
}

/** Sources where a sentence may hold steps: a sequence word or a repro phrase occurs in them. */
function proseCandidates(corpus: Corpus): Set<Source> {
  const candidates = new Set<Source>();
  // Arrows are rare: when the corpus has any, every source is a candidate. String.includes finds
  // rare characters fast.
  if (ARROWS.some((arrow) => corpus.lower.includes(arrow))) return new Set(corpus.sources);
  for (const re of [SEQUENCE_WORDS, REPRO_HINT_ALL]) {
    eachMatch(re, corpus.lower, (m) => {
      const source = sourceAt(corpus, m.index);
      candidates.add(source);
      // One hit is enough: go on from the next source.
      re.lastIndex = source.start + source.text.length;
    });
  }
  return candidates;
}

export function detectSteps(corpus: Corpus): Finding {
  const found = new Finding();
  const candidates = proseCandidates(corpus);
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
    for (const run of LIST_LINE.test(source.text) ? listRuns(source, covered) : []) {
      // Numbered actions are steps; a bulleted list needs most of its lines to be actions.
      const steps = run.numbered ? run.actions >= 1 && run.items >= 2 : run.items >= 2 && run.actions * 2 > run.items;
      if (steps) found.present(`${source.where}: ${run.numbered ? 'numbered' : 'listed'} steps (${run.items} lines)`);
    }
    if (!candidates.has(source)) continue;
    for (let i = 0; i < source.lines.length && found.status !== 'present'; i++) {
      // Labelled lines were read above: "Steps to reproduce: TBD" is not a mention.
      if (covered[i]) continue;
      const line = source.lines[i] ?? '';
      const sentence = line.length > 600 ? line.slice(0, 600) : line;
      if (SEQUENCE.test(sentence) && countActions(sentence) >= 3) found.present(`${source.where}: steps in prose`);
      else if (REPRO_HINT.test(sentence)) found.weak(`${source.where}: mentions how to reproduce`);
    }
  }
  if (!found.full) midlineSteps(corpus, found);
  return found;
}
