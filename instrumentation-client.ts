import { config } from "zod";

// Runs in the browser before the app hydrates (Next's instrumentation-client convention).
// zod 4 compiles object parsers with `new Function` when it may; to find out, it tries one,
// and the page's Content-Security-Policy (no 'unsafe-eval', proxy.ts) refuses and reports a
// violation each time. jitless skips the probe and the compiler; forms parse small objects,
// where the compiled path gains nothing. The server keeps the compiled parsers.
config({ jitless: true });
