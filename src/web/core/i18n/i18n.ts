import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FEATURES } from '../../features.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

export const LANGS = ['en', 'fr', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', ru: 'Русский' };

const STORAGE_KEY = 'concord.lang';

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

function initialLang(): Lang {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLang(stored)) return stored;
  const preferred = (globalThis.navigator?.languages ?? []).map((l) => l.slice(0, 2));
  return preferred.find(isLang) ?? 'en';
}

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      (['en', 'fr', 'ru'] as const).map((lng) => [
        lng,
        {
          translation: {
            ...{ en, fr, ru }[lng],
            ...Object.fromEntries(FEATURES.flatMap((f) => (f.messages ? [[f.key, f.messages[lng]]] : []))),
          },
        },
      ]),
    ),
    lng: initialLang(),
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  const mark = (lng: string) => {
    document.documentElement.lang = lng;
  };
  mark(i18next.language);
  i18next.on('languageChanged', (lng) => {
    mark(lng);
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  });
  return i18next;
}
