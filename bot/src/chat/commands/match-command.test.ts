import { describe, expect, it } from 'vitest';
import { chatCommands } from './command-table';
import { matchCommand } from './match-command';

const named = (text: string | undefined) => {
  const match = matchCommand(chatCommands, text);
  return match && { name: match.command.name, hint: match.hint };
};

describe('matchCommand', () => {
  it.each([
    ['help', 'help', 'en'],
    [' HELP ', 'help', 'en'],
    ['/help', 'help', 'en'],
    ['?', 'help', 'en'],
    ['aide', 'help', 'fr'],
    ['Aide\n', 'help', 'fr'],
    ['/aide', 'help', 'fr'],
    ['latest', 'latest', 'en'],
    ['Nouveautés', 'latest', 'fr'],
    ['nouveautes', 'latest', 'fr'],
    ['DERNIERS', 'latest', 'fr'],
    ['my stats', 'stats', 'en'],
    ['Mes  stats', 'stats', 'fr'],
    ['settings', 'preferences', 'en'],
    ['Réglages', 'preferences', 'fr'],
    ['arrêter', 'stop', 'fr'],
    ['ARRETER!', 'stop', 'fr'],
    ['resume', 'resume', 'en'],
    ['Reprendre.', 'resume', 'fr'],
  ])('%j asks for %s, hinting %s', (text, name, hint) => {
    expect(named(text)).toEqual({ name, hint });
  });

  it.each([
    ['preferences', 'preferences'],
    ['Préférences', 'preferences'],
    ['stop', 'stop'],
  ])('%j asks for %s in either language, so it hints none', (text, name) => {
    expect(named(text)).toEqual({ name, hint: undefined });
  });

  it.each([undefined, '', 'hello', 'help me', 'aide-moi', '??', 'frequency'])('%j is no command', (text) => {
    expect(named(text)).toBeUndefined();
  });
});

describe('a command that takes a subject', () => {
  it.each([
    ['Write me a post about the Douai plant!', 'en', 'the Douai plant'],
    ['écris-moi un post sur l’usine de Douai', 'fr', 'l’usine de Douai'],
    ['Ecris-moi un post sur   Journée portes ouvertes.', 'fr', 'Journée portes ouvertes'],
  ])('%j asks to write, about what follows its words', (text, hint, subject) => {
    const match = matchCommand(chatCommands, text);
    expect({ name: match?.command.name, hint: match?.hint, subject: match?.subject }).toEqual({
      name: 'write',
      hint,
      subject,
    });
  });

  it('is asked for without a subject too, and other commands take none', () => {
    expect(matchCommand(chatCommands, 'write me a post about')).toMatchObject({ command: { name: 'write' } });
    expect(matchCommand(chatCommands, 'write me a post about')?.subject).toBeUndefined();
    expect(matchCommand(chatCommands, 'latest news')).toBeUndefined();
  });
});
