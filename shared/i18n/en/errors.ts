import type { errors as fr } from '../fr/errors';
import type { Catalog } from '../types';

export const errors = {
  'errors.title': 'This session cannot be opened',
  'errors.input.invalid': 'The request is not valid. Nothing was changed.',
  'errors.call.unknown': 'This action does not exist in this version of Atelier.',
  'errors.internal': 'Something unexpected happened. Nothing was lost; try again.',
  'errors.library.notFound': 'The sessions folder cannot be found: {path}.',
  'errors.library.folderUnusable': 'This folder cannot be used for sessions: {path}.',
  'errors.library.trashNotFound': 'This session is no longer in the trash.',
  'errors.session.notFound': 'This session cannot be found. Was it moved or deleted?',
  'errors.session.notJson':
    'This session’s file is damaged (it is no longer a readable Atelier file). It was not changed.',
  'errors.session.truncated':
    'This session’s file is incomplete, probably cut by a sudden shutdown. It was not changed.',
  'errors.session.invalid': 'This session’s file holds inconsistent data. It was not changed.',
  'errors.session.newerSchema':
    'This session was saved by a newer version of Atelier. So that nothing is damaged, it can only be opened read-only.',
  'errors.session.locked':
    'This session is already open in another window or another Atelier ({owner}). Close it there, or open it here read-only.',
  'errors.session.readOnly': 'This session is open read-only.',
  'errors.session.notOpen': 'This session is no longer open. Reopen it from “My sessions”.',
  'errors.session.noBackup': 'No valid backup was found for this session.',
  'errors.session.writeFailed':
    'Cannot save to disk ({reason}). Your changes are kept in memory; free some space or check the folder.',
  'errors.template.notFound': 'This session template cannot be found.',
  'errors.platform.unsupported': 'This action is only available in the desktop app.',
  'errors.projector.blocked':
    'The browser blocked the tab of the room display. Allow pop-ups for Atelier, then try again.',
  'errors.import.tooLarge':
    'This file is too large for a registration list ({sizeMb} MB, {maxMb} MB at most). Nothing was imported.',
  'errors.import.empty': 'This file is empty. Nothing was imported.',
  'errors.import.notATable':
    'This file is not a readable registration table. Choose a CSV or Excel (.xlsx) file. Nothing was imported.',
  'errors.import.oldExcelFormat':
    'Excel 97-2003 workbooks (.xls) are not supported. Save it as .xlsx or CSV, then try again. Nothing was imported.',
  'errors.import.unreadableEncoding':
    'The text of this file cannot be read (unknown encoding). In Excel, save it as “CSV UTF-8”, then try again. Nothing was imported.',
  'errors.import.unclosedQuote':
    'A quote opened on row {line} is never closed: the rest of the file would be misread. Fix that row, then try again. Nothing was imported.',
  'errors.import.headerOnly':
    'This file holds only the header row, without any registrant. Nothing was imported.',
  'errors.import.fileUnreadable': 'The file “{path}” cannot be read ({reason}).',
  'errors.export.writeFailed':
    'Cannot write the document to {path} ({reason}). Choose another folder or free some space.',
  'errors.media.tooLarge':
    'This photo is too large ({sizeMb} MB, {maxMb} MB at most). Send a smaller version from the phone, or take a screenshot. Nothing was added.',
  'errors.media.notAnImage':
    '“{file}” is not a photo. Choose a JPEG, PNG or HEIC image. Nothing was added.',
  'errors.media.heicUnsupported':
    'The photo “{file}” is in HEIC format (iPhone), which this computer cannot display. On the iPhone, share it as JPEG (“Most Compatible” in Settings › Camera › Formats), then try again. Nothing was added.',
  'errors.media.undecodable':
    'The photo “{file}” cannot be read (damaged or incomplete file). Nothing was added.',
  'errors.media.notFound': 'The file of this photo is missing from the session’s “media” folder.',
  'errors.media.writeFailed':
    'The photo could not be saved in the session’s folder ({reason}). Free some space or check the folder, then try again.',
  'errors.logo.notAnImage':
    'This file is not a PNG or JPEG image. Save the logo in one of these formats. The logo has not changed.',
  'errors.logo.tooLarge':
    'This logo is too large ({sizeMb} MB, {maxMb} MB at most). An image 1,000 pixels wide is enough. The logo has not changed.',
  'errors.method.notFound': 'This method cannot be found in the library.',
  'errors.method.builtin':
    'The methods that come with Atelier cannot be changed. Save a personal method from your agenda instead.',
  'errors.method.damaged':
    'The file of this method, in the library’s “.methods” folder, cannot be read: it is left as it is. Save the method under another name.',
  'errors.method.writeFailed':
    'The method could not be saved in the library ({reason}). Check the folder, then try again.',
  'errors.action.restoreBackup': 'Restore the backup of {when}',
  'errors.action.openReadOnly': 'Open read-only',
  'errors.action.backToLibrary': 'Back to my sessions',
  'errors.action.retry': 'Try again',
  'errors.damagedKept': 'The damaged file is kept beside the session as {file}.',
} satisfies Catalog<typeof fr>;
