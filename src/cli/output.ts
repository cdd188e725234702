/** Where the CLI writes: results on stdout, progress and issues on stderr. */
export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
