// The checklist's item models, as the shared trainer (build/itemTraining.ts) reads them: for each, its
// features, its rules and where its weights go. `npm run item-models` trains them all.
import { stepsByRules } from '../src/core/checklist/steps';
import { STEPS_FEATURES, stepsFeatures } from '../src/core/checklist/stepsFeatures';
import { troubleshootingByRules } from '../src/core/checklist/troubleshooting';
import { TROUBLESHOOTING_FEATURES, troubleshootingFeatures } from '../src/core/checklist/troubleshootingFeatures';
import type { ItemSpec } from './itemTraining';

export const STEPS_SPEC: ItemSpec = {
  item: 'stepsToReproduce',
  name: 'steps',
  constant: 'STEPS_MODEL',
  modelPath: 'src/core/checklist/stepsModel.ts',
  featuresFile: 'stepsFeatures.ts',
  features: STEPS_FEATURES,
  askedWhen: 'the rules find no steps',
  rules: (corpus) => ({ status: stepsByRules(corpus).status }),
  read: (corpus) => {
    const features = stepsFeatures(corpus);
    return { features: STEPS_FEATURES.map((f) => features[f]) };
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
  rules: (corpus) => ({ status: troubleshootingByRules(corpus).status }),
  read: (corpus) => {
    const features = troubleshootingFeatures(corpus);
    return { features: TROUBLESHOOTING_FEATURES.map((f) => features[f]) };
  },
};

export const ITEM_SPECS: readonly ItemSpec[] = [STEPS_SPEC, TROUBLESHOOTING_SPEC];
