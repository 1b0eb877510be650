/** The score of the groups as they are now, in words; it follows every move made by hand. */
import { useMemo } from 'react';
import { describeScore, type ScoreTone } from '../../../shared/grouping/describeScore';
import { scoreRounds } from '../../../shared/grouping/score';
import { memberRounds, scoringInput } from '../../../shared/grouping/sessionGrouping';
import type { Grouping } from '../../../shared/model/groupings';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';

const marks: Record<ScoreTone, string> = { good: '✓', warning: '!', bad: '✗' };

export function ScoreSummary({ grouping }: { grouping: Grouping }) {
  const t = useT();
  const participants = useSession((s) => s.participants);
  const lines = useMemo(() => {
    const input = scoringInput({ participants }, grouping);
    return describeScore(scoreRounds(input, memberRounds(grouping)), input, t);
  }, [participants, grouping, t]);
  return (
    <section className="groups-score" aria-label={t('groups.score.label')}>
      <ul aria-live="polite">
        {lines.map((line) => (
          <li key={line.text} className={`groups-score__line groups-score__line--${line.tone}`}>
            <span className="groups-score__mark" aria-hidden="true">
              {marks[line.tone]}
            </span>
            {line.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
