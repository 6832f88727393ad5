import { redirect } from 'next/navigation';
import { AccessDenied } from '@/db/queries/staff';
import type { Locale } from '@/i18n/locales';

/**
 * Awaits a guarded read; a caller without a session (e.g. signed out in another tab) goes to the sign-in page
 * instead of an error page. The layout redirects too, but pages render alongside it.
 */
export async function signInFirst<T>(locale: Locale, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AccessDenied && error.reason === 'unauthenticated') redirect(`/${locale}/login`);
    throw error;
  }
}
