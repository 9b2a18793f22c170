// The checklist's item models, as the shared trainer (build/itemTraining.ts) reads them: for each, its
// features, its rules and where its weights go. `npm run item-models` trains them all.
import { detectScope, scopeFromValue } from '../src/core/checklist/scope';
import { readForScope, SCOPE_FEATURES } from '../src/core/checklist/scopeFeatures';
import { stepsByRules } from '../src/core/checklist/steps';
import { STEPS_FEATURES, stepsFeatures } from '../src/core/checklist/stepsFeatures';
import { saysNothingTried, troubleshootingByRules } from '../src/core/checklist/troubleshooting';
import { isAdviceOrPlan } from '../src/core/checklist/lexicon';
import { readForTroubleshooting, TROUBLESHOOTING_FEATURES } from '../src/core/checklist/troubleshootingFeatures';
import { readUserIdsByRules, userIdsByRules } from '../src/core/checklist/userIds';
import { readForUserIds, USER_IDS_FEATURES } from '../src/core/checklist/userIdsFeatures';
import type { ItemSpec } from './itemTraining';

export const STEPS_SPEC: ItemSpec = {
  item: 'stepsToReproduce',
  name: 'steps',
  constant: 'STEPS_MODEL',
  modelPath: 'src/core/checklist/stepsModel.ts',
  featuresFile: 'stepsFeatures.ts',
  features: STEPS_FEATURES,
  askedWhen: 'the rules find no steps',
  // Capped like the others: a ticket longer than the dev ones (over ~370 words) reads as the longest
  // of them did, so a long thread of status updates does not drift towards "steps present".
  capsFeatures: true,
  rules: (corpus) => ({ status: stepsByRules(corpus).status }),
  read: (corpus) => {
    const features = stepsFeatures(corpus);
    return { features: STEPS_FEATURES.map((f) => features[f]), canSay: true };
  },
};

export const TROUBLESHOOTING_SPEC: ItemSpec = {
  item: 'troubleshooting',
  name: 'troubleshooting',
  constant: 'TROUBLESHOOTING_MODEL',
  modelPath: 'src/core/checklist/troubleshootingModel.ts',
  featuresFile: 'troubleshootingFeatures.ts',
  features: TROUBLESHOOTING_FEATURES,
  askedWhen: 'the rules find no troubleshooting done',
  capsFeatures: true,
  rules: (corpus) => ({ status: troubleshootingByRules(corpus).status }),
  read: (corpus) => {
    const { features, tried, sentence } = readForTroubleshooting(corpus);
    // Not asked where the ticket says nothing was tried, nor where what it would point at is a plan (detectTroubleshooting).
    return { features: TROUBLESHOOTING_FEATURES.map((f) => features[f]), canSay: tried && !saysNothingTried(corpus) && !isAdviceOrPlan(sentence?.text ?? '') };
  },
};

export const SCOPE_SPEC: ItemSpec = {
  item: 'scope',
  name: 'scope',
  constant: 'SCOPE_MODEL',
  modelPath: 'src/core/checklist/scopeModel.ts',
  featuresFile: 'scopeFeatures.ts',
  features: SCOPE_FEATURES,
  askedWhen: 'the rules find no scope, and the model can read a level',
  capsFeatures: true,
  // Not shipped (its levels are wrong too often: see the checklist README), so not trained by
  // `npm run item-models`: bench/item-models.bench.ts measures it.
  rules: (corpus, ticket) => {
    const { found, level } = detectScope(corpus, ticket.tags);
    return { status: found.status, level };
  },
  read: (corpus) => {
    const { features, level } = readForScope(corpus);
    return { features: SCOPE_FEATURES.map((f) => features[f]), canSay: level !== null, level };
  },
  fieldLevel: scopeFromValue,
};

export const USER_IDS_SPEC: ItemSpec = {
  item: 'userIds',
  name: 'ids',
  constant: 'USER_IDS_MODEL',
  modelPath: 'src/core/checklist/userIdsModel.ts',
  featuresFile: 'userIdsFeatures.ts',
  features: USER_IDS_FEATURES,
  askedWhen: "the rules find no user ids, or, to veto them, where it read the whole ticket and no id that could be a person's",
  // The rules say present too often on new tickets (ids of courses, tenants, incidents, a form's
  // contact email): where the model reads no id that could be a person's, it may overrule them.
  capsFeatures: true,
  veto: true,
  rules: (corpus, ticket) => ({ status: userIdsByRules(corpus, ticket.requesterEmail).status }),
  read: (corpus, ticket) => {
    const { features, id, whole } = readForUserIds(corpus, ticket.requesterEmail);
    // An id the rules found given as a person's is not the model's to overrule.
    return { features: USER_IDS_FEATURES.map((f) => features[f]), canSay: id !== null, canVeto: id === null && whole && !readUserIdsByRules(corpus, ticket.requesterEmail).named };
  },
};

/** The models that ship: trained by `npm run item-models`, their weights checked by itemModels.test.ts. */
export const ITEM_SPECS: readonly ItemSpec[] = [STEPS_SPEC, TROUBLESHOOTING_SPEC, USER_IDS_SPEC];
/** Every model measured by bench/item-models.bench.ts, shipped or not. */
export const MEASURED_SPECS: readonly ItemSpec[] = [...ITEM_SPECS, SCOPE_SPEC];
