/**
 * `Prefer: wait=N` (RFC 7240 §4.3): how long the caller is willing to wait for the finished dossier.
 * Other preferences are ignored, as the RFC asks. Returns seconds, capped by the server's maximum.
 */
export function preferredWaitSeconds(header: string | undefined, max: number): number | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(/[,;]/)) {
    const match = /^\s*wait\s*=\s*"?(\d{1,6})"?\s*$/i.exec(part);
    if (match) return Math.min(Number(match[1]), max);
  }
  return undefined;
}
