// The troubleshooting model's verdict on a ticket the rules found no troubleshooting in (itemModel.ts
// over the counts of troubleshootingFeatures.ts, weights in troubleshootingModel.ts). It reads what
// was tried told as plain past actions with a result that no rule parses ("got a new access code,
// still fails", "ya borré la app y la volví a instalar, nada").
import { modelEvidence, saysPresent } from './itemModel';
import { isAdviceOrPlan } from './lexicon';
import { MAIL_HEADER_LINE } from './text';
import type { Corpus } from './source';
import { customerSources } from './textFeatures';
import { readForTroubleshooting } from './troubleshootingFeatures';
import { TROUBLESHOOTING_MODEL } from './troubleshootingModel';

// Asking around is how far it goes, not a fix tried: "I checked with the other 6th grade math teachers
// and all of them see it", "their moms checked, it's just my kid", "our principal checked hers too",
// "checked with two of her neighbors", "I checked with my teammate Ms. Cho and hers saves fine", "Pam checked. It's every sub account in the building",
// "revisamos en los cuatro grupos de octavo", "i checked the other kids, their progress is fine" (not
// "I checked the other students' settings", a comparison of theirs).
const CHECKING = 'checked|asked|revis[eé]|revisamos|revisaron|revis[oó]|pregunt[eé]|preguntamos';
const CHECKS_OTHERS = new RegExp(
  String.raw`^(?:${CHECKING})\b(?:\s+(?:with|w\/|in|en|con|a)\s+(?:the|los|las|my|our|her|his|their|mis|sus|nuestr[oa]s)?\s*(?:other|otr[oa]s|all|tod[oa]s|\d+|two|three|four|five|dos|tres|cuatro|cinco|neighbou?rs?|colleagues?|team|teammates?|coworkers?|co-?teachers?|compañer[oa]s?)\b|\s+(?:all|both|every|each)\s+(?:\d+\s+)?(?:of\s+)?(?:my|our|her|his|the)?\s*(?:other\s+)?(?:classes|sections|periods|students|kids|teachers|accounts)\b|\s+(?:the|my|our|her|his|their)\s+other\s+(?:\d+\s+)?(?:classes|sections|periods|students|kids|teachers|accounts|families|parents)\b(?!['’]|\s+(?:settings|permissions|accounts|gradebooks?|profiles?|ipads|chromebooks|devices|schedules|config\w*|setup|sharing|rosters?)\b)|\s+(?:hers|his|theirs|mine)\s+too\b|\s*[.,:;-]\s*(?:it'?s|its|it is)\s+(?:just|only|every|all|everyone)\b)`,
  'i',
);
// "I checked and every teacher in the building sees the same", "checked and all other accounts are fine" (not
// "I checked and all the students are enrolled"): a pattern of its own, kept out of CHECKS_OTHERS's first compile.
const CHECKED_AND_ALL =
  /^(?:checked|asked)\s+and\s+(?:every|all|each|none\s+of|no)\s+(?:\w+\s+){0,2}?(?:teachers?|students?|kids|classes|sections|accounts?|one|body|parents?|families)\b[^.]{0,30}?\b(?:(?:sees?|seeing|has|have|having|gets?|getting)\s+(?:the\s+same|it|this)|(?:are|is)\s+(?:fine|ok|okay|working|normal))\b/i;
// Spanish, its verb accented (where \b after "é" never holds): "Revisé a otros tres alumnos que también llegaron
// transferidos", "revisé a los demás del grupo"; people checked, not "revisé en otros dos navegadores".
const CHECKS_OTHERS_ES = /^(?:revis[eé]|revisamos|revisaron|revis[oó]|pregunt[eé]|preguntamos)\s+(?:a|con)\s+(?:(?:los|las|mis|sus)\s+)?(?:dem[aá]s\b|otr[oa]s\s+(?:(?:\d+|dos|tres|cuatro|cinco|seis)\s+)?(?:alumn|estudiant|compa|maestr|profes|niñ|famil|padres|pap[aá]s|nuev))/i;
const CHECKING_WORD = new RegExp(`^(?:${CHECKING})$`, 'i');

/** Whether a word is one a check of who else has it opens on ("checked", "pregunté"). */
export const opensACheck = (word: string): boolean => CHECKING_WORD.test(word);

