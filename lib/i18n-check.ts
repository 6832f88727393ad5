/**
 * The locale-file checker behind `npm run i18n:check` (scripts/i18n-check.ts). messages/ru.json is the source;
 * every other language's file must have the same keys, non-empty texts, valid ICU messages with the source's
 * placeholders and tags, and the plural categories its language needs (from Intl.PluralRules, i.e. CLDR).
 * Problems come back as data (file, key, what is wrong, how to fix it); `formatReport` prints them.
 *
 * Parsers, not hand-written parsing:
 * - JSON: `jsonc-parser` (Microsoft's, VS Code's JSON parser) in strict mode. It keeps going after an error and
 *   gives offsets, so a malformed file is reported at its line and column, and its syntax tree keeps every key —
 *   JSON.parse would silently keep only the last of two duplicate keys.
 * - ICU: `@formatjs/icu-messageformat-parser`, the parser next-intl's own formatter (intl-messageformat) uses, so
 *   what it rejects is what would fail at run time.
 * Ready-made checkers were tried first; each missed some of these rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseIcu, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type Rule =
  | 'missing-file'
  | 'malformed-json'
  | 'duplicate-key'
  | 'not-text'
  | 'dot-in-key'
  | 'missing-key'
  | 'extra-key'
  | 'empty-string'
  | 'invalid-icu'
  | 'placeholder-mismatch'
  | 'tag-mismatch'
  | 'plural-category'
  | 'select-option'
  | 'unneeded-category'
  | 'unused-key';

/** Rules that only warn: the check still passes. */
const WARNINGS: ReadonlySet<Rule> = new Set<Rule>(['unneeded-category', 'unused-key']);

export type Problem = {
  rule: Rule;
  severity: 'error' | 'warning';
  /** The file as it should be shown (relative to the project). */
  file: string;
  /** Dotted key path, or a position for syntax errors. */
  key: string;
  line?: number;
  what: string;
  fix: string;
};

export type LocaleFile = {
  locale: string;
  /** As shown in the report, e.g. messages/az.json. */
  file: string;
  /** The file's text, or null when there is no such file. */
  text: string | null;
};

type Entry = { key: string; value: string; line: number };
type ParsedFile = { entries: Map<string, Entry>; problems: Problem[]; malformed: boolean };

const problem = (rule: Rule, file: string, key: string, what: string, fix: string, line?: number): Problem => ({
  rule,
  severity: WARNINGS.has(rule) ? 'warning' : 'error',
  file,
  key,
  line,
  what,
  fix,
});

