import type { WebFeature } from '../feature.js';

export const programmesFeature: WebFeature = {
  key: 'programmes',
  nav: [],
  routes: null,
  messages: { en: {}, fr: {}, ru: {} },
};
