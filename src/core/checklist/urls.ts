// Links in ticket text: finding them, and telling a screen recording or an image from a course page.
import { eachMatchInLines, linesWith } from './text';

export type FoundUrl = {
  host: string;
  path: string;
  query: string;
  index: number;
  raw: string;
  /** Computed once when found: whether it shows the problem (see classifyVisualUrl). */
  visual: VisualKind;
};

const URL_RE = /\bhttps?:\/\/[^\s<>"'`)\]}|]{1,2000}/gi;
// Recording hosts agents paste without a scheme ("loom.com/share/abc").
const BARE_RE =
  /\b(?:www\.)?(?:loom\.com|youtu\.be|youtube\.com|vimeo\.com|drive\.google\.com|screencastify\.com|watch\.screencastify\.com|jam\.dev|share\.vidyard\.com|share\.zight\.com|cl\.ly|imgur\.com|i\.imgur\.com|gyazo\.com|prnt\.sc)\/[^\s<>"'`)\]}|]{1,500}/gi;
const BARE_HOST_END = /\.(?:com|be|dev|ly|sc)\//gi;
const PARTS = /^(?:https?:\/\/)?([^/?#:\s]+)(?::\d{1,5})?([^?#]*)(\?[^#]*)?/i;

export const IMAGE_EXT = /\.(?:png|jpe?g|gif|webp|heic|heif|bmp|tiff?|svg)$/i;
export const VIDEO_EXT = /\.(?:mp4|mov|webm|m4v|avi|mkv|wmv|3gp)$/i;

// Punctuation that ends the sentence, not the link.
const TRAILING_MARKS = `.,;:!?'"*_`;

// Threads quote the same links again and again: each is parsed once (a bounded cache).
const parsed = new Map<string, Omit<FoundUrl, 'index'> | null>();
const PARSED_LIMIT = 2000;

function parse(raw: string, index: number): FoundUrl | null {
  let url = parsed.get(raw);
  if (url === undefined) {
    url = parseLink(raw);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(raw, url);
  }
  return url && { host: url.host, path: url.path, query: url.query, index, raw: url.raw, visual: url.visual };
}

function parseLink(raw: string): Omit<FoundUrl, 'index'> | null {
  // Tickets hold hundreds of links: the cheap tests first.
  const trimmed = TRAILING_MARKS.includes(raw[raw.length - 1] ?? '') ? raw.replace(/[.,;:!?'"*_]+$/, '') : raw;
  const m = PARTS.exec(trimmed);
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase();
  const host = name.startsWith('www.') ? name.slice(4) : name;
  if (!host.includes('.')) return null;
  const url = { host, path: m[2] ?? '', query: m[3] ?? '', raw: trimmed, visual: null as VisualKind };
  url.visual = visualKind(url);
  return url;
}

/** Every link in the text, with or without scheme for the well-known recording hosts. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  // Most texts hold no link at all: skip the scans then.
  if (!text.includes('/')) return found;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
    const url = parse(m[0], m.index);
    if (url) found.push(url);
  }
  // A bare host ends in one of these before its path, within its line: only such lines are read.
  eachMatchInLines(text, linesWith(text, BARE_HOST_END), BARE_RE, (m) => {
    // A bare host inside a longer URL or address was taken by the first pattern.
    if (m.index > 0 && /[\w./@-]/.test(text[m.index - 1] ?? '')) return;
    const url = parse(m[0], m.index);
    if (url) found.push(url);
  });
  return found;
}

export function parseUrl(raw: string): FoundUrl | null {
  return parse(raw.trim(), 0);
}

/** "loom.com/share/abc": host and path, no query. */
export function urlLabel(url: FoundUrl): string {
  const path = url.path.replace(/\/+$/, '');
  // A YouTube watch link is nothing without its video id.
  const video = path === '/watch' ? /[?&]v=([\w-]{1,20})/.exec(url.query)?.[1] : undefined;
  return video ? `${url.host}${path}?v=${video}` : `${url.host}${path}`;
}

/** A file name carried in the query, as Zendesk attachment links do (?name=screenshot.png). */
export function fileNameParam(url: Pick<FoundUrl, 'query'>): string | null {
  const m = /[?&](?:name|filename|file)=([^&#]{1,200})/i.exec(url.query);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1].replace(/\+/g, ' '));
  } catch {
    return m[1];
  }
}

function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The host and each parent domain: "a.b.loom.com" -> a.b.loom.com, b.loom.com, loom.com. */
function domains(host: string): string[] {
  const parts = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out;
}

const hostCache = new Map<string, boolean>();

function inSet(host: string, set: ReadonlySet<string>): boolean {
  // Tickets repeat the same few hosts; remember the answer per set and host.
  const key = `${set === RECORDING_HOSTS ? 'r' : set === FILE_SHARE_HOSTS ? 'f' : 't'}:${host}`;
  let hit = hostCache.get(key);
  if (hit === undefined) {
    hit = domains(host).some((d) => set.has(d));
    if (hostCache.size > 1000) hostCache.clear();
    hostCache.set(key, hit);
  }
  return hit;
}

// Where screen recordings and screenshots are shared from.
const RECORDING_HOSTS = new Set([
  'loom.com', 'youtube.com', 'youtu.be', 'vimeo.com', 'screencastify.com', 'jam.dev', 'vidyard.com',
  'zight.com', 'getcloudapp.com', 'cl.ly', 'screencast.com', 'snipboard.io', 'imgur.com', 'gyazo.com',
  'prnt.sc', 'prntscr.com', 'awesomescreenshot.com', 'streamable.com', 'tella.tv', 'wistia.com',
  'recordit.co', 'monosnap.com', 'd.pr', 'screenpal.com', 'screencast-o-matic.com', 'cleanshot.cloud',
  'cleanshot.com', 'bubbles.app', 'scribehow.com', 'photos.app.goo.gl', 'photos.google.com', 'flickr.com',
  'tinytake.com', 'markup.io', 'veed.io', 'clipchamp.com', 'descript.com',
]);
// File shares: a recording or screenshot is often shared this way, but so is everything else.
const FILE_SHARE_HOSTS = new Set(['drive.google.com', 'dropbox.com', 'dropboxusercontent.com', '1drv.ms', 'onedrive.live.com', 'box.com', 'sharepoint.com', 'icloud.com']);
const TOOLING_HOSTS = new Set(['zendesk.com', 'slack.com', 'zdassets.com', 'zopim.com', 'statuspage.io', 'atlassian.net']);

export type VisualKind = 'visual' | 'maybe' | null;

/** Whether a link shows the problem: a recording or image ('visual'), a shared doc ('maybe'), or not. */
export function classifyVisualUrl(url: FoundUrl): VisualKind {
  return url.visual;
}

function visualKind(url: Pick<FoundUrl, 'host' | 'path' | 'query'>): VisualKind {
  const { host, path } = url;
  if (IMAGE_EXT.test(path) || VIDEO_EXT.test(path)) return 'visual';
  const name = fileNameParam(url);
  if (name && (IMAGE_EXT.test(name) || VIDEO_EXT.test(name))) return 'visual';
  if (inSet(host, RECORDING_HOSTS)) return path.replace(/\/+$/, '') === '' ? 'maybe' : 'visual';
  if (hostIs(host, 'docs.google.com')) return /^\/(?:file|presentation|drawings)\//.test(path) ? 'visual' : 'maybe';
  if (inSet(host, FILE_SHARE_HOSTS)) {
    return /\.(?:pdf|har|csv|xlsx?|docx?|txt|json|log|zip)$/i.test(path) ? null : 'visual';
  }
  return null;
}

/** Links that are about us, not about the customer's page: help desk, chat, mail, recordings. */
export function isToolingUrl(url: FoundUrl): boolean {
  return inSet(url.host, TOOLING_HOSTS) || classifyVisualUrl(url) !== null;
}
