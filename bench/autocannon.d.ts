/**
 * The part of autocannon 9's programmatic API the bench uses; the package ships no types and
 * @types/autocannon is not installed. Delete this file if that package is added.
 */
declare module 'autocannon' {
  /** hdr-histogram-percentiles-obj; latency in whole milliseconds, requests per second. */
  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  }

  export interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    /** Connection errors, timeouts included. */
    errors: number;
    timeouts: number;
    non2xx: number;
  }

  export interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds to wait for each response. */
    timeout?: number;
  }

  export interface Instance {
    /** Ends the run early; the callback still receives the results so far. */
    stop(): void;
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
