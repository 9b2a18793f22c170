import { classifyVisualUrl, findUrls, parseUrl, urlLabel } from './urls';

const kind = (raw: string) => {
  const url = parseUrl(raw);
  if (!url) throw new Error(`not a URL: ${raw}`);
  return classifyVisualUrl(url);
};

describe('classifyVisualUrl', () => {
  it.each([
    'https://www.loom.com/share/abc123', 'https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=x', 'https://vimeo.com/123',
    'https://drive.google.com/file/d/1a/view', 'https://docs.google.com/file/d/1a', 'https://watch.screencastify.com/v/abc',
    'https://www.dropbox.com/s/abc/clip.mov?dl=0', 'https://jam.dev/c/123', 'https://share.vidyard.com/watch/x',
    'https://share.zight.com/abc', 'https://cl.ly/abc', 'https://example.com/img/error.PNG', 'https://cdn.x.org/a.webp?x=1',
    'https://acme.zendesk.com/attachments/token/abc/?name=shot.jpeg',
  ])('%s is a visual', (raw) => expect(kind(raw)).toBe('visual'));

  it.each(['https://docs.google.com/document/d/1/edit', 'https://loom.com/'])('%s is only a hint', (raw) => expect(kind(raw)).toBe('maybe'));

  it.each(['https://example.com/report.pdf', 'https://www.dropbox.com/s/a/network.har', 'https://app.example.com/courses/1', 'https://acme.zendesk.com/agent/tickets/1'])(
    '%s is not a visual',
    (raw) => expect(kind(raw)).toBeNull(),
  );
});

describe('findUrls', () => {
  it('finds links with a scheme and bare recording hosts, without trailing punctuation', () => {
    const urls = findUrls('See https://x.org/a/b). Also loom.com/share/zz, and mail bob@loom.com/x.');
    expect(urls.map(urlLabel)).toEqual(['x.org/a/b', 'loom.com/share/zz']);
  });

  it('finds nothing in text without a slash', () => {
    expect(findUrls('no links here at all')).toEqual([]);
  });
});
