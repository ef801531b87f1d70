import type { Command } from 'commander';
import { DEV_ISSUER, issueDevToken } from '../../gateway/auth/dev-issuer';
import { serveDevIdp } from '../../gateway/auth/dev-idp-server';
import { createLogger } from '../../runtime/logger';
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

export function registerIdpCommand(program: Command): void {
  program
    .command('idp')
    .description('run a development identity provider (JWKS + token endpoint) for distributed mode; never in production')
    .option('--port <port>', 'port to listen on', '9400')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (options: { port: string; host: string }) => {
      const config = loadConfig();
      if (config.mode === 'production') throw new CliError('the development identity provider does not run in production mode');
      if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65535) throw new CliError(`--port must be a port number (got ${options.port})`);
      const logger = createLogger({ level: config.logLevel, name: 'tongban-idp' });
      const served = await serveDevIdp({ dataDir: config.dataDir, port: Number(options.port), host: options.host, audience: config.auth.audience });
      logger.info(
        { port: served.port, issuer: DEV_ISSUER, jwks: `http://${options.host}:${served.port}/.well-known/jwks.json` },
        `development identity provider listening on http://${options.host}:${served.port}`,
      );
      const stop = (): void => void served.close().then(() => process.exit(0));
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
}
