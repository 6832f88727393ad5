/** Categories, bureaus, authors and tags of the demo content, with their names in every language. */
import type { AuthorKey, BureauKey, CategoryKey, L10n, TagKey } from './types';

export const categories: { key: CategoryKey; name: L10n }[] = [
  { key: 'politics', name: { ru: 'Политика', az: 'Siyasət', en: 'Politics' } },
  { key: 'economy', name: { ru: 'Экономика', az: 'İqtisadiyyat', en: 'Economy' } },
  { key: 'society', name: { ru: 'Общество', az: 'Cəmiyyət', en: 'Society' } },
  { key: 'culture', name: { ru: 'Культура', az: 'Mədəniyyət', en: 'Culture' } },
  { key: 'sport', name: { ru: 'Спорт', az: 'İdman', en: 'Sport' } },
  { key: 'science', name: { ru: 'Наука и технологии', az: 'Elm və texnologiya', en: 'Science & Tech' } },
];

export const bureaus: { key: BureauKey; name: L10n; dateline: L10n }[] = [
  {
    key: 'kazakhstan',
    name: { ru: 'Бюро в Казахстане', az: 'Qazaxıstan bürosu', en: 'Kazakhstan bureau' },
    dateline: { ru: 'Астана', az: 'Astana', en: 'Astana' },
  },
  {
    key: 'baku',
    name: { ru: 'Центральная редакция', az: 'Mərkəzi redaksiya', en: 'Head office' },
    dateline: { ru: 'Баку', az: 'Bakı', en: 'Baku' },
  },
  {
    key: 'georgia',
    name: { ru: 'Бюро в Грузии', az: 'Gürcüstan bürosu', en: 'Georgia bureau' },
    dateline: { ru: 'Тбилиси', az: 'Tbilisi', en: 'Tbilisi' },
  },
  {
    key: 'turkiye',
    name: { ru: 'Бюро в Турции', az: 'Türkiyə bürosu', en: 'Türkiye bureau' },
    dateline: { ru: 'Анкара', az: 'Ankara', en: 'Ankara' },
  },
  {
    key: 'uzbekistan',
    name: { ru: 'Бюро в Узбекистане', az: 'Özbəkistan bürosu', en: 'Uzbekistan bureau' },
    dateline: { ru: 'Ташкент', az: 'Daşkənd', en: 'Tashkent' },
  },
  {
    key: 'russia',
    name: { ru: 'Бюро в России', az: 'Rusiya bürosu', en: 'Russia bureau' },
    dateline: { ru: 'Москва', az: 'Moskva', en: 'Moscow' },
  },
];

export const authors: { key: AuthorKey; name: L10n }[] = [
  {
    key: 'report-kz',
    name: { ru: 'Казахстанское бюро Report', az: 'Report-un Qazaxıstan bürosu', en: "Report's Kazakhstan bureau" },
  },
  { key: 'a-karimova', name: { ru: 'Айгерим Каримова', az: 'Aygerim Kərimova', en: 'Aigerim Karimova' } },
  { key: 'r-aliyev', name: { ru: 'Руслан Алиев', az: 'Ruslan Əliyev', en: 'Ruslan Aliyev' } },
  { key: 'l-mammadli', name: { ru: 'Лейла Мамедли', az: 'Leyla Məmmədli', en: 'Leyla Mammadli' } },
  { key: 'd-orlova', name: { ru: 'Дарья Орлова', az: 'Darya Orlova', en: 'Darya Orlova' } },
  { key: 'e-hasanli', name: { ru: 'Эльчин Гасанлы', az: 'Elçin Həsənli', en: 'Elchin Hasanli' } },
];

export const tags: { key: TagKey; name: L10n }[] = [
  { key: 'january-20', name: { ru: '20 Января', az: '20 Yanvar', en: 'January 20' } },
  { key: 'diplomacy', name: { ru: 'Дипломатия', az: 'Diplomatiya', en: 'Diplomacy' } },
  { key: 'diaspora', name: { ru: 'Диаспора', az: 'Diaspor', en: 'Diaspora' } },
  { key: 'exhibition', name: { ru: 'Выставки', az: 'Sərgilər', en: 'Exhibitions' } },
  { key: 'transport', name: { ru: 'Транспорт', az: 'Nəqliyyat', en: 'Transport' } },
  { key: 'energy', name: { ru: 'Энергетика', az: 'Energetika', en: 'Energy' } },
  { key: 'education', name: { ru: 'Образование', az: 'Təhsil', en: 'Education' } },
  { key: 'health', name: { ru: 'Здоровье', az: 'Səhiyyə', en: 'Health' } },
  { key: 'football', name: { ru: 'Футбол', az: 'Futbol', en: 'Football' } },
  { key: 'chess', name: { ru: 'Шахматы', az: 'Şahmat', en: 'Chess' } },
  { key: 'theatre', name: { ru: 'Театр', az: 'Teatr', en: 'Theatre' } },
  { key: 'music', name: { ru: 'Музыка', az: 'Musiqi', en: 'Music' } },
  { key: 'agriculture', name: { ru: 'Сельское хозяйство', az: 'Kənd təsərrüfatı', en: 'Agriculture' } },
  { key: 'weather', name: { ru: 'Погода', az: 'Hava', en: 'Weather' } },
  { key: 'technology', name: { ru: 'Технологии', az: 'Texnologiyalar', en: 'Technology' } },
  { key: 'tourism', name: { ru: 'Туризм', az: 'Turizm', en: 'Tourism' } },
];
