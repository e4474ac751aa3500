import pino, { type Logger } from 'pino';
import type { Config } from '../../config.ts';

/**
 * Paths that must never reach a log line: credentials, cookies, and personal data that bodies or
 * job payloads may carry. Pino replaces them with "[redacted]".
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.email',
  '*.phone',
  '*.name',
  '*.address',
  '*.dateOfBirth',
  '*.to',
];

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: { paths: REDACT, censor: '[redacted]' },
    // The client address is personal data: log a truncated form that still tells networks apart.
    serializers: {
      req: (req: { id: string; method: string; url: string; ip?: string; hostname?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
        ip: truncateIp(req.ip),
      }),
    },
  });
}

/** 203.0.113.42 → 203.0.113.0; 2001:db8:1:2::5 → 2001:db8:1::; the rest is dropped. */
export function truncateIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  if (ip.includes('.') && !ip.includes(':')) return ip.replace(/\.\d+$/, '.0');
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+)\.\d+$/.exec(ip);
  if (v4mapped) return `${v4mapped[1]}.0`;
  return `${ip.split(':').slice(0, 3).join(':')}::`;
}
