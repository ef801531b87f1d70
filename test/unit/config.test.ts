import { loadConfig } from '../../runtime/config';
import { TongbanError } from '../../runtime/errors';

describe('configuration', () => {
  test('documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'development', port: 8080, kafkaBrokers: undefined, instanceId: 'embedded', maxWaitSeconds: 60 });
    expect(config.dataDir).toMatch(/data$/);
    expect(config.simulatorLatencyMs.police).toBeGreaterThan(0);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.auth)).toBe(true);
  });

  test('every bad variable is named in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', TONGBAN_KAFKA_BROKERS: 'no port', LOG_LEVEL: 'chatty' });
      throw new Error('expected a configuration error');
    } catch (error) {
      expect(error).toBeInstanceOf(TongbanError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('TONGBAN_KAFKA_BROKERS');
      expect(message).toContain('LOG_LEVEL');
    }
  });

  test('production refuses to start without an identity provider and keys', () => {
    expect(() => loadConfig({ TONGBAN_MODE: 'production' })).toThrow(/identity provider/);
    expect(() => loadConfig({ NODE_ENV: 'production', TONGBAN_AUTH_ISSUER: 'https://idp', TONGBAN_AUTH_JWKS_URL: 'https://idp/jwks' })).toThrow(/TONGBAN_KEYS_DIR/);
  });

  test('issuer and JWKS URL go together', () => {
    expect(() => loadConfig({ TONGBAN_AUTH_ISSUER: 'https://idp' })).toThrow(/set together/);
  });

  test('per-department simulator latency and native endpoints', () => {
    const config = loadConfig({ TONGBAN_SIMULATOR_LATENCY_MS: 'police=5,tax=7', TONGBAN_SOCIAL_SECURITY_ENDPOINT: 'http://127.0.0.1:9104' });
    expect(config.simulatorLatencyMs.police).toBe(5);
    expect(config.simulatorLatencyMs.tax).toBe(7);
    expect(config.nativeEndpoints['social-security']).toBe('http://127.0.0.1:9104');
    expect(loadConfig({ TONGBAN_SIMULATOR_LATENCY_MS: '0' }).simulatorLatencyMs.commerce).toBe(0);
    expect(() => loadConfig({ TONGBAN_SIMULATOR_LATENCY_MS: 'army=5' })).toThrow(/army/);
    expect(() => loadConfig({ TONGBAN_TAX_ENDPOINT: 'ftp://x' })).toThrow(/TONGBAN_TAX_ENDPOINT/);
  });

  test('the simulator thread is on unless turned off', () => {
    expect(loadConfig({}).simulatorThread).toBe(true);
    expect(loadConfig({ TONGBAN_SIMULATOR_THREAD: 'on' }).simulatorThread).toBe(true);
    expect(loadConfig({ TONGBAN_SIMULATOR_THREAD: 'off' }).simulatorThread).toBe(false);
    expect(() => loadConfig({ TONGBAN_SIMULATOR_THREAD: 'yes' })).toThrow(/TONGBAN_SIMULATOR_THREAD/);
  });

  test('signatures use nonces made ahead of time unless turned off', () => {
    expect(loadConfig({}).signingNonces).toBe(true);
    expect(loadConfig({ TONGBAN_SIGNING_NONCES: 'on' }).signingNonces).toBe(true);
    expect(loadConfig({ TONGBAN_SIGNING_NONCES: 'off' }).signingNonces).toBe(false);
    expect(() => loadConfig({ TONGBAN_SIGNING_NONCES: 'no' })).toThrow(/TONGBAN_SIGNING_NONCES/);
  });
});
