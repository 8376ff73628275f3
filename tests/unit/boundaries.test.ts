import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/* The boundaries of eslint.config.js, checked on planted files: a rule that stopped matching would pass lint. */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(`${source}\nexport const planted = 1;\n`, { filePath: file });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').length;
}

describe('the boundaries lint enforces', () => {
  it.each([
    ['bot/src/nudges/planted.ts', "import 'botbuilder';"],
    ['bot/src/jobs/planted.ts', "import '@microsoft/teams-ai';"],
    ['bot/src/jobs/planted.ts', "import '../http/api-error';"],
    ['bot/src/library/deep/planted.ts', "import '../../http/audit';"],
    ['bot/src/domain/planted.ts', "import '../store/repositories';"],
    ['bot/src/domain/planted.ts', "import 'node:fs/promises';"],
    ['bot/src/domain/planted.ts', "import '../teams/teams-bot';"],
    ['bot/src/domain/planted.ts', "import '../chat/messages';"],
    ['bot/src/chat/planted.ts', "import 'botbuilder';"],
    ['bot/src/chat/cards/planted.ts', "import '@microsoft/teams-ai';"],
    ['bot/src/chat/commands/planted.ts', "import '../../teams/reply';"],
    ['bot/src/chat/planted.ts', "import '../http/api-error';"],
    ['bot/src/nudges/planted.ts', "import '../teams/teams-sender';"],
    ['bot/src/http/planted.ts', "import '../teams/teams-bot';"],
  ])('refuses %s doing %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toBe(1);
  });

  it.each([
    ['bot/src/teams/planted.ts', "import 'botbuilder';"],
    ['bot/src/teams/planted.ts', "import '../chat/cards/adaptive-card';"],
    ['bot/src/chat/cards/planted.ts', "import '@microsoft/teams.cards';"],
    ['bot/src/service.ts', "import './http/app';"],
    ['bot/src/service.ts', "import './teams/teams-bot';"],
    ['bot/src/jobs/planted.ts', "import '../store/repositories';"],
  ])('lets %s do %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toBe(0);
  });
});
