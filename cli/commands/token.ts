import type { Command } from 'commander';
import { issueDevToken } from '../../gateway/auth/dev-issuer';
import { loadConfig } from '../../runtime/config';
import { CliError } from '../cli-error';

export function registerTokenCommand(program: Command): void {
  program
    .command('token <client-id>')
    .description('print a caller token from the embedded dev issuer (embedded development mode only)')
    .option('--ttl <seconds>', 'lifetime in seconds', '3600')
    .action(async (clientId: string, options: { ttl: string }) => {
      const config = loadConfig();
      if (config.mode === 'production' || config.auth.jwksUrl !== undefined || config.kafkaBrokers !== undefined) {
        throw new CliError('the dev issuer exists only in embedded development mode; get tokens from your identity provider');
      }
      if (!/^[a-z][a-z0-9-]{1,62}$/.test(clientId)) throw new CliError(`client id must look like a consumer id (e.g. demo-hall), got "${clientId}"`);
      if (!/^\d{1,6}$/.test(options.ttl) || Number(options.ttl) < 1) throw new CliError(`--ttl must be a number of seconds (got ${options.ttl})`);
      const token = await issueDevToken(config.dataDir, { clientId, audience: config.auth.audience, ttlSeconds: Number(options.ttl) });
      process.stdout.write(`${token}\n`);
    });
}
