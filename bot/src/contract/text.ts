/** Lower case without accents: "Électrique" and "electrique" match, in search and in guardrails alike. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
