/** Newsroom accounts. */
import { z } from 'zod';
import { locales } from '@/i18n/locales';
import { getAuth } from '../auth';
import { getDb } from '../client';
import * as s from '../schema';

export const newStaffSchema = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(s.staffRoles),
  password: z.string().min(10).max(128),
  languages: z.array(z.enum(locales)).default([]),
});
export type NewStaff = z.input<typeof newStaffSchema>;

/**
 * Creates an account with no caller check: for the operator at the command line (`npm run user:create`), who
 * already holds the server and its database. The dashboard's user screen goes through the admin check instead.
 */
export async function createStaffAccountAsOperator(input: NewStaff): Promise<{ id: string }> {
  const data = newStaffSchema.parse(input);
  const { user } = await getAuth().api.createUser({
    body: { email: data.email, password: data.password, name: data.name, role: data.role },
  });
  if (data.languages.length) {
    await getDb().insert(s.userLanguages).values(data.languages.map((locale) => ({ userId: user.id, locale })));
  }
  await getDb().insert(s.auditLog).values({ action: 'user-create', subject: data.email, details: { role: data.role, by: 'cli' } });
  return { id: user.id };
}
