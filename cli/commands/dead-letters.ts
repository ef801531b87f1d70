import type { Command } from 'commander';
import { createEventProducer } from '../../eventlog/event-producer';
import { listDeadLetters, replayDeadLetter } from '../../gateway/dead-letters';
import { systemClock } from '../../runtime/clock';
import { loadConfig } from '../../runtime/config';
import { createLogger, silentLogger } from '../../runtime/logger';
import { CliError } from '../cli-error';
import { loadKeys } from '../compose/keys';
import { openEventLog } from '../compose/open-event-log';

export function registerDeadLetterCommands(program: Command): void {
  const group = program.command('dead-letters').description('inspect and replay events that failed their schema or signature checks');
  group
    .command('list')
    .description('every dead letter, oldest first')
    .option('--json', 'one JSON document')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const log = await openEventLog(config, silentLogger());
      try {
        const letters = await listDeadLetters(log);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(letters, null, 2)}\n`);
          return;
        }
        if (letters.length === 0) process.stdout.write('no dead letters\n');
        for (const l of letters) {
          process.stdout.write(`${l.time}  ${l.eventId}  ${l.department.padEnd(15)} case ${l.applicationId}\n    ${l.reason}${l.errors.length ? `: ${l.errors.join('; ')}` : ''}\n`);
        }
      } finally {
        await log.close();
      }
    });
  group
    .command('replay <dead-letter-id>')
    .description('send the request behind a dead letter to its department again (after the cause is fixed)')
    .action(async (id: string) => {
      if (!/^[\w-]{1,100}$/.test(id)) throw new CliError(`not an event id: ${id}`);
      const config = loadConfig();
      const logger = createLogger({ level: 'warn' });
      const keys = await loadKeys(config, ['gateway'], logger);
      const log = await openEventLog(config, logger);
      try {
        // The operator's replays form a chain of their own, apart from the running gateway's.
        const producer = await createEventProducer({ log, key: keys.signingKey('gateway'), instance: `ops-${Date.now().toString(36)}`, clock: systemClock });
        const event = await replayDeadLetter({ log, producer, clock: systemClock }, id);
        process.stdout.write(`replayed as request event ${event.id} for case ${event.correlationid}\n`);
      } finally {
        await log.close();
      }
    });
}
