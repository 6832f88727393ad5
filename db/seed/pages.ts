/**
 * Demo text of the agency's pages (lib/agency-pages.ts) in every language; Russian is the source, the others its
 * translations. Addresses, phone numbers and e-mail addresses are made up (the .example domain, 555 numbers) and
 * say so. Admins rewrite every page in the dashboard (db/queries/pages.ts).
 *
 * Lines: "## " a subheading, "- " an item of a bulleted list, **text** bold; anything else a paragraph. E-mail
 * addresses become mailto: links.
 */
import { richTextFromParagraphs, type StoredDoc, type StoredNode } from '@/lib/rich-text';
import type { AgencyPageSlug } from '@/lib/agency-pages';
import type { Db } from '../client';
import * as s from '../schema';
import type { SeedLocale } from './types';

type PageText = { title: string; lines: string[] };

const EMAIL = /([a-z]+@bureau\.example)/;

/** Text nodes with each e-mail address in them as a mailto: link (keeping the text's other marks). */
function withMailLinks(nodes: StoredNode[]): StoredNode[] {
  return nodes.flatMap((node): StoredNode[] => {
    if (node.type !== 'text' || !node.text || !EMAIL.test(node.text)) return node.content ? [{ ...node, content: withMailLinks(node.content) }] : [node];
    return node.text
      .split(EMAIL)
      .filter(Boolean)
      .map((text) =>
        EMAIL.test(text)
          ? { type: 'text', text, marks: [...(node.marks ?? []), { type: 'link', attrs: { href: `mailto:${text}` } } as { type: string }] }
          : { ...node, text },
      );
  });
}

/** Lines as an editor document: consecutive "- " lines become one bulleted list. */
export function pageDoc(lines: string[]): StoredDoc {
  const doc = plainPageDoc(lines);
  return { ...doc, content: withMailLinks(doc.content) };
}

function plainPageDoc(lines: string[]): StoredDoc {
  const content: StoredNode[] = [];
  let list: StoredNode | null = null;
  for (const line of lines) {
    if (line.startsWith('- ')) {
      const item: StoredNode = { type: 'listItem', content: richTextFromParagraphs([line.slice(2)]).content };
      if (list) list.content!.push(item);
      else content.push((list = { type: 'bulletList', content: [item] }));
      continue;
    }
    list = null;
    content.push(...richTextFromParagraphs([line]).content);
  }
  return { type: 'doc', content };
}

