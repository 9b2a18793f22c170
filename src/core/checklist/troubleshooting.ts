// Troubleshooting already done: a labelled section, or the things agents write they tried
// ("cleared cache", "tried incognito", "could not reproduce on a test account"), stated, not asked.
import { isAsserted, isQuestion } from './context';
import { Finding } from './finding';
import { sectionValue } from './sections';
import { eachMatch, mentionsAny, sourceAt, type Corpus, type Source } from './source';
import { isPlaceholder, wordEnds } from './text';

// Things done to narrow a problem down. A negation before one ("haven't cleared cache") cancels it.
const ACTIONS = new RegExp(
  `\\b(?:${wordEnds([
    "clear(?:ed|ing)?[ \\t]+(?:the[ \\t]+|their[ \\t]+|her[ \\t]+|his[ \\t]+|my[ \\t]+|browser[ \\t]+|all[ \\t]+)*(?:cache|caches|cookies|browsing data|browser data|history|site data)",
    'cache (?:was |has been )?cleared',
    '(?:hard|force)[ \\t-]+(?:refresh|reload)(?:ed|ing)?',
    'incognito',
    'private (?:window|browsing|mode|tab)',
    '(?:different|another|other|second|multiple|several) (?:browsers?|devices?|computers?|laptops?|accounts?|networks?|chromebooks?|ipads?)',
    '(?:tried|tested|checked|reproduced|replicated|confirmed)(?: it| this| the issue)? (?:on|in|with|using|from|via) ',
    '(?:tried|tested)(?: it| this)? (?:chrome|firefox|safari|edge|another|a different|different|other|incognito|private|clearing|logging|signing)\\b',
    '(?:log|logged|logging|sign|signed|signing) (?:out|off) and (?:back )?(?:in|on)',
    're-?(?:install|start|boot|sync|synch|enroll|assign|publish|import|roster|provision|upload|generat|creat|link|invit)(?:ed|ing)\\b',
    're-?ran\\b',
    'restart(?:ed|ing)? (?:the |their |her |his )?(?:browser|device|computer|app|ipad|chromebook|laptop)',
    '(?:checked|reviewed|looked at|verified|inspected) (?:the |their |her |his |our )?(?:logs?|settings|permissions|roster|configuration|config|status page|network|console|integration|sync|enrollments?|account|browser|extensions?|har|sis)',
    'status page',
    '(?:verified|confirmed|checked|made sure|double-checked) (?:that|whether|if) ',
    're-?sync(?:ed|ing)?\\b',
    'reset (?:the |their |her |his |a )?(?:password|account|cache|settings|attempt|assignment|progress|sso|session)',
    '(?:updated|cleared|reset) (?:the |their |her |his )?(?:browser|chrome|app|extensions?)',
    '(?:tested|tried) (?:it )?(?:again|myself|as the (?:student|teacher|user))',
    'masquerad(?:ed|ing)',
    'impersonat(?:ed|ing)',
    'logged in as',
    '(?:disabled|turned off|removed) (?:the |all |their )?(?:extensions?|ad ?blockers?|plugins?|add-ons?|vpn|pop-?up blocker)',
    '(?:borr|limpi)(?:é|e|amos|aron|ó)\\s+(?:la\\s+|el\\s+)?(?:cach[eé]|cookies|historial)',
    'modo inc[oó]gnito',
    'otro navegador',
    '(?:probamos|intentamos|reiniciamos|verificamos|revisamos|comprobamos|confirmamos|reinstalamos|sincronizamos)',
  ]
    .map((p) => `(?:${p})`)
    .join('|'))})`,
  'g',
);
// An attempt to reproduce, either way, is troubleshooting; its own "not" is part of it.
// (?!\w) ends the words: a \b after a letter, cheaper to compile (see wordEnds).
const REPRO_ATTEMPT =
  /\b(?:(?:was|were|am|is|are|wasn't|weren't|not|am not|unable|able|could|couldn't|could not|can|can't|cannot)[ \t]+(?:able[ \t]+)?to[ \t]+(?:reproduce|replicate|repro)|(?:could|can)(?:n't| not)?[ \t]+(?:reproduce|replicate)|reproduced|replicated|repro'?d|no (?:pude|pudimos) reproducir|(?:pude|pudimos) reproducir|(?:lo |la )?(?:reproducid[oa]|replicad[oa]|reprodujimos|reprodujo|replicamos))(?!\w)/g;

function fromSections(source: Source, found: Finding): void {
  for (const section of source.sections) {
    if (section.kind !== 'troubleshooting') continue;
    const value = sectionValue(section);
    // "None", "not done yet": the label is there, the troubleshooting is not.
    if (isPlaceholder(value) || /^(?:nothing|none|no\b|not (?:yet|done|started|tried|attempted)|n\/a|nada|ninguno)/i.test(value.trim())) continue;
    const lines = section.body.length + (section.inline ? 1 : 0);
    found.present(lines > 1 ? `${source.where}: ${section.label} (${lines} lines)` : `${source.where}: ${section.label}: ${value}`);
  }
}

// "Tried everything", "basic troubleshooting": something was done, but not what.
const VAGUE =
  /\b(?:tried everything|tried (?:the )?(?:usual|basic|standard) (?:steps|troubleshooting|things)|(?:did|done|some|basic) troubleshooting|troubleshot|we tried|i tried|already tried)(?!\w)/g;

/** Matches of a lower-case pattern outside the subject, with the source they are in. */
function stated(corpus: Corpus, re: RegExp, keep: (text: string, index: number) => boolean, visit: (where: string, phrase: string) => boolean): void {
  eachMatch(re, corpus.lower, (m) => {
    const source = sourceAt(corpus, m.index);
    if (source.kind === 'subject' || !keep(corpus.lower, m.index)) return;
    return visit(source.where, m[0].trim());
  });
}

export function detectTroubleshooting(corpus: Corpus): Finding {
  const found = new Finding();
  for (const source of corpus.sources) if (source.kind !== 'subject') fromSections(source, found);
  const add = (where: string, phrase: string): boolean => {
    found.present(`${where}: ${phrase}`);
    return !found.full;
  };
  if (!found.full) stated(corpus, ACTIONS, isAsserted, add);
  if (!found.full && mentionsAny(corpus, /repro|replica/)) stated(corpus, REPRO_ATTEMPT, (text, i) => !isQuestion(text, i), add);
  if (found.status === 'missing') {
    stated(corpus, VAGUE, isAsserted, (where, phrase) => {
      found.weak(`${where}: ${phrase} (no details)`);
      return false;
    });
  }
  return found;
}
