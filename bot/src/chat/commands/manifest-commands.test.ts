import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatCommands } from './command-table';
import { matchCommand } from './match-command';

const appPackage = new URL('../../../../appPackage/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', appPackage), 'utf8')) as {
  bots: { commandLists: { commands: { title: string }[] }[] }[];
};
const french = JSON.parse(readFileSync(new URL('fr.json', appPackage), 'utf8')) as Record<string, string>;

const englishTitles = manifest.bots.flatMap((bot) =>
  bot.commandLists.flatMap((list) => list.commands.map((command) => command.title)),
);
const frenchTitles = Object.entries(french)
  .filter(([key]) => /^bots\[0\]\.commandLists\[0\]\.commands\[\d+\]\.title$/.test(key))
  .map(([, title]) => title);

// Teams offers these in the chat's command menu: picking one sends its title as a message.
describe('the command menu of the app manifest', () => {
  it.each(englishTitles)('English %j runs a chat command', (title) => {
    expect(matchCommand(chatCommands, title)).toBeDefined();
  });

  it.each(frenchTitles)('French %j runs a chat command', (title) => {
    expect(matchCommand(chatCommands, title)).toBeDefined();
  });

  it('lists the same commands in both languages', () => {
    const names = (titles: string[]) =>
      titles.map((title) => matchCommand(chatCommands, title)?.command.name);

    expect(frenchTitles).toHaveLength(englishTitles.length);
    expect(names(frenchTitles)).toEqual(names(englishTitles));
  });
});
