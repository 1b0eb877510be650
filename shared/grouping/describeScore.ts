/**
 * The score in the facilitator's words, one line per aspect that matters for this grouping,
 * each with its tone: zero is said as such ("Aucune rencontre répétée"), an unavoidable count
 * says it is the minimum possible.
 */
import type { Translate } from '../i18n/t';
import type { GroupingInput, GroupingScore } from './types';

export type ScoreTone = 'good' | 'warning' | 'bad';
export type ScoreLine = { tone: ScoreTone; text: string };

export function describeScore(
  score: GroupingScore,
  input: Pick<
    GroupingInput,
    'people' | 'rounds' | 'strategy' | 'keepApart' | 'keepTogether' | 'fixed' | 'hosts'
  >,
  t: Translate,
): ScoreLine[] {
  const lines: ScoreLine[] = [];
  const count = (n: number) => ({ count: n });
  const isTheme = input.strategy === 'theme';

  if (input.rounds > 1)
    lines.push(
      score.repeatedPairs === 0
        ? { tone: 'good', text: t('groups.score.noRepeats') }
        : { tone: 'bad', text: t('groups.score.repeats', count(score.repeatedPairs)) },
    );

  if (input.people.some((p) => (p.organisation ?? '').trim() !== ''))
    lines.push(
      score.sameOrganisationPairs === 0
        ? { tone: 'good', text: t('groups.score.noColleagues') }
        : score.sameOrganisationPairs <= score.sameOrganisationMinimum
          ? {
              tone: 'warning',
              text: t('groups.score.colleaguesMinimum', count(score.sameOrganisationPairs)),
            }
          : { tone: 'bad', text: t('groups.score.colleagues', count(score.sameOrganisationPairs)) },
    );

  if (!isTheme && new Set(input.people.map((p) => (p.role ?? '').trim()).filter(Boolean)).size > 1)
    lines.push(
      score.roleImbalance === 0
        ? { tone: 'good', text: t('groups.score.rolesBalanced') }
        : { tone: 'warning', text: t('groups.score.rolesUnbalanced', count(score.roleImbalance)) },
    );

  const hasHosts = (input.hosts?.length ?? 0) > 0 || Object.keys(input.fixed ?? {}).length > 0;
  if (input.rounds > 1 && !hasHosts && !isTheme)
    lines.push(
      score.tableRevisits === 0
        ? { tone: 'good', text: t('groups.score.noRevisits') }
        : { tone: 'warning', text: t('groups.score.revisits', count(score.tableRevisits)) },
    );

  if (isTheme && score.choiceRanks.length > 1) {
    const total = score.choiceRanks.reduce((sum, n) => sum + n, 0);
    const none = score.choiceRanks[score.choiceRanks.length - 1]!;
    lines.push({
      tone: score.choiceRanks[0] === total ? 'good' : 'warning',
      text: t('groups.score.firstChoices', { count: score.choiceRanks[0]!, total }),
    });
    if (none > 0) lines.push({ tone: 'bad', text: t('groups.score.noChoice', count(none)) });
  }

  const hasConstraints =
    (input.keepApart?.length ?? 0) > 0 ||
    (input.keepTogether?.length ?? 0) > 0 ||
    (input.hosts?.length ?? 0) > 0 ||
    Object.keys(input.fixed ?? {}).length > 0;
  if (score.violations === 0) {
    if (hasConstraints) lines.push({ tone: 'good', text: t('groups.score.constraintsKept') });
  } else {
    if (score.keepApartViolations > 0)
      lines.push({
        tone: 'bad',
        text: t('groups.score.keepApart', count(score.keepApartViolations)),
      });
    if (score.keepTogetherViolations > 0)
      lines.push({
        tone: 'bad',
        text: t('groups.score.keepTogether', count(score.keepTogetherViolations)),
      });
    if (score.fixedViolations > 0)
      lines.push({ tone: 'bad', text: t('groups.score.fixed', count(score.fixedViolations)) });
  }

  if (!isTheme && score.largestGroup > 0) {
    const { smallestGroup: min, largestGroup: max } = score;
    lines.push(
      min === max
        ? { tone: 'good', text: t('groups.score.sizeEqual', count(max)) }
        : max - min === 1
          ? { tone: 'good', text: t('groups.score.sizeRange', { min, max }) }
          : { tone: 'warning', text: t('groups.score.sizeUneven', { min, max }) },
    );
  }
  return lines;
}
