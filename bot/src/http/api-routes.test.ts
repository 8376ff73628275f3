import { describe, expect, it } from 'vitest';
import { apiRoutes } from './api-routes';

/*
 * Who may call what, written here by hand rather than read from the table: a wrong entry in `api-routes.ts`
 * fails these checks. (tests/integration/route-authorization.test.ts checks the router enforces the table.)
 */

const routeNames = (routes: typeof apiRoutes) =>
  routes.map((route) => `${route.method.toUpperCase()} ${route.path}`);

describe('the API route table', () => {
  it('opens to every employee exactly their own data, the charter, the library, proposals, events, challenges, their training and the company summary', () => {
    expect(routeNames(apiRoutes.filter((route) => route.access === 'employee')).sort()).toEqual(
      [
        'GET /api/v1/me',
        'PATCH /api/v1/me',
        'DELETE /api/v1/me',
        'GET /api/v1/me/data',
        'GET /api/v1/me/impact',
        'GET /api/v1/me/connections',
        'POST /api/v1/me/connections/linkedin',
        'DELETE /api/v1/me/connections/linkedin',
        'GET /api/v1/me/scheduled-posts',
        'DELETE /api/v1/me/scheduled-posts/:postId',
        'GET /api/v1/me/enrolment',
        'POST /api/v1/me/enrolment',
        'PUT /api/v1/me/enrolment',
        'DELETE /api/v1/me/enrolment',
        'GET /api/v1/me/proposals',
        'GET /api/v1/me/points',
        'GET /api/v1/organisation',
        'GET /api/v1/charter',
        'POST /api/v1/charter/acceptances',
        'GET /api/v1/library',
        'GET /api/v1/library/:itemId',
        'POST /api/v1/library/:itemId/shares',
        'POST /api/v1/library/:itemId/suggestions',
        'POST /api/v1/media',
        'GET /api/v1/proposals/options',
        'POST /api/v1/proposals',
        'POST /api/v1/proposals/suggestions',
        'GET /api/v1/insights/summary',
        'GET /api/v1/challenges',
        'GET /api/v1/leaderboard',
        'GET /api/v1/events',
        'POST /api/v1/events/:eventId/registration',
        'DELETE /api/v1/events/:eventId/registration',
        'GET /api/v1/events/:eventId/calendar',
        'GET /api/v1/me/profile-coaching',
        'PUT /api/v1/me/profile-coaching',
        'GET /api/v1/learning/paths',
        'POST /api/v1/learning/modules/:moduleId/completion',
      ].sort(),
    );
  });

  it('keeps /admin to administrators alone', () => {
    const admin = apiRoutes.filter((route) => route.path.startsWith('/api/v1/admin/'));
    expect(admin.length).toBeGreaterThan(0);
    for (const route of admin) expect(route.access, route.path).toEqual(['Programme.Admin']);
  });

  it('keeps compliance and the audit log to reviewers and administrators, never managers', () => {
    const compliance = apiRoutes.filter((route) => /^\/api\/v1\/(compliance|audit)(\/|$)/.test(route.path));
    expect(compliance.length).toBeGreaterThan(0);
    for (const route of compliance)
      expect(route.access, route.path).toEqual(['Programme.Reviewer', 'Programme.Admin']);
  });

  it('keeps the studio to the programme team, and lets administrators into every restricted route', () => {
    for (const route of apiRoutes.filter((candidate) => candidate.path.startsWith('/api/v1/studio/')))
      expect(route.access, route.path).not.toBe('employee');
    for (const route of apiRoutes.filter((candidate) => candidate.access !== 'employee'))
      expect(route.access, route.path).toContain('Programme.Admin');
  });
});
