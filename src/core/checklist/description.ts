// Description: what the user tries to do and what happens instead, in the ticket's own words.
// Measured as prose beyond the template: labels, ids, steps and links do not count as a description.
import { Finding } from './finding';
import type { Source } from './source';
import { isPlaceholder } from './placeholders';
import { proseLength } from './text';

/** Prose at or above this many characters is a description; below it, a thin one. */
export const DESCRIPTION_MIN_CHARS = 40;

/** Characters of free prose in a source, plus those under description labels ("Issue:", "Summary:"). */
export function describedChars(source: Source): number {
  const covered = new Uint8Array(source.lines.length);
  let chars = 0;
  for (const section of source.sections) {
    covered.fill(1, section.start, section.end + 1);
    // An untracked label's value ("Note: ...") is still prose, and steps say what the user tries
    // to do; the other items' values (ids, school, scope...) are not a description.
    if (section.kind !== 'description' && section.kind !== 'other' && section.kind !== 'stepsToReproduce') continue;
    for (const part of [section.inline, ...section.body]) if (!isPlaceholder(part)) chars += proseLength(part);
  }
  source.lines.forEach((line, i) => {
    if (!covered[i]) chars += proseLength(line);
  });
  return chars;
}

// A message that only asks to be called back ("Please call me back at 315-555-0166, it's about our
// account"): it names no problem, so it describes none. "The issue with the tests" names one
// without saying what happens: still none.
const CALLBACK =
  /\b(?:call(?:ing)?\s+(?:me|us|her|him)\s+back|call\s*back|return\s+(?:my|our|the|her|his)\s+call|give\s+(?:me|us)\s+a\s+(?:call|ring)|devolver(?:me|le)?\s+la\s+llamada|regres\w*\s+la\s+llamada|llamarme|ll[aá]menme|me\s+llamen|marcarme|comunicarse\s+conmigo)/i;
const PROBLEM =
  /\b(?:none\s+of|nobody|no\s+one|unable|error|errors|can'?t|cannot|could\s*n'?t|won'?t|doesn'?t|isn'?t|not\s+(?:working|loading|showing|saving|able)|broken|missing|wrong|fail\w*|stuck|blank|frozen|locked|crash\w*|no\s+(?:puede|pueden|funciona|carga|aparece|sale|deja)|falla\w*|error(?:es)?)\b/i;

/** A longer message says more than "call me back", even in words we do not read as a problem. */
const CALLBACK_MAX_CHARS = 250;

/** Only a request to be called back: a callback asked for and no problem named. */
export function onlyAsksForCallback(text: string): boolean {
  return CALLBACK.test(text) && !PROBLEM.test(text);
}

export function detectDescription(sources: Source[]): Finding {
  const found = new Finding();
  const description = sources.find((s) => s.kind === 'description');
  // Without a description (some API shapes), the first comment is the description.
  const own = description && description.text.trim() !== '' ? description : sources.find((s) => s.kind === 'comment');
  const ownChars = own ? describedChars(own) : 0;
  if (own && ownChars < CALLBACK_MAX_CHARS && onlyAsksForCallback(own.text)) return found;
  if (own && ownChars >= DESCRIPTION_MIN_CHARS) {
    found.present(`${own.where} (${ownChars} chars)`);
    return found;
  }
  // A later comment may carry a labelled description the requester's first message lacked.
  for (const source of sources) {
    if (source === own || source.kind !== 'comment') continue;
    for (const section of source.sections) {
      if (section.kind !== 'description') continue;
      const chars = [section.inline, ...section.body].reduce((n, part) => n + (isPlaceholder(part) ? 0 : proseLength(part)), 0);
      if (chars >= DESCRIPTION_MIN_CHARS) found.present(`${source.where}: ${section.label} (${chars} chars)`);
    }
    if (found.status === 'present') return found;
  }
  if (own && ownChars > 0) found.weak(`${own.where} (${ownChars} chars)`);
  return found;
}
