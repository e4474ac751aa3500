import type { Actor } from '../context.ts';

/** The actor of a request nobody has signed in to. Sign-in (accounts, staff) resolves others. */
export function anonymous(): Actor {
  return { kind: 'anonymous' };
}
