// Atlassian Document Format, checked the way Jira checks it before it stores a description or a
// comment: a `doc` of version 1 whose nodes are known, in the places the schema allows them, text
// nodes with text, and marks that Jira knows (a link needs an href). Pure: a document in, the
// problems out (empty when well formed).

const BLOCK = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'rule', 'panel']);
const INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard']);
const MARKS = new Set(['strong', 'em', 'code', 'link', 'strike', 'underline', 'subsup', 'textColor']);

/** Which children each node may hold ('none': a leaf). */
const CHILDREN: Record<string, 'block' | 'inline' | 'listItem' | 'none' | 'text'> = {
  paragraph: 'inline',
  heading: 'inline',
  bulletList: 'listItem',
  orderedList: 'listItem',
  listItem: 'block',
  blockquote: 'block',
  panel: 'block',
  codeBlock: 'text',
  rule: 'none',
  text: 'none',
  hardBreak: 'none',
  mention: 'none',
  emoji: 'none',
  inlineCard: 'none',
};

type Node = { type?: unknown; content?: unknown; text?: unknown; marks?: unknown; attrs?: unknown; version?: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function adfProblems(doc: unknown): string[] {
  if (!isObject(doc)) return ['the document is not an object'];
  const problems: string[] = [];
  if (doc.type !== 'doc') problems.push(`the root must be of type "doc", not ${JSON.stringify(doc.type)}`);
  if (doc.version !== 1) problems.push('the root must have version 1');
  if (!Array.isArray(doc.content)) return [...problems, 'the root must have a content array'];
  doc.content.forEach((child, i) => checkNode(child, 'block', `content[${i}]`, problems));
  return problems;
}

function checkNode(raw: unknown, allowed: 'block' | 'inline' | 'listItem' | 'text', path: string, problems: string[]): void {
  if (!isObject(raw)) {
    problems.push(`${path}: not a node`);
    return;
  }
  const node = raw as Node;
  const type = typeof node.type === 'string' ? node.type : '';
  const fits = allowed === 'block' ? BLOCK.has(type) : allowed === 'inline' ? INLINE.has(type) : allowed === 'listItem' ? type === 'listItem' : type === 'text';
  if (!fits) {
    problems.push(`${path}: a ${type || 'node without a type'} is not allowed here (expected ${allowed})`);
    return;
  }
  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0) problems.push(`${path}: a text node needs non-empty text`);
    checkMarks(node.marks, path, problems);
  }
  if (type === 'heading') {
    const level = isObject(node.attrs) ? node.attrs.level : undefined;
    if (typeof level !== 'number' || level < 1 || level > 6) problems.push(`${path}: a heading needs attrs.level 1-6`);
  }
  const kind = CHILDREN[type] ?? 'none';
  if (kind === 'none') {
    if (node.content !== undefined) problems.push(`${path}: a ${type} has no content`);
    return;
  }
  if (node.content === undefined && (kind === 'inline' || kind === 'text')) return;
  if (!Array.isArray(node.content)) {
    problems.push(`${path}: content must be an array`);
    return;
  }
  if ((kind === 'listItem' || kind === 'block') && node.content.length === 0) problems.push(`${path}: a ${type} needs content`);
  node.content.forEach((child, i) => checkNode(child, kind, `${path}.content[${i}]`, problems));
}

function checkMarks(marks: unknown, path: string, problems: string[]): void {
  if (marks === undefined) return;
  if (!Array.isArray(marks)) {
    problems.push(`${path}: marks must be an array`);
    return;
  }
  marks.forEach((m, i) => {
    const type = isObject(m) ? m.type : undefined;
    if (typeof type !== 'string' || !MARKS.has(type)) problems.push(`${path}.marks[${i}]: unknown mark ${JSON.stringify(type)}`);
    else if (type === 'link' && !(isObject(m) && isObject(m.attrs) && typeof m.attrs.href === 'string' && m.attrs.href !== '')) {
      problems.push(`${path}.marks[${i}]: a link needs attrs.href`);
    }
  });
}

/** The plain text of a document (the page shows it; tests read markers from it). */
export function adfText(doc: unknown): string {
  if (!isObject(doc)) return '';
  if (doc.type === 'text' && typeof doc.text === 'string') return doc.text;
  if (doc.type === 'hardBreak') return '\n';
  const inner = Array.isArray(doc.content) ? doc.content.map(adfText).join(doc.type === 'doc' || doc.type === 'bulletList' || doc.type === 'listItem' ? '\n' : '') : '';
  return inner;
}
