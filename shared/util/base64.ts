/** Characters of base64 text for `bytes` bytes: 4 for every 3. Files cross the contract in base64. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
