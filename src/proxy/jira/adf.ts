// Builders for Atlassian Document Format, the rich text Jira Cloud's v3 API takes for descriptions and
// comments. Text goes into text nodes as it is (Jira renders it as text, never as markup); an empty
// text would make the document invalid, so empty strings are dropped. Pure.

export type AdfInline = { type: 'text'; text: string; marks?: Array<{ type: string; attrs?: Record<string, string> }> } | { type: 'hardBreak' };
export type AdfBlock =
  | { type: 'paragraph'; content: AdfInline[] }
  | { type: 'heading'; attrs: { level: number }; content: AdfInline[] }
  | { type: 'bulletList'; content: Array<{ type: 'listItem'; content: AdfBlock[] }> };
export type AdfDoc = { type: 'doc'; version: 1; content: AdfBlock[] };

export const text = (value: string): AdfInline[] => (value ? [{ type: 'text', text: value }] : []);
export const strong = (value: string): AdfInline[] => (value ? [{ type: 'text', text: value, marks: [{ type: 'strong' }] }] : []);
export const link = (label: string, href: string): AdfInline[] => (label ? [{ type: 'text', text: label, marks: [{ type: 'link', attrs: { href } }] }] : []);

export const paragraph = (...parts: AdfInline[][]): AdfBlock => ({ type: 'paragraph', content: parts.flat() });
export const heading = (level: number, value: string): AdfBlock => ({ type: 'heading', attrs: { level }, content: text(value) });
export const bulletList = (items: AdfInline[][][]): AdfBlock => ({
  type: 'bulletList',
  content: items.map((parts) => ({ type: 'listItem', content: [paragraph(...parts)] })),
});

/** A document; a list without items is left out (Jira refuses an empty list). */
export const doc = (...blocks: AdfBlock[]): AdfDoc => ({
  type: 'doc',
  version: 1,
  content: blocks.filter((b) => b.type !== 'bulletList' || b.content.length > 0),
});
