import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  buildDemoData,
} from '../../../bot/src/demo/demo-data';
import { devSignIn } from '../service-process';
import type { Caller } from './bent-requests';

// A token of the right shape whose signature nothing issued: `alg: none`, then a forged signature.
const FORGED_TOKEN = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4In0.';
const FORGED_SIGNED = 'eyJhbGciOiJSUzI1NiIsImtpZCI6Im5vbmUifQ.eyJ0aWQiOiJ4Iiwib2lkIjoieCJ9.c2lnbmF0dXJl';

/**
 * Everyone the fuzzer calls as: nobody, forgers, and one demo person per kind of access, signed in through the
 * dev sign-in page as a person would (so it works on any local run, `npm start` included).
 */
export async function signInCallers(url: string): Promise<Caller[]> {
  const { roleAssignments } = buildDemoData(new Date());
  const people = {
    employee: DEMO_EMPLOYEE_ID,
    ambassador: DEMO_AMBASSADOR_ID,
    manager: DEMO_MANAGER_ID,
    reviewer: DEMO_REVIEWER_ID,
    admin: DEMO_ADMIN_ID,
  };
  const signedIn = await Promise.all(
    Object.entries(people).map(async ([name, objectId]) => ({
      name,
      authorization: `Bearer ${await devSignIn(url, objectId)}`,
      roles: roleAssignments[objectId] ?? [],
    })),
  );
  return [
    { name: 'anonymous' },
    { name: 'forged-unsigned', authorization: `Bearer ${FORGED_TOKEN}` },
    { name: 'forged-signature', authorization: `Bearer ${FORGED_SIGNED}` },
    { name: 'not-bearer', authorization: 'Basic dXNlcjpwYXNz' },
    ...signedIn,
  ];
}
