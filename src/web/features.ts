import type { WebFeature } from './core/feature.js';
import { dialogueFeature } from './dialogue/index.js';
import { homeFeature } from './home/index.js';
import { insightFeature } from './insight/index.js';
import { menuFeature } from './menu/index.js';
import { programmesFeature } from './programmes/index.js';
import { registryFeature } from './registry/index.js';
import { trustFeature } from './trust/index.js';

/** Every feature of the web app; App.tsx places their routes and AppLayout their navigation. */
export const FEATURES: readonly WebFeature[] = [
  homeFeature,
  registryFeature,
  menuFeature,
  programmesFeature,
  dialogueFeature,
  insightFeature,
  trustFeature,
];
