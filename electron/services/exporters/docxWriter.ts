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
  LineRuleType,
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
import { strFromU8, strToU8 } from 'fflate';
import { imageSize } from 'image-size';
import type { Block, Cell, DocumentModel, Run } from '../../../shared/documents/documentModel';
import { zipParts } from '../fs/zipWrite';

export type ImageData = { data: Uint8Array; type: 'jpg' | 'png' };
export type LoadImage = (mediaId: string) => Promise<ImageData | null>;

/** Pictures the writer asks for besides session photos; each is left out when absent. */
export type DocxGraphics = {
  /** A PNG of the keyword cloud, drawn at `widthMm` × `heightMm`. */
  renderWordCloud?: (
    words: { text: string; weight: number }[],
    widthMm: number,
    heightMm: number,
  ) => Promise<Uint8Array>;
  /** The organiser's logo from the settings. */
  loadLogo?: () => Promise<ImageData | null>;
};

type Loaded = { image: ImageData; widthPx: number; heightPx: number; token: Uint8Array };
type Resolved = {
  images: Map<string, Loaded>;
  clouds: Map<Block, Loaded>;
  logo: Loaded | null;
  pictures: Pictures;
};

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
  graphics: DocxGraphics = {},
): Promise<Buffer> {
  const resolved = await resolveGraphics(model.blocks, loadImage, graphics);
  const portrait = model.orientation === 'portrait';
  const body = model.blocks.flatMap((block) => renderBlock(block, resolved, portrait ? 160 : 247));
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
  return pack(document, resolved.pictures);
}

type Compiler = {
  compile(file: Document, prettify: undefined, overrides: []): Map<string, string | Uint8Array>;
};

/**
 * The package zipped with pictures stored, not deflated: docx deflates every part, and a 3 MB
 * JPEG, which does not compress, costs it about 0.4 s for nothing (20 photos: 8 s). docx's own
 * compiler writes the parts (docx is pinned; the tests open what comes out); the pictures'
 * stand-ins are replaced by their bytes here, and `zipParts` zips with Node's native CRC and deflate.
 */
async function pack(document: Document, pictures: Pictures): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function')
    throw new Error(
      'docx: the compiler this writer packs with is gone; see pack() in docxWriter.ts',
    );
  const parts = compiler.compile(document, undefined, []);
  return zipParts(
    [...parts].map(([name, data]) => ({
      name,
      data:
        pictures.resolve(data) ??
        (typeof data === 'string'
          ? strToU8(data)
          : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
      store: /\.(jpe?g|png)$/i.test(name),
    })),
  );
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
      id: 'TocTitle',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: run(size.h1, { bold: true, color: ACCENT }),
      paragraph: { spacing: { before: 360, after: 240 } },
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
        // `auto`: 1.15 lines; without the rule LibreOffice reads an exact height and clips pictures.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: run(size.title, { bold: true, color: ACCENT }),
        paragraph: { spacing: { before: 120, after: 480, line: 252, lineRule: LineRuleType.AUTO } },
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
        // Only what differs from the paragraph's style: a large document has tens of thousands of runs.
        ...(r.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(halfPoints ? { size: halfPoints } : {}),
        ...(r.muted ? { color: MUTED } : {}),
        ...(r.breakBefore ? { break: 1 } : {}),
      }),
  );
}

/** Left is Word's default: said only when it is not. */
const aligned = (align: 'left' | 'center' | 'right' | undefined) =>
  align && align !== 'left' ? { alignment: alignment(align) } : {};

const alignment = (align: 'left' | 'center' | 'right' | undefined) =>
  align === 'center'
    ? AlignmentType.CENTER
    : align === 'right'
      ? AlignmentType.RIGHT
      : AlignmentType.LEFT;

function renderBlock(
  block: Block,
  resolved: Resolved,
  textWidthMm: number,
): (Paragraph | Table | TableOfContents)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] })];
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
      const loaded = resolved.images.get(block.mediaId);
      if (!loaded)
        return [new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] })];
      return picture(loaded, {
        maxWidthMm: Math.min(block.widthMm, textWidthMm),
        maxHeightMm: block.heightMm,
        rotation: block.rotation ?? 0,
        caption: block.caption,
      });
    }
    case 'wordCloud': {
      const cloud = resolved.clouds.get(block);
      if (!cloud)
        return [new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] })];
      const widthMm = Math.min(block.widthMm, textWidthMm);
      return picture(cloud, {
        maxWidthMm: widthMm,
        maxHeightMm: block.heightMm,
        rotation: 0,
        caption: block.caption,
      });
    }
    case 'logo': {
      if (!resolved.logo) return [];
      const [paragraph] = picture(resolved.logo, {
        maxWidthMm: block.maxWidthMm,
        maxHeightMm: block.maxHeightMm,
        rotation: 0,
        caption: '',
        align: 'left',
      });
      return paragraph ? [paragraph] : [];
    }
    case 'toc':
      return [
        // Not a heading, so that the table of contents does not list itself.
        new Paragraph({ style: 'TocTitle', children: [new TextRun(block.title)] }),
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
  const textSize = block.compact ? { size: size.small } : {};
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
              // A header may hold lines: « Séance 1 », then its date under it.
              children: column.header.split('\n').map(
                (line, i) =>
                  new TextRun({
                    text: line,
                    bold: true,
                    break: i > 0 ? 1 : undefined,
                    ...textSize,
                  }),
              ),
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
          tableCell(row[index] ?? { runs: [] }, column.widthPct, column.align, block.compact),
        ),
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [headerRow, ...rows],
    ...(block.caption ? { caption: block.caption } : {}),
    ...(block.compact
      ? {
          margins: {
            left: convertMillimetersToTwip(1.2),
            right: convertMillimetersToTwip(1.2),
          },
        }
      : {}),
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
        ...aligned(cell.align ?? columnAlign),
        ...(isCompact ? { spacing: { after: 0, line: 252 } } : {}),
        children: runs(cell.runs, isCompact ? size.small : undefined),
      }),
    ],
  });
}

