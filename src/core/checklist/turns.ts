// Chat and messaging turns inside a ticket's text: who speaks on a line, and what they say.

import { testTwin, twin } from './text';

// A support agent's chat turn: "Ava (Support): ...", "Agent: ...", "[13:21:48] Agent (Jonah): ...", "Agent Rosa: ...".
const AGENT_TURN = twin(
  /^\s*(?:[[(][^)\]\n]{1,20}[)\]]\s*)?[A-Za-z.' ]{0,40}\(?(?:support|agent|soporte|agente)\)?(?:\s*\([^()\n]{1,30}\)|\s[A-Za-z]{2,20})?:\s/i,
  () => /^\s*(?:[[(][^)\]\n]{1,20}[)\]]\s*)?[\p{L}.' ]{0,40}\(?(?:support|agent|soporte|agente)\)?(?:\s*\([^()\n]{1,30}\)|\s\p{L}{2,20})?:\s/iu,
);

/**
 * What AGENT_TURN needs, cheaply: the same start with any 41 characters but a colon before the word
 * (ſ is an s to /iu), anchored like it. Most lines fail it, and never compile AGENT_TURN (/iu on
 * \p{L} costs ~1 ms to compile, on a sidebar's first ticket).
 */
const MAY_BE_AGENT_TURN = /^\s*(?:[[(][^)\]\n]{1,20}[)\]]\s*)?[^\n:]{0,41}(?:[sſ]upport|agent|[sſ]oporte|agente)\)?(?:\s*\([^()\n]{1,30}\)|\s[^\s:]{2,20})?:\s/i;

export const isAgentTurn = (line: string): boolean => MAY_BE_AGENT_TURN.test(line) && testTwin(AGENT_TURN, line);

/** How far a chat turn's line reaches around a phrase in it, and how much of its start holds the speaker. */
const TURN_REACH = 1000;
const HEAD_CHARS = 160;

/**
 * The first characters of the line holding `at` (who speaks, a quote's mark), or null when that line
 * starts more than TURN_REACH characters back: a line that long is no chat turn, and reading a 100 KB
 * line whole for every phrase on it made one ticket take half a second.
 */
export function lineHeadAt(text: string, at: number): string | null {
  for (let i = at - 1; i >= 0 && at - i <= TURN_REACH; i--) if (text.charCodeAt(i) === 10) return text.slice(i + 1, i + 1 + HEAD_CHARS);
  return at <= TURN_REACH ? text.slice(0, HEAD_CHARS) : null;
}

/** Whether the line holding `at` is an agent's chat turn (read from its head, within reach). */
export const isAgentTurnAt = (text: string, at: number): boolean => isAgentTurn(lineHeadAt(text, at) ?? '');

/** The rest of the line from `at`, within TURN_REACH characters. */
export function lineRestAt(text: string, at: number): string {
  const rest = text.slice(at, at + TURN_REACH);
  const end = rest.indexOf('\n');
  return end < 0 ? rest : rest.slice(0, end);
}

// A turn's header: an optional time, then who speaks ("(07:05:20 AM) Marco (Support): ", "[Mar 4, 8:11 AM] +15552087713: ").
export const TURN_TEXT = /^\s*(?:\[[^\]\n]{1,24}\]\s*|[[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[)\]]?\s*)?[^:\n]{1,60}:\s*/i;

// A customer's turn that says the agent's question had it right: "yes", "yep, exactly", "sí".
export const CONFIRMS = /^(?:yes|yeah|yep|yup|correct|exactly|right|that'?s (?:right|it|correct)|s[ií]|exacto|correcto|as[ií] es|eso es)(?![\p{L}])/iu;

const TIME_ONLY = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[)\]]?\s*$/i;

/** Each agent's turn (a question) with the customer's turn that answers it, the headers taken off. */
export function* answeredQuestions(lines: readonly string[]): Generator<{ question: string; answer: string }> {
  // (A time alone on its line is a turn's stamp: "3:43 PM | Agent Dev: ..." is read as two lines.)
  const turns = lines.filter((line) => line.trim() !== '' && !TIME_ONLY.test(line));
  for (let i = 0; i + 1 < turns.length; i++) {
    const question = turns[i] as string;
    if (!isAgentTurn(question) || !question.trimEnd().endsWith('?')) continue;
    const answer = turns[i + 1] as string;
    if (isAgentTurn(answer) || !TURN_TEXT.test(answer)) continue;
    yield { question: question.replace(TURN_TEXT, ''), answer: answer.replace(TURN_TEXT, '') };
  }
}
