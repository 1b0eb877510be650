/** What a command may print; tests capture it. */
export type CommandIO = { stdout: (text: string) => void; stderr: (text: string) => void };
