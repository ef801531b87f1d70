import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { RequestHandler } from 'express';
import { TongbanError } from '../../runtime/errors';

/**
 * The request body parsed as JSON, for a route that checked the media type first (routes/applications.ts).
 * It does what express.json did there, read straight off the request: that parser's content-type
 * parsing, charset lookup, decoder and stream plumbing were 0.18 ms of each case's path at 50 cases/s,
 * most of it code gone cold between cases (bench/README.md, thirteenth session).
 *
 * The same refusals as before: a body over `limitBytes` is 413, whether declared, read or decompressed;
 * a charset other than UTF-8, or a content coding other than identity, gzip, deflate or br, is 415;
 * a body that is cut off, or will not decompress, is 400; text that is not JSON, or whose top level is
 * not an object or an array, is 400. A byte order mark is skipped and an empty body is an empty object,
 * as before: the request's schema then names what is missing.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  return (req, _res, next) => {
    const charset = CHARSET.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      next(new TongbanError('TB_UNSUPPORTED_MEDIA_TYPE', 'the request body must be UTF-8 JSON'));
      return;
    }
    const coding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    const decode = DECODERS.get(coding);
    if (decode === undefined) {
      next(new TongbanError('TB_UNSUPPORTED_MEDIA_TYPE', `the request body's content coding must be identity, gzip, deflate or br, not "${coding.slice(0, 40)}"`));
      return;
    }
    if (Number(req.headers['content-length']) > limitBytes) {
      req.resume(); // what was sent is discarded; the refusal does not wait for it
      next(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const settle = (error: unknown): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error !== undefined) {
        req.resume();
        next(error);
        return;
      }
      try {
        req.body = parse(decode(Buffer.concat(chunks, length), limitBytes));
      } catch (failure) {
        next(failure);
        return;
      }
      next();
    };
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length > limitBytes) settle(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = (): void => settle(undefined);
    const onError = (): void => settle(unreadable());
    const onClose = (): void => settle(req.complete ? undefined : unreadable());
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  };
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

const tooLarge = (): TongbanError => new TongbanError('TB_BODY_TOO_LARGE', 'the request body is larger than the server accepts');
const unreadable = (): TongbanError => new TongbanError('TB_INVALID_REQUEST', 'the request body could not be read');

type Decoder = (body: Buffer, limit: number) => Buffer;

/** A zlib decoder that writes at most `limit` bytes: a small body that inflates past it is refused. */
function bounded(decode: (body: Buffer, options: { maxOutputLength: number }) => Buffer): Decoder {
  return (body, limit) => {
    try {
      return decode(body, { maxOutputLength: limit });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw new TongbanError('TB_INVALID_REQUEST', 'the request body could not be decompressed');
    }
  };
}

const gunzip = bounded(gunzipSync);

/** Content codings, each decoding at most `limit` bytes. */
const DECODERS = new Map<string, Decoder>([
  ['identity', (body) => body],
  ['gzip', gunzip],
  ['x-gzip', gunzip],
  ['deflate', bounded(inflateSync)],
  ['br', bounded(brotliDecompressSync)],
]);

// JSON's white space, then the first character, which must open an object or an array.
const FIRST = /^[\x20\x09\x0a\x0d]*(.)/s;

function parse(bytes: Buffer): unknown {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return {};
  const first = FIRST.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw malformed();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed();
  }
}

const malformed = (): TongbanError => new TongbanError('TB_MALFORMED_JSON', 'the request body is not valid JSON');
