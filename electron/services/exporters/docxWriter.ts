/**
 * The one writer from `DocumentModel` to Word. Real Word styles (Title, Heading 1–3, Caption,
 * Normal) so that the navigation pane and the table of contents work, and Word shows their
 * French names (Titre, Titre 1…); A4 with the margins of a French administrative document;
 * the title in every page header; « n / N » in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Cell, DocumentModel, Run } from '../../../shared/documents/documentModel';

export type ImageData = { data: Uint8Array; type: 'jpg' | 'png' };
export type LoadImage = (mediaId: string) => Promise<ImageData | null>;

const FONT = 'Arial';
const INK = '1B1B1B';
const ACCENT = '1A3F8F';
const MUTED = '555555';
const RULE = 'A0A7B4';
const SHADE = 'E6ECF8';

/** Half-points. */
const size = { normal: 21, small: 18, caption: 18, lead: 24, title: 44, h1: 32, h2: 26, h3: 22 };

export async function writeDocx(
  model: DocumentModel,
  loadImage: LoadImage = async () => null,
): Promise<Buffer> {
  const images = await loadImages(model.blocks, loadImage);
  const portrait = model.orientation === 'portrait';
  const body = model.blocks.flatMap((block) => renderBlock(block, images, portrait ? 160 : 247));
  const document = new Document({
    title: model.title,
    creator: 'Atelier',
    description: model.title,
    features: { updateFields: true },
    styles: styles(model.language),
    sections: [
      {
        properties: {
          titlePage: model.hasCover,
          page: {
            size: {
              orientation: portrait ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
              width: convertMillimetersToTwip(210),
              height: convertMillimetersToTwip(297),
            },
            margin: {
              top: convertMillimetersToTwip(25),
              bottom: convertMillimetersToTwip(25),
              left: convertMillimetersToTwip(25),
              right: convertMillimetersToTwip(25),
              header: convertMillimetersToTwip(10),
              footer: convertMillimetersToTwip(10),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: 'Header',
                children: [new TextRun({ text: model.header, color: MUTED, size: size.small })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: {
          default: footer(model.footer),
          first: footer(model.footer),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function footer(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: text ? `${text}    ` : '', color: MUTED, size: size.small }),
          new TextRun({
            children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
            color: MUTED,
            size: size.small,
          }),
        ],
      }),
    ],
  });
}

function styles(language: DocumentModel['language']) {
  const run = (pt: number, extra: Record<string, unknown> = {}) => ({
    font: FONT,
    size: pt,
    color: INK,
    ...extra,
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: run(size.caption, { italics: true, color: MUTED }),
      paragraph: { spacing: { before: 60, after: 200 } },
    },
    {
      id: 'Lead',
      name: 'Intro',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: run(size.lead, { color: MUTED }),
      paragraph: { spacing: { after: 160 } },
    },
    {
      id: 'Small',
      name: 'Petit',
      basedOn: 'Normal',
      next: 'Normal',
      run: run(size.small),
      paragraph: {},
    },
  ];
  return {
    default: {
      document: {
        run: { ...run(size.normal), language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: run(size.title, { bold: true, color: ACCENT }),
        paragraph: { spacing: { after: 240 } },
      },
      heading1: {
        run: run(size.h1, { bold: true, color: ACCENT }),
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: run(size.h2, { bold: true, color: ACCENT }),
        paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: run(size.h3, { bold: true }),
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles,
  };
}

function runs(items: Run[], halfPoints?: number): ParagraphChild[] {
  return items.map(
    (r) =>
      new TextRun({
        text: r.text,
        ...(halfPoints ? { size: halfPoints } : {}),
        bold: r.bold ?? false,
        italics: r.italic ?? false,
        ...(r.muted ? { color: MUTED } : {}),
        ...(r.breakBefore ? { break: 1 } : {}),
      }),
  );
}

const alignment = (align: 'left' | 'center' | 'right' | undefined) =>
  align === 'center'
    ? AlignmentType.CENTER
    : align === 'right'
      ? AlignmentType.RIGHT
      : AlignmentType.LEFT;

function renderBlock(
  block: Block,
  images: Map<string, ImageData>,
  textWidthMm: number,
): (Paragraph | Table | TableOfContents)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading:
            block.level === 1
              ? HeadingLevel.HEADING_1
              : block.level === 2
                ? HeadingLevel.HEADING_2
                : HeadingLevel.HEADING_3,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph': {
      const style = { lead: 'Lead', caption: 'Caption', small: 'Small', normal: undefined }[
        block.style ?? 'normal'
      ];
      return [
        new Paragraph({
          ...(style ? { style } : {}),
          alignment: alignment(block.align),
          children: runs(block.runs),
        }),
      ];
    }
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
      );
    case 'table':
      return [table(block)];
    case 'image': {
      const image = images.get(block.mediaId);
      const widthMm = Math.min(block.widthMm, textWidthMm);
      const heightMm = (block.heightMm * widthMm) / block.widthMm;
      if (!image)
        return [new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] })];
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: image.type,
              data: image.data,
              transformation: { width: mmToPx(widthMm), height: mmToPx(heightMm) },
              altText: {
                name: block.caption || 'photo',
                description: block.caption,
                title: block.caption,
              },
            }),
          ],
        }),
        new Paragraph({
          style: 'Caption',
          alignment: AlignmentType.CENTER,
          children: [new TextRun(block.caption)],
        }),
      ];
    }
    case 'toc':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.title)] }),
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  const borders = {
    top: border,
    bottom: border,
    left: border,
    right: border,
    insideHorizontal: border,
    insideVertical: border,
  };
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (column) =>
        new TableCell({
          width: { size: column.widthPct, type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE },
          children: [
            new Paragraph({
              alignment: alignment(column.align),
              children: [new TextRun({ text: column.header, bold: true })],
            }),
          ],
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        ...(block.rowHeightMm
          ? {
              height: {
                value: convertMillimetersToTwip(block.rowHeightMm),
                rule: HeightRule.ATLEAST,
              },
            }
          : {}),
        children: block.columns.map((column, index) =>
          tableCell(row[index] ?? { runs: [] }, column.widthPct, column.align, block.isCompact),
        ),
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [headerRow, ...rows],
    ...(block.caption ? { caption: block.caption } : {}),
  });
}

function tableCell(
  cell: Cell,
  widthPct: number,
  columnAlign: 'left' | 'center' | 'right' | undefined,
  isCompact = false,
): TableCell {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    ...(cell.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE } } : {}),
    // A cell always holds a paragraph, even empty (Word asks to repair a cell without one).
    children: [
      new Paragraph({
        alignment: alignment(cell.align ?? columnAlign),
        ...(isCompact ? { spacing: { after: 0, line: 252 } } : {}),
        children: runs(cell.runs, isCompact ? size.small : undefined),
      }),
    ],
  });
}

async function loadImages(blocks: Block[], loadImage: LoadImage): Promise<Map<string, ImageData>> {
  const ids = blocks.flatMap((b) => (b.kind === 'image' ? [b.mediaId] : []));
  const loaded = await Promise.all(ids.map(async (id) => [id, await loadImage(id)] as const));
  return new Map(
    loaded.filter((entry): entry is readonly [string, ImageData] => entry[1] !== null),
  );
}

/** docx sizes images in pixels at 96 dpi. */
const mmToPx = (mm: number) => Math.round((mm / 25.4) * 96);
