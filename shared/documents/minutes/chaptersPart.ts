/**
 * One chapter per sequence that has something to show — its prompt, groups, notes by cluster or
 * column sorted by votes, keywords (word cloud and counts), photos, next steps — and a last
 * chapter for what no sequence holds, so that nothing captured is left out.
 */
import { countKeywords } from '../../boards/keywords';
import type { Action } from '../../model/actions';
import type { Sequence } from '../../model/agenda';
import type { Board, Note } from '../../model/boards';
import type { Grouping } from '../../model/groupings';
import type { Media } from '../../model/media';
import type { Session } from '../../model/session';
import { cell, text, type Block, type Run } from '../documentModel';
import { groupingBlocks } from '../groupLists';
import { typeset } from '../sessionLines';
import type { MinutesContext } from './minutesContext';
import { multiline } from './multiline';
import { compositionText } from './people';
import { sequenceTimes } from './sequenceTimes';
import { stepsTable } from './stepsTable';

/** The frame photos are fitted into: the text width, and most of the page's height. */
const PHOTO_BOX_MM = { width: 160, height: 150 };
const CLOUD_MM = { width: 160, height: 95 };

type Contents = { groupings: Grouping[]; boards: Board[]; media: Media[]; actions: Action[] };

export function chaptersPart(session: Session, ctx: MinutesContext): Block[] {
  const times = new Map(sequenceTimes(session, ctx).map((s) => [s.sequence.id, s]));
  const known = new Set(session.agenda.map((s) => s.id));
  const boardSequence = new Map(session.boards.map((b) => [b.id, b.sequenceId]));
  const mediaSequence = (m: Media) =>
    m.sequenceId ?? (m.boardId !== null ? (boardSequence.get(m.boardId) ?? null) : null);
  const contentsOf = (belongs: (sequenceId: string | null) => boolean): Contents => ({
    groupings: session.groupings.filter((g) => belongs(g.sequenceId)),
    boards: session.boards.filter((b) => belongs(b.sequenceId)),
    media: session.media.filter((m) => belongs(mediaSequence(m))),
    actions: session.actions.filter((a) => belongs(a.sequenceId)),
  });
  const blocks: Block[] = [];
  // Photos are numbered through the whole document.
  const photoNumber = { next: 1 };
  for (const sequence of session.agenda) {
    const contents = contentsOf((id) => id === sequence.id);
    if (!hasContent(session, contents, ctx)) continue;
    const time = times.get(sequence.id)!;
    // Each chapter starts a page: a heading is never left alone at the foot of one.
    blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 1, text: typeset(sequence.title, ctx.locale) });
    const when =
      time.actualStart !== null
        ? time.actualSpan
        : ctx.t('minutes.planned', { span: time.plannedSpan });
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      runs: [
        text(when, { muted: true }),
        ...(sequence.speakers
          ? [text(` · ${typeset(sequence.speakers, ctx.locale)}`, { muted: true })]
          : []),
      ],
    });
    blocks.push(...chapterBody(session, sequence, contents, ctx, photoNumber));
  }
  const orphans = contentsOf((id) => id === null || !known.has(id));
  if (hasContent(session, orphans, ctx)) {
    blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 1, text: ctx.t('minutes.otherContributions') });
    blocks.push(...chapterBody(session, null, orphans, ctx, photoNumber));
  }
  if (blocks.length === 0)
    blocks.push(
      { kind: 'heading', level: 1, text: ctx.t('minutes.contributions') },
      { kind: 'paragraph', runs: [text(ctx.t('minutes.noContribution'), { italic: true })] },
    );
  return blocks;
}

function hasContent(session: Session, c: Contents, ctx: MinutesContext): boolean {
  const { chapter } = ctx.options;
  const boardIds = new Set(c.boards.map((b) => b.id));
  const hasNotes = (keywords: boolean) =>
    session.notes.some(
      (n) =>
        boardIds.has(n.boardId) &&
        (c.boards.find((b) => b.id === n.boardId)!.mode === 'keywords') === keywords,
    );
  return (
    (chapter.groups && c.groupings.some((g) => g.rounds.some((r) => r.groups.length > 0))) ||
    (chapter.notes && hasNotes(false)) ||
    (chapter.keywords && hasNotes(true)) ||
    (chapter.photos && c.media.length > 0) ||
    (chapter.steps && c.actions.length > 0)
  );
}

