/**
 * Typed translation. Keys and their parameters come from the French source catalog; a missing
 * key or parameter throws in development and tests, and falls back to French in production.
 * The pseudo-locale shows `[[key]]` to find strings that escape the catalogs.
 */
import { en } from './en';
import { fr, type MessageKey, type SourceCatalog } from './fr';
import type { Entry, EntryParams, PluralForms } from './types';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export type DisplayLocale = Locale | 'pseudo';

const catalogs: Record<Locale, Record<MessageKey, Entry>> = { fr, en };

type ParamValue = string | number;
export type ParamsOf<K extends MessageKey> = [EntryParams<SourceCatalog[K]>] extends [never]
  ? []
  : [params: Record<EntryParams<SourceCatalog[K]>, ParamValue>];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

/** Keys whose message takes no parameter: what tables of labels hold. */
export type PlainMessageKey = { [K in MessageKey]: ParamsOf<K> extends [] ? K : never }[MessageKey];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function createTranslator(locale: DisplayLocale, options: { strict: boolean }): Translate {
  const plural = new Intl.PluralRules(locale === 'en' ? 'en' : 'fr');
  const fail = (message: string, fallback: string) => {
    if (options.strict) throw new Error(message);
    return fallback;
  };
  return (key, ...rest) => {
    if (locale === 'pseudo') return `[[${key}]]`;
    const params = (rest[0] ?? {}) as Record<string, ParamValue>;
    const entry = catalogs[locale][key] ?? catalogs.fr[key];
    if (entry === undefined) return fail(`Missing message: ${key}`, key);
    const text = typeof entry === 'string' ? entry : pickPlural(entry, params.count, plural);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return fail(`Missing parameter {${name}} for ${key}`, whole);
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
  };
}

function pickPlural(
  forms: PluralForms,
  count: ParamValue | undefined,
  rules: Intl.PluralRules,
): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (n === 0 && forms.zero !== undefined) return forms.zero;
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

/** Made once per language: building an Intl.NumberFormat costs more than a whole message. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
