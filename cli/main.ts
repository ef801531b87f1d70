#!/usr/bin/env node
// First: libuv reads the pool size once, when the pool is first used (runtime/thread-pool.ts).
import '../runtime/thread-pool';
import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit';
import { registerDeadLetterCommands } from './commands/dead-letters';
import { registerKafkaCommands } from './commands/kafka';
import { registerKeysCommands } from './commands/keys';
import { registerRunCommands } from './commands/run';
import { registerIdpCommand, registerTokenCommand } from './commands/token';
import { CliError, reportAndExit } from './cli-error';
import { VERSION } from './version';

/**
 * `tongban`: one binary for every role. Exit codes: 0 success, 1 a check failed (e.g. `audit verify`
 * found tampering), 2 bad usage or configuration, 3 a runtime failure.
 */
const program = new Command()
  .name('tongban')
  .description('Cross-department data exchange for government service centres: let the data run, not the citizens.')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerRunCommands(program);
registerKeysCommands(program);
registerKafkaCommands(program);
registerTokenCommand(program);
registerIdpCommand(program);
registerAuditCommands(program);
registerDeadLetterCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors were already printed by commander.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  reportAndExit(error instanceof CliError ? error : error);
});