function chapterBody(
  session: Session,
  sequence: Sequence | null,
  c: Contents,
  ctx: MinutesContext,
  photoNumber: { next: number },
): Block[] {
  const { t, locale, options } = ctx;
  const blocks: Block[] = [];
  if (options.chapter.prompt && sequence?.prompt)
    blocks.push({
      kind: 'paragraph',
      style: 'lead',
      runs: [
        text(`${t('minutes.prompt')} `, { bold: true }),
        ...multiline(typeset(sequence.prompt, locale), { italic: true }),
      ],
    });
  if (options.chapter.groups)
    for (const grouping of c.groupings) {
      if (!grouping.rounds.some((r) => r.groups.length > 0)) continue;
      blocks.push(
        ...(options.anonymise
          ? anonymousGroupingBlocks(session, grouping, ctx)
          : groupingBlocks(session, grouping, t, locale, 'minutes')),
      );
    }
  const notesByBoard = groupBy(session.notes, (n) => n.boardId);
  for (const board of c.boards) {
    const notes = notesByBoard.get(board.id) ?? [];
    if (notes.length === 0) continue;
    if (board.mode === 'keywords') {
      if (options.chapter.keywords) blocks.push(...keywordBlocks(board, notes, ctx));
    } else if (options.chapter.notes) blocks.push(...boardBlocks(board, notes, ctx));
  }
  if (options.chapter.photos && c.media.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t('minutes.photos') });
    c.media.forEach((media) => {
      const number = photoNumber.next++;
      const box = photoBox(media);
      blocks.push({
        kind: 'image',
        mediaId: media.id,
        widthMm: box.width,
        heightMm: box.height,
        rotation: media.rotation,
        caption: media.caption.trim()
          ? t('minutes.photoCaption', {
              number,
              caption: typeset(media.caption.trim(), locale),
            })
          : t('minutes.photoNumber', { number }),
      });
    });
  }
  if (options.chapter.steps && c.actions.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t('minutes.nextSteps') });
    blocks.push(stepsTable(session, c.actions, ctx, t('minutes.nextSteps')));
  }
  return blocks;
}

/** The photo's displayed proportions (turned a quarter, it is as tall as it was wide). */
function photoBox(media: Media): { width: number; height: number } {
  const turned = media.rotation === 90 || media.rotation === 270;
  const [w, h] = turned ? [media.height, media.width] : [media.width, media.height];
  const ratio = w > 0 && h > 0 ? h / w : 3 / 4;
  const width = Math.min(PHOTO_BOX_MM.width, PHOTO_BOX_MM.height / ratio);
  return { width: round1(width), height: round1(width * ratio) };
}

const round1 = (mm: number) => Math.round(mm * 10) / 10;

function boardBlocks(board: Board, notes: Note[], ctx: MinutesContext): Block[] {
  const { t, locale } = ctx;
  const votes = notes.reduce((sum, n) => sum + n.votes, 0);
  const showVotes = board.voting !== null || votes > 0;
  const showGroup = notes.some((n) => n.group);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: typeset(board.title || t('minutes.board'), locale) },
  ];
  if (board.prompt)
    blocks.push({
      kind: 'paragraph',
      runs: multiline(typeset(board.prompt, locale), { italic: true }),
    });
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    runs: [
      text(
        showVotes
          ? t('minutes.boardCountsWithVotes', {
              notes: t('minutes.countNotes', { count: notes.length }),
              votes: t('minutes.countVotes', { count: votes }),
            })
          : t('minutes.countNotes', { count: notes.length }),
        { muted: true },
      ),
    ],
  });
  // A list, as minutes are read: each note, then its table and its votes, most voted first.
  const item = (note: Note): Run[] => {
    const from = showGroup && note.group ? typeset(note.group, locale) : null;
    const voted = showVotes && note.votes > 0;
    return [
      ...multiline(typeset(note.text, locale)),
      ...(from ? [text(` —\u00a0${from}`, { muted: true })] : []),
      ...(voted
        ? [
            text(
              `${from ? '\u00a0· ' : ' —\u00a0'}${t('minutes.countVotes', { count: note.votes })}`,
              {
                bold: true,
              },
            ),
          ]
        : []),
    ];
  };
  const byColumn = groupBy(notes, (n) =>
    n.columnId !== null && board.columns.some((c) => c.id === n.columnId) ? n.columnId : '',
  );
  const sections = [
    ...board.columns.map((column) => ({
      title: column.title,
      notes: byColumn.get(column.id) ?? [],
    })),
    { title: board.columns.length > 0 ? t('minutes.unsorted') : '', notes: byColumn.get('') ?? [] },
  ].filter((s) => s.notes.length > 0);
  for (const section of sections) {
    const sorted = byVotes(section.notes);
    if (section.title) {
      const sectionVotes = sorted.reduce((sum, n) => sum + n.votes, 0);
      blocks.push({
        kind: 'heading',
        level: 3,
        text: showVotes
          ? t('minutes.sectionWithVotes', {
              title: typeset(section.title, locale),
              votes: t('minutes.countVotes', { count: sectionVotes }),
            })
          : typeset(section.title, locale),
      });
    }
    blocks.push({ kind: 'bullets', items: sorted.map(item) });
  }
  return blocks;
}

