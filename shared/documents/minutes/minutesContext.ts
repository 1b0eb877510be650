/** What every part of the minutes needs besides the session: words, locale, clock, options. */
import type { Locale, Translate } from '../../i18n/t';
import type { MinutesOptions } from './minutesOptions';

export type MinutesContext = {
  t: Translate;
  locale: Locale;
  options: MinutesOptions;
  /** The time zone the actual times are shown in (the machine's, where the seminar took place). */
  timeZone: string;
};
