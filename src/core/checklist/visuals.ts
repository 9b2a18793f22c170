// Visuals: screenshots or video of the problem. Image and video attachments on any comment, inline
// images, links to screen recordings or images. A PDF or a HAR file alone shows nothing of the screen.
import type { TicketAttachment } from '../types';
import { Finding } from './finding';
import { isSignOff } from './signature';
import { eachMatch, sourceAt, type Corpus, type SafeTicket } from './source';
import { MAIL_HEADER_LINE } from './text';
import { classifyVisualUrl, fileNameParam, IMAGE_EXT, parseUrl, urlLabel, VIDEO_EXT } from './urls';

// An image an email client embeds by reference, "[cid:image001.png@01DB18A2.5C3F7E10]".
const EMBEDDED = /\[cid:([^@\]\s]{1,120})(?:@[^\]\s]{0,80})?\]/g;
// How far above an embedded image a sign-off makes it a signature's logo.
const SIGNATURE_LINES = 6;

export function isVisualAttachment(att: TicketAttachment): boolean {
  const type = att.contentType.toLowerCase();
  if (type.startsWith('image/') || type.startsWith('video/')) return true;
  const name = att.fileName.toLowerCase().split(/[?#]/)[0] ?? '';
  return IMAGE_EXT.test(name) || VIDEO_EXT.test(name);
}

function inlineImageLabel(src: string): string {
  if (src.startsWith('data:')) return 'inline image';
  const url = parseUrl(src);
  if (!url) return 'inline image';
  return `inline image ${fileNameParam(url) ?? urlLabel(url)}`;
}

/**
 * Images embedded in an email signature (a logo under "Thanks, / Name / Title"): the file that
 * arrives as an attachment shows nothing of the problem.
 */
function signatureImages(corpus: Corpus): Set<string> {
  const names = new Set<string>();
  if (!corpus.text.includes('[cid:')) return names;
  eachMatch(EMBEDDED, corpus.text, (m) => {
    // Lines of text, not the blank ones HTML paragraphs leave between them.
    const above = corpus.text
      .slice(Math.max(0, m.index - 800), m.index)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(-SIGNATURE_LINES);
    // (What follows it is read within its own message: a later comment is not its mail's end.)
    const source = sourceAt(corpus, m.index);
    const sourceEnd = source.start + source.text.length;
    if (above.some((line) => isSignOff(line)) || closesAMessage(corpus.text.slice(m.index + m[0].length, sourceEnd), above)) names.add((m[1] ?? '').toLowerCase());
  });
  return names;
}

// A signature with no sign-off ("Mariana Castillo / Coordinadora de Tecnología | San Jacinto ISD / [cid:...]"):
// the image ends the message (its text ends, or a forwarded mail's header follows) under a person's name and
// short lines that are no sentence, and nothing above points at it ("This is what Ava sees", "see below").
const SIGNATURE_BLOCK_LINES = 2;
const POINTS_AT_IT = /\b(?:screen\w*|shot|captura|pantall\w*|below|abajo|attach\w*|adjunt\w*|here|aqu[ií]|see|sees|ver|this|esto|esta)\b|:\s*$/i;
const SENTENCE_END = /[.!?]\s*$/;
// A name of two to four capitalised words ("Mariana Castillo", "Dr. Lorraine Fitch"), not a greeting ("Hi Tom").
const NAME_LINE = /^\s*(?!(?:Hi|Hello|Hey|Dear|Hola|Good|Buenos|Buenas|Thanks|Gracias|FYI)\b)[A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'’.-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][A-Za-zÀ-ÿ'’.-]+){1,3}\s*$/;
function closesAMessage(after: string, above: readonly string[]): boolean {
  const next = after.slice(0, 300).split('\n').find((line) => line.trim() !== '');
  if (next !== undefined && !MAIL_HEADER_LINE.test(next)) return false;
  const block = above.slice(-SIGNATURE_BLOCK_LINES);
  return (
    block.some((line) => NAME_LINE.test(line)) &&
    block.every((line) => line.trim().split(/\s+/).length <= 8 && !SENTENCE_END.test(line) && !POINTS_AT_IT.test(line))
  );
}

// An HTML mail's own images, by their address: "https://brookfieldacademy.org/email/logo-small.gif", a banner, a social icon.
// (The file's name starts so, or a folder is so named: not "login-logo-stretched.png", "announcement-banner-stuck.png".)
const LOGO_SRC = /\/(?:logos?|banners?|signatures?|icons?|email|social)\/|(?:^|\/)(?:logo|banner|signature|sig|icon|crest|seal|facebook|twitter|instagram|linkedin|x-logo)(?:[_.-][^/]*)?\.(?:png|gif|jpe?g|svg|webp)(?:[?#]|$)/i;

// An email client's name for an image it embeds ("image001.png"): a logo as often as a pasted screenshot.
const EMBEDDED_NAME = /^image\d{3}\.(?:png|jpe?g|gif)$/i;
// "I can send a screenshot if that helps", "puedo mandar una captura": the writer has sent none.
const OFFERS_A_SCREENSHOT =
  /\b(?:i\s+can|i\s+could|i\s+will|i['’]ll|happy\s+to|glad\s+to|puedo|le\s+puedo|les\s+puedo)\s+(?:also\s+|try\s+to\s+)?(?:send|share|attach|grab|take|get|mandar|enviar|compartir|sacar|tomar)\s+(?:you\s+|les?\s+)?(?:a\s+|some\s+|una\s+|unas\s+)?(?:screen\s*shots?|screen\s*caps?|captur|pantallazo|foto|picture|photo)/i;

const POINTS_AT_AN_IMAGE = /\b(?:below|attached|here(?:'s|’s|\s+is|\s+are)|this\s+is|aqu[ií]\s+est[aá]|adjunt\w*|abajo|also|too|another|other|more|otra|otro|tambi[eé]n|m[aá]s)\b|\[cid:/i;

export function detectVisuals(ticket: SafeTicket, corpus: Corpus): Finding {
  const found = new Finding();
  const logos = signatureImages(corpus);
  for (const comment of ticket.comments) {
    // (Its embedded images, in a message offering a screenshot and pointing at none, are its signature's;
    // "I can also send one of her settings" offers another.)
    const offered =
      comment.attachments.some((att) => EMBEDDED_NAME.test(att.fileName)) && OFFERS_A_SCREENSHOT.test(comment.body) && !POINTS_AT_AN_IMAGE.test(comment.body);
    for (const att of comment.attachments) {
      if (found.full) return found;
      if (offered && EMBEDDED_NAME.test(att.fileName)) continue;
      if (isVisualAttachment(att) && !logos.has(att.fileName.toLowerCase())) found.present(att.fileName || att.contentType);
    }
  }
  for (const source of corpus.sources) {
    if (found.full) break;
    for (const src of source.images) {
      if (LOGO_SRC.test(src)) continue;
      const cid = /^cid:([^@\s\]]{1,120})/i.exec(src)?.[1];
      if (!cid || !logos.has(cid.toLowerCase())) found.present(inlineImageLabel(src));
    }
    for (const url of source.urls) {
      const kind = classifyVisualUrl(url);
      if (kind === null) continue;
      const name = fileNameParam(url);
      const label = name && (IMAGE_EXT.test(name) || VIDEO_EXT.test(name)) ? name : urlLabel(url);
      if (kind === 'visual') found.present(label);
      else found.weak(`${label} (shared file)`);
    }
  }
  // A screenshot talked of ("I'll send a screenshot", "Screenshots: attached") is not one.
  return found;
}
