import type { LearningLevel } from '@contract/learning';
import type { Locale } from '@contract/locale';
import type { Localized, TenantDocument } from '../documents';

export interface QuizQuestionDoc {
  id: string;
  question: Localized;
  options: { id: string; label: Localized }[];
  /** The one right option. */
  answerId: string;
}

export interface LearningModuleDoc {
  /** Unique in the tenant: a completion names the module alone. */
  id: string;
  title: Localized;
  /** Markdown. */
  body: Localized;
  /** A picture or a video of the media store. */
  mediaId?: string;
  link?: string;
  quiz: QuizQuestionDoc[];
}

/** A training path: its modules in order, for an audience; only published paths reach people. */
export interface LearningPathDoc extends TenantDocument {
  title: Localized;
  description: Localized;
  level: LearningLevel;
  audience: { groupIds: string[]; brandIds: string[]; languages: Locale[] };
  status: 'draft' | 'published';
  /** Given to every new ambassador when they join. */
  onboarding: boolean;
  modules: LearningModuleDoc[];
  createdBy: string;
  createdAt: string;
  updatedAt?: string;
  publishedAt?: string;
}

/** A quiz as last answered, right or wrong: question id → option id. */
export interface QuizAttempt {
  moduleId: string;
  at: string;
  answers: Record<string, string>;
  passed: boolean;
}

/** One person's way through one path; `id` is `${pathId}:${personId}`, so there is one by construction. */
export interface LearningProgressDoc extends TenantDocument {
  pathId: string;
  personId: string;
  completed: { moduleId: string; at: string }[];
  /** The latest attempt at each module's quiz. */
  attempts: QuizAttempt[];
  startedAt: string;
  updatedAt: string;
  completedAt?: string;
  /** When the bot said the person had stalled on an onboarding path: it says so once. */
  stallNudgedAt?: string;
}
