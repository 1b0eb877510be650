/**
 * « Annexe »: everyone registered or come, with their presence — or, anonymised (RGPD, for
 * minutes sent outside), how many people each organisation sent, without a single name.
 */
import type { Attendance } from '../../model/participants';
import type { Session } from '../../model/session';
import { cell, text, type Block } from '../documentModel';
import { bySurname } from '../../participants/participantList';
import { typeset } from '../sessionLines';
import type { MinutesContext } from './minutesContext';
import { attendees, countByOrganisation } from './people';

export function participantsPart(session: Session, ctx: MinutesContext): Block[] {
  const { t, locale } = ctx;
  if (ctx.options.anonymise) return anonymousPart(session, ctx);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('minutes.annexParticipants') }];
  if (session.participants.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [text(t('minutes.summaryNobody'), { italic: true })] });
    return blocks;
  }
  const presence: Record<Attendance, string> = {
    present: t('minutes.present'),
    absent: t('minutes.absent'),
    excused: t('minutes.excused'),
    unknown: t('minutes.unknownAttendance'),
  };
  const people = [...session.participants].sort(bySurname);
  blocks.push({
    kind: 'table',
    caption: t('minutes.annexParticipants'),
    columns: [
      { header: t('signatureDoc.columnLastName'), widthPct: 21 },
      { header: t('signatureDoc.columnFirstName'), widthPct: 17 },
      { header: t('signatureDoc.columnOrganisation'), widthPct: 27 },
      { header: t('signatureDoc.columnRole'), widthPct: 19 },
      { header: t('minutes.columnAttendance'), widthPct: 16 },
    ],
    rows: people.map((p) => [
      cell(typeset(p.lastName, locale).toLocaleUpperCase('fr'), { bold: true }),
      cell(typeset(p.firstName, locale)),
      cell(typeset(p.organisation, locale)),
      cell(typeset(p.role, locale)),
      {
        runs: [
          text(presence[p.attendance], p.attendance === 'present' ? {} : { muted: true }),
          ...(p.isWalkIn ? [text(t('minutes.walkIn'), { muted: true, breakBefore: true })] : []),
        ],
      },
    ]),
  });
  return blocks;
}

function anonymousPart(session: Session, ctx: MinutesContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('minutes.annexOrganisations') }];
  const { people, attendanceTaken } = attendees(session.participants);
  if (people.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [text(t('minutes.summaryNobody'), { italic: true })] });
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    runs: [text(t('minutes.anonymisedNotice'), { muted: true })],
  });
  const counts = countByOrganisation(people, ctx);
  blocks.push({
    kind: 'table',
    caption: t('minutes.annexOrganisations'),
    columns: [
      { header: t('signatureDoc.columnOrganisation'), widthPct: 56 },
      { header: t('signatureDoc.columnRole'), widthPct: 26 },
      {
        header: attendanceTaken ? t('minutes.columnPresent') : t('minutes.columnRegistered'),
        widthPct: 18,
        align: 'right',
      },
    ],
    rows: [
      ...counts.map((c) => [cell(c.organisation), cell(c.role), cell(String(c.count))]),
      [
        cell(t('minutes.total'), { bold: true, shade: true }),
        cell('', { shade: true }),
        cell(String(people.length), { bold: true, shade: true }),
      ],
    ],
  });
  return blocks;
}
