/**
 * Just enough of teamsapp.yml to check its schema version and replay a lifecycle stage: which action each step
 * uses, which ${{VAR}} it reads (in the step and in the files it names) and which variables it writes. Not a
 * YAML parser: it reads the layout teamsapp.yml and teamsapp.local.yml are written in (two-space indentation,
 * one step per `  - uses:` line).
 */
export interface Step {
  uses: string;
  text: string;
  /** Variables written by `writeToEnvironmentFile`. */
  writes: string[];
  /** Files the step reads: manifestPath, parameters, template path, ignoreFile. */
  files: string[];
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** The YAML schema version a project file declares, and the one its `$schema` line (for editors) names. */
export function schemaVersions(yml: string): { declared?: string; named?: string } {
  const schemaLine =
    /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/(v[\d.]+)\/yaml\.schema\.json$/m;
  return { declared: /^version: (\S+)$/m.exec(yml)?.[1], named: schemaLine.exec(yml)?.[1] };
}

export function stages(yml: string): Record<string, Step[]> {
  const result: Record<string, Step[]> = {};
  let steps: Step[] | undefined;
  for (const line of yml.split('\n')) {
    const stage = /^([A-Za-z]+):\s*$/.exec(line);
    if (stage) {
      steps = result[stage[1]!] = [];
      continue;
    }
    if (/^\S/.test(line)) {
      steps = undefined;
      continue;
    }
    const uses = /^ {2}- uses: (\S+)/.exec(line);
    if (uses && steps) steps.push({ uses: uses[1]!, text: '', writes: [], files: [] });
    const step = steps?.at(-1);
    if (step) step.text += `${line}\n`;
  }
  for (const step of Object.values(result).flat()) {
    step.writes = writtenVariables(step.text);
    step.files = [
      ...step.text.matchAll(/^\s+-?\s*(?:manifestPath|parameters|path|ignoreFile): (\S+)\s*$/gm),
    ].map((match) => match[1]!);
  }
  return result;
}

function writtenVariables(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^\s+writeToEnvironmentFile:\s*$/.test(line));
  if (start < 0) return [];
  const indent = lines[start]!.search(/\S/);
  const written: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (line.search(/\S/) <= indent) break;
    const entry = /^\s+\w+: ([A-Z][A-Z0-9_]*)\s*$/.exec(line);
    if (entry) written.push(entry[1]!);
  }
  return written;
}
