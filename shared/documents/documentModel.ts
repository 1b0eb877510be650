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
  header: string;
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  widthPct: number;
  align?: 'left' | 'center' | 'right';
};

export type Block =
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
      /** Smaller type and no space under paragraphs: long lists that must fit a page. */
      isCompact?: boolean;
      /** Said in the writer's alternative text for screen readers. */
      caption?: string;
    }
  | { kind: 'image'; mediaId: string; widthMm: number; heightMm: number; caption: string }
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
