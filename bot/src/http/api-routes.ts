import type { AppRole } from '@contract/roles';
import type { ApiRoute } from './api-route';
import { acceptCharter, getCharter, listAcceptances } from './routes/charter';
import { changeEnrolment, getEnrolment, join, leave } from './routes/enrolment';
import { getLibraryItem, listLibrary } from './routes/library';
import { getMe, updateMe } from './routes/me';
import { eraseMe, exportMyData, getImpact } from './routes/my-data';
import { share } from './routes/shares';
import { connectLinkedIn, disconnectLinkedIn, getConnections } from './routes/connections';
import { suggestForItem, suggestForProposal } from './routes/writing-help';
import { cancelMyScheduledPost, listMyScheduledPosts } from './routes/scheduled-posts';
import { getOrganisation, setUpOrganisation } from './routes/organisation';
import { listPeople } from './routes/studio-people';
import { getContentPolicy, updateContentPolicy } from './routes/content-policy';
import { previewLink } from './routes/link-preview';
import { uploadMedia } from './routes/media';
import { myProposals, propose, proposalOptions } from './routes/proposals';
import { commentReview, decideReview, reviewQueue } from './routes/review';
import {
  exportInsights,
  getCampaignInsights,
  getCompanySummary,
  getInsightsDashboard,
  getInsightsSettings,
  getItemInsights,
  getRetention,
  updateInsightsSettings,
} from './routes/insights';
import {
  changeCampaignStatus,
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  updateCampaign,
} from './routes/studio-campaigns';
import {
  createContent,
  getContent,
  listContent,
  submitContent,
  updateContent,
  withdrawContent,
} from './routes/studio-content';
import { listAudit } from './routes/audit-log';
import {
  exportArchiveRoute,
  followUpSupervisedShare,
  getRetentionSettings,
  liftLegalHold,
  listSupervisedShares,
  placeLegalHold,
  updateRetentionSettings,
  verifyArchiveRoute,
} from './routes/compliance';
import { listCharterVersions, publishCharterVersion } from './routes/charter-versions';
import { syncFromEntra } from './routes/entra-sync';
import { addMembers, importMembers, listMembers, removeMember } from './routes/group-members';
import { createFeed, deleteFeed, listFeeds, pollFeedNow, updateFeed } from './routes/studio-feeds';
import { createGroup, deleteGroup, listGroups, updateGroup } from './routes/studio-groups';
import { cancelNudge, createNudge, getNudge, listNudges } from './routes/studio-nudges';
import {
  closePollEarly,
  createPoll,
  exportPollResults,
  getPoll,
  listPolls,
  sendDraftPoll,
} from './routes/studio-polls';
import { getLeaderboard, getMyPoints, myChallenges } from './routes/challenges';
import { getPointsRules, updatePointsRules } from './routes/points-rules';
import {
  changeChallengeStatus,
  createChallenge,
  deleteChallenge,
  getChallenge,
  listChallenges,
  updateChallenge,
} from './routes/studio-challenges';
import {
  cancelMyRegistration,
  eventCalendarFile,
  listMyEvents,
  registerForEventRoute,
} from './routes/events';
import {
  cancelEvent,
  createEvent,
  getEvent,
  listAttendees,
  listEvents,
  publishEvent,
  updateEvent,
} from './routes/studio-events';
import { getDiagnostic, getProgrammePlan, setManualStep, takeDiagnostic } from './routes/readiness';
import { getProfileCoaching, updateProfileCoaching } from './routes/profile-coaching';
import { markLeader, unmarkLeader } from './routes/studio-leaders';
import { getLeadersParticipation } from './routes/insights-leaders';
import { completeLearningModule, listMyLearningPaths } from './routes/learning';
import {
  changeLearningPathStatus,
  createLearningPath,
  exportLearningPathProgress,
  getLearningPathProgress,
  getStudioLearningPath,
  listStudioLearningPaths,
  updateLearningPath,
} from './routes/studio-learning';

