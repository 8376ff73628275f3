import { config } from 'zod/v4/core';

// zod decides when each schema is made (as modules load) whether to compile its parser with `new Function`,
// probing for it once. The tab's CSP refuses eval and the browser reports every refused probe, caught or not:
// this must run before any schema exists. Parsing without it is as correct, and fast enough for API answers.
config({ jitless: true });
