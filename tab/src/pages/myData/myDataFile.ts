/** The file "Download my data" saves: the API's JSON, indented so a person can read it. */
export const MY_DATA_FILE_NAME = 'ambassade-my-data.json';

export function myDataFile(data: unknown): { fileName: string; type: string; text: string } {
  return {
    fileName: MY_DATA_FILE_NAME,
    type: 'application/json',
    text: `${JSON.stringify(data, null, 2)}\n`,
  };
}

/** Erasing asks to type a word: spaces around it and letter case do not matter, accents do. */
export function confirmationMatches(typed: string, word: string, locale: string): boolean {
  return typed.trim().toLocaleUpperCase(locale) === word.toLocaleUpperCase(locale);
}
