/**
 * Runs before the e2e server starts (playwright.config.ts webServer): applies migrations and creates the test
 * accounts of e2e/staff.ts, the way an operator would with `npm run user:create`.
 */
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createStaffAccountAsOperator } from '../db/queries/users';
import { users } from '../db/schema';
import { staff } from './staff';

async function main() {
  await migrateDatabase();
  for (const account of Object.values(staff)) {
    const existing = await getDb().select({ id: users.id }).from(users).where(eq(users.email, account.email));
    if (existing.length === 0) await createStaffAccountAsOperator({ ...account, languages: [...account.languages] });
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDb);