const MANAGERS: readonly AppRole[] = ['Programme.Manager', 'Programme.Admin'];
const ADMINS: readonly AppRole[] = ['Programme.Admin'];
/** Reviewers decide on content, keep an eye on the audit log and supervise what ambassadors shared. */
const REVIEWERS: readonly AppRole[] = ['Programme.Reviewer', 'Programme.Admin'];
/** Everyone who works on content: managers write it, reviewers decide on it. */
const STUDIO: readonly AppRole[] = ['Programme.Manager', 'Programme.Reviewer', 'Programme.Admin'];

/**
 * Every signed-in API route and who may call it, in one table: the authorization test walks it
 * route by route and role by role.
 */
export const apiRoutes: ApiRoute[] = [
  { method: 'get', path: '/api/v1/me', access: 'employee', handler: getMe },
  { method: 'patch', path: '/api/v1/me', access: 'employee', handler: updateMe },
  { method: 'delete', path: '/api/v1/me', access: 'employee', handler: eraseMe },
  { method: 'get', path: '/api/v1/me/data', access: 'employee', handler: exportMyData },
  { method: 'get', path: '/api/v1/me/impact', access: 'employee', handler: getImpact },
  { method: 'get', path: '/api/v1/me/connections', access: 'employee', handler: getConnections },
  { method: 'post', path: '/api/v1/me/connections/linkedin', access: 'employee', handler: connectLinkedIn },
  {
    method: 'delete',
    path: '/api/v1/me/connections/linkedin',
    access: 'employee',
    handler: disconnectLinkedIn,
  },
  { method: 'get', path: '/api/v1/me/scheduled-posts', access: 'employee', handler: listMyScheduledPosts },
  {
    method: 'delete',
    path: '/api/v1/me/scheduled-posts/:postId',
    access: 'employee',
    handler: cancelMyScheduledPost,
  },
  { method: 'get', path: '/api/v1/me/enrolment', access: 'employee', handler: getEnrolment },
  { method: 'post', path: '/api/v1/me/enrolment', access: 'employee', handler: join },
  { method: 'put', path: '/api/v1/me/enrolment', access: 'employee', handler: changeEnrolment },
  { method: 'delete', path: '/api/v1/me/enrolment', access: 'employee', handler: leave },
  { method: 'get', path: '/api/v1/organisation', access: 'employee', handler: getOrganisation },
  { method: 'post', path: '/api/v1/organisation', access: ADMINS, handler: setUpOrganisation },
  { method: 'get', path: '/api/v1/charter', access: 'employee', handler: getCharter },
  { method: 'post', path: '/api/v1/charter/acceptances', access: 'employee', handler: acceptCharter },
  { method: 'get', path: '/api/v1/library', access: 'employee', handler: listLibrary },
  { method: 'get', path: '/api/v1/library/:itemId', access: 'employee', handler: getLibraryItem },
  { method: 'post', path: '/api/v1/library/:itemId/shares', access: 'employee', handler: share },
  {
    method: 'post',
    path: '/api/v1/library/:itemId/suggestions',
    access: 'employee',
    handler: suggestForItem,
  },
  { method: 'get', path: '/api/v1/studio/people', access: MANAGERS, handler: listPeople },
  { method: 'get', path: '/api/v1/admin/charter/acceptances', access: ADMINS, handler: listAcceptances },
  { method: 'get', path: '/api/v1/studio/groups', access: MANAGERS, handler: listGroups },
  { method: 'post', path: '/api/v1/studio/groups', access: MANAGERS, handler: createGroup },
  { method: 'put', path: '/api/v1/studio/groups/:groupId', access: MANAGERS, handler: updateGroup },
  { method: 'delete', path: '/api/v1/studio/groups/:groupId', access: MANAGERS, handler: deleteGroup },
  { method: 'get', path: '/api/v1/studio/groups/:groupId/members', access: MANAGERS, handler: listMembers },
  { method: 'post', path: '/api/v1/studio/groups/:groupId/members', access: MANAGERS, handler: addMembers },
  {
    method: 'delete',
    path: '/api/v1/studio/groups/:groupId/members/:personId',
    access: MANAGERS,
    handler: removeMember,
  },
  {
    method: 'post',
    path: '/api/v1/studio/groups/:groupId/members/import',
    access: MANAGERS,
    handler: importMembers,
  },
  {
    method: 'post',
    path: '/api/v1/studio/groups/:groupId/entra-sync',
    access: MANAGERS,
    handler: syncFromEntra,
  },
  { method: 'get', path: '/api/v1/studio/feeds', access: MANAGERS, handler: listFeeds },
  { method: 'post', path: '/api/v1/studio/feeds', access: MANAGERS, handler: createFeed },
  { method: 'put', path: '/api/v1/studio/feeds/:feedId', access: MANAGERS, handler: updateFeed },
  { method: 'delete', path: '/api/v1/studio/feeds/:feedId', access: MANAGERS, handler: deleteFeed },
  { method: 'post', path: '/api/v1/studio/feeds/:feedId/poll', access: MANAGERS, handler: pollFeedNow },
  { method: 'get', path: '/api/v1/audit', access: REVIEWERS, handler: listAudit },
  { method: 'get', path: '/api/v1/compliance/archive', access: REVIEWERS, handler: exportArchiveRoute },
  {
    method: 'get',
    path: '/api/v1/compliance/archive/verification',
    access: REVIEWERS,
    handler: verifyArchiveRoute,
  },
  { method: 'get', path: '/api/v1/compliance/shares', access: REVIEWERS, handler: listSupervisedShares },
  {
    method: 'post',
    path: '/api/v1/compliance/shares/:recordId/follow-ups',
    access: REVIEWERS,
    handler: followUpSupervisedShare,
  },
  { method: 'get', path: '/api/v1/admin/retention', access: ADMINS, handler: getRetentionSettings },
  { method: 'put', path: '/api/v1/admin/retention', access: ADMINS, handler: updateRetentionSettings },
  { method: 'post', path: '/api/v1/admin/legal-holds', access: ADMINS, handler: placeLegalHold },
  { method: 'delete', path: '/api/v1/admin/legal-holds/:holdId', access: ADMINS, handler: liftLegalHold },
  { method: 'get', path: '/api/v1/admin/charter-versions', access: ADMINS, handler: listCharterVersions },
  { method: 'post', path: '/api/v1/admin/charter-versions', access: ADMINS, handler: publishCharterVersion },
  { method: 'get', path: '/api/v1/studio/campaigns', access: MANAGERS, handler: listCampaigns },
  { method: 'post', path: '/api/v1/studio/campaigns', access: MANAGERS, handler: createCampaign },
  { method: 'get', path: '/api/v1/studio/campaigns/:campaignId', access: MANAGERS, handler: getCampaign },
  { method: 'put', path: '/api/v1/studio/campaigns/:campaignId', access: MANAGERS, handler: updateCampaign },
  {
    method: 'delete',
    path: '/api/v1/studio/campaigns/:campaignId',
    access: MANAGERS,
    handler: deleteCampaign,
  },
  {
    method: 'put',
    path: '/api/v1/studio/campaigns/:campaignId/status',
    access: MANAGERS,
    handler: changeCampaignStatus,
  },
  { method: 'get', path: '/api/v1/studio/content', access: MANAGERS, handler: listContent },
  { method: 'post', path: '/api/v1/studio/content', access: MANAGERS, handler: createContent },
  { method: 'get', path: '/api/v1/studio/content/:itemId', access: STUDIO, handler: getContent },
  { method: 'put', path: '/api/v1/studio/content/:itemId', access: MANAGERS, handler: updateContent },
  {
    method: 'post',
    path: '/api/v1/studio/content/:itemId/submission',
    access: MANAGERS,
    handler: submitContent,
  },
  {
    method: 'post',
    path: '/api/v1/studio/content/:itemId/withdrawal',
    access: STUDIO,
    handler: withdrawContent,
  },
  { method: 'post', path: '/api/v1/studio/link-preview', access: MANAGERS, handler: previewLink },
  { method: 'get', path: '/api/v1/studio/content-policy', access: STUDIO, handler: getContentPolicy },
  { method: 'get', path: '/api/v1/studio/review', access: REVIEWERS, handler: reviewQueue },
  {
    method: 'post',
    path: '/api/v1/studio/review/:itemId/decisions',
    access: REVIEWERS,
    handler: decideReview,
  },
  {
    method: 'post',
    path: '/api/v1/studio/review/:itemId/comments',
    access: REVIEWERS,
    handler: commentReview,
  },
  { method: 'put', path: '/api/v1/admin/content-policy', access: ADMINS, handler: updateContentPolicy },
  { method: 'post', path: '/api/v1/media', access: 'employee', handler: uploadMedia },
  { method: 'get', path: '/api/v1/proposals/options', access: 'employee', handler: proposalOptions },
  { method: 'post', path: '/api/v1/proposals', access: 'employee', handler: propose },
  {
    method: 'post',
    path: '/api/v1/proposals/suggestions',
    access: 'employee',
    handler: suggestForProposal,
  },
  { method: 'get', path: '/api/v1/me/proposals', access: 'employee', handler: myProposals },
  { method: 'get', path: '/api/v1/insights/dashboard', access: MANAGERS, handler: getInsightsDashboard },
  {
    method: 'get',
    path: '/api/v1/insights/campaigns/:campaignId',
    access: MANAGERS,
    handler: getCampaignInsights,
  },
  { method: 'get', path: '/api/v1/insights/items/:itemId', access: MANAGERS, handler: getItemInsights },
  { method: 'get', path: '/api/v1/insights/retention', access: MANAGERS, handler: getRetention },
  { method: 'get', path: '/api/v1/insights/export', access: MANAGERS, handler: exportInsights },
  { method: 'get', path: '/api/v1/insights/summary', access: 'employee', handler: getCompanySummary },
  { method: 'get', path: '/api/v1/insights/settings', access: MANAGERS, handler: getInsightsSettings },
  { method: 'put', path: '/api/v1/insights/settings', access: ADMINS, handler: updateInsightsSettings },
  { method: 'get', path: '/api/v1/studio/nudges', access: MANAGERS, handler: listNudges },
  { method: 'post', path: '/api/v1/studio/nudges', access: MANAGERS, handler: createNudge },
  { method: 'get', path: '/api/v1/studio/nudges/:nudgeId', access: MANAGERS, handler: getNudge },
  {
    method: 'post',
    path: '/api/v1/studio/nudges/:nudgeId/cancellation',
    access: MANAGERS,
    handler: cancelNudge,
  },
  { method: 'get', path: '/api/v1/studio/polls', access: MANAGERS, handler: listPolls },
  { method: 'post', path: '/api/v1/studio/polls', access: MANAGERS, handler: createPoll },
  { method: 'get', path: '/api/v1/studio/polls/:pollId', access: MANAGERS, handler: getPoll },
  { method: 'post', path: '/api/v1/studio/polls/:pollId/sending', access: MANAGERS, handler: sendDraftPoll },
  { method: 'post', path: '/api/v1/studio/polls/:pollId/closure', access: MANAGERS, handler: closePollEarly },
  {
    method: 'get',
    path: '/api/v1/studio/polls/:pollId/results.csv',
    access: MANAGERS,
    handler: exportPollResults,
  },
  { method: 'get', path: '/api/v1/challenges', access: 'employee', handler: myChallenges },
  { method: 'get', path: '/api/v1/leaderboard', access: 'employee', handler: getLeaderboard },
  { method: 'get', path: '/api/v1/me/points', access: 'employee', handler: getMyPoints },
  { method: 'get', path: '/api/v1/studio/challenges', access: MANAGERS, handler: listChallenges },
  { method: 'post', path: '/api/v1/studio/challenges', access: MANAGERS, handler: createChallenge },
  { method: 'get', path: '/api/v1/studio/challenges/:challengeId', access: MANAGERS, handler: getChallenge },
  {
    method: 'put',
    path: '/api/v1/studio/challenges/:challengeId',
    access: MANAGERS,
    handler: updateChallenge,
  },
  {
    method: 'delete',
    path: '/api/v1/studio/challenges/:challengeId',
    access: MANAGERS,
    handler: deleteChallenge,
  },
  {
    method: 'put',
    path: '/api/v1/studio/challenges/:challengeId/status',
    access: MANAGERS,
    handler: changeChallengeStatus,
  },
  { method: 'get', path: '/api/v1/studio/points-rules', access: MANAGERS, handler: getPointsRules },
  { method: 'put', path: '/api/v1/studio/points-rules', access: MANAGERS, handler: updatePointsRules },
  { method: 'get', path: '/api/v1/events', access: 'employee', handler: listMyEvents },
  {
    method: 'post',
    path: '/api/v1/events/:eventId/registration',
    access: 'employee',
    handler: registerForEventRoute,
  },
  {
    method: 'delete',
    path: '/api/v1/events/:eventId/registration',
    access: 'employee',
    handler: cancelMyRegistration,
  },
  { method: 'get', path: '/api/v1/events/:eventId/calendar', access: 'employee', handler: eventCalendarFile },
  { method: 'get', path: '/api/v1/studio/events', access: MANAGERS, handler: listEvents },
  { method: 'post', path: '/api/v1/studio/events', access: MANAGERS, handler: createEvent },
  { method: 'get', path: '/api/v1/studio/events/:eventId', access: MANAGERS, handler: getEvent },
  { method: 'put', path: '/api/v1/studio/events/:eventId', access: MANAGERS, handler: updateEvent },
  {
    method: 'post',
    path: '/api/v1/studio/events/:eventId/publication',
    access: MANAGERS,
    handler: publishEvent,
  },
  {
    method: 'post',
    path: '/api/v1/studio/events/:eventId/cancellation',
    access: MANAGERS,
    handler: cancelEvent,
  },
  {
    method: 'get',
    path: '/api/v1/studio/events/:eventId/attendees',
    access: MANAGERS,
    handler: listAttendees,
  },
  { method: 'get', path: '/api/v1/studio/diagnostic', access: MANAGERS, handler: getDiagnostic },
  { method: 'post', path: '/api/v1/studio/diagnostic', access: MANAGERS, handler: takeDiagnostic },
  { method: 'get', path: '/api/v1/studio/programme-plan', access: MANAGERS, handler: getProgrammePlan },
  {
    method: 'put',
    path: '/api/v1/studio/programme-plan/steps/:stepKey',
    access: MANAGERS,
    handler: setManualStep,
  },
  // Profile coaching: the person's own, and no one else's whatever their roles.
  { method: 'get', path: '/api/v1/me/profile-coaching', access: 'employee', handler: getProfileCoaching },
  { method: 'put', path: '/api/v1/me/profile-coaching', access: 'employee', handler: updateProfileCoaching },
  // Leaders who show the way.
  { method: 'put', path: '/api/v1/admin/people/:personId/leader', access: ADMINS, handler: markLeader },
  { method: 'delete', path: '/api/v1/admin/people/:personId/leader', access: ADMINS, handler: unmarkLeader },
  { method: 'get', path: '/api/v1/insights/leaders', access: MANAGERS, handler: getLeadersParticipation },
  // Training paths: each learner's own.
  { method: 'get', path: '/api/v1/learning/paths', access: 'employee', handler: listMyLearningPaths },
  {
    method: 'post',
    path: '/api/v1/learning/modules/:moduleId/completion',
    access: 'employee',
    handler: completeLearningModule,
  },
  // Training paths in the studio: composed, published and followed by managers.
  {
    method: 'get',
    path: '/api/v1/studio/learning/paths',
    access: MANAGERS,
    handler: listStudioLearningPaths,
  },
  { method: 'post', path: '/api/v1/studio/learning/paths', access: MANAGERS, handler: createLearningPath },
  {
    method: 'get',
    path: '/api/v1/studio/learning/paths/:pathId',
    access: MANAGERS,
    handler: getStudioLearningPath,
  },
  {
    method: 'put',
    path: '/api/v1/studio/learning/paths/:pathId',
    access: MANAGERS,
    handler: updateLearningPath,
  },
  {
    method: 'put',
    path: '/api/v1/studio/learning/paths/:pathId/status',
    access: MANAGERS,
    handler: changeLearningPathStatus,
  },
  {
    method: 'get',
    path: '/api/v1/studio/learning/paths/:pathId/progress',
    access: MANAGERS,
    handler: getLearningPathProgress,
  },
  {
    method: 'get',
    path: '/api/v1/studio/learning/paths/:pathId/progress.csv',
    access: MANAGERS,
    handler: exportLearningPathProgress,
  },
];
