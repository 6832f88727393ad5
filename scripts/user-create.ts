/**
 * npm run user:create -- --email ed@example.org --name "Editor Name" --role admin [--languages az,en]
 * Creates a newsroom account (the first admin comes from here; there is no public sign-up). The password is
 * asked for at the prompt, or read from BUREAU_NEW_PASSWORD (for scripts). Roles: admin, editor, reporter,
 * translator; --languages lists the languages a translator may edit.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createStaffAccountAsOperator } from '@/db/queries/users';
import type { Locale } from '@/i18n/locales';

async function askPassword(): Promise<string> {
  if (process.env.BUREAU_NEW_PASSWORD) return process.env.BUREAU_NEW_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('No password: set BUREAU_NEW_PASSWORD or run this in a terminal.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await rl.question('Password (10 to 128 characters): ');
  rl.close();
  return password;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      languages: { type: 'string', default: '' },
    },
  });
  if (!values.email || !values.name) throw new Error('Usage: npm run user:create -- --email EMAIL --name NAME [--role admin|editor|reporter|translator] [--languages az,en]');
  await migrateDatabase();
  const account = await createStaffAccountAsOperator({
    email: values.email,
    name: values.name,
    role: values.role as 'admin',
    password: await askPassword(),
    languages: values.languages.split(',').map((l) => l.trim()).filter(Boolean) as Locale[],
  });
  console.log(`Created ${values.role} ${values.email} (${account.id}). Sign in at /ru/login.`);
}

main()
  .catch((error: unknown) => {
    if (error instanceof z.ZodError) {
      console.error(error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exitCode = 1;
  })
  .finally(closeDb);
