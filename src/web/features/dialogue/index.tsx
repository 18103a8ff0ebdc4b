import type { WebFeature } from '../feature.js';

export const dialogueFeature: WebFeature = {
  key: 'dialogue',
  nav: [],
  routes: null,
  messages: { en: {}, fr: {}, ru: {} },
};
