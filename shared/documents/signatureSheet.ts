/**
 * The signature sheet (feuille d’émargement): everyone registered, sorted by last name the
 * French way (accents and case ignored, « de » particles as typed), with room to sign, and a
 * few empty rows for people who come without registering.
 */
import type { Locale, Translate } from '../i18n/t';
import type { Session } from '../model/session';
import { bySurname } from '../participants/participantList';
import { cell, text, type DocumentModel } from './documentModel';
import { sessionLines, typeset } from './sessionLines';

const WALK_IN_ROWS = 6;

export function signatureSheet(session: Session, t: Translate, locale: Locale): DocumentModel {
  const title = typeset(session.title || t('common.untitled'), locale);
  const people = session.participants.filter((p) => p.attendance !== 'excused').sort(bySurname);
  const rows = people.map((p, index) => [
    cell(String(index + 1), { align: 'right', muted: true }),
    cell(p.lastName.toLocaleUpperCase('fr'), { bold: true }),
    cell(p.firstName),
    cell(p.organisation),
    cell(p.role),
    cell(''),
  ]);
  const blank = Array.from({ length: WALK_IN_ROWS }, (_, i) => [
    cell(String(people.length + i + 1), { align: 'right', muted: true }),
    cell(''),
    cell(''),
    cell(''),
    cell(''),
    cell(''),
  ]);
  return {
    title: `${t('signatureDoc.title')} — ${title}`,
    header: `${t('signatureDoc.title')} — ${title}`,
    footer: t('document.footer'),
    orientation: 'portrait',
    hasCover: false,
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    blocks: [
      { kind: 'heading', level: 1, text: t('signatureDoc.title') },
      { kind: 'paragraph', style: 'lead', runs: [text(title, { bold: true })] },
      ...sessionLines(session, t, locale).map((line) => ({
        kind: 'paragraph' as const,
        runs: [text(line)],
      })),
      {
        kind: 'paragraph',
        style: 'small',
        runs: [text(t('signatureDoc.count', { count: people.length }), { muted: true })],
      },
      {
        kind: 'table',
        caption: t('signatureDoc.title'),
        rowHeightMm: 11,
        // Compact type fits names and organisations on one or two lines on A4 portrait,
        // « N° » and three-digit numbers on one, and leaves the widest column to sign in.
        compact: true,
        columns: [
          { header: t('signatureDoc.columnNumber'), widthPct: 6, align: 'right' },
          { header: t('signatureDoc.columnLastName'), widthPct: 19 },
          { header: t('signatureDoc.columnFirstName'), widthPct: 13 },
          { header: t('signatureDoc.columnOrganisation'), widthPct: 23 },
          { header: t('signatureDoc.columnRole'), widthPct: 14 },
          { header: t('signatureDoc.columnSignature'), widthPct: 25 },
        ],
        rows: [...rows, ...blank],
      },
      {
        kind: 'paragraph',
        style: 'small',
        runs: [text(t('signatureDoc.walkIns'), { muted: true })],
      },
    ],
  };
}