/** 1-based line numbers from character offsets. */
function lineIndex(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const JSON_ERRORS: Record<string, string> = {
  CommaExpected: 'a comma is missing between two entries',
  PropertyNameExpected: 'a key in double quotes was expected (is there a comma before a closing brace?)',
  ValueExpected: 'a value was expected (a comma before a closing brace, or a key without text?)',
  ColonExpected: 'a colon is missing after a key',
  CloseBraceExpected: 'a closing brace } is missing',
  CloseBracketExpected: 'a closing bracket ] is missing',
  UnexpectedEndOfString: 'a text is not closed by a double quote',
  InvalidEscapeCharacter: 'a backslash escape that JSON does not know (write \\\\ for a backslash, \\" for a quote)',
  InvalidCharacter: 'a raw line break or tab inside a text (write \\n)',
  InvalidSymbol: 'characters JSON does not allow here (comments, single quotes and unquoted keys are not JSON)',
  EndOfFileExpected: 'text after the final closing brace',
  InvalidCommentToken: 'a comment: JSON has none',
  UnexpectedEndOfComment: 'a comment: JSON has none',
  InvalidUnicode: 'a broken \\u escape',
  InvalidNumberFormat: 'a malformed number',
  UnexpectedEndOfNumber: 'a malformed number',
};

/** Parses one messages file into flat key paths, reporting syntax errors, duplicate keys and non-text values. */
export function parseMessagesFile(file: string, text: string): ParsedFile {
  const at = lineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems: Problem[] = errors.map((e) => {
    const { line, column } = at(e.offset);
    const code = printParseErrorCode(e.error);
    return problem(
      'malformed-json',
      file,
      `line ${line}, column ${column}`,
      `malformed JSON: ${JSON_ERRORS[code] ?? code}`,
      'fix the syntax there (an editor with JSON support underlines it); the rest of this file is checked once it parses',
      line,
    );
  });
  const entries = new Map<string, Entry>();
  if (errors.length > 0) return { entries, problems, malformed: true };
  if (!root || root.type !== 'object') {
    problems.push(problem('malformed-json', file, 'line 1, column 1', 'malformed JSON: the file must be one object { ... }', 'wrap the keys in { }', 1));
    return { entries, problems, malformed: true };
  }

  const walk = (node: Node, prefix: string) => {
    const seen = new Map<string, number>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const name = String(keyNode.value);
      const key = prefix ? `${prefix}.${name}` : name;
      const line = at(keyNode.offset).line;
      const first = seen.get(name);
      if (first !== undefined) {
        problems.push(
          problem('duplicate-key', file, key, `duplicate key (lines ${first} and ${line})`, 'JSON keeps only the last one, silently: merge them into one key and delete the other', line),
        );
      } else {
        seen.set(name, line);
      }
      if (name.includes('.')) {
        problems.push(problem('dot-in-key', file, key, 'the key contains a dot', 'next-intl reads a dot as nesting: rename the key (e.g. camelCase) in every file and in the code', line));
      }
      if (valueNode.type === 'object') walk(valueNode, key);
      else if (valueNode.type === 'string') entries.set(key, { key, value: String(valueNode.value), line });
      else
        problems.push(
          problem('not-text', file, key, `the value is ${valueNode.type === 'array' ? 'a list' : `a ${valueNode.type}`}, not a text`, 'write it as text in double quotes, or as an object of keys', line),
        );
    }
  };
  walk(root, '');
  return { entries, problems, malformed: false };
}

/** What an ICU message asks of its caller and of translators. */
type IcuShape = {
  /** Argument names, e.g. count in {count, plural, ...} or name in {name}. */
  arguments: Set<string>;
  /** Rich-text tag names, e.g. b in <b>...</b>. */
  tags: Set<string>;
  plurals: { argument: string; type: Intl.PluralRuleType; options: string[] }[];
  selects: { argument: string; options: string[] }[];
};

function shapeOf(elements: MessageFormatElement[], shape: IcuShape = { arguments: new Set(), tags: new Set(), plurals: [], selects: [] }): IcuShape {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        shape.arguments.add(el.value);
        break;
      case TYPE.plural:
        shape.arguments.add(el.value);
        shape.plurals.push({ argument: el.value, type: el.pluralType ?? 'cardinal', options: Object.keys(el.options) });
        for (const option of Object.values(el.options)) shapeOf(option.value, shape);
        break;
      case TYPE.select:
        shape.arguments.add(el.value);
        shape.selects.push({ argument: el.value, options: Object.keys(el.options) });
        for (const option of Object.values(el.options)) shapeOf(option.value, shape);
        break;
      case TYPE.tag:
        shape.tags.add(el.value);
        shapeOf(el.children, shape);
        break;
      default:
        break;
    }
  }
  return shape;
}

const ICU_ERRORS: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a { is not closed',
  EMPTY_ARGUMENT: 'empty braces {}',
  MALFORMED_ARGUMENT: 'a placeholder name with characters a name cannot have',
  EXPECT_ARGUMENT_TYPE: 'a comma after a placeholder name but no type (plural, select, number, date, time)',
  INVALID_ARGUMENT_TYPE: 'an unknown placeholder type (use plural, select, selectordinal, number, date or time)',
  MISSING_OTHER_CLAUSE: 'a plural or select without the "other" option, which every language needs',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural without options',
  EXPECT_SELECT_ARGUMENT_SELECTOR: 'a select without options',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'a plural option without its {text}',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'a select option without its {text}',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'an invalid plural option name (zero, one, two, few, many, other or =N)',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'a plural option given twice',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'a select option given twice',
  UNMATCHED_CLOSING_TAG: 'a closing tag that does not match the opening one',
  UNCLOSED_TAG: 'a tag that is never closed',
  INVALID_TAG: 'a malformed tag',
  INVALID_TAG_NAME: 'an invalid tag name',
};

