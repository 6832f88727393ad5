import type { Metadata } from 'next';
import { Pagination } from '@/components/pagination';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { isStaffRole } from '@/db/queries/staff';
import { isAuditAction } from '@/db/queries/audit';
import { auditQuerySchema, knownLocales, listAuditLog, type AuditEntry } from '@/db/queries/users';
import { locales, type Locale } from '@/i18n/locales';
import { readOrRefuse } from '../newsroom-action';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('audit.title') };
}

/** The page's own query parameters, single and non-empty; anything else is ignored. */
function auditQuery(query: Record<string, string | string[] | undefined>) {
  const pick = (key: string) => (typeof query[key] === 'string' && query[key] !== '' ? (query[key] as string) : undefined);
  return { page: pick('page'), subject: pick('subject') };
}

/**
 * Who did what (admins only: listAuditLog refuses everyone else): sign-ins and account changes, newest first,
 * 50 a page, times in the newsroom's time zone; can be narrowed to one account by its email.
 */
export default async function AuditPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'Dashboard' }), getFormatter({ locale })]);
  const requested = auditQuery(query);
  const parsed = auditQuerySchema.safeParse(requested);
  const filters = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const read = await readOrRefuse(locale, `/${locale}/dashboard/audit`, () => listAuditLog(filters));
  if (read.refused) {
    return (
      <main id="content" className="container dashboard">
        <h1>{t('audit.title')}</h1>
        <p role="alert">{t('forbidden')}</p>
      </main>
    );
  }
  const log = read.data;

  const role = (value: unknown) => (isStaffRole(value) ? t(`roles.${value}`) : typeof value === 'string' ? value : '—');
  const languages = (value: unknown) => knownLocales(value).join(', ').toUpperCase() || '—';
  /** A category's names as stored ({ru, az, en}), in the site's language order. */
  const categoryNames = (value: unknown) =>
    value && typeof value === 'object'
      ? locales.map((l) => (value as Record<string, unknown>)[l]).filter((n): n is string => typeof n === 'string' && n !== '').join(' / ') || '—'
      : '—';
  const details = (entry: AuditEntry): string => {
    const d = (entry.details ?? {}) as Record<string, unknown>;
    switch (entry.action) {
      case 'role-change':
        return `${role(d.from)} → ${role(d.to)}`;
      case 'languages-change':
        return `${languages(d.from)} → ${languages(d.to)}`;
      case 'user-create':
        return knownLocales(d.languages).length ? `${role(d.role)}: ${languages(d.languages)}` : role(d.role);
      case 'category-create':
      case 'category-delete':
        return categoryNames(d.names);
      case 'category-update':
        return `${categoryNames(d.from)} → ${categoryNames(d.to)}`;
      case 'media-delete':
        return typeof d.id === 'number' && typeof d.width === 'number' && typeof d.height === 'number' ? `#${d.id} · ${d.width}×${d.height}` : '—';
      case 'page-update':
      case 'page-restore':
        return typeof d.title === 'string' && typeof d.revision === 'number' ? `#${d.revision} · ${d.title}` : '—';
      case 'story-delete':
        return Array.isArray(d.variants) ? languages(d.variants.map((v: { locale?: unknown }) => v?.locale)) : '—';
      default:
        return '—';
    }
  };
  const actor = (entry: AuditEntry) => {
    if (entry.actor) return <span title={entry.actor.email}>{entry.actor.name}</span>;
    return (entry.details as { by?: unknown } | null)?.by === 'cli' ? t('audit.cli') : '—';
  };
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (filters.subject) params.set('subject', filters.subject);
    params.set('page', String(page));
    return `?${params.toString()}`;
  };

  return (
    <main id="content" className="container dashboard">
      <h1>{t('audit.title')}</h1>
      {!parsed.success ? (
        <p className="form__error" role="alert">
          {t('audit.badQuery')}
        </p>
      ) : null}
      <form method="get" className="filters" aria-label={t('filters.label')}>
        <label>
          {t('audit.filter')}
          <input type="search" name="subject" defaultValue={filters.subject ?? ''} maxLength={254} />
        </label>
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
      </form>
      <p role="status">{t('audit.count', { count: log.total })}</p>
      {log.items.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="stories-table table-cards">
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.subject')}</th>
                <th scope="col">{t('audit.details')}</th>
                <th scope="col">{t('audit.address')}</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((entry) => (
                <tr key={entry.id}>
                  <td data-label={t('audit.time')}>
                    <time dateTime={entry.at}>{format.dateTime(new Date(entry.at), { dateStyle: 'medium', timeStyle: 'medium' })}</time>
                  </td>
                  <td data-label={t('audit.actor')}>{actor(entry)}</td>
                  <td data-label={t('audit.action')}>{isAuditAction(entry.action) ? t(`audit.actions.${entry.action}` as `audit.actions.publish`) : entry.action}</td>
                  <td data-label={t('audit.subject')}>{entry.subject ?? '—'}</td>
                  <td data-label={t('audit.details')}>{details(entry)}</td>
                  <td data-label={t('audit.address')}>{entry.ipAddress ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination locale={locale} page={log.page} pageCount={log.pageCount} hrefFor={pageHref} />
    </main>
  );
}
