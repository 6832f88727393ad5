/**
 * npm run i18n:check — checks messages/*.json against messages/ru.json (lib/i18n-check.ts) and exits 1 on any
 * error. Unused keys are warnings. Part of `npm test` (its first step).
 *
 *   npm run i18n:check
 *   npm run i18n:check -- --messages lib/i18n-check-fixtures/missing-key --base lib/i18n-check-fixtures/good
 *
 * --messages DIR   the folder of <locale>.json files (default: messages)
 * --base DIR       where to find a language's file that DIR lacks (the test fixtures overlay a good set)
 * --locales a,b,c  the languages to check (default: those in i18n/locales.ts; the first is not special,
 *                  the source is always the configured source language)
 * --no-usage       skip the unused-key warnings (they are skipped anyway for anything but messages/)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bureau } from '@/i18n/locales';
import { checkDirectory, collectUsage, formatReport, readProjectSources } from '@/lib/i18n-check';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: 'messages' },
    base: { type: 'string' },
    locales: { type: 'string' },
    'no-usage': { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const locales = values.locales ? values.locales.split(',').map((l) => l.trim()).filter(Boolean) : [...bureau.locales];
const realFiles = path.resolve(root, values.messages) === path.resolve(root, 'messages');
const usage = realFiles && !values['no-usage'] ? collectUsage(readProjectSources(root)) : undefined;

const { problems, files } = checkDirectory({ root, dir: values.messages, base: values.base, sourceLocale: bureau.defaultLocale, locales, usage });
console.log(formatReport(problems, files));
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
