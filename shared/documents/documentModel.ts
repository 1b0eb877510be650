/**
 * What an exported document contains, as plain data: headings, paragraphs, tables, images.
 * Documents (minutes, agenda, signature sheet, group lists) are pure functions from a session
 * to this model, so tests check their outline without unzipping a .docx; one thin writer
 * (electron/services/exporters/docxWriter.ts) turns it into Word.
 */

export type Run = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  muted?: boolean;
  /** Starts on a new line (within the same paragraph or cell). */
  breakBefore?: boolean;
};

export type Cell = { runs: Run[]; align?: 'left' | 'center' | 'right'; shade?: boolean };

export type TableColumn = {
  /** Lines are separated by `\n`. */
  header: string;
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  widthPct: number;
  align?: 'left' | 'center' | 'right';
};

export type Block =
  /** The document's title, in Word's « Titre » style (the cover of the minutes). */
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | {
      kind: 'paragraph';
      runs: Run[];
      style?: 'normal' | 'lead' | 'caption' | 'small';
      align?: 'left' | 'center';
    }
  | { kind: 'bullets'; items: Run[][] }
  | {
      kind: 'table';
      columns: TableColumn[];
      rows: Cell[][];
      /** Minimum row height in millimetres (room to sign); rows never split across pages. */
      rowHeightMm?: number;
      /** Said in the writer's alternative text for screen readers. */
      caption?: string;
      /**
       * Smaller type (9 pt), narrower cell margins and no space under paragraphs: long lists
       * that must fit A4 portrait (signature sheet, group lists).
       */
      compact?: boolean;
    }
  /**
   * A session photo, fitted into `widthMm` × `heightMm` (and the text width) keeping the file's
   * aspect ratio, turned by `rotation` degrees clockwise, captioned.
   */
  | {
      kind: 'image';
      mediaId: string;
      widthMm: number;
      heightMm: number;
      caption: string;
      rotation?: 0 | 90 | 180 | 270;
    }
  /**
   * Keywords drawn as a word cloud: the Node side lays them out and renders a picture (see
   * shared/boards/wordCloud.ts); `weight` is how often each was written.
   */
  | {
      kind: 'wordCloud';
      words: { text: string; weight: number }[];
      widthMm: number;
      heightMm: number;
      caption: string;
    }
  /** The organiser's logo from the settings, when one is set; nothing otherwise. */
  | { kind: 'logo'; maxWidthMm: number; maxHeightMm: number }
  | { kind: 'toc'; title: string }
  | { kind: 'pageBreak' };

export type DocumentModel = {
  /** The document's title (properties, and the cover). */
  title: string;
  /** Repeated at the top of every page. */
  header: string;
  /** Footer text before « page n / N ». */
  footer: string;
  orientation: 'portrait' | 'landscape';
  /** A cover made of the first blocks until the first page break (no header on it). */
  hasCover: boolean;
  blocks: Block[];
  language: 'fr-FR' | 'en-GB';
};

export const text = (value: string, style: Omit<Run, 'text'> = {}): Run => ({
  text: value,
  ...style,
});
export const cell = (value: string, style: Omit<Cell, 'runs'> & Omit<Run, 'text'> = {}): Cell => {
  const { align, shade, ...run } = style;
  return {
    runs: [{ text: value, ...run }],
    ...(align ? { align } : {}),
    ...(shade ? { shade } : {}),
  };
};
