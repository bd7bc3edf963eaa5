import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads once per change of `deps`; with `poll`, loads again after `poll(data)` milliseconds (the view picks a
 * short interval while something moves and a long one when idle: polling with backoff, not a busy loop).
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  poll?: (data: T | undefined) => number | null,
): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const pollRef = useRef(poll);
  pollRef.current = poll;
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const run = async () => {
      try {
        const data = await loadRef.current();
        if (!alive) return;
        failures = 0;
        setState({ data, loading: false });
        const next = pollRef.current?.(data);
        if (next) timer = setTimeout(run, next);
      } catch (error) {
        if (!alive) return;
        failures += 1;
        setState((s) => ({ data: s.data, error: error as Error, loading: false }));
        // Back off on errors too: 1 s, 2 s, 4 s … up to 30 s, while polling.
        if (pollRef.current) timer = setTimeout(run, Math.min(30_000, 1000 * 2 ** (failures - 1)));
      }
    };
    setState((s) => ({ ...s, loading: true }));
    void run();
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** The hash route: `#/datasets/<id>` → ['datasets', '<id>']. */
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}
