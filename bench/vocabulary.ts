/**
 * Words for the benchmark dataset (bench/dataset.ts), per language: enough different words, in several grammatical
 * forms, that full-text search over generated stories behaves like search over real news (common words match
 * thousands of stories, rare ones a handful). Azerbaijani words keep their letters (ə ş ç ğ ı ö ü), so folding is
 * exercised too.
 */
export type Vocabulary = {
  /** Content words, most frequent first (sampling is skewed towards the start of the list). */
  words: string[];
  /** Place and person names, capitalised in the text. */
  names: string[];
  /** Short function words placed between content words. */
  glue: string[];
};

const split = (text: string) => text.trim().split(/\s+/);

export const vocabularies: Record<'ru' | 'az' | 'en', Vocabulary> = {
  ru: {
    words: split(`
      правительство министр президент проект решение заявление встреча переговоры соглашение бюджет экономика
      компания рынок цены нефть газ энергетика транспорт дорога железная мост аэропорт порт строительство
      школа университет студенты учителя образование больница врачи здоровье пациенты лечение вакцина
      выставка театр спектакль концерт музыка фестиваль музей художник картина фотограф кино режиссёр
      футбол матч команда тренер чемпионат турнир победа поражение игроки шахматы гроссмейстер олимпиада
      учёные исследование лаборатория технологии спутник программа искусственный интеллект данные сеть
      погода дождь снег жара мороз урожай фермеры пшеница хлопок виноград вода река озеро море берег
      столица город район село жители горожане власти мэрия парламент депутаты закон поправки суд
      посольство дипломаты делегация визит сотрудничество партнёры инвестиции кредит банк валюта инфляция
      экспорт импорт торговля таможня граница туристы гостиница отдых праздник годовщина память церемония
      цветы свечи молодёжь ветераны семья дети пенсионеры зарплаты пособия налоги реформа отчёт статистика
      рост снижение увеличение сокращение открытие закрытие запуск модернизация ремонт реконструкция
      трубопровод электростанция солнечная ветровая энергия тариф потребители поставки контракт тендер
      вокзал поезд автобус метро пробки маршрут рейс авиакомпания пассажиры грузы логистика склад
      библиотека книга писатель поэт премия конкурс выпускники экзамен олимпиада стипендия наука открытие
      заседание комиссия совещание саммит форум конференция доклад эксперты аналитики прогноз
      дипломатия диаспора соотечественники общины культура традиции наследие реставрация памятник площадь
      безопасность полиция пожар авария спасатели учения армия оборона граница миграция перепись
    `),
    names: split(`Баку Астана Тбилиси Анкара Ташкент Москва Гянджа Сумгаит Шеки Шуша Алматы Самарканд Стамбул Батуми
      Каспий Кура Алиев Мамедов Гасанова Каримова Орлова Назарбаев Исмаилов Рустамов Гулиева Абдуллаев`),
    glue: split(`и в на по с для о от до при после перед также уже ещё около более`),
  },
  az: {
    words: split(`
      hökumət nazir prezident layihə qərar bəyanat görüş danışıqlar saziş büdcə iqtisadiyyat
      şirkət bazar qiymətlər neft qaz energetika nəqliyyat yol dəmiryolu körpü hava limanı liman tikinti
      məktəb universitet tələbələr müəllimlər təhsil xəstəxana həkimlər səhiyyə xəstələr müalicə peyvənd
      sərgi teatr tamaşa konsert musiqi festival muzey rəssam tablo fotoqraf kino rejissor
      futbol oyun komanda məşqçi çempionat turnir qələbə məğlubiyyət oyunçular şahmat qrossmeyster olimpiada
      alimlər tədqiqat laboratoriya texnologiyalar peyk proqram süni intellekt məlumatlar şəbəkə
      hava yağış qar isti şaxta məhsul fermerlər buğda pambıq üzüm su çay göl dəniz sahil
      paytaxt şəhər rayon kənd sakinlər şəhərlilər hakimiyyət bələdiyyə parlament deputatlar qanun düzəlişlər məhkəmə
      səfirlik diplomatlar nümayəndə heyəti səfər əməkdaşlıq tərəfdaşlar investisiya kredit bank valyuta inflyasiya
      ixrac idxal ticarət gömrük sərhəd turistlər mehmanxana istirahət bayram ildönümü xatirə mərasim
      güllər şamlar gənclər veteranlar ailə uşaqlar təqaüdçülər maaşlar müavinətlər vergilər islahat hesabat statistika
      artım azalma genişlənmə ixtisar açılış bağlanış istifadəyə verilmə modernləşdirmə təmir yenidənqurma
      boru kəməri elektrik stansiyası günəş külək enerjisi tarif istehlakçılar tədarük müqavilə tender
      vağzal qatar avtobus metro tıxac marşrut reys aviaşirkət sərnişinlər yüklər logistika anbar
      kitabxana kitab yazıçı şair mükafat müsabiqə məzunlar imtahan təqaüd elm kəşf
      iclas komissiya müşavirə sammit forum konfrans məruzə ekspertlər analitiklər proqnoz
      diplomatiya diaspor həmvətənlər icmalar mədəniyyət ənənələr irs bərpa abidə meydan
      təhlükəsizlik polis yanğın qəza xilasedicilər təlim ordu müdafiə miqrasiya siyahıyaalma
      göstərici böyümə ölkə dövlət xalq vətəndaşlar ictimaiyyət mətbuat jurnalistlər redaksiya
    `),
    names: split(`Bakı Astana Tbilisi Ankara Daşkənd Moskva Gəncə Sumqayıt Şəki Şuşa Almatı Səmərqənd İstanbul Batumi
      Xəzər Kür Əliyev Məmmədov Həsənova Kərimova Orlova İsmayılov Rüstəmov Quliyeva Abdullayev Naxçıvan Lənkəran`),
    glue: split(`və ilə üçün da də bu həmçinin artıq hələ daha sonra əvvəl barədə haqqında`),
  },
  en: {
    words: split(`
      government minister president project decision statement meeting talks agreement budget economy
      company market prices oil gas energy transport road railway bridge airport port construction
      school university students teachers education hospital doctors health patients treatment vaccine
      exhibition theatre performance concert music festival museum artist painting photographer cinema director
      football match team coach championship tournament victory defeat players chess grandmaster olympiad
      scientists research laboratory technology satellite programme artificial intelligence data network
      weather rain snow heat frost harvest farmers wheat cotton grapes water river lake sea coast
      capital city district village residents citizens authorities municipality parliament deputies law amendments court
      embassy diplomats delegation visit cooperation partners investment loan bank currency inflation
      exports imports trade customs border tourists hotel holiday festivities anniversary memory ceremony
      flowers candles youth veterans families children pensioners wages benefits taxes reform report statistics
      growth decline increase reduction opening closure launch modernisation repairs reconstruction
      pipeline power plant solar wind tariff consumers supplies contract tender
      station train bus metro traffic route flight airline passengers cargo logistics warehouse
      library book writer poet prize contest graduates exam scholarship science discovery
      session commission summit forum conference address experts analysts forecast
      diplomacy diaspora compatriots communities culture traditions heritage restoration monument square
      security police fire accident rescuers drills army defence migration census
      announced opened signed discussed visited launched approved reported expected increased reduced
    `),
    names: split(`Baku Astana Tbilisi Ankara Tashkent Moscow Ganja Sumgayit Sheki Shusha Almaty Samarkand Istanbul Batumi
      Caspian Kura Aliyev Mammadov Hasanova Karimova Orlova Ismayilov Rustamov Guliyeva Abdullayev Nakhchivan Lankaran`),
    glue: split(`and in on for with of from to at after before also already still about more the a`),
  },
};

