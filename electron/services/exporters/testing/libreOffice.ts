/**
 * Opening exported documents the way a user would: LibreOffice converts the .docx to PDF
 * (if it cannot open it, the test fails), pdftotext reads the text back, pdftoppm renders
 * pages as PNG under test-results/documents/ to be looked at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** CI installs LibreOffice and poppler (.ci/run): there, a missing tool is a failure, not a skip. */
export const canOpenDocuments = has('soffice') && has('pdftotext');
export const mustOpenDocuments = process.env.CI !== undefined;

/** Converts `docx` to a PDF written beside it, and returns the PDF's path. */
export function docxToPdf(docx: string): string {
  // A profile of its own, so a LibreOffice already open on the desktop does not swallow the job.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'atelier-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        path.dirname(docx),
        docx,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(path.dirname(docx), `${path.basename(docx, path.extname(docx))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx}`);
  return pdf;
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Renders the first pages to test-results/documents/<name>-<n>.png. */
export function renderPages(pdf: string, name: string, pages = 2): void {
  const dir = path.resolve('test-results', 'documents');
  mkdirSync(dir, { recursive: true });
  // Pages of an earlier, longer rendering would be mistaken for this one's.
  for (const file of readdirSync(dir))
    if (file.startsWith(`${name}-`)) rmSync(path.join(dir, file));
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    String(pages),
    pdf,
    path.join(dir, name),
  ]);
}
