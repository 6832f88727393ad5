import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { listStaff } from '@/db/queries/dashboard';
import { currentStaff } from '@/db/queries/staff';
import { staffRoles } from '@/db/schema';
import type { Locale } from '@/i18n/locales';
import { readOrRefuse } from '../newsroom-action';
import { DisableForm, LanguagesForm, NewStaffForm, RoleForm } from './staff-forms';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('users') };
}

/**
 * Newsroom accounts (admins only: listStaff and every action's DAL call refuse everyone else): the list, with
 * each account's role, translation languages and disabling, and a form for a new account.
 */
export default async function StaffPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const read = await readOrRefuse(locale, `/${locale}/dashboard/users`, () => listStaff());
  if (read.refused) {
    return (
      <main id="content" className="container dashboard">
        <h1>{t('users')}</h1>
        <p role="alert">{t('forbidden')}</p>
      </main>
    );
  }
  const staff = read.data;
  const [me, messages] = await Promise.all([currentStaff(), getMessages({ locale })]);
  const dashboard = messages.Dashboard;
  return (
    <main id="content" className="container dashboard">
      <h1>{t('users')}</h1>
      {/* Client components get only the strings they use. */}
      <NextIntlClientProvider messages={{ Newsroom: messages.Newsroom, Dashboard: { roles: dashboard.roles, staffForm: dashboard.staffForm } }}>
        <div className="table-scroll">
          <table className="stories-table table-cards">
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
              {staff.map((user) => {
                const row = { locale, userId: user.id, name: user.name, email: user.email };
                const self = user.id === me?.id;
                return (
                  <tr key={user.id}>
                    <td className="table-cards__title">
                      {user.name} {self ? t('staffForm.you') : null}
                    </td>
                    <td data-label={t('staff.email')}>{user.email}</td>
                    <td data-label={t('staff.role')}>
                      <RoleForm {...row} role={user.role} roles={staffRoles} />
                    </td>
                    <td data-label={t('staff.languages')} className={user.role === 'translator' ? 'table-cards__stack' : undefined}>
                      <p>{user.languages.join(', ').toUpperCase() || '—'}</p>
                      {user.role === 'translator' ? <LanguagesForm {...row} languages={user.languages} /> : null}
                    </td>
                    <td data-label={t('staff.state')} className={self ? undefined : 'table-cards__stack'}>
                      <p>{user.disabled ? t('staff.disabled') : t('staff.active')}</p>
                      {self ? null : <DisableForm {...row} disabled={user.disabled} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <NewStaffForm locale={locale} roles={staffRoles} />
      </NextIntlClientProvider>
    </main>
  );
}
