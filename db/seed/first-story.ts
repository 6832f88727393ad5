import type { SeedStory } from './types';

const credit = { ru: 'Фото: Report', az: 'Foto: Report', en: 'Photo: Report' };

export const firstStory: SeedStory = {
  key: 'embassy-kazakhstan-january-20',
  category: 'politics',
  bureau: 'kazakhstan',
  author: 'report-kz',
  publishedAt: '2026-01-20T15:40:00+04:00',
  tags: ['january-20', 'diplomacy', 'diaspora', 'exhibition'],
  cover: {
    scene: 'flowers',
    hue: 0,
    alt: {
      ru: 'Красные гвоздики, разложенные у подножия бюста на постаменте',
      az: 'Postament üzərindəki büstün önünə düzülmüş qırmızı qərənfillər',
      en: 'Red carnations laid at the foot of a bust on a pedestal',
    },
    caption: {
      ru: 'Цветы у бюста общенационального лидера Гейдара Алиева в посольстве Азербайджана в Казахстане',
      az: 'Azərbaycanın Qazaxıstandakı səfirliyində ümummilli lider Heydər Əliyevin büstü önünə qoyulmuş gül dəstələri',
      en: 'Flowers at the bust of national leader Heydar Aliyev at the Azerbaijani Embassy in Kazakhstan',
    },
    credit,
  },
  gallery: [
    {
      scene: 'flowers',
      hue: 350,
      alt: {
        ru: 'Букеты красных гвоздик у основания бюста, за ним светлая стена',
        az: 'Büstün altlığı önündə qırmızı qərənfil dəstələri, arxada açıq rəngli divar',
        en: 'Bunches of red carnations at the base of a bust against a pale wall',
      },
      caption: {
        ru: 'Возложение цветов к бюсту общенационального лидера Гейдара Алиева в здании посольства',
        az: 'Səfirliyin binasında ümummilli lider Heydər Əliyevin büstü önünə gül dəstələri qoyulub',
        en: 'Flowers laid at the bust of national leader Heydar Aliyev in the embassy building',
      },
      credit,
    },
    {
      scene: 'stand',
      hue: 10,
      alt: {
        ru: 'Стенд с фотографиями на стене, перед ним лежат красные гвоздики',
        az: 'Divarda fotoşəkillərdən ibarət stend, önündə qırmızı qərənfillər',
        en: 'A wall stand with photographs, red carnations lying in front of it',
      },
      caption: {
        ru: 'Стенд, посвященный памяти шехидов 20 Января',
        az: '20 Yanvar şəhidlərinin xatirəsinə həsr olunmuş stend',
        en: 'The stand dedicated to the memory of the January 20 martyrs',
      },
      credit,
    },
    {
      scene: 'crowd',
      hue: 210,
      alt: {
        ru: 'Силуэты людей, неподвижно стоящих в ряд в полутемном зале',
        az: 'Yarıqaranlıq zalda cərgə ilə hərəkətsiz dayanmış insanların siluetləri',
        en: 'Silhouettes of people standing still in a row in a dimly lit room',
      },
      caption: {
        ru: 'Участники мероприятия почтили память погибших минутой молчания',
        az: 'Tədbir iştirakçıları həlak olanların xatirəsini bir dəqiqəlik sükutla yad ediblər',
        en: 'Participants honored the memory of the victims with a minute of silence',
      },
      credit,
    },
    {
      scene: 'hall',
      hue: 200,
      alt: {
        ru: 'Трибуна в конференц-зале, перед ней ряды стульев',
        az: 'Konfrans zalında tribuna, önündə cərgə ilə düzülmüş stullar',
        en: 'A lectern in a conference room facing rows of chairs',
      },
      caption: {
        ru: 'Посол Азербайджана в Казахстане Агалар Атамогланов выступает на мероприятии',
        az: 'Azərbaycanın Qazaxıstandakı səfiri Ağalar Atamoğlanov tədbirdə çıxış edir',
        en: 'Azerbaijani Ambassador to Kazakhstan Agalar Atamoghlanov addresses the event',
      },
      credit,
    },
    {
      scene: 'hall',
      hue: 30,
      alt: {
        ru: 'Зал с рядами занятых стульев, впереди трибуна с микрофоном',
        az: 'Dolu stul cərgələri olan zal, öndə mikrofonlu tribuna',
        en: 'A room with rows of occupied chairs and a lectern with a microphone at the front',
      },
      caption: {
        ru: 'На мероприятии выступили представители азербайджанской диаспоры',
        az: 'Tədbirdə Azərbaycan diasporunun nümayəndələri çıxış ediblər',
        en: 'Representatives of the Azerbaijani diaspora spoke at the event',
      },
      credit,
    },
    {
      scene: 'stand',
      hue: 20,
      alt: {
        ru: 'Ряд выставочных панелей с черно-белыми фотографиями вдоль стены',
        az: 'Divar boyunca düzülmüş, üzərində ağ-qara fotoşəkillər olan sərgi panelləri',
        en: 'A row of exhibition panels with black-and-white photographs along a wall',
      },
      caption: {
        ru: 'Фотовыставка, посвященная трагическим событиям 20 Января',
        az: '20 Yanvarın faciəli hadisələrinə həsr olunmuş fotosərgi',
        en: 'The photo exhibition devoted to the tragic events of January 20',
      },
      credit,
    },
    {
      scene: 'crowd',
      hue: 220,
      alt: {
        ru: 'Несколько человек стоят перед стеной с фотографиями и рассматривают их',
        az: 'Bir neçə nəfər fotoşəkillər asılmış divarın önündə dayanıb onlara baxır',
        en: 'Several people stand in front of a wall of photographs, looking at them',
      },
      caption: {
        ru: 'Участники церемонии у стендов фотовыставки',
        az: 'Mərasim iştirakçıları fotosərginin stendləri önündə',
        en: 'Ceremony participants at the photo exhibition panels',
      },
      credit,
    },
    {
      scene: 'portrait',
      hue: 340,
      alt: {
        ru: 'Черно-белый снимок в темной рамке на мольберте',
        az: 'Molbert üzərində tünd çərçivədə ağ-qara fotoşəkil',
        en: 'A black-and-white photograph in a dark frame on an easel',
      },
      caption: {
        ru: 'Один из кадров фотовыставки, отражающих трагические события 20 Января',
        az: 'Fotosərgidə nümayiş olunan, 20 Yanvarın faciəli hadisələrini əks etdirən kadrlardan biri',
        en: 'One of the exhibition images depicting the tragic events of January 20',
      },
      credit,
    },
    {
      scene: 'crowd',
      hue: 40,
      alt: {
        ru: 'Участники мероприятия стоят в зале посольства перед стендами фотовыставки',
        az: 'Tədbir iştirakçıları səfirliyin zalında fotosərginin stendləri önündə dayanıblar',
        en: 'Participants stand in the embassy hall in front of the exhibition stands',
      },
      caption: {
        ru: 'Представители азербайджанской диаспоры на церемонии в посольстве',
        az: 'Səfirlikdəki mərasimdə Azərbaycan diasporunun nümayəndələri',
        en: 'Representatives of the Azerbaijani diaspora at the ceremony in the embassy',
      },
      credit,
    },
    {
      scene: 'portrait',
      hue: 190,
      alt: {
        ru: 'Архивная фотография в рамке, установленная на подставке у стены',
        az: 'Divarın yanında altlıq üzərinə qoyulmuş, çərçivəyə salınmış arxiv fotoşəkli',
        en: 'A framed archive photograph on a stand beside a wall',
      },
      caption: {
        ru: 'Архивные кадры январских событий 1990 года на фотовыставке в посольстве',
        az: 'Səfirlikdəki fotosərgidə 1990-cı il yanvar hadisələrinin arxiv kadrları',
        en: 'Archive images of the events of January 1990 at the photo exhibition in the embassy',
      },
      credit,
    },
  ],
  variants: {
    ru: {
      title: 'В посольстве Азербайджана в Казахстане почтили память жертв трагедии 20 Января',
      lead: 'В посольстве Азербайджана в Казахстане прошло мероприятие к 36-й годовщине трагедии 20 Января с возложением цветов к бюсту общенационального лидера Гейдара Алиева, минутой молчания и фотовыставкой.',
      body: [
        'В посольстве Азербайджана в Казахстане состоялось мероприятие, посвященное 36-й годовщине трагедии 20 Января - Дню всенародной скорби.',
        'Как передает казахстанское бюро Report, мероприятие началось с возложения цветов к бюсту общенационального лидера Гейдара Алиева, установленному в здании дипломатической миссии, а также к стенду, посвященному памяти шехидов 20 Января.',
        'Участники мероприятия почтили память погибших минутой молчания.',
        'Посол Азербайджана в Казахстане Агалар Атамогланов в своем выступлении подчеркнул, что 20 января 1990 года является днем глубокой скорби, но одновременно и днем национальной гордости в современной истории Азербайджана.',
        'По его словам, доведение правды о трагедии до международной общественности уже на следующий день после событий связано с именем общенационального лидера Азербайджана Гейдара Алиева. После восстановления независимости и возвращения национального лидера к власти трагедии 20 Января 1990 года и другим преступлениям, совершенным против азербайджанского народа, была дана политико-правовая оценка.',
        'Посол также подчеркнул, что единство и воля азербайджанского народа стали основой Победы в 44-дневной Отечественной войне под руководством Верховного главнокомандующего Президента Ильхама Алиева, а также антитеррористических мероприятий 19–20 сентября 2023 года, приведших к полному восстановлению суверенитета страны.',
        'В ходе выступления также была затронута мирная повестка в регионе. В частности, отмечено, что встреча 8 августа 2025 года в Вашингтоне и принятые там решения, включая подписание совместного заявления и парафирование Азербайджаном и Арменией текста мирного договора, стало важным подтверждением территориальной целостности и суверенитета Азербайджана на международной арене.',
        'В мероприятии выступили представители азербайджанской диаспоры.',
        'В рамках церемонии была организована фотовыставка, на которой представлены кадры, отражающие трагические события 20 Января.',
      ],
      seoTitle: 'Посольство Азербайджана в Казахстане почтило память жертв 20 Января',
      seoDescription:
        'В посольстве Азербайджана в Казахстане прошло мероприятие к 36-й годовщине трагедии 20 Января: цветы, минута молчания и фотовыставка.',
    },
    az: {
      title: 'Azərbaycanın Qazaxıstandakı səfirliyində 20 Yanvar faciəsi qurbanlarının xatirəsi anılıb',
      lead: 'Azərbaycanın Qazaxıstandakı səfirliyində 20 Yanvar faciəsinin 36-cı ildönümünə həsr olunmuş, ümummilli lider Heydər Əliyevin büstü önünə gül dəstələrinin qoyulması, bir dəqiqəlik sükut və fotosərgi ilə müşayiət olunan tədbir keçirilib.',
      body: [
        'Azərbaycanın Qazaxıstandakı səfirliyində 20 Yanvar faciəsinin 36-cı ildönümünə – Ümumxalq Hüzn Gününə həsr olunmuş tədbir keçirilib.',
        'Report-un Qazaxıstan bürosu xəbər verir ki, tədbir diplomatik nümayəndəliyin binasında ucaldılmış ümummilli lider Heydər Əliyevin büstü, eləcə də 20 Yanvar şəhidlərinin xatirəsinə həsr olunmuş stend önünə gül dəstələrinin qoyulması ilə başlayıb.',
        'Tədbir iştirakçıları həlak olanların xatirəsini bir dəqiqəlik sükutla yad ediblər.',
        'Azərbaycanın Qazaxıstandakı səfiri Ağalar Atamoğlanov çıxışında vurğulayıb ki, 1990-cı il 20 Yanvar Azərbaycanın müasir tarixində dərin hüzn günü, eyni zamanda milli qürur günüdür.',
        'Onun sözlərinə görə, faciə ilə bağlı həqiqətlərin hadisələrin ertəsi günü beynəlxalq ictimaiyyətə çatdırılması Azərbaycanın ümummilli lideri Heydər Əliyevin adı ilə bağlıdır. Müstəqilliyin bərpasından və ümummilli liderin hakimiyyətə qayıdışından sonra 1990-cı il 20 Yanvar faciəsinə və Azərbaycan xalqına qarşı törədilmiş digər cinayətlərə siyasi-hüquqi qiymət verilib.',
        'Səfir həmçinin vurğulayıb ki, Azərbaycan xalqının birliyi və iradəsi Ali Baş Komandan Prezident İlham Əliyevin rəhbərliyi ilə 44 günlük Vətən müharibəsində qazanılan Qələbənin, eləcə də ölkənin suverenliyinin tam bərpasına gətirib çıxaran 2023-cü il 19–20 sentyabr antiterror tədbirlərinin əsasını təşkil edib.',
        'Çıxışda regionda sülh gündəliyinə də toxunulub. Xüsusilə qeyd olunub ki, 2025-ci il avqustun 8-də Vaşinqtonda keçirilən görüş və orada qəbul edilən qərarlar, o cümlədən birgə bəyannamənin imzalanması və Azərbaycan ilə Ermənistan tərəfindən sülh sazişi mətninin paraflanması Azərbaycanın ərazi bütövlüyünün və suverenliyinin beynəlxalq arenada mühüm təsdiqi olub.',
        'Tədbirdə Azərbaycan diasporunun nümayəndələri çıxış ediblər.',
        'Mərasim çərçivəsində 20 Yanvarın faciəli hadisələrini əks etdirən kadrların nümayiş olunduğu fotosərgi təşkil edilib.',
      ],
      seoTitle: 'Qazaxıstandakı səfirlikdə 20 Yanvar qurbanlarının xatirəsi anılıb',
      seoDescription:
        'Azərbaycanın Qazaxıstandakı səfirliyində 20 Yanvar faciəsinin 36-cı ildönümünə həsr olunmuş tədbir: gül dəstələri, sükut dəqiqəsi və fotosərgi.',
    },
    en: {
      title: 'Azerbaijani Embassy in Kazakhstan commemorates victims of January 20 tragedy',
      lead: 'The Azerbaijani Embassy in Kazakhstan held an event marking the 36th anniversary of the January 20 tragedy, with flowers laid at the bust of national leader Heydar Aliyev, a minute of silence and a photo exhibition.',
      body: [
        'The Embassy of Azerbaijan in Kazakhstan held an event dedicated to the 36th anniversary of the January 20 tragedy – the Day of Nationwide Sorrow.',
        "According to Report's Kazakhstan bureau, the event began with the laying of flowers at the bust of national leader Heydar Aliyev, installed in the building of the diplomatic mission, as well as at the stand dedicated to the memory of the January 20 martyrs.",
        'The participants honored the memory of the victims with a minute of silence.',
        'In his speech, Azerbaijani Ambassador to Kazakhstan Agalar Atamoghlanov stressed that January 20, 1990 is a day of deep sorrow, but at the same time a day of national pride in the modern history of Azerbaijan.',
        "According to him, the fact that the truth about the tragedy was conveyed to the international community the very next day after the events is linked to the name of Azerbaijan's national leader Heydar Aliyev. After the restoration of independence and the national leader's return to power, a political and legal assessment was given to the January 20, 1990 tragedy and other crimes committed against the Azerbaijani people.",
        "The ambassador also emphasized that the unity and will of the Azerbaijani people became the foundation of the Victory in the 44-day Patriotic War under the leadership of Supreme Commander-in-Chief President Ilham Aliyev, as well as of the anti-terrorist measures of September 19–20, 2023, which led to the full restoration of the country's sovereignty.",
        "The speech also touched upon the peace agenda in the region. In particular, it was noted that the meeting in Washington on August 8, 2025 and the decisions adopted there, including the signing of a joint declaration and the initialing of the text of the peace agreement by Azerbaijan and Armenia, became an important confirmation of Azerbaijan's territorial integrity and sovereignty in the international arena.",
        'Representatives of the Azerbaijani diaspora spoke at the event.',
        'As part of the ceremony, a photo exhibition was organized featuring images depicting the tragic events of January 20.',
      ],
      seoTitle: 'Azerbaijani Embassy in Kazakhstan honors January 20 victims',
      seoDescription:
        'The Azerbaijani Embassy in Kazakhstan marked the 36th anniversary of the January 20 tragedy with flowers, a minute of silence and a photo exhibition.',
    },
  },
};
