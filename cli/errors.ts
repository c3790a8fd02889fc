export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

/** A failure the user can act on; printed as it is, without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_REJECTED,
  ) {
    super(message);
    this.name = "CliError";
  }
}
