import { errorText } from '../../../shared/errors/errorMessage';
import type { AppError } from '../../../shared/result';
import { useT } from '../../i18n/I18nProvider';

/** The sentence that explains an error to the user, in the current language. */
export function useErrorText(): (error: AppError) => string {
  const t = useT();
  return (error) => errorText(t, error);
}