/**
 * A picture fitted into its frame keeping the file's proportions, centred, with its caption.
 * A quarter-turned picture is drawn turned by Word (its box stays the file's shape), so the
 * paragraph gets the room the turned picture takes above and below.
 */
function picture(
  loaded: Loaded,
  frame: {
    maxWidthMm: number;
    maxHeightMm: number;
    rotation: 0 | 90 | 180 | 270;
    caption: string;
    align?: 'left' | 'center';
  },
): Paragraph[] {
  const turned = frame.rotation === 90 || frame.rotation === 270;
  // The size shown on the page, once turned.
  const [shownW, shownH] = turned
    ? [loaded.heightPx, loaded.widthPx]
    : [loaded.widthPx, loaded.heightPx];
  const scale = Math.min(frame.maxWidthMm / shownW, frame.maxHeightMm / shownH);
  const widthMm = shownW * scale;
  const heightMm = shownH * scale;
  // The picture's own box, before Word turns it.
  const [boxW, boxH] = turned ? [heightMm, widthMm] : [widthMm, heightMm];
  const extraMm = turned ? Math.max(0, (heightMm - boxH) / 2) : 0;
  const paragraphs = [
    new Paragraph({
      alignment: frame.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
      keepNext: frame.caption !== '',
      spacing: {
        before: convertMillimetersToTwip(extraMm + 2),
        after: convertMillimetersToTwip(extraMm + 1),
      },
      children: [
        new ImageRun({
          type: loaded.image.type,
          // A stand-in the packer swaps for the picture's bytes (see `pack`).
          data: loaded.token,
          transformation: {
            width: mmToPx(boxW),
            height: mmToPx(boxH),
            ...(frame.rotation ? { rotation: frame.rotation } : {}),
          },
          altText: {
            name: frame.caption || 'image',
            description: frame.caption,
            title: frame.caption,
          },
        }),
      ],
    }),
  ];
  if (frame.caption)
    paragraphs.push(
      new Paragraph({
        style: 'Caption',
        alignment: AlignmentType.CENTER,
        children: [new TextRun(frame.caption)],
      }),
    );
  return paragraphs;
}

/** Loads every picture the blocks need before the document is built (docx is synchronous). */
async function resolveGraphics(
  blocks: Block[],
  loadImage: LoadImage,
  graphics: DocxGraphics,
): Promise<Resolved> {
  const ids = [...new Set(blocks.flatMap((b) => (b.kind === 'image' ? [b.mediaId] : [])))];
  const pictures = new Pictures();
  const clouds = new Map<Block, Loaded>();
  const render = graphics.renderWordCloud;
  const [images, logo] = await Promise.all([
    Promise.all(ids.map(async (id) => [id, measured(await loadImage(id), pictures)] as const)),
    graphics.loadLogo ? graphics.loadLogo().then((logo) => measured(logo, pictures)) : null,
    ...blocks.map(async (b) => {
      if (b.kind !== 'wordCloud' || !render) return;
      // Without its picture the cloud keeps its caption; the frequency table has the words.
      const png = await render(b.words, b.widthMm, b.heightMm).catch(() => null);
      const cloud = png ? measured({ data: png, type: 'png' }, pictures) : null;
      if (cloud) clouds.set(b, cloud);
    }),
  ]);
  return {
    images: new Map(images.filter((e): e is readonly [string, Loaded] => e[1] !== null)),
    clouds,
    logo,
    pictures,
  };
}

/** The file's own pixel size; an image whose size cannot be read is left out, with its caption. */
function measured(image: ImageData | null, pictures: Pictures): Loaded | null {
  if (!image) return null;
  try {
    const { width, height } = imageSize(image.data);
    if (!(width > 0 && height > 0)) return null;
    return { image, widthPx: width, heightPx: height, token: pictures.add(image.data) };
  } catch {
    return null;
  }
}

/**
 * Pictures by stand-in. docx names each picture by a SHA-1 of its bytes, computed in
 * JavaScript: 1 s for 20 photos of 3 MB. It gets a short unique token instead, and the
 * packer puts the real bytes in its place.
 */
class Pictures {
  private readonly byToken = new Map<string, Uint8Array>();

  add(data: Uint8Array): Uint8Array {
    const token = `atelier-picture-${this.byToken.size}-${Math.random().toString(36).slice(2)}`;
    this.byToken.set(token, data);
    return strToU8(token);
  }

  /** The picture a part of the package stands for, if it is one of ours. */
  resolve(data: string | Uint8Array): Uint8Array | undefined {
    if (typeof data === 'string' || data.length > 64) return undefined;
    return this.byToken.get(strFromU8(data));
  }
}

/** docx sizes images in pixels at 96 dpi. */
const mmToPx = (mm: number) => Math.round((mm / 25.4) * 96);
