import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../../config.ts';

/**
 * Paths that must never reach a log line: credentials, cookies, and personal data that bodies or
 * job payloads may carry. Pino replaces them with "[redacted]".
 */
const PERSONAL_FIELDS = ['password', 'currentPassword', 'newPassword', 'token', 'csrfToken', 'email', 'phone', 'name', 'address', 'birthDate', 'dateOfBirth', 'guardianEmail', 'to', 'accountHolder', 'accountNumber'];

const REDACT = [
  // Personal and secret fields at the top of a log object and up to two levels down.
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'req.headers["x-csrf-token"]',
];

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
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
  };
  return destination ? pino(options, destination) : pino(options);
}

/** 203.0.113.42 → 203.0.113.0; 2001:db8:1:2::5 → 2001:db8:1::; the rest (the host) is dropped. */
export function truncateIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  if (ip.includes('.') && !ip.includes(':')) return ip.replace(/\.\d+$/, '.0');
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+)\.\d+$/i.exec(ip);
  if (v4mapped) return `${v4mapped[1]}.0`;
  // Expand "::" so that the first three groups (the /48 network) are really the first three.
  const [head = '', tail] = ip.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::`;
}
