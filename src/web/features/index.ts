import { dialogueFeature } from './dialogue/index.js';
import type { WebFeature } from './feature.js';
import { menuFeature } from './menu/index.js';
import { programmesFeature } from './programmes/index.js';

export const FEATURES: readonly WebFeature[] = [menuFeature, programmesFeature, dialogueFeature];
