import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { Node } from 'web-tree-sitter';

/**
 * A structural view of Bicep files, parsed offline with tree-sitter-bicep (the Bicep compiler is a .NET
 * tool that cannot run here). Enough to check what is declared, not what Azure would accept.
 */
export interface BicepFile {
  file: string;
  root: Node;
}

export interface ResourceDeclaration {
  symbol: string;
  type: string;
  apiVersion: string;
  existing: boolean;
  /** The resource's object, also for a `[for ...]` loop or an `if` condition. */
  body: Node | undefined;
  file: string;
}

export interface OutputDeclaration {
  name: string;
  value: Node;
  decorators: string[];
}

let parser: Promise<Parser> | undefined;

function bicepParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');
    const created = new Parser();
    created.setLanguage(await Language.load(wasm));
    return created;
  })();
  return parser;
}

export async function parseBicep(source: string, file = 'inline.bicep'): Promise<BicepFile> {
  const tree = (await bicepParser()).parse(source);
  if (!tree) throw new Error(`${file}: tree-sitter returned no tree`);
  const broken = firstError(tree.rootNode);
  if (broken) {
    const { row, column } = broken.startPosition;
    throw new Error(`${file}:${row + 1}:${column + 1}: syntax error near "${broken.text.slice(0, 40)}"`);
  }
  return { file, root: tree.rootNode };
}

export async function readBicep(file: string): Promise<BicepFile> {
  return parseBicep(await readFile(file, 'utf8'), file);
}

/** A template and every module it uses, transitively. */
export async function readTemplateWithModules(entry: string): Promise<BicepFile[]> {
  const files: BicepFile[] = [];
  const pending = [path.resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.some((known) => known.file === file)) continue;
    const parsed = await readBicep(file);
    files.push(parsed);
    for (const module of moduleDeclarations(parsed))
      pending.push(path.resolve(path.dirname(file), module.path));
  }
  return files;
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  if (!node.hasError) return undefined;
  for (const child of node.children) {
    const found = firstError(child);
    if (found) return found;
  }
  return undefined;
}

function declarations(file: BicepFile, type: string): Node[] {
  return file.root.namedChildren.filter((child) => child.type === type);
}

function nameOf(declaration: Node): string {
  return declaration.namedChildren.find((child) => child.type === 'identifier')!.text;
}

export function moduleDeclarations(file: BicepFile): { symbol: string; path: string }[] {
  return declarations(file, 'module_declaration').map((declaration) => ({
    symbol: nameOf(declaration),
    path: literal(declaration.namedChildren.find((child) => child.type === 'string')!) as string,
  }));
}

export function resourceDeclarations(file: BicepFile): ResourceDeclaration[] {
  return declarations(file, 'resource_declaration').map((declaration) => {
    const [type = '', apiVersion = ''] = (
      literal(declaration.namedChildren.find((child) => child.type === 'string')!) as string
    ).split('@');
    const value = declaration.namedChildren.at(-1);
    return {
      symbol: nameOf(declaration),
      type,
      apiVersion,
      existing: declaration.children.some((child) => child.type === 'existing'),
      body: value ? bodyOf(value) : undefined,
      file: file.file,
    };
  });
}

function bodyOf(value: Node): Node | undefined {
  if (value.type === 'object') return value;
  // `[for x in xs: {...}]` and `if (cond) {...}`: the object is the last named child, possibly nested.
  const last = value.namedChildren.at(-1);
  return last ? bodyOf(last) : undefined;
}

export function outputDeclarations(file: BicepFile): OutputDeclaration[] {
  return declarations(file, 'output_declaration').map((declaration) => {
    const previous = declaration.previousNamedSibling;
    const decorators =
      previous?.type === 'decorators'
        ? previous.namedChildren.map((decorator) => decorator.text.replace(/^@/, '').replace(/\(.*$/s, ''))
        : [];
    return { name: nameOf(declaration), value: declaration.namedChildren.at(-1)!, decorators };
  });
}

export function parameterNames(file: BicepFile): { name: string; hasDefault: boolean }[] {
  return declarations(file, 'parameter_declaration').map((declaration) => ({
    name: nameOf(declaration),
    // `param x string` has two named children; a default value adds a third.
    hasDefault: declaration.namedChildren.length > 2,
  }));
}

export function variableValue(file: BicepFile, name: string): Node | undefined {
  const declaration = declarations(file, 'variable_declaration').find(
    (candidate) => nameOf(candidate) === name,
  );
  return declaration?.namedChildren.at(-1);
}

/** The value at a dotted path inside an object literal, e.g. `properties.siteConfig.alwaysOn`. */
export function propertyAt(object: Node | undefined, dottedPath: string): Node | undefined {
  let current = object;
  for (const key of dottedPath.split('.')) {
    if (current?.type !== 'object') return undefined;
    current = objectEntries(current).find((entry) => entry.key === key)?.value;
  }
  return current;
}

export function objectEntries(object: Node): { key: string; value: Node }[] {
  return object.namedChildren
    .filter((child) => child.type === 'object_property')
    .map((property) => {
      const [keyNode, value] = property.namedChildren;
      const key = keyNode!.type === 'string' ? stringText(keyNode!) : keyNode!.text;
      return { key, value: value! };
    });
}

export class NotALiteral extends Error {}

/** The JSON value of a literal (object, array, string, number, boolean, null); throws on any expression. */
export function literal(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(objectEntries(node).map(({ key, value }) => [key, literal(value)]));
    case 'array':
      return node.namedChildren.filter((child) => child.type !== 'comment').map(literal);
    case 'string':
      return stringText(node);
    case 'number':
      return Number(node.text);
    case 'boolean':
      return node.text === 'true';
    case 'null':
      return null;
    default:
      throw new NotALiteral(`not a literal: ${node.text}`);
  }
}

/** A string's text, with each `${...}` interpolation replaced by `interpolated` when one is given. */
export function stringText(node: Node, interpolated?: string): string {
  return node.namedChildren
    .map((part) => {
      if (part.type === 'string_content') return part.text;
      if (part.type === 'escape_sequence') return unescape(part.text);
      if (part.type === 'interpolation' && interpolated !== undefined) return interpolated;
      throw new NotALiteral(`not a literal string: ${node.text}`);
    })
    .join('');
}

function unescape(sequence: string): string {
  const simple: Record<string, string> = {
    "\\'": "'",
    '\\\\': '\\',
    '\\n': '\n',
    '\\r': '\r',
    '\\t': '\t',
    '\\$': '$',
  };
  return simple[sequence] ?? sequence;
}
