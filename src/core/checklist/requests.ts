// What an agent asks for is not what the ticket has. "Could you please send us: - one class, the
// whole school, or more - anything you already tried, such as another browser" (the sidebar's own
// "Ask for missing info" text among them) must not make scope or troubleshooting present. Those
// lines are blanked out, keeping every offset, before anything else reads the text.
import { isListItem } from './sections';
import { isSignOff } from './signature';
import { caseless, endsInsideQuotes } from './text';

// Lower case, read in caseless text (see caseless).
const ASK =
  /\b(?:(?:could|can|would|will) you(?: please| kindly)?(?: also)? (?:send|provide|share|tell us|let us know|confirm|include|attach|describe|try|clear|record|take|list|reply)|please(?:,)? (?:send|provide|share|include|let us know|confirm|attach|describe|reply with|tell us|try|clear|record|take|list)|(?:we|i)(?:'d| would) (?:need|like) (?:you to|the following|a few|some|to know)|(?:podr[ií]a|podr[ií]as|podr[ií]an|puede|puedes|pueden)(?:s)? (?:enviar|compartir|indicar|confirmar|probar|adjuntar|decir)|por favor,? (?:env[ií]e|envíe|comparta|indique|confirme|adjunte|pruebe))/;
const MAX_ITEM_CHARS = 160;
// A chat turn or a message line with its speaker: "Coach Ramos: 4410298", "(09:42:50 PM) Rob Feld: rfeld".
// It answers the request rather than listing what is asked.
// A turn's header alone on its line also starts a turn: "Nora Quinlan  1:17 PM", "11:05 AM".
const SPEAKER_TURN =
  /^\s*(?:(?:[[(]?\d{1,2}:\d{2}[^)\]\n]{0,12}[)\]]?\s*)?\p{Lu}[\p{L}.'’ ]{0,40}(?:\([^()\n]{1,20}\))?:\s|(?:\p{Lu}[\p{L}.'’ ]{0,40}(?:\([^()\n]{1,20}\))?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*$)/iu;

/** Blanks request sentences and the list that follows them; returns the text unchanged otherwise. */
// Every request form holds one of these: a cheap test before the full pattern.
const ASK_HINT = /you|please|podr|pued|por favor|'d |would/i;

export function maskRequests(text: string): string {
  if (!ASK_HINT.test(text)) return text;
  const lower = caseless(text);
  if (!ASK.test(lower)) return text;
  const lines = text.split('\n');
  // caseless keeps every offset: its lines are the text's, in lower case.
  const lowerLines = lower.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i] ?? '';
    const at = askAt(lowerLines[i] ?? '');
    if (at === undefined) continue;
    // An intro ending in ":" announces a list even without bullets; one ending in "?" only when a list
    // follows (after "Can you confirm whether ...?" come the sender's name and signature).
    const next = lines.slice(i + 1).find((line) => line.trim() !== '') ?? '';
    const announcesList = /:\s*$/.test(intro) || (/\?\s*$/.test(intro) && isListItem(next));
    // Only from the sentence that asks: "Mom's login is x@y.com. Can you take a look?" keeps the login.
    lines[i] = blankFromAsk(intro, at);
    changed = true;
    // "Can you take a look? Thanks" / "- Paula Jensen, Counseling, Meadowbrook High": a signature follows, not what is asked.
    if (isSignOff(intro.split(/[.!?]\s+/).at(-1) ?? '')) continue;
    // The requested items: list lines, or short lines, up to the first blank line after them.
    let j = i + 1;
    let taken = 0;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (line.trim() === '') {
        if (taken > 0) break;
        continue;
      }
      if (SPEAKER_TURN.test(line)) break;
      if (!isListItem(line) && (line.length > MAX_ITEM_CHARS || (taken === 0 && !announcesList))) break;
      lines[j] = blank(line);
      taken++;
    }
    i = j - 1;
  }
  return changed ? lines.join('\n') : text;
}

const ASKS = new RegExp(ASK.source, 'g');

/** Where a line asks for something: not inside quotes ('it said "please try again"' quotes the screen). */
function askAt(line: string): number | undefined {
  ASKS.lastIndex = 0;
  for (let m = ASKS.exec(line); m !== null; m = ASKS.exec(line)) if (!endsInsideQuotes(line.slice(0, m.index))) return m.index;
  return undefined;
}

/** Blanks the sentence that asks, up to its end ("Could you try resetting it? She gets 'Invalid login'." keeps what she gets). */
function blankFromAsk(line: string, at: number): string {
  let start = at;
  while (start > 0 && !/[.!?]\s/.test(line.slice(start - 2, start))) start--;
  const end = sentenceEndAfter(line, at);
  return line.slice(0, start) + blank(line.slice(start, end)) + line.slice(end);
}

const SENTENCE_MARK = /[.!?]+(?=\s)/g;

/** Where the sentence holding `at` ends: right after its mark (one inside quotes does not end it), or at the line's end. */
function sentenceEndAfter(line: string, at: number): number {
  SENTENCE_MARK.lastIndex = at;
  for (let m = SENTENCE_MARK.exec(line); m !== null; m = SENTENCE_MARK.exec(line)) if (!endsInsideQuotes(line.slice(0, m.index))) return m.index + m[0].length;
  return line.length;
}

function blank(line: string): string {
  return ' '.repeat(line.length);
}
