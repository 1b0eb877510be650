import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  createTranslator,
  type DisplayLocale,
  type Locale,
  type Translate,
} from '../../shared/i18n/t';

type I18n = { locale: Locale; t: Translate };

const I18nContext = createContext<I18n | null>(null);

/** Missing keys throw while developing and testing; in a release they fall back to French. */
const strict = import.meta.env.DEV || import.meta.env.MODE === 'test';

export function I18nProvider({ locale, children }: { locale: DisplayLocale; children: ReactNode }) {
  const value = useMemo(
    () =>
      ({
        locale: locale === 'pseudo' ? 'fr' : locale,
        t: createTranslator(locale, { strict }),
      }) satisfies I18n,
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT outside I18nProvider');
  return i18n;
}

export const useT = (): Translate => useI18n().t;
export const useLocale = (): Locale => useI18n().locale;
