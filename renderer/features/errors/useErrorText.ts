import { presentError } from '../../../shared/errors/errorMessage';
import type { AppError } from '../../../shared/result';
import { useT } from '../../i18n/I18nProvider';

/** The sentence that explains an error to the user, in the current language. */
export function useErrorText(): (error: AppError) => string {
  const t = useT();
  return (error) => {
    const { messageKey, params } = presentError(error);
    // Keys come from a closed table and params cover every placeholder those messages use.
    return (t as (key: string, params: Record<string, string | number>) => string)(
      messageKey,
      params,
    );
  };
}
