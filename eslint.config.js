import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * Boundaries: the folder tree is the architecture, and these rules hold it. Each group names what a folder may
 * not import. (Flat config replaces a rule's options per file rather than merging them: each block lists all
 * the groups that apply to its files.)
 */
const teamsSdk = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai'],
  message: 'The Teams SDK stays in bot/src/teams/: the move to the next SDK must touch that folder alone.',
};
const teamsAdapter = {
  group: ['**/teams', '**/teams/*'],
  message:
    'bot/src/teams/ is the Teams SDK adapter: only service.ts wires it; cards, texts, commands live in bot/src/chat/.',
};
const httpLayer = {
  group: ['**/http', '**/http/*'],
  message:
    'bot/src/http/ is the HTTP edge: only service.ts wires it; what it holds that others need belongs elsewhere.',
};
const domainOutside = {
  group: [
    '**/store',
    '**/store/*',
    '**/chat',
    '**/chat/*',
    'express',
    '@azure/*',
    'node:fs',
    'node:fs/*',
    'node:http',
    'node:https',
    'node:net',
    'node:child_process',
  ],
  message: 'The domain is pure rules: no store, no chat presentation, no I/O (it is given what it needs).',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const contractValues = {
  group: ['@contract/*'],
  allowTypeImports: true,
  message:
    'The tab takes API answers as their contract types (apiRequest.ts): its API layer imports types alone, so that no zod schema comes onto the first screen with it.',
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.data', 'appPackage/build'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['tab/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // bot/src/chat/ among them: the cards, texts and commands the adapter carries, with no SDK under them.
    files: ['bot/src/**/*.ts'],
    ignores: ['bot/src/teams/**', 'bot/src/http/**', 'bot/src/service.ts'],
    rules: restrict(teamsSdk, httpLayer, teamsAdapter),
  },
  { files: ['bot/src/http/**/*.ts'], rules: restrict(teamsSdk, teamsAdapter) },
  { files: ['bot/src/service.ts'], rules: restrict(teamsSdk) },
  { files: ['bot/src/domain/**/*.ts'], rules: restrict(teamsSdk, httpLayer, teamsAdapter, domainOutside) },
  {
    files: ['tab/src/api/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [contractValues] }] },
  },
  {
    // Tests state what they expect to exist; a wrong guess fails the test anyway.
    files: ['tests/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