type Parsed = { shape: IcuShape } | { error: string };

function parseMessage(value: string): Parsed {
  try {
    return { shape: shapeOf(parseIcu(value, { requiresOtherClause: true, shouldParseSkeletons: true })) };
  } catch (error) {
    const e = error as { message?: string; location?: { start?: { column?: number } } };
    const kind = e.message ?? 'unknown error';
    const column = e.location?.start?.column;
    return { error: `${ICU_ERRORS[kind] ?? kind.toLowerCase().replace(/_/g, ' ')}${column ? ` (character ${column})` : ''}` };
  }
}

const list = (items: Iterable<string>, wrap: (s: string) => string) => [...items].map(wrap).join(', ') || 'none';
const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

/** Plural categories a language needs, from the engine's CLDR data. */
export function pluralCategoriesFor(locale: string, type: Intl.PluralRuleType = 'cardinal'): string[] {
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
  return [...new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Checks one message on its own: plural categories for its language. */
function checkPlurals(file: string, entry: Entry, locale: string, shape: IcuShape, problems: Problem[]) {
  for (const plural of shape.plurals) {
    const needed = pluralCategoriesFor(locale, plural.type);
    const given = plural.options.filter((o) => !o.startsWith('='));
    const missing = needed.filter((c) => !given.includes(c));
    if (missing.length > 0) {
      problems.push(
        problem(
          'plural-category',
          file,
          entry.key,
          `the plural of {${plural.argument}} lacks ${list(missing, (c) => `"${c}"`)}`,
          `${locale} needs ${needed.join(', ')}: add ${missing.map((c) => `${c} {…}`).join(' ')}${plural.options.some((o) => o.startsWith('=')) ? ' (exact matches like =0 do not count)' : ''}`,
          entry.line,
        ),
      );
    }
    const unneeded = given.filter((c) => !needed.includes(c as Intl.LDMLPluralRule));
    if (unneeded.length > 0) {
      problems.push(
        problem(
          'unneeded-category',
          file,
          entry.key,
          `the plural of {${plural.argument}} has ${list(unneeded, (c) => `"${c}"`)}, which ${locale} never uses`,
          `remove it: ${locale} uses ${needed.join(', ')}`,
          entry.line,
        ),
      );
    }
  }
}

/** Compares a translation's message with the source's. */
function compareWithSource(file: string, sourceFile: string, entry: Entry, source: IcuShape, target: IcuShape, problems: Problem[]) {
  const placeholders = list(source.arguments, (a) => `{${a}}`);
  for (const name of source.arguments) {
    if (!target.arguments.has(name))
      problems.push(problem('placeholder-mismatch', file, entry.key, `placeholder {${name}} is missing`, `use exactly the placeholders of ${sourceFile} (${placeholders}); translate the words around them, never the names in braces`, entry.line));
  }
  for (const name of target.arguments) {
    if (!source.arguments.has(name))
      problems.push(problem('placeholder-mismatch', file, entry.key, `placeholder {${name}} is not in ${sourceFile}`, `the code never fills it: use exactly the placeholders of ${sourceFile} (${placeholders})`, entry.line));
  }
  const tags = list(source.tags, (t) => `<${t}>…</${t}>`);
  for (const name of source.tags) {
    if (!target.tags.has(name))
      problems.push(problem('tag-mismatch', file, entry.key, `tag <${name}> is missing`, `keep the tags of ${sourceFile} (${tags}) around the translated words`, entry.line));
  }
  for (const name of target.tags) {
    if (!source.tags.has(name))
      problems.push(problem('tag-mismatch', file, entry.key, `tag <${name}> is not in ${sourceFile}`, `the code does not render it: use the tags of ${sourceFile} (${tags})`, entry.line));
  }
  for (const select of source.selects) {
    const own = target.selects.filter((s) => s.argument === select.argument).flatMap((s) => s.options);
    if (own.length === 0) continue; // a select turned into plain text is a choice, not an error
    const missing = select.options.filter((o) => !own.includes(o));
    if (missing.length > 0)
      problems.push(
        problem('select-option', file, entry.key, `the select on {${select.argument}} lacks ${list(missing, (o) => `"${o}"`)}`, `give it the options of ${sourceFile}: ${select.options.join(', ')} (option names stay untranslated)`, entry.line),
      );
  }
}

export type Usage = { literals: Set<string>; prefixes: Set<string> };

/**
 * What source code might use as message keys: every string literal, and the static beginning of every template
 * literal that ends in a dot (`errors.${code}` marks everything under `errors` as used). A guess by design:
 * unused keys are only warnings.
 */
export function collectUsage(sources: string[]): Usage {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of sources) {
    // Quoted strings anywhere, also inside a template literal's ${...} (`${t('by')}: ${name}`).
    for (const match of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) literals.add((match[1] ?? match[2])!);
    for (const match of text.matchAll(/`((?:[^`\\]|\\.)*)`/g)) {
      const template = match[1]!;
      const head = template.split('${', 1)[0]!;
      if (!template.includes('${')) literals.add(template);
      else if (head.endsWith('.')) prefixes.add(head.slice(0, -1));
      for (const part of template.split(/\$\{[^}]*\}/)) if (/^[\w.]+$/.test(part)) literals.add(part.replace(/^\.|\.$/g, ''));
    }
  }
  return { literals, prefixes };
}

/**
 * A key counts as used when a literal spells its last segments (`t('title')`, `t('errors.tooLarge')`, the full
 * path), or a dynamic key's prefix covers it, or (for a nested key) a literal spells the object it sits in below
 * the namespace (`t.raw('steps')`, `useTranslations('Dashboard.account')` with its keys built at run time).
 */
export function isKeyUsed(key: string, usage: Usage): boolean {
  const parts = key.split('.');
  for (let start = 0; start < parts.length; start++) {
    if (usage.literals.has(parts.slice(start).join('.'))) return true;
  }
  for (let end = 1; end < parts.length; end++) {
    for (let start = 0; start < end; start++) {
      const run = parts.slice(start, end).join('.');
      if (usage.prefixes.has(run)) return true;
      if (end >= 2 && usage.literals.has(run)) return true;
    }
  }
  return false;
}

export type CheckInput = {
  source: LocaleFile;
  translations: LocaleFile[];
  /** When given, source keys no code seems to use are reported as warnings. */
  usage?: Usage;
};

/** Every problem in a set of messages files. The check fails when any of them is an error. */
export function checkMessages({ source, translations, usage }: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const sourceName = path.basename(source.file);
  if (source.text === null) {
    problems.push(problem('missing-file', source.file, '(file)', 'the source messages file does not exist', `create ${source.file}: every other language is checked against it`));
    return problems;
  }
  const src = parseMessagesFile(source.file, source.text);
  problems.push(...src.problems);
  if (src.malformed) {
    for (const t of translations) if (t.text !== null) problems.push(...parseMessagesFile(t.file, t.text).problems);
    return problems;
  }

  const sourceShapes = new Map<string, IcuShape>();
  for (const entry of src.entries.values()) {
    if (entry.value.trim() === '') {
      problems.push(problem('empty-string', source.file, entry.key, 'empty string', 'write the Russian text (or remove the key from every file if no code uses it)', entry.line));
      continue;
    }
    const parsed = parseMessage(entry.value);
    if ('error' in parsed) {
      problems.push(problem('invalid-icu', source.file, entry.key, `invalid ICU message: ${parsed.error}`, "check the braces and the plural/select syntax: {count, plural, one {# …} other {# …}}; write a literal brace as '{'", entry.line));
      continue;
    }
    sourceShapes.set(entry.key, parsed.shape);
    checkPlurals(source.file, entry, source.locale, parsed.shape, problems);
    if (usage && !isKeyUsed(entry.key, usage)) {
      problems.push(problem('unused-key', source.file, entry.key, 'no code seems to use this key', 'if that is so, remove it from every messages file (the search is a guess: see TRANSLATING.md)', entry.line));
    }
  }

  for (const translation of translations) {
    if (translation.text === null) {
      problems.push(
        problem('missing-file', translation.file, '(file)', `the file does not exist, but ${translation.locale} is a configured language`, `copy ${source.file} to ${translation.file} and translate every text (languages are listed in i18n/locales.ts)`),
      );
      continue;
    }
    const own = parseMessagesFile(translation.file, translation.text);
    problems.push(...own.problems);
    if (own.malformed) continue;
    for (const entry of src.entries.values()) {
      if (!own.entries.has(entry.key))
        problems.push(problem('missing-key', translation.file, entry.key, 'missing key', `add it, translating ${sourceName} (line ${entry.line}): ${quote(entry.value)}`));
    }
    for (const entry of own.entries.values()) {
      const original = src.entries.get(entry.key);
      if (!original) {
        problems.push(problem('extra-key', translation.file, entry.key, `key not in ${sourceName}`, `remove it (was it renamed or deleted in ${sourceName}?), or add it to ${sourceName} first if the code needs it`, entry.line));
        continue;
      }
      if (entry.value.trim() === '') {
        problems.push(problem('empty-string', translation.file, entry.key, 'empty string', `translate it (${sourceName}: ${quote(original.value)}) or remove the key from every file`, entry.line));
        continue;
      }
      const parsed = parseMessage(entry.value);
      if ('error' in parsed) {
        problems.push(problem('invalid-icu', translation.file, entry.key, `invalid ICU message: ${parsed.error}`, `compare it with ${sourceName}: ${quote(original.value)}; braces and plural/select keywords stay as they are`, entry.line));
        continue;
      }
      const sourceShape = sourceShapes.get(entry.key);
      if (sourceShape) compareWithSource(translation.file, sourceName, entry, sourceShape, parsed.shape, problems);
      checkPlurals(translation.file, entry, translation.locale, parsed.shape, problems);
    }
  }
  return problems;
}

/** One line per problem, grouped by file (errors first), and a closing count. */
export function formatReport(problems: Problem[], checkedFiles: string[]): string {
  const files = [...new Set([...checkedFiles, ...problems.map((p) => p.file)])];
  const lines: string[] = [];
  for (const file of files) {
    const own = problems.filter((p) => p.file === file).sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
    if (own.length === 0) continue;
    for (const p of own) {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      lines.push(`${where}  ${p.key}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.what} — ${p.fix}`);
    }
    lines.push('');
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(
    errors > 0
      ? `i18n:check failed: ${errors} error(s), ${warnings} warning(s) in ${checkedFiles.join(', ')}. TRANSLATING.md explains each message.`
      : `i18n:check passed: ${checkedFiles.join(', ')} agree${warnings > 0 ? ` (${warnings} warning(s))` : ''}.`,
  );
  return lines.join('\n');
}

const CODE_FOLDERS = ['app', 'components', 'lib', 'i18n', 'db', 'scripts'];

/** The project's source files, for the unused-key guess (tests and the checker's fixtures left out). */
export function readProjectSources(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    let items: fs.Dirent[];
    try {
      items = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) {
        if (item.name !== 'node_modules' && item.name !== 'i18n-check-fixtures' && !item.name.startsWith('.')) visit(full);
      } else if (/\.(ts|tsx)$/.test(item.name) && !/\.test\.tsx?$/.test(item.name)) {
        out.push(fs.readFileSync(full, 'utf8'));
      }
    }
  };
  for (const folder of CODE_FOLDERS) visit(path.join(root, folder));
  return out;
}

/**
 * Reads `<dir>/<locale>.json` for each language (from `base` when `dir` has no such file: the test fixtures are
 * a good set plus one changed file each) and checks them.
 */
export function checkDirectory(options: {
  root: string;
  dir: string;
  base?: string;
  sourceLocale: string;
  locales: readonly string[];
  usage?: Usage;
}): { problems: Problem[]; files: string[] } {
  const read = (locale: string): LocaleFile => {
    for (const dir of [options.dir, options.base].filter((d): d is string => Boolean(d))) {
      const full = path.resolve(options.root, dir, `${locale}.json`);
      if (fs.existsSync(full)) return { locale, file: path.relative(options.root, full), text: fs.readFileSync(full, 'utf8') };
    }
    return { locale, file: path.relative(options.root, path.resolve(options.root, options.dir, `${locale}.json`)), text: null };
  };
  const source = read(options.sourceLocale);
  const translations = options.locales.filter((l) => l !== options.sourceLocale).map(read);
  return {
    problems: checkMessages({ source, translations, usage: options.usage }),
    files: [source, ...translations].map((f) => f.file),
  };
}
