import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { newsroomTimeZone } from '@/lib/config';
import { isStrictMessages, messageHandling, type MessageTree } from './messages';
import { routing } from './routing';

type Handling = ReturnType<typeof messageHandling>;

const load = async (locale: string) => (await import(`../messages/${locale}.json`)).default as MessageTree;

/** One merge per language and process (the JSON modules are the same objects on every request; in dev a change makes new ones). */
const prepared = new WeakMap<MessageTree, { source: MessageTree; handling: Handling }>();

/**
 * A missing or empty string falls back to the Russian text in production and fails loudly in development and
 * tests: see i18n/messages.ts.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const [source, messages] = await Promise.all([load(routing.defaultLocale), load(locale)]);
  let entry = prepared.get(messages);
  if (!entry || entry.source !== source) {
    const strict = isStrictMessages();
    entry = { source, handling: messageHandling({ locale, sourceLocale: routing.defaultLocale, source, messages, strict }) };
    prepared.set(messages, entry);
  }
  const { handling } = entry;
  return {
    locale,
    timeZone: newsroomTimeZone,
    messages: handling.messages,
    onError: handling.onError,
    getMessageFallback: handling.getMessageFallback,
  };
});
