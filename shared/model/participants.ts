import { z } from 'zod';
import { idSchema } from './ids';
import { instantSchema } from './time';

export const defaultRoles = [
  'État',
  'Collectivité',
  'Association',
  'Habitant',
  'Entreprise',
  'Autre',
];

export const attendanceSchema = z.enum(['unknown', 'present', 'absent', 'excused']);
export type Attendance = z.infer<typeof attendanceSchema>;

export const participantSchema = z.looseObject({
  id: idSchema,
  lastName: z.string().max(200),
  firstName: z.string().max(200).default(''),
  organisation: z.string().max(300).default(''),
  /** One of the session's roles (colleges): État, Collectivité, Association … */
  role: z.string().max(100).default(''),
  territory: z.string().max(200).default(''),
  email: z.string().max(320).default(''),
  tags: z.array(z.string().max(100)).max(50).default([]),
  notes: z.string().max(5000).default(''),
  attendance: attendanceSchema.default('unknown'),
  /** Came on the day without registering. */
  isWalkIn: z.boolean().default(false),
  createdAt: instantSchema,
});
export type Participant = z.infer<typeof participantSchema>;