/** Most voted first; between equals, in the order they were written. */
function byVotes(notes: readonly Note[]): Note[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort(
      (a, b) =>
        b.note.votes - a.note.votes ||
        a.note.createdAt.localeCompare(b.note.createdAt) ||
        a.index - b.index,
    )
    .map(({ note }) => note);
}

function keywordBlocks(board: Board, notes: Note[], ctx: MinutesContext): Block[] {
  const { t, locale } = ctx;
  const counts = countKeywords(notes.map((n) => n.text));
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: typeset(board.title || t('minutes.keywords'), locale) },
  ];
  if (board.prompt)
    blocks.push({
      kind: 'paragraph',
      runs: multiline(typeset(board.prompt, locale), { italic: true }),
    });
  if (counts.length === 0) return blocks;
  blocks.push({
    kind: 'wordCloud',
    words: counts.map((k) => ({ text: typeset(k.display, locale), weight: k.count })),
    widthMm: CLOUD_MM.width,
    heightMm: CLOUD_MM.height,
    caption: t('minutes.cloudCaption', {
      keywords: t('minutes.countDistinctKeywords', { count: counts.length }),
      notes: t('minutes.countKeywordNotes', { count: notes.length }),
    }),
  });
  const showSpellings = counts.some((k) => k.spellings.length > 1);
  blocks.push({
    kind: 'table',
    caption: t('minutes.keywordTable'),
    columns: [
      { header: t('minutes.columnKeyword'), widthPct: showSpellings ? 32 : 76 },
      { header: t('minutes.columnCount'), widthPct: showSpellings ? 22 : 24, align: 'right' },
      ...(showSpellings ? [{ header: t('minutes.columnSpellings'), widthPct: 46 }] : []),
    ],
    rows: counts.map((k) => [
      cell(typeset(k.display, locale), { bold: true }),
      cell(String(k.count)),
      ...(showSpellings
        ? [
            cell(
              k.spellings.length > 1
                ? k.spellings.map((s) => `${typeset(s.text, locale)} (${s.count})`).join(', ')
                : '',
              { muted: true },
            ),
          ]
        : []),
    ]),
  });
  return blocks;
}

/** The same tables, each group described by how many came from which organisation. */
function anonymousGroupingBlocks(
  session: Session,
  grouping: Grouping,
  ctx: MinutesContext,
): Block[] {
  const { t, locale } = ctx;
  const people = new Map(session.participants.map((p) => [p.id, p]));
  const rounds = grouping.rounds.filter((r) => r.groups.length > 0);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: typeset(grouping.name || t('groupList.untitled'), locale) },
  ];
  rounds.forEach((round, index) => {
    if (rounds.length > 1)
      blocks.push({
        kind: 'paragraph',
        runs: [text(t('groupList.round', { number: index + 1 }), { bold: true })],
      });
    blocks.push({
      kind: 'table',
      caption: typeset(grouping.name, locale),
      columns: [
        { header: t('groupList.columnGroup'), widthPct: 22 },
        { header: t('minutes.columnComposition'), widthPct: 62 },
        { header: t('groupList.columnCount'), widthPct: 16, align: 'right' },
      ],
      rows: round.groups.map((group) => {
        const members = group.memberIds.flatMap((id) => people.get(id) ?? []);
        return [
          cell(typeset(group.name, locale), { bold: true }),
          cell(compositionText(members, ctx)),
          cell(String(group.memberIds.length), { align: 'right' }),
        ];
      }),
    });
  });
  return blocks;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
