/** Settings → À propos: the version, where data and the log are, the bundled libraries' licences. */
import { z } from 'zod';

export const licenseSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** The SPDX expression from the package's package.json, e.g. `MIT`. */
  license: z.string(),
  /** The package's LICENSE file, when it ships one. */
  text: z.string().nullable(),
});
export type License = z.infer<typeof licenseSchema>;

export const aboutSchema = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  /** e.g. `linux x64`. */
  system: z.string(),
  /** Electron, Chrome and Node versions of the running app. */
  runtime: z.string(),
  libraryPath: z.string(),
  configPath: z.string(),
  logFile: z.string().nullable(),
  /** Every package bundled into this build (renderer and Node side), found when it was built. */
  licenses: z.array(licenseSchema),
});
export type About = z.infer<typeof aboutSchema>;

export const aboutCalls = {
  'app.about': { input: z.object({}), output: aboutSchema },
  /** Electron: shows the library folder, or the log file in its folder, in the file manager. */
  'app.showFolder': {
    input: z.object({ which: z.enum(['library', 'log']) }),
    output: z.object({}),
  },
} as const;
