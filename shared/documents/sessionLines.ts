/** The lines that say when, where and with whom, under every document's title. */
import { formatClockTime, formatLongDate } from '../i18n/formatDate';
import type { Locale, Translate } from '../i18n/t';
import type { Session } from '../model/session';
import { frenchTypography } from './frenchTypography';

export function sessionLines(session: Session, t: Translate, locale: Locale): string[] {
  const when = [
    session.date ? capitalise(formatLongDate(session.date, locale)) : null,
    session.startTime && session.endTime
      ? t('document.timeSpan', {
          start: formatClockTime(session.startTime, locale),
          end: formatClockTime(session.endTime, locale),
        })
      : null,
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [
    when,
    session.place ? t('document.place', { place: session.place }) : '',
    session.facilitators.length > 0
      ? t('document.facilitators', { names: session.facilitators.join(', ') })
      : '',
    session.organiser ? t('document.organiser', { name: session.organiser }) : '',
  ];
  return lines
    .filter((line) => line !== '')
    .map((line) => (locale === 'fr' ? frenchTypography(line) : line));
}

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/** Text typed by people, made typographically French when the document is. */
export const typeset = (text: string, locale: Locale) =>
  locale === 'fr' ? frenchTypography(text) : text;
