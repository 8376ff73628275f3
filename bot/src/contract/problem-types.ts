/**
 * Problem types the tab recognises and acts on; any other problem has `about:blank`. Apart from the problem's
 * schema (problem.ts): the tab's first screen reads them, and a module that builds schemas would bring zod onto it.
 */
export const problemTypes = {
  /** Joining or sharing needs the current major charter version accepted first. */
  charterAcceptanceRequired: '/problems/charter-acceptance-required',
  /** Only ambassadors share; an employee is led to the charter and joining. */
  notAnAmbassador: '/problems/not-an-ambassador',
} as const;
export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];
