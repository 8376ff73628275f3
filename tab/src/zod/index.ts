// What `zod` is in the tab's build (vite.config.ts): zod itself, configured first (see withoutEval.ts).
import './withoutEval';
export * from 'zod/v4';