// "He tried it again this morning on the same chromebook": the failing action again, nothing changed.
// The try itself opens the text (not "I cleared the cache and tried again on the same chromebook", a fix
// first; nor "had him open a YouTube video on the same Chromebook", another test there).
const SAME_PLACE = /^(?:[a-z]+\s+)?(?:(?:retried|redid|retook)(?:\s+(?:it|the\s+\w+))?(?:\s+(?:again|once\s+more))?|(?:tried|did|ran)\s+(?:it\s+)?(?:again|once\s+more))\b[^.!?;\n,]{0,30}?\b(?:on|with|from|in|using)\s+(?:the\s+)?(?:exact\s+)?same\s+(?:chromebook|ipad|laptop|computer|device|browser|tablet|phone|account|login|machine|network)\b/i;
// (Unless something else changed: "retried it from home on the same laptop", "with a new login", "but a different wifi".)
const SOMETHING_CHANGED = /\b(?:new|different|another|home|but|instead|other)\b/i;
/** Whether a text, from its try, says it was done again where it failed. */
export const triedOnTheSame = (text: string): boolean => text.includes('same') && SAME_PLACE.test(text) && !SOMETHING_CHANGED.test(text.slice(0, 90));

// "she tried to log in like 5 times and it keeps saying invalid password": the problem again, nowhere else.
const TRIED_TO_GET_IN = /\b(?:tried|tries|trying|kept trying|attempted)\s+to\s+(?:log\s*(?:in|on)|login|sign\s*in|get\s+in(?:to)?)\b/i;
const SOMEWHERE_ELSE = /\b(?:another|different|other|incognito|private|phone|ipad|home|chrome|firefox|safari|edge|instead|desktop|laptop|tablet|computer|clever|classlink|badge|otr[oa])\b/i;
/** Whether a text names somewhere or some way else it was done ("on her iPad", "from home", "instead"). */
export const elsewhere = (text: string): boolean => SOMEWHERE_ELSE.test(text);
const triedToGetIn = (text: string): boolean => TRIED_TO_GET_IN.test(text) && !elsewhere(text);
// A phone note's "Tried cb again 10:05a, no answer, LVM #2": support trying to reach the customer.
// (Not "attempted contacting the SIS vendor - they re-pushed the roster", a try.)
const TRIED_TO_REACH = /\b(?:tried|trying|attempted|retried)\s+(?:to\s+)?(?:cb|call\s*back|callback|calling\s+(?:back|her|him|them|cx)|call\s+(?:her|him|them|cx)(?:\s+back)?|reach(?:ing)?\s+(?:her|him|them|cx|the\s+(?:customer|caller)))\b/i;

// An agent's list of what to tell: "- whether he's tried anything already (another device, a password reset)".
// (The model's excerpt opens on the try: the words just before it are read.)
const ASKED_WHETHER_TRIED = /\b(?:whether|if)\s+(?:he|she|they|you|it|the\s+\w+)(?:['’]s|['’]ve|\s+has|\s+have|\s+had)?\s+(?:already\s+)?$/i;
const ASKED_REACH = 40;
const askedWhetherTried = (text: string, from: number): boolean => ASKED_WHETHER_TRIED.test(text.slice(Math.max(0, from - ASKED_REACH), from));

/** Whether a text opens on a check of who else has it. */
export const checksWhoElseHasIt = (text: string): boolean => {
  const t = text.trimStart();
  // (CHECKED_AND_ALL compiled only for a text that opens so: most never do.)
  const opensCheckedAnd = /^(?:checked|asked) and /i.test(t.slice(0, 12));
  return CHECKS_OTHERS.test(t) || CHECKS_OTHERS_ES.test(t) || (opensCheckedAnd && CHECKED_AND_ALL.test(t));
};


/** Evidence of troubleshooting when the model says the ticket tells it (pointing at the sentence
 * telling what was tried and what came of it), else null. With nothing told as tried to point at, it
 * says nothing ("still waiting for the admin" is an outcome of nothing). */
export function troubleshootingByModel(corpus: Corpus): string | null {
  const { features, sentence, tried } = readForTroubleshooting(corpus);
  const text = sentence?.text ?? '';
  // (Not a forwarded mail's header line, "Sent: Thursday, April 24, 2025 7:58 AM": "sent" is no attempt.)
  if (!tried || isAdviceOrPlan(text) || MAIL_HEADER_LINE.test(text) || TRIED_TO_REACH.test(text) || checksWhoElseHasIt(text) || triedOnTheSame(text) || triedToGetIn(text) || (sentence !== null && askedWhetherTried(corpus.text, sentence.from)) || !saysPresent(TROUBLESHOOTING_MODEL, features)) return null;
  return modelEvidence(sentence, customerSources(corpus)[0]?.where ?? 'description', 'tried');
}
