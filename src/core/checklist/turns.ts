// Chat and messaging turns inside a ticket's text: who speaks on a line, and what they say.

// A support agent's chat turn: "Ava (Support): ...", "Agent: ...", "[13:21:48] Agent (Jonah): ...", "Agent Rosa: ...".
export const AGENT_TURN = /^\s*(?:[[(][^)\]\n]{1,20}[)\]]\s*)?[\p{L}.' ]{0,40}\(?(?:support|agent|soporte|agente)\)?(?:\s*\([^()\n]{1,30}\)|\s\p{L}{2,20})?:\s/iu;

/**
 * What AGENT_TURN needs, cheaply (/iu on \p{L} is costly to compile): the same start with any 41
 * characters but a colon before the word (ſ is an s to /iu), anchored like it.
 */
export const isAgentTurn = (line: string): boolean =>
  /^\s*(?:[[(][^)\]\n]{1,20}[)\]]\s*)?[^\n:]{0,41}(?:[sſ]upport|agent|[sſ]oporte|agente)\)?(?:\s*\([^()\n]{1,30}\)|\s[^\s:]{2,20})?:\s/i.test(line) && AGENT_TURN.test(line);

// A turn's header: an optional time, then who speaks ("(07:05:20 AM) Marco (Support): ").
export const TURN_TEXT = /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[)\]]?\s*)?[^:\n]{1,60}:\s*/i;
