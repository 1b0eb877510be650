/**
 * Typed text in Word documents is text: with HTML-like and XML-breaking input in every free-text
 * field, each exportable document (every kind of `exportRequestSchema`, so documents added later
 * are covered) is well-formed XML with the text escaped, never markup.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportKind, ExportRequest } from '../../../shared/contract';
import { defaultMinutesOptions } from '../../../shared/documents/minutes/minutesOptions';
import { createTranslator } from '../../../shared/i18n/t';
import { sessionWithEveryText, withHostileText } from '../../../shared/testing/hostileText';
import { cycleView } from '../../../shared/cycles/cycleView';
import { sampleCycle } from '../../../shared/cycles/testing/sampleCycle';
import { cycleMinutesDocument } from '../../../shared/documents/cycleMinutes';
import { buildExport } from './buildExport';
import { writeDocx } from './docxWriter';

/** One request per kind of document: a new kind is a type error here until it is covered. */
const requests: { [K in ExportKind]: Extract<ExportRequest, { kind: K }> } = {
  agenda: { kind: 'agenda' },
  signatureSheet: { kind: 'signatureSheet' },
  minutes: { kind: 'minutes', options: defaultMinutesOptions },
  groups: { kind: 'groups', groupingId: 'g1' },
};
const kinds = Object.keys(requests) as ExportKind[];
const hostile = withHostileText(sessionWithEveryText());

describe('documents escape typed text', () => {
  it.each(kinds)('%s: the hostile text is escaped in the XML, no markup from it', async (kind) => {
    const built = await buildExport(hostile, requests[kind], {
      t: createTranslator('fr', { strict: true }),
      locale: 'fr',
      loadImage: async () => null,
    });
    const parts = unzipSync(built.bytes);
    const xml = Object.entries(parts)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, bytes]) => strFromU8(bytes));
    for (const part of xml) {
      expect(part).not.toContain('<img');
      expect(part).not.toContain('<script');
    }
    const document = strFromU8(parts['word/document.xml']!);
    expect(document).toContain('&lt;img src=x onerror=');
    expect(document).toContain('&lt;script&gt;window.__xss=2&lt;/script&gt;');
    // The title, as typed, is in the document (escaped once, not twice).
    expect(document).not.toContain('&amp;lt;');
  });

  it('cycle minutes: the hostile text is escaped in the XML, no markup from it', async () => {
    const cycle = sampleCycle({
      title: hostile.title,
      sessions: [{ date: '2025-02-04', sessionId: hostile.id }],
    });
    const sessions = new Map([[hostile.id, hostile]]);
    const model = cycleMinutesDocument(cycleView(cycle, sessions), sessions, {
      t: createTranslator('fr', { strict: true }),
      locale: 'fr',
    });
    const parts = unzipSync(await writeDocx(model));
    const document = strFromU8(parts['word/document.xml']!);
    expect(document).not.toContain('<img');
    expect(document).not.toContain('<script');
    expect(document).toContain('&lt;img src=x onerror=');
    expect(document).not.toContain('&amp;lt;');
  });
});
