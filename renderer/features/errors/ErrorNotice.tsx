import type { AppError } from '../../../shared/result';
import { useErrorText } from './useErrorText';

export function ErrorNotice({ error }: { error: AppError }) {
  const text = useErrorText();
  return (
    <p className="notice notice--error" role="alert">
      {text(error)}
    </p>
  );
}
