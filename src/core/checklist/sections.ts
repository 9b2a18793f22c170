// Labelled lines and sections: "School: Lincoln High", "**Steps to reproduce**" followed by a list,
// table rows from the editor ("SID | 4481923"). One pass over the lines; each line looks at its head only.
import { classifyLabel, mayStartLabel, type LabelKind } from './labels';
import { countWords, stripMarkup } from './text';

export type Section = {
  kind: LabelKind;
  /** The label as written, without markup: "Student ID(s)". */
  label: string;
  /** Text after the label on the same line. */
  inline: string;
  /** Following lines that belong to the label (a list, a paragraph). */
  body: string[];
  /** First and last line index covered, inclusive. */
  start: number;
  end: number;
};

type LabelLine = { kind: LabelKind; label: string; inline: string; listItem: boolean; numbered: boolean };

// Patterns read once per line are constants: a literal in the function makes a RegExp object each call.
const TWO_LETTERS = /^[A-Za-z][A-Za-z]/;
const A_LETTER = /[a-zA-Z\u00c0-\u024f]/;
const SPACED_DASH = /\s[-–—=]\s/;
// "1.", "2)", "(3)", "4:"; not a time ("(10:12:05 AM) Lorna: ..." opens a chat line, "9:40 called").
const LEAD = /^\s*(?:(?:[-*•·+>#]+|\(?\d{1,2}(?:[.)]|:(?!\d))|\(?[a-z][.)])\s*)*/;
const NUMBERED = /^\s*(?:\(?\d{1,2}(?:[.)]|:(?!\d))|step\s*\d{1,2}\b|paso\s*\d{1,2}\b)/i;
const BULLETED = /^\s*[-*•·+]\s/;
const HEAD_CHARS = 300;
const MAX_LABEL_CHARS = 50;
const MAX_BODY_LINES = 40;
// What ends a label: a colon (also the full-width one), a dash, an equals sign or a form's question mark.
const LABEL_MARK = /[:：\-–—=?]/;

const BRACKETED_ASIDE = /\([^()]{0,40}\)/g;
// A form's question with its answer after it ("What's happening?: ...", "How many users are affected?: "):
// another field, never the value of the one above.
const QUESTION_LABEL = /^[^:\n?]{1,60}\?\s*[:：]/;
// A chat turn opens with its time and its speaker ("[13:20:11] Visitor: ...", "(10:12 AM) Lorna: ..."),
// not a timed list of what was done ("9:15 cleared cache").
const CHAT_TURN = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[)\]]?\s*[^:\n]{1,40}:\s/i;

// First characters a list item can start with (after spaces): bullets, "(", digits, "step"/"paso".
const LIST_START = /^\s*[-*•·+(0-9sSpP]/;

export function isListItem(line: string): boolean {
  return LIST_START.test(line) && (NUMBERED.test(line) || BULLETED.test(line));
}

export function isNumbered(line: string): boolean {
  return NUMBERED.test(line);
}

/** Words in a short label, counted up to 7 (more means it is a sentence, not a label). */
const wordCount = (s: string): number => countWords(s, 7);

/** A label's words; for one named in two languages ("What have you tried? / ¿Qué ha intentado?"), its longer half's. */
function labelWords(label: string): number {
  const slash = label.indexOf(' / ');
  if (slash < 0 || label.indexOf(' / ', slash + 3) >= 0) return wordCount(label);
  return Math.max(wordCount(label.slice(0, slash)), wordCount(label.slice(slash + 3)));
}

/** Reads one line as "Label: value", "Label - value" or a bare heading; null when it is none of them. */
/** A label needs a colon or a spaced dash near the start, or a short line: prose lines fail fast. */
function mayBeLabel(line: string): boolean {
  if (line.length <= MAX_LABEL_CHARS + 12) return line.trim() !== '';
  // A regex over the head is ~2x faster than a charCodeAt loop over a line split from a text.
  return LABEL_MARK.test(line.slice(0, MAX_LABEL_CHARS + 12));
}

/** The label line found, with its list marker measured only now that it is needed. */
function labelLine(kind: LabelKind, label: string, inline: string, head: string, lead: number): LabelLine {
  const listItem = lead > 0 && isListItem(head);
  return { kind, label, inline, listItem, numbered: listItem && isNumbered(head) };
}

export function parseLabelLine(line: string): LabelLine | null {
  if (!mayBeLabel(line)) return null;
  const head = line.length > HEAD_CHARS ? line.slice(0, HEAD_CHARS) : line;
  // Most lines start with a word: no list marker to measure then.
  const lead = TWO_LETTERS.test(head) ? 0 : (LEAD.exec(head)?.[0].length ?? 0);
  const rest = lead > 0 ? head.slice(lead) : head;

  const colon = rest.length > 1 ? firstColon(rest) : -1;
  if (colon > 0 && rest.slice(colon + 1, colon + 3) !== '//') {
    const label = stripMarkup(rest.slice(0, colon));
    // A form's hint in brackets is not part of the label's length: "Affected user(s) (username, student ID or email):".
    const words = labelWords(label.includes('(') ? label.replace(BRACKETED_ASIDE, ' ') : label);
    if (A_LETTER.test(label) && words <= 6) {
      const kind = classifyLabel(label);
      if (kind !== 'other' || words <= 4) return labelLine(kind, label, stripMarkup(line.slice(lead + colon + 1)), head, lead);
    }
  }
  // Headings and dash labels are known labels only: a line starting otherwise is neither.
  if (!mayStartLabel(rest)) return null;
  // A form's question as its label, answered on the same line: "What have you tried? n/a".
  if (colon < 0) {
    const mark = rest.indexOf('? ');
    // A form asks in words ("What have you tried?"); "Steps? I don't know" is prose.
    if (mark > 0 && mark <= MAX_LABEL_CHARS && wordCount(rest.slice(0, mark)) >= 2 && rest.slice(mark + 2).trim() !== '') {
      const label = stripMarkup(rest.slice(0, mark));
      const kind = classifyLabel(label);
      if (kind !== 'other') return labelLine(kind, label, stripMarkup(line.slice(lead + mark + 2)), head, lead);
    }
  }
  // A heading alone on its line: no colon, or only a trailing one.
  if (rest.length <= MAX_LABEL_CHARS + 10 && (colon < 0 || rest.slice(colon + 1).trim() === '')) {
    const bare = stripMarkup(rest).replace(/[:：]\s*$/, '');
    if (bare.length > 0 && bare.length <= MAX_LABEL_CHARS) {
      const kind = classifyLabel(bare);
      if (kind !== 'other') return labelLine(kind, bare, '', head, lead);
    }
  }
  const dash = firstDash(rest);
  if (dash > 0) {
    const label = stripMarkup(rest.slice(0, dash));
    const kind = classifyLabel(label);
    if (kind !== 'other') return labelLine(kind, label, stripMarkup(line.slice(lead + dash + 3)), head, lead);
  }
  return null;
}

function firstColon(rest: string): number {
  const a = rest.indexOf(':');
  const b = rest.indexOf('：');
  const i = a < 0 ? b : b < 0 ? a : Math.min(a, b);
  return i > 0 && i <= MAX_LABEL_CHARS ? i : -1;
}

/** Index of " - " (or en/em dash, "=") within label reach, or -1. */
function firstDash(rest: string): number {
  const head = rest.slice(0, MAX_LABEL_CHARS + 3);
  const i = head.search(SPACED_DASH);
  return i > 0 && i <= MAX_LABEL_CHARS ? i : -1;
}

/** Whether a label line ends the section being read. */
function endsSection(current: Section, next: LabelLine): boolean {
  if (next.kind === 'other') return !next.listItem;
  // "3. Login: as the teacher" inside a list of steps is a step, not a new label.
  const listKind = current.kind === 'stepsToReproduce' || current.kind === 'troubleshooting';
  return !(listKind && next.numbered);
}

/** Splits text into lines, treating " | " (table cells, pasted forms) as a line break too. */
export function toLines(text: string): string[] {
  // "|" first: a rare character is found fast, " | " (a space first) is slow to look for.
  if (!(text.includes('|') && text.includes(' | ')) && !text.includes('\t')) return text.split('\n');
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes(' | ') || line.includes('\t')) {
      for (const cell of line.split(/ \| |\t/)) {
        let c = cell.trim();
        if (c.startsWith('|')) c = c.slice(1).trim();
        if (c.endsWith('|')) c = c.slice(0, -1).trim();
        if (c.trim() !== '') lines.push(c);
      }
    } else lines.push(line);
  }
  return lines;
}

