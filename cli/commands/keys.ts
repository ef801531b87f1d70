import path from 'node:path';
import type { Command } from 'commander';
import { initKeys } from '../../crypto/keys';
import { CliError } from '../cli-error';
import { PRODUCERS } from '../compose/keys';

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('signing keys of the gateway, the departments and the consent service');
  keys
    .command('init')
    .description('write an ES256 key for each producer and the public jwks.json into a directory (existing keys are kept)')
    .requiredOption('--dir <dir>', 'directory to write (becomes TONGBAN_KEYS_DIR)')
    .option('--producers <list>', `comma-separated producers (default: ${PRODUCERS.join(',')})`)
    .action(async (options: { dir: string; producers?: string }) => {
      const producers = options.producers?.split(',').map((p) => p.trim()) ?? [...PRODUCERS];
      const unknown = producers.filter((p) => !(PRODUCERS as readonly string[]).includes(p));
      if (unknown.length > 0) throw new CliError(`unknown producer ${unknown.join(', ')}; known: ${PRODUCERS.join(', ')}`);
      const dir = path.resolve(options.dir);
      const { created, kept } = await initKeys(dir, producers);
      process.stdout.write(`keys in ${dir}: created ${created.length ? created.join(', ') : 'none'}; kept ${kept.length ? kept.join(', ') : 'none'}\n`);
    });
}
