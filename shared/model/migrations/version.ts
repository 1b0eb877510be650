/** The schema version this build writes. A file with a greater one is from the future: read-only. */
export const CURRENT_SCHEMA_VERSION = 1;