export const demoPages: Record<AgencyPageSlug, Record<SeedLocale, PageText>> = {
  about: {
    ru: {
      title: 'О Bureau',
      lines: [
        'Bureau — международное новостное агентство с центральной редакцией в Баку и бюро в Астане, Тбилиси, Анкаре, Ташкенте и Москве. Мы публикуем новости на русском, азербайджанском и английском языках.',
        '## Наша миссия',
        'Мы сообщаем о событиях в регионе быстро, точно и без оценок, которые не подтверждены фактами. Наши читатели — жители региона, деловые люди, дипломаты и коллеги из других редакций, которым нужна проверенная информация из первых рук.',
        '## Редакционная независимость',
        'Редакция принимает решения о том, что и как публиковать, самостоятельно. Ни учредители, ни рекламодатели, ни государственные органы не согласовывают материалы до публикации и не вправе требовать их изменения или снятия.',
        '- Каждый факт подтверждается как минимум двумя независимыми источниками или документом.',
        '- Мы отделяем новости от мнений: авторские колонки помечены как мнение.',
        '- Рекламные и партнёрские материалы всегда помечены и не выдаются за редакционные.',
        '- Сотрудники редакции не принимают подарков и оплаты от героев своих материалов.',
        '## Как мы работаем',
        'Материал пишется на одном языке, чаще всего на русском, и переводится редакторами-переводчиками. Перевод публикуется, только когда он готов: мы не выдаём текст на другом языке за перевод.',
        '**Это демонстрационная версия портала.** Кроме первой новости, все материалы, имена и контакты на сайте вымышлены.',
      ],
    },
    az: {
      title: 'Bureau haqqında',
      lines: [
        'Bureau mərkəzi redaksiyası Bakıda, büroları Astana, Tbilisi, Ankara, Daşkənd və Moskvada olan beynəlxalq xəbər agentliyidir. Xəbərləri rus, Azərbaycan və ingilis dillərində dərc edirik.',
        '## Missiyamız',
        'Regionda baş verən hadisələr barədə tez, dəqiq və faktlarla təsdiqlənməyən qiymətləndirmələr olmadan məlumat veririk. Oxucularımız ilk mənbədən yoxlanılmış məlumata ehtiyacı olan region sakinləri, iş adamları, diplomatlar və digər redaksiyalardakı həmkarlarımızdır.',
        '## Redaksiya müstəqilliyi',
        'Nəyin və necə dərc olunacağına redaksiya özü qərar verir. Nə təsisçilər, nə reklamverənlər, nə də dövlət orqanları materialları dərcdən əvvəl razılaşdırmır və onların dəyişdirilməsini və ya silinməsini tələb edə bilməz.',
        '- Hər fakt ən azı iki müstəqil mənbə və ya sənədlə təsdiqlənir.',
        '- Xəbərləri rəylərdən ayırırıq: müəllif köşə yazıları rəy kimi işarələnir.',
        '- Reklam və tərəfdaş materialları həmişə işarələnir və redaksiya materialı kimi təqdim olunmur.',
        '- Redaksiya əməkdaşları materiallarının qəhrəmanlarından hədiyyə və ödəniş qəbul etmir.',
        '## Necə işləyirik',
        'Material bir dildə, əksər hallarda rus dilində yazılır və tərcüməçi-redaktorlar tərəfindən tərcümə olunur. Tərcümə yalnız hazır olanda dərc edilir: başqa dildəki mətni tərcümə kimi təqdim etmirik.',
        '**Bu, portalın nümayiş versiyasıdır.** Birinci xəbərdən başqa saytdakı bütün materiallar, adlar və əlaqə məlumatları uydurmadır.',
      ],
    },
    en: {
      title: 'About Bureau',
      lines: [
        'Bureau is an international news agency with its head office in Baku and bureaus in Astana, Tbilisi, Ankara, Tashkent and Moscow. We publish news in Russian, Azerbaijani and English.',
        '## Our mission',
        'We report on events in the region quickly, accurately and without judgements the facts do not support. Our readers are people who live in the region, business people, diplomats and colleagues in other newsrooms who need verified first-hand information.',
        '## Editorial independence',
        'The newsroom alone decides what to publish and how. Neither our founders, nor advertisers, nor government bodies see stories before publication, and none of them may demand that a story be changed or taken down.',
        '- Every fact is confirmed by at least two independent sources or by a document.',
        '- We keep news apart from opinion: columns are labelled as opinion.',
        '- Advertising and partner content is always labelled and never passed off as journalism.',
        '- Our staff accept no gifts or payment from the people they report on.',
        '## How we work',
        'A story is written in one language, most often Russian, and translated by our translating editors. A translation is published only once it is ready: we never present a text in another language as a translation.',
        '**This is a demonstration of the portal.** Apart from the first story, all stories, names and contacts on this site are fictional.',
      ],
    },
  },
  contacts: {
    ru: {
      title: 'Контакты редакции и бюро',
      lines: [
        '**Все адреса, телефоны и электронные адреса на этой странице — демонстрационные.** Домен bureau.example и номера с 555 не существуют.',
        '## Центральная редакция, Баку',
        'Азербайджан, Баку, проспект Примерный, 1 (демо-адрес)',
        '- Телефон: +994 12 555 01 00',
        '- Дежурный редактор (круглосуточно): +994 12 555 01 01',
        '- Новости и пресс-релизы: news@bureau.example',
        '- Главный редактор: editor@bureau.example',
        '## Бюро',
        '- **Астана:** ул. Образцовая, 10 (демо-адрес); +7 7172 555 010; astana@bureau.example',
        '- **Тбилиси:** ул. Пробная, 5 (демо-адрес); +995 32 255 5010; tbilisi@bureau.example',
        '- **Анкара:** бульвар Условный, 20 (демо-адрес); +90 312 555 01 10; ankara@bureau.example',
        '- **Ташкент:** ул. Тестовая, 7 (демо-адрес); +998 71 555 01 10; tashkent@bureau.example',
        '- **Москва:** Демонстрационный пер., 3 (демо-адрес); +7 495 555 01 10; moscow@bureau.example',
        '## Сообщить новость',
        'Если вы стали свидетелем события, напишите дежурному редактору на news@bureau.example. Мы не раскрываем источники без их согласия.',
        'Об ошибке в материале сообщите на corrections@bureau.example (см. «Политика исправлений»).',
      ],
    },
    az: {
      title: 'Redaksiya və büroların əlaqə məlumatları',
      lines: [
        '**Bu səhifədəki bütün ünvanlar, telefonlar və elektron poçt ünvanları nümayiş üçündür.** bureau.example domeni və 555 ilə başlayan nömrələr mövcud deyil.',
        '## Mərkəzi redaksiya, Bakı',
        'Azərbaycan, Bakı, Nümunə prospekti, 1 (nümayiş ünvanı)',
        '- Telefon: +994 12 555 01 00',
        '- Növbətçi redaktor (gecə-gündüz): +994 12 555 01 01',
        '- Xəbərlər və press-relizlər: news@bureau.example',
        '- Baş redaktor: editor@bureau.example',
        '## Bürolar',
        '- **Astana:** Nümunəvi küç., 10 (nümayiş ünvanı); +7 7172 555 010; astana@bureau.example',
        '- **Tbilisi:** Sınaq küç., 5 (nümayiş ünvanı); +995 32 255 5010; tbilisi@bureau.example',
        '- **Ankara:** Şərti bulvar, 20 (nümayiş ünvanı); +90 312 555 01 10; ankara@bureau.example',
        '- **Daşkənd:** Test küç., 7 (nümayiş ünvanı); +998 71 555 01 10; tashkent@bureau.example',
        '- **Moskva:** Nümayiş döngəsi, 3 (nümayiş ünvanı); +7 495 555 01 10; moscow@bureau.example',
        '## Xəbər göndərin',
        'Hər hansı hadisənin şahidi olmusunuzsa, növbətçi redaktora news@bureau.example ünvanına yazın. Mənbələrimizi onların razılığı olmadan açıqlamırıq.',
        'Materialdakı səhv barədə corrections@bureau.example ünvanına bildirin («Düzəlişlər siyasəti» səhifəsinə baxın).',
      ],
    },
    en: {
      title: 'Newsroom and bureau contacts',
      lines: [
        '**Every address, phone number and e-mail address on this page is for demonstration only.** The bureau.example domain and the 555 numbers do not exist.',
        '## Head office, Baku',
        '1 Example Avenue, Baku, Azerbaijan (demo address)',
        '- Phone: +994 12 555 01 00',
        '- Duty editor (around the clock): +994 12 555 01 01',
        '- News and press releases: news@bureau.example',
        '- Editor-in-chief: editor@bureau.example',
        '## Bureaus',
        '- **Astana:** 10 Sample Street (demo address); +7 7172 555 010; astana@bureau.example',
        '- **Tbilisi:** 5 Trial Street (demo address); +995 32 255 5010; tbilisi@bureau.example',
        '- **Ankara:** 20 Placeholder Boulevard (demo address); +90 312 555 01 10; ankara@bureau.example',
        '- **Tashkent:** 7 Test Street (demo address); +998 71 555 01 10; tashkent@bureau.example',
        '- **Moscow:** 3 Demo Lane (demo address); +7 495 555 01 10; moscow@bureau.example',
        '## Send us a story',
        'If you witness something newsworthy, write to the duty editor at news@bureau.example. We never name our sources without their consent.',
        'To report a mistake in a story, write to corrections@bureau.example (see our corrections policy).',
      ],
    },
  },
  advertising: {
    ru: {
      title: 'Реклама',
      lines: [
        'Bureau читают на трёх языках в Азербайджане, Центральной Азии, на Южном Кавказе и далеко за их пределами. Мы предлагаем рекламодателям баннеры на страницах сайта и партнёрские материалы.',
        '## Правила',
        '- Реклама и партнёрские материалы всегда помечены словом «Реклама» или «Партнёрский материал».',
        '- Рекламодатель не влияет на редакционные материалы и не получает их до публикации.',
        '- Мы не размещаем рекламу, вводящую читателя в заблуждение, политическую агитацию и рекламу азартных игр.',
        '- На сайте нет сторонних рекламных скриптов и трекеров: баннеры показываются с наших серверов.',
        '## Контакты отдела рекламы',
        'Электронная почта: ads@bureau.example; телефон: +994 12 555 01 20 (демо-контакты). Медиакит с аудиторией и ценами вышлем по запросу.',
      ],
    },
    az: {
      title: 'Reklam',
      lines: [
        'Bureau-nu Azərbaycanda, Mərkəzi Asiyada, Cənubi Qafqazda və onların hüdudlarından çox uzaqlarda üç dildə oxuyurlar. Reklamverənlərə saytın səhifələrində bannerlər və tərəfdaş materialları təklif edirik.',
        '## Qaydalar',
        '- Reklam və tərəfdaş materialları həmişə «Reklam» və ya «Tərəfdaş materialı» sözləri ilə işarələnir.',
        '- Reklamverən redaksiya materiallarına təsir etmir və onları dərcdən əvvəl almır.',
        '- Oxucunu çaşdıran reklam, siyasi təşviqat və qumar oyunlarının reklamını yerləşdirmirik.',
        '- Saytda kənar reklam skriptləri və izləyicilər yoxdur: bannerlər öz serverlərimizdən göstərilir.',
        '## Reklam şöbəsi ilə əlaqə',
        'Elektron poçt: ads@bureau.example; telefon: +994 12 555 01 20 (nümayiş əlaqələri). Auditoriya və qiymətlərlə media-kiti sorğu əsasında göndəririk.',
      ],
    },
    en: {
      title: 'Advertising',
      lines: [
        'Bureau is read in three languages in Azerbaijan, Central Asia, the South Caucasus and far beyond. We offer advertisers banners on the site and partner content.',
        '## Our rules',
        '- Advertising and partner content is always labelled “Advertisement” or “Partner content”.',
        '- Advertisers have no say over our journalism and never see it before publication.',
        '- We do not run misleading advertising, political campaigning or gambling advertisements.',
        '- The site carries no third-party ad scripts or trackers: banners are served from our own servers.',
        '## Contact the advertising team',
        'E-mail: ads@bureau.example; phone: +994 12 555 01 20 (demo contacts). We send our media kit with audience figures and rates on request.',
      ],
    },
  },
  terms: {
    ru: {
      title: 'Условия использования',
      lines: [
        'Пользуясь сайтом Bureau, вы соглашаетесь с этими условиями.',
        '## Материалы и авторские права',
        'Тексты, фотографии и другие материалы сайта принадлежат Bureau или используются с разрешения правообладателей. Вы можете цитировать материалы с активной ссылкой на источник. Полная перепечатка и использование фотографий возможны только с письменного согласия редакции.',
        '## Ссылки и ленты',
        'Вы можете свободно ссылаться на любые страницы сайта и подписываться на наши RSS-ленты для личного чтения. Для коммерческого использования лент напишите нам.',
        '## Ответственность',
        'Мы стремимся к точности, но не отвечаем за решения, принятые только на основании наших материалов. Найденные ошибки мы исправляем открыто, по «Политике исправлений».',
        '## Изменения условий',
        'Мы можем обновлять эти условия; новая редакция действует с момента публикации на этой странице.',
      ],
    },
    az: {
      title: 'İstifadə şərtləri',
      lines: [
        'Bureau saytından istifadə etməklə bu şərtlərlə razılaşırsınız.',
        '## Materiallar və müəllif hüquqları',
        'Saytdakı mətnlər, fotoşəkillər və digər materiallar Bureau-ya məxsusdur və ya hüquq sahiblərinin icazəsi ilə istifadə olunur. Materialları mənbəyə aktiv keçidlə sitat gətirə bilərsiniz. Tam təkrar dərc və fotoşəkillərdən istifadə yalnız redaksiyanın yazılı razılığı ilə mümkündür.',
        '## Keçidlər və lentlər',
        'Saytın istənilən səhifəsinə sərbəst keçid verə və şəxsi oxu üçün RSS lentlərimizə abunə ola bilərsiniz. Lentlərdən kommersiya məqsədilə istifadə üçün bizə yazın.',
        '## Məsuliyyət',
        'Dəqiqliyə çalışırıq, lakin yalnız materiallarımız əsasında qəbul edilmiş qərarlara görə məsuliyyət daşımırıq. Aşkar edilən səhvləri «Düzəlişlər siyasəti»nə uyğun olaraq açıq şəkildə düzəldirik.',
        '## Şərtlərin dəyişdirilməsi',
        'Bu şərtləri yeniləyə bilərik; yeni redaksiya bu səhifədə dərc olunduğu andan qüvvəyə minir.',
      ],
    },
    en: {
      title: 'Terms of use',
      lines: [
        'By using the Bureau website you agree to these terms.',
        '## Content and copyright',
        'The texts, photographs and other content of this site belong to Bureau or are used with their owners’ permission. You may quote our stories with a link to the source. Republishing a whole story or using our photographs requires the newsroom’s written consent.',
        '## Links and feeds',
        'You may link to any page of the site and subscribe to our RSS feeds for personal reading. For commercial use of the feeds, please write to us.',
        '## Liability',
        'We strive for accuracy but are not liable for decisions made on the basis of our stories alone. Mistakes we find are corrected openly, under our corrections policy.',
        '## Changes to these terms',
        'We may update these terms; a new version applies from the moment it is published on this page.',
      ],
    },
  },
  privacy: {
    ru: {
      title: 'Конфиденциальность и файлы cookie',
      lines: [
        'Bureau не собирает сведений о читателях. У сайта нет счётчиков посещений сторонних сервисов, рекламных трекеров и кнопок социальных сетей, которые загружают чужие скрипты.',
        '## Что хранится в вашем браузере',
        '- **Тема оформления.** Если вы переключаете светлую или тёмную тему, выбор сохраняется в localStorage вашего браузера и никуда не отправляется. Его можно удалить, очистив данные сайта в браузере.',
        '- **Сессия сотрудника.** Сотрудникам редакции после входа в систему выдаётся файл cookie сессии. Он нужен только для работы в редакционной панели, недоступен скриптам страницы и удаляется при выходе. Читателям этот файл не выдаётся.',
        'Других файлов cookie сайт не использует, поэтому мы не показываем баннер согласия.',
        '## Статистика чтения',
        'Чтобы составить список «Самое читаемое», мы считаем, сколько раз материал был открыт за день. Хранится только число прочтений материала на каждом языке — без адресов, идентификаторов и сведений о браузере.',
        '## Вопросы',
        'По вопросам конфиденциальности пишите на privacy@bureau.example (демо-адрес).',
      ],
    },
    az: {
      title: 'Məxfilik və cookie faylları',
      lines: [
        'Bureau oxucular haqqında məlumat toplamır. Saytda kənar xidmətlərin ziyarət sayğacları, reklam izləyiciləri və başqasının skriptlərini yükləyən sosial şəbəkə düymələri yoxdur.',
        '## Brauzerinizdə nə saxlanılır',
        '- **Görünüş mövzusu.** Açıq və ya tünd mövzunu dəyişsəniz, seçiminiz brauzerinizin localStorage yaddaşında saxlanılır və heç yerə göndərilmir. Brauzerdə saytın məlumatlarını təmizləməklə onu silə bilərsiniz.',
        '- **Əməkdaş sessiyası.** Redaksiya əməkdaşlarına sistemə daxil olduqdan sonra sessiya cookie faylı verilir. O, yalnız redaksiya panelində iş üçün lazımdır, səhifənin skriptləri üçün əlçatan deyil və çıxışda silinir. Oxuculara bu fayl verilmir.',
        'Sayt başqa cookie faylları istifadə etmir, buna görə də razılıq banneri göstərmirik.',
        '## Oxu statistikası',
        '«Ən çox oxunanlar» siyahısını tərtib etmək üçün materialın gün ərzində neçə dəfə açıldığını sayırıq. Yalnız materialın hər dildə oxunma sayı saxlanılır — ünvanlar, identifikatorlar və brauzer haqqında məlumat olmadan.',
        '## Suallar',
        'Məxfilik məsələləri üzrə privacy@bureau.example (nümayiş ünvanı) ünvanına yazın.',
      ],
    },
    en: {
      title: 'Privacy and cookies',
      lines: [
        'Bureau collects no information about its readers. The site has no third-party analytics, no ad trackers and no social media buttons that load other companies’ scripts.',
        '## What is kept in your browser',
        '- **Your theme.** If you switch between the light and the dark theme, your choice is kept in your browser’s localStorage and is never sent anywhere. Clearing the site’s data in your browser removes it.',
        '- **A staff session.** Members of the newsroom get a session cookie when they sign in. It is needed only to work in the newsroom’s dashboard, cannot be read by the page’s scripts and is deleted when they sign out. Readers never get it.',
        'The site uses no other cookies, which is why we show no consent banner.',
        '## Reading figures',
        'To list the most read stories we count how many times a story was opened each day. Only the number of readings of each story in each language is kept: no addresses, identifiers or browser details.',
        '## Questions',
        'For privacy questions, write to privacy@bureau.example (demo address).',
      ],
    },
  },
  corrections: {
    ru: {
      title: 'Политика исправлений',
      lines: [
        'Мы ошибаемся редко, но когда это случается, исправляем ошибку быстро и открыто.',
        '## Как мы исправляем',
        '- **Опечатки и мелкие неточности**, не меняющие смысла, исправляются без отдельной пометки.',
        '- **Фактические ошибки** (имя, должность, цифра, дата, место) исправляются в тексте, а в конце материала добавляется примечание: что было неверно и когда это исправлено.',
        '- **Существенные изменения**, меняющие суть сообщения, отмечаются в начале материала.',
        'У каждого исправленного материала под заголовком рядом со временем публикации указано время обновления («Обновлено»). Исправление вносится во все языковые версии материала.',
        '## Чего мы не делаем',
        'Мы не удаляем опубликованные материалы, чтобы скрыть ошибку. Материал снимается только по решению суда или если его публикация угрожает чьей-то безопасности; в этом случае мы сообщаем о снятии.',
        '## Сообщить об ошибке',
        'Напишите на corrections@bureau.example (демо-адрес), указав ссылку на материал и суть ошибки. Дежурный редактор ответит в течение рабочего дня.',
      ],
    },
    az: {
      title: 'Düzəlişlər siyasəti',
      lines: [
        'Nadir hallarda səhv edirik, amma belə olanda səhvi tez və açıq şəkildə düzəldirik.',
        '## Necə düzəldirik',
        '- **Mənanı dəyişməyən hərf səhvləri və kiçik qeyri-dəqiqliklər** ayrıca qeyd olmadan düzəldilir.',
        '- **Faktiki səhvlər** (ad, vəzifə, rəqəm, tarix, yer) mətndə düzəldilir, materialın sonuna isə qeyd əlavə olunur: nəyin səhv olduğu və nə vaxt düzəldildiyi.',
        '- **Xəbərin mahiyyətini dəyişən əhəmiyyətli dəyişikliklər** materialın əvvəlində qeyd olunur.',
        'Düzəliş edilmiş hər materialın başlığının altında, dərc vaxtının yanında yenilənmə vaxtı («Yeniləndi») göstərilir. Düzəliş materialın bütün dil versiyalarına edilir.',
        '## Nə etmirik',
        'Səhvi gizlətmək üçün dərc olunmuş materialları silmirik. Material yalnız məhkəmə qərarı ilə və ya onun dərci kiminsə təhlükəsizliyinə təhdid yaradırsa götürülür; bu halda götürülmə barədə məlumat veririk.',
        '## Səhv barədə bildirin',
        'Materialın keçidini və səhvin mahiyyətini göstərərək corrections@bureau.example (nümayiş ünvanı) ünvanına yazın. Növbətçi redaktor iş günü ərzində cavab verəcək.',
      ],
    },
    en: {
      title: 'Corrections policy',
      lines: [
        'We rarely get things wrong, but when we do, we correct the mistake quickly and openly.',
        '## How we correct',
        '- **Typos and small slips** that do not change the meaning are corrected without a note.',
        '- **Factual errors** (a name, a title, a figure, a date, a place) are corrected in the text, and a note at the end of the story says what was wrong and when it was corrected.',
        '- **Substantial changes** that alter what the story reports are noted at its top.',
        'Every corrected story shows, under its headline beside the time it was published, the time it was updated (“Updated”). A correction is made in every language the story is published in.',
        '## What we do not do',
        'We do not delete published stories to hide a mistake. A story is taken down only by a court order or when publishing it puts someone’s safety at risk, and we then say that it was taken down.',
        '## Report a mistake',
        'Write to corrections@bureau.example (demo address) with a link to the story and what is wrong. The duty editor answers within a working day.',
      ],
    },
  },
};

/**
 * Writes the demo pages that are missing (a page × language not in the table yet), with their first revision.
 * Runs at every seed, apart from the stories' "only into an empty database" rule, so a database made before
 * the pages existed gets them too; a page an admin has written is never touched.
 */
export async function seedAgencyPages(db: Db): Promise<number> {
  let written = 0;
  await db.transaction(async (tx) => {
    for (const [slug, texts] of Object.entries(demoPages) as [AgencyPageSlug, Record<SeedLocale, PageText>][]) {
      for (const [locale, text] of Object.entries(texts) as [SeedLocale, PageText][]) {
        const body = pageDoc(text.lines);
        const [row] = await tx
          .insert(s.pages)
          .values({ slug, locale, title: text.title, body, revision: 1 })
          .onConflictDoNothing({ target: [s.pages.slug, s.pages.locale] })
          .returning({ id: s.pages.id });
        if (!row) continue;
        await tx.insert(s.pageRevisions).values({ pageId: row.id, revision: 1, kind: 'create', title: text.title, body });
        written++;
      }
    }
  });
  return written;
}