export function parseSections(lines: string[]): Section[] {
  const sections: Section[] = [];
  // A line that ends one section starts the next: parse each line once.
  const parsedLines = lines.map(parseLabelLine);
  let i = 0;
  while (i < lines.length) {
    const parsed = parsedLines[i] ?? null;
    if (!parsed) {
      i++;
      continue;
    }
    const section: Section = { kind: parsed.kind, label: parsed.label, inline: parsed.inline, body: [], start: i, end: i };
    sections.push(section);
    i++;
    // Untracked labels ("Browser:", "Hi team:") own only their line.
    if (parsed.kind === 'other') continue;
    // A filled inline value takes only a list that continues it; an empty one takes the lines below.
    const listOnly = parsed.inline !== '';
    let blankSeen = false;
    let listStarted = false;
    while (i < lines.length && section.body.length < MAX_BODY_LINES) {
      const line = lines[i] ?? '';
      if (line.trim() === '') {
        blankSeen = true;
        i++;
        continue;
      }
      const next = parsedLines[i] ?? null;
      if (next && endsSection(section, next)) break;
      const item = isListItem(line);
      if (listOnly && !item) break;
      // "Organization: " left empty in a pre-chat form, the chat below it: the next speaker's turn is not its value.
      if (section.body.length === 0 && CHAT_TURN.test(line)) break;
      if (QUESTION_LABEL.test(line)) break;
      if (section.body.length > 0 && !item && (blankSeen || listStarted)) break;
      // A list under the label ends where the list ends.
      if (section.body.length === 0) listStarted = item;
      section.body.push(stripMarkup(line));
      section.end = i;
      blankSeen = false;
      i++;
    }
  }
  return sections;
}

/** The section's whole value: the inline text and its body lines. */
export function sectionValue(section: Section): string {
  return section.body.length === 0 ? section.inline : [section.inline, ...section.body].filter(Boolean).join('\n');
}
