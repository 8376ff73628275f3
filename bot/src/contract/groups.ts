import { z } from 'zod';
import { localizedSchema, localizedTextSchema } from './localized';
import { pageSchema, personSummarySchema } from './people';

export const groupKinds = ['pilot', 'site', 'team', 'brand'] as const;
export const groupKindSchema = z.enum(groupKinds);
export type GroupKind = z.infer<typeof groupKindSchema>;

/** POST /api/v1/studio/groups, and PUT /api/v1/studio/groups/:groupId to rename or change the kind. */
export const saveGroupSchema = z.object({ name: localizedTextSchema(100), kind: groupKindSchema }).strict();
export type SaveGroup = z.infer<typeof saveGroupSchema>;

export const studioGroupSchema = z.object({
  id: z.string(),
  name: localizedSchema,
  kind: groupKindSchema,
  memberCount: z.number().int(),
  /** The Entra ID group this group mirrors, once synchronised from it. */
  entraGroupId: z.string().optional(),
  entraSyncedAt: z.string().optional(),
});
export type StudioGroup = z.infer<typeof studioGroupSchema>;

/** GET /api/v1/studio/groups; `entraSync` says whether Microsoft Graph is configured. */
export const studioGroupListSchema = z.object({
  items: z.array(studioGroupSchema),
  entraSync: z.boolean(),
});
export type StudioGroupList = z.infer<typeof studioGroupListSchema>;

/** GET /api/v1/studio/groups/:groupId/members */
export const groupMembersListSchema = pageSchema(personSummarySchema);
export type GroupMembersList = z.infer<typeof groupMembersListSchema>;

/** POST /api/v1/studio/groups/:groupId/members: people picked by hand. */
export const addMembersSchema = z
  .object({ personIds: z.array(z.string().min(1).max(64)).min(1).max(100) })
  .strict();

export const membershipChangeSchema = z.object({ added: z.number().int(), alreadyMembers: z.number().int() });
export type MembershipChange = z.infer<typeof membershipChangeSchema>;

/** A CSV of at most this many characters and data rows (about 80 kB: a few thousand addresses). */
export const CSV_MAX_CHARACTERS = 80_000;
export const CSV_MAX_ROWS = 2_000;

/** POST /api/v1/studio/groups/:groupId/members/import: the file's text, as the tab read it. */
export const importMembersSchema = z.object({ csv: z.string().min(1).max(CSV_MAX_CHARACTERS) }).strict();

export const importReportSchema = membershipChangeSchema.extend({
  /** Rows naming a person an earlier row already named: harmless, imported once. */
  duplicateRows: z.array(z.number().int()),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/**
 * How a refused import names a cell in the problem's `errors`: `csv:<row>:<column>`, where rows are counted
 * as a spreadsheet shows them (the header is row 1) and the column is the header's name ("*" for the file).
 */
export function csvCellField(row: number, column: string): string {
  return `csv:${row}:${column}`;
}

export function parseCsvCellField(field: string): { row: number; column: string } | undefined {
  const match = /^csv:(\d+):(.+)$/.exec(field);
  return match ? { row: Number(match[1]), column: match[2] ?? '' } : undefined;
}

/** POST /api/v1/studio/groups/:groupId/entra-sync: mirror an Entra ID group (its id, once, then remembered). */
export const entraSyncSchema = z
  .object({ entraGroupId: z.guid('must be the Entra ID group’s object id (a GUID)').optional() })
  .strict();

export const entraSyncReportSchema = z.object({
  entraGroupId: z.string(),
  /** Users found in the Entra ID group (nested groups included). */
  members: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  /** Of those added, people the programme did not know yet: they now exist, not enrolled. */
  created: z.number().int(),
  syncedAt: z.string(),
});
export type EntraSyncReport = z.infer<typeof entraSyncReportSchema>;
