/**
 * Services return codes; words are made here, at the edge, with the ways out the user has.
 * Every error code has a message, so a new code breaks the build until it is explained.
 */
import type { MessageKey } from '../i18n/fr';
import type { Translate } from '../i18n/t';
import type { AppError, ErrorCode } from '../result';

export type WayOut = 'restoreBackup' | 'openReadOnly' | 'backToLibrary' | 'retry';

const messageKeys = {
  'input.invalid': 'errors.input.invalid',
  'call.unknown': 'errors.call.unknown',
  internal: 'errors.internal',
  'library.notFound': 'errors.library.notFound',
  'library.folderUnusable': 'errors.library.folderUnusable',
  'library.trashNotFound': 'errors.library.trashNotFound',
  'session.notFound': 'errors.session.notFound',
  'session.notJson': 'errors.session.notJson',
  'session.truncated': 'errors.session.truncated',
  'session.invalid': 'errors.session.invalid',
  'session.newerSchema': 'errors.session.newerSchema',
  'session.locked': 'errors.session.locked',
  'session.readOnly': 'errors.session.readOnly',
  'session.notOpen': 'errors.session.notOpen',
  'session.noBackup': 'errors.session.noBackup',
  'session.writeFailed': 'errors.session.writeFailed',
  'template.notFound': 'errors.template.notFound',
  'platform.unsupported': 'errors.platform.unsupported',
  'projector.blocked': 'errors.projector.blocked',
  'export.writeFailed': 'errors.export.writeFailed',
  'import.tooLarge': 'errors.import.tooLarge',
  'import.empty': 'errors.import.empty',
  'import.notATable': 'errors.import.notATable',
  'import.oldExcelFormat': 'errors.import.oldExcelFormat',
  'import.unreadableEncoding': 'errors.import.unreadableEncoding',
  'import.unclosedQuote': 'errors.import.unclosedQuote',
  'import.headerOnly': 'errors.import.headerOnly',
  'import.fileUnreadable': 'errors.import.fileUnreadable',
  'archive.tooLarge': 'errors.archive.tooLarge',
  'archive.notAnArchive': 'errors.archive.notAnArchive',
  'archive.unsafeEntry': 'errors.archive.unsafeEntry',
  'archive.tooManyEntries': 'errors.archive.tooManyEntries',
  'archive.tooBigUncompressed': 'errors.archive.tooBigUncompressed',
  'archive.damaged': 'errors.archive.damaged',
  'archive.missingSession': 'errors.archive.missingSession',
  'archive.invalidSession': 'errors.archive.invalidSession',
  'archive.newerSchema': 'errors.archive.newerSchema',
  'media.tooLarge': 'errors.media.tooLarge',
  'media.notAnImage': 'errors.media.notAnImage',
  'media.heicUnsupported': 'errors.media.heicUnsupported',
  'media.undecodable': 'errors.media.undecodable',
  'media.notFound': 'errors.media.notFound',
  'media.writeFailed': 'errors.media.writeFailed',
  'logo.notAnImage': 'errors.logo.notAnImage',
  'logo.tooLarge': 'errors.logo.tooLarge',
  'grouping.noPeople': 'errors.grouping.noPeople',
  'grouping.badSize': 'errors.grouping.badSize',
  'grouping.overCapacity': 'errors.grouping.overCapacity',
  'grouping.tooManyHosts': 'errors.grouping.tooManyHosts',
  'grouping.unknownPerson': 'errors.grouping.unknownPerson',
  'grouping.noSuchGroup': 'errors.grouping.noSuchGroup',
  'grouping.fixedApart': 'errors.grouping.fixedApart',
  'grouping.togetherAndApart': 'errors.grouping.togetherAndApart',
  'grouping.blockTooBig': 'errors.grouping.blockTooBig',
  'grouping.groupOverfull': 'errors.grouping.groupOverfull',
  'grouping.allLocked': 'errors.grouping.allLocked',
  'grouping.notFound': 'errors.grouping.notFound',
  'method.notFound': 'errors.method.notFound',
  'method.builtin': 'errors.method.builtin',
  'method.damaged': 'errors.method.damaged',
  'method.writeFailed': 'errors.method.writeFailed',
  'cycle.notFound': 'errors.cycle.notFound',
  'cycle.damaged': 'errors.cycle.damaged',
  'cycle.writeFailed': 'errors.cycle.writeFailed',
  'cycle.allPrepared': 'errors.cycle.allPrepared',
  'cycle.slotPrepared': 'errors.cycle.slotPrepared',
} as const satisfies Record<ErrorCode, MessageKey>;

export type ErrorPresentation = {
  messageKey: (typeof messageKeys)[ErrorCode];
  /** Values for the message's placeholders, taken from the error's details (numbers stay numbers, for `t` to write the French way). */
  params: Record<string, string | number>;
  wayOut: WayOut[];
};

/** The placeholders messages may use, and the detail each comes from. */
const placeholders = [
  'path',
  'owner',
  'reason',
  'entry',
  'count',
  'sizeMb',
  'maxMb',
  'line',
  'file',
  'name',
  'capacity',
  'groups',
  'group',
  'size',
  'round',
] as const;

/** What the user reads and can do about an error. */
export function presentError(error: AppError): ErrorPresentation {
  const details = error.details ?? {};
  const hasBackup = typeof details.backupId === 'string';
  const canReadOnly = details.readOnlyAvailable === true;
  const wayOut: WayOut[] = [];
  switch (error.code) {
    case 'session.notJson':
    case 'session.truncated':
    case 'session.invalid':
    case 'session.newerSchema':
    case 'session.locked':
      if (hasBackup && error.code !== 'session.locked') wayOut.push('restoreBackup');
      if (canReadOnly) wayOut.push('openReadOnly');
      wayOut.push('backToLibrary');
      break;
    case 'session.notFound':
    case 'session.notOpen':
    case 'session.noBackup':
      wayOut.push('backToLibrary');
      break;
    case 'internal':
    case 'session.writeFailed':
    case 'export.writeFailed':
    case 'media.writeFailed':
    case 'method.writeFailed':
    case 'cycle.writeFailed':
      wayOut.push('retry');
      break;
    default:
      break;
  }
  const params = Object.fromEntries(
    placeholders.map((name) => {
      const value = details[name];
      return [name, typeof value === 'number' ? value : String(value ?? '?')];
    }),
  );
  return { messageKey: messageKeys[error.code], params, wayOut };
}

/** The sentence that explains an error, in the language of `t`. */
export function errorText(t: Translate, error: AppError): string {
  const { messageKey, params } = presentError(error);
  // Keys come from a closed table and params cover every placeholder those messages use.
  return (t as (key: string, params: Record<string, string | number>) => string)(
    messageKey,
    params,
  );
}