/** Syllables per language, for the long tail of rarer words (terms, surnames, place names). */
const syllables: Record<'ru' | 'az' | 'en', string[]> = {
  ru: split('ба ва го да ев жи за ки ло ми на ов ра са ти ус фа хо це чи ша щу ыр эл юн ян бор вер гра дол жен зор кар лин мор нов пер ров сто тур фел хан цев чер шин'),
  az: split('ba cə çi da əl fə gö ğa hə xa ıq il ka qə lə mə nö oy öz pə ra sə şə tu üz va yə zə bəy cəm dağ gün xan ərz qız səs şah tər yol ağa çay kənd'),
  en: split('ba ber cal dor en fer gan hal in jor kel lin mar nor ol par quin ros sal ter un var wel yor zan ster ton ville ham ford ley worth mond gate field'),
};

/**
 * `count` made-up words of two to four syllables (the language's letters included), the same for a given seed:
 * sampled with a steep skew, each appears in few stories, like the rare words of real news.
 */
export function tailWords(locale: 'ru' | 'az' | 'en', count: number, seed = 1): string[] {
  let a = (seed * 2654435761 + locale.charCodeAt(0) * 97) >>> 0;
  const r = () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
  const list = syllables[locale];
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(r() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += list[Math.floor(r() * list.length)];
    out.add(word);
  }
  return [...out];
}
