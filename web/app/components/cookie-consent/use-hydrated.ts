import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true once the page's scripts
 * run: lets a form tell its action whether a script (which wants data) or
 * the browser itself (which wants a redirect) submitted it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
