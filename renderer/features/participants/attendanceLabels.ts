import type { Attendance } from '../../../shared/model/participants';
import type { PlainMessageKey } from '../../../shared/i18n/t';

/** In the order the check-in offers them. */
export const attendances: readonly Attendance[] = ['present', 'absent', 'excused', 'unknown'];

export const attendanceLabel = {
  present: 'attendance.present',
  absent: 'attendance.absent',
  excused: 'attendance.excused',
  unknown: 'attendance.unknown',
} as const satisfies Record<Attendance, PlainMessageKey>;
