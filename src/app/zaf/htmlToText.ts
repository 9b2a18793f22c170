// Comment bodies come from ZAF as HTML. The checklist reads text, so the HTML is turned into text in an
// inert document (DOMParser runs no scripts and loads nothing), keeping link targets and image sources
// because screen recordings and pasted screenshots are evidence of visuals.

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'TABLE']);

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts: string[] = [];
  walk(doc.body, parts);
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push(child.textContent ?? '');
      continue;
    }
    if (!(child instanceof Element)) continue;
    const tag = child.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (tag === 'IMG') {
      const src = child.getAttribute('src');
      if (src) out.push(` ${src} `);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n');
    if (tag === 'LI') out.push('- ');
    walk(child, out);
    if (tag === 'A') {
      const href = child.getAttribute('href');
      const text = (child.textContent ?? '').trim();
      if (href && href !== text && /^https?:/i.test(href)) out.push(` (${href})`);
    }
    if (block) out.push('\n');
  }
}
