/** The keywords as a cloud: the more groups said it, the bigger; counts fold case, accents and plurals. */
import { useMemo } from 'react';
import { wordCloud } from '../../../../shared/boards/keywordCloud';
import type { Note } from '../../../../shared/model/boards';
import { useT } from '../../../i18n/I18nProvider';

export function WordCloud({
  notes,
  size,
  label,
}: {
  notes: readonly Note[];
  /** `room`: the projector, read from the back of the room. */
  size: 'panel' | 'room';
  label: string;
}) {
  const t = useT();
  const words = useMemo(() => wordCloud(notes.map((n) => n.text)), [notes]);
  const [min, max] = size === 'room' ? [4.5, 13] : [1.1, 3.2];
  return (
    <ul className={`cloud cloud--${size}`} aria-label={label}>
      {words.map((word) => (
        <li
          key={word.key}
          className="cloud__word"
          style={{
            fontSize: `${(min + (max - min) * word.weight).toFixed(2)}${size === 'room' ? 'vh' : 'rem'}`,
          }}
        >
          {word.display}
          {word.count > 1 && (
            <span className="cloud__count" aria-label={t('keywords.count', { count: word.count })}>
              {word.count}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
