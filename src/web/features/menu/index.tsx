import type { WebFeature } from '../feature.js';

export const menuFeature: WebFeature = {
  key: 'menu',
  nav: [],
  routes: null,
  messages: { en: {}, fr: {}, ru: {} },
};
