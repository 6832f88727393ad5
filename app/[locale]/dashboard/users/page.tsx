import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listStaff } from '@/db/queries/dashboard';
import { AccessDenied, isStaffRole } from '@/db/queries/staff';
import type { Locale } from '@/i18n/locales';
import { signInFirst } from '../sign-in-first';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('users') };
}

/** Newsroom accounts (admins only: listStaff refuses everyone else). */
export default async function StaffPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  let staff;
  try {
    staff = await signInFirst(locale, listStaff());
  } catch (error) {
    if (error instanceof AccessDenied) {
      return (
        <main id="content" className="container dashboard">
          <h1>{t('users')}</h1>
          <p role="alert">{t('forbidden')}</p>
        </main>
      );
    }
    throw error;
  }
  return (
    <main id="content" className="container dashboard">
      <h1>{t('users')}</h1>
      <div className="table-scroll">
        <table className="stories-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.name')}</th>
              <th scope="col">{t('staff.email')}</th>
              <th scope="col">{t('staff.role')}</th>
              <th scope="col">{t('staff.languages')}</th>
              <th scope="col">{t('staff.state')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>{isStaffRole(user.role) ? t(`roles.${user.role}`) : user.role}</td>
                <td>{user.languages.join(', ').toUpperCase() || '—'}</td>
                <td>{user.disabled ? t('staff.disabled') : t('staff.active')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
