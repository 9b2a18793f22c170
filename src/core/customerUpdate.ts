// What a customer reads when the agent sends one update to every affected ticket: the agent's text as
// paragraphs, and nothing else. Shared by the proxy (the reply's HTML) and the sidebar (the preview),
// so the preview is exactly the reply.

/** The text as the customer reads it: paragraphs split on blank lines, each a list of lines. */
export function customerUpdateParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.split('\n').map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * The reply's html_body: every character of the agent's text escaped (the text never becomes markup),
 * paragraphs as <p>, line breaks as <br>, and the update's invisible marker at the end. HTML rather
 * than Zendesk's plain `body`, which reads Markdown: `*` or `#` in an update stays what the agent typed.
 */
export function customerUpdateHtml(text: string, marker: string): string {
  const paragraphs = customerUpdateParagraphs(text).map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`);
  if (paragraphs.length === 0) return `<p>${marker}</p>`;
  const last = paragraphs.length - 1;
  paragraphs[last] = paragraphs[last]!.replace(/<\/p>$/, `${marker}</p>`);
  return paragraphs.join('');
}

const DECODES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", nbsp: ' ' };

/** Spacing and invisible characters set aside. */
const spaced = (s: string) => s.replace(/[\u200b-\u200d\u2060-\u2064\ufeff]/g, '').replace(/\s+/g, ' ').trim();
/** What an HTML body says: tags as spaces, our escapes decoded. */
const htmlText = (s: string) => s.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|#x27|apos|nbsp);/gi, (_m, name: string) => DECODES[name.toLowerCase()] ?? ' ');

/**
 * Whether a comment (Zendesk's plain_body, or the HTML we sent) reads as this update's text: how a
 * retry recognises its reply should the invisible marker not survive the trip.
 */
export function isReplyWithText(commentBody: string, text: string): boolean {
  const words = spaced(text);
  if (words === '') return false;
  return spaced(commentBody).includes(words) || spaced(htmlText(commentBody)).includes(words);
}
