// autocannon ships no types; the little of its programmatic API the load worker uses.
declare module "autocannon" {
  type Histogram = { average: number; max: number; total?: number } & Record<string, number>;
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    requests?: { method?: string; path?: string }[];
  };
  export default function autocannon(options: Options): Promise<Result>;
}
