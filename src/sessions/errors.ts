/**
 * The one error type of the sessions layer: a path that holds no session, a file that cannot be
 * read, a plain turns file with a bad row. One line, no text from a log; the CLI prints it and
 * exits 2.
 */
export class SessionsError extends Error {
  /** Fixable by the user: the CLI prints the message without a stack trace. */
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "SessionsError";
  }
}
