export type BundledLicense = {
  name: string;
  version: string;
  license: string;
  text: string | null;
};
export function licensesOf(files: Iterable<string>): BundledLicense[];
export function writeLicenses(bundle: string, files: Iterable<string>): BundledLicense[];
