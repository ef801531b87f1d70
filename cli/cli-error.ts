import { isTongbanError } from '../runtime/errors';

/** An error the CLI reports as one line and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Prints one line on stderr and exits: configuration and usage problems 2, runtime failures 3. */
export function reportAndExit(error: unknown): never {
  if (error instanceof CliError) {
    process.stderr.write(`tongban: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  if (isTongbanError(error)) {
    const usage = ['TB_CONFIG_INVALID', 'TB_CONTRACT_INVALID', 'TB_KEY_MISSING'].includes(error.code);
    process.stderr.write(`tongban: ${error.message}\n`);
    process.exit(usage ? 2 : 3);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tongban: ${message}\n`);
  process.exit(3);
}
