// Visuals: screenshots or video of the problem. Image and video attachments on any comment, inline
// images, links to screen recordings or images. A PDF or a HAR file alone shows nothing of the screen.
import type { TicketAttachment } from '../types';
import { isAsserted, lineAt } from './context';
import { Finding } from './finding';
import { parseLabelLine, sectionValue } from './sections';
import { eachMatch, mentionsAny, sourceAt, type Corpus, type SafeTicket } from './source';
import { isPlaceholder } from './text';
import { classifyVisualUrl, fileNameParam, IMAGE_EXT, parseUrl, urlLabel, VIDEO_EXT } from './urls';

// Talk of a visual without one: "screenshot attached" when nothing is.
// (?!\w) ends the words: a \b after a letter, cheaper to compile (see wordEnds).
const MENTION =
  /\b(?:screenshots?|screen ?shots?|screen recordings?|screencasts?|screen captures?|(?:see|find) (?:the )?attached|attached (?:is |are )?(?:an? )?(?:image|video|photo|picture|recording)s?|captura(?:s)? de pantalla)(?!\w)/gi;

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

/** A visual promised in words: a filled "Screenshots:" label or "see attached screenshot". */
function mentionsVisual(corpus: Corpus, found: Finding): void {
  for (const source of corpus.sources) {
    for (const section of source.sections) {
      if (section.kind !== 'visuals') continue;
      const value = sectionValue(section);
      if (!isPlaceholder(value) && !/^(?:no|none|not|nothing)\b/i.test(value)) {
        found.weak(`${source.where}: ${section.label} ${value} (nothing attached)`);
        return;
      }
    }
  }
  if (!mentionsAny(corpus, /screen|attach|captura/)) return;
  const { text } = corpus;
  eachMatch(MENTION, text, (m) => {
    // The template's own "Screenshots:" label is not a mention.
    if (parseLabelLine(lineAt(text, m.index))?.kind === 'visuals' || !isAsserted(text, m.index)) return;
    found.weak(`${sourceAt(corpus, m.index).where}: mentions ${m[0].toLowerCase()}, none attached`);
    return false;
  });
}

export function detectVisuals(ticket: SafeTicket, corpus: Corpus): Finding {
  const found = new Finding();
  for (const comment of ticket.comments) {
    for (const att of comment.attachments) {
      if (found.full) return found;
      if (isVisualAttachment(att)) found.present(att.fileName || att.contentType);
    }
  }
  for (const source of corpus.sources) {
    if (found.full) break;
    for (const src of source.images) found.present(inlineImageLabel(src));
    for (const url of source.urls) {
      const kind = classifyVisualUrl(url);
      const name = fileNameParam(url);
      const label = name && (IMAGE_EXT.test(name) || VIDEO_EXT.test(name)) ? name : urlLabel(url);
      if (kind === 'visual') found.present(label);
      else if (kind === 'maybe') found.weak(`${label} (shared file)`);
    }
  }
  if (found.status === 'missing') mentionsVisual(corpus, found);
  return found;
}
