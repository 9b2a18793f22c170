// The user-ids model's word on a ticket (itemModel.ts over the counts of userIdsFeatures.ts, weights
// in userIdsModel.ts). Where the rules find no user id, it reads ids no rule parses ("here are two:
// 40021871, 40021902", "test acct cbsd.teacher.demo"); where they find one, it overrules them when
// it reads no id that could be a person's, only other things' ("Revision: 20931",
// "Chat ID: 8f2a...", "PO #: 4500123877", "Tenant ID: t-5582") or none ("Affected student
// username(s): all 7th grade").
import { Finding } from './finding';
import { isBillingAccount } from './idsInProse';
import { modelEvidence, saysPresent, vetoes } from './itemModel';
import type { Corpus } from './source';
import type { UserIdsByRules } from './userIds';
import { readForUserIds, type IdToken } from './userIdsFeatures';
import { USER_IDS_MODEL } from './userIdsModel';

/** The rules' finding with the model's word on it: present with the id it points at, missing when vetoed, else as found. */
export function userIdsByModel(corpus: Corpus, requesterEmail: string, { found: rules, named }: UserIdsByRules): Finding {
  const { features, id, whole } = readForUserIds(corpus, requesterEmail);
  // It vetoes only where it read the whole ticket and can point at no id of a person, of a name or of
  // no one in particular, and says present only where it can. A hint the rules found ("Student: Corey
  // Blake") stands.
  if (rules.status === 'present') return !named && whole && id === null && vetoes(USER_IDS_MODEL, features) ? new Finding() : rules;
  if (id !== null && !isWebAddress(id.id) && !isRequesterHeader(id, requesterEmail) && !isBillingAccount(id.text, corpus.text) && saysPresent(USER_IDS_MODEL, features)) rules.present(modelEvidence(id, id.where, 'id'));
  return rules;
}

// A site's name ("Entran en learn.pathwise.app"): a dotted word ending in a domain, no "@".
const WEB_ADDRESS = /^[\w-]+(?:\.[\w-]+)*\.(?:app|com|org|net|edu|gov|io|co|us|mx|es|ar|cl|pe|br|ec|ca|uk|au|info|ai|dev|tv)$/i;

/** A site the model may point at, no affected person's id. */
const isWebAddress = (id: string): boolean => !id.includes('@') && WEB_ADDRESS.test(id);

// A chat's or a form's line naming who writes: "Visitante: Romina Acosta (racosta@...)".
const WRITER_LINE = /^(?:pre-?chat:?\s*)?(?:visitor|visitante|guest|invitado|name|nombre|customer|cliente)\s*:/i;

/** The requester's own address on the line that says who writes: where to reach them, not an affected user's id. */
const isRequesterHeader = (id: IdToken, requesterEmail: string): boolean =>
  requesterEmail !== '' && id.id.toLowerCase() === requesterEmail.trim().toLowerCase() && WRITER_LINE.test(id.line);
