import type { SeedStory } from './types';

/**
 * Demo stories, set A: neutral, clearly fictional everyday news (invented institutions and people).
 * Two stories have no Azerbaijani variant and two have no English one, to show untranslated stories.
 */

const credit = { ru: 'Фото: Bureau', az: 'Foto: Bureau', en: 'Photo: Bureau' };

export const demoStoriesA: SeedStory[] = [
  // 1
  {
    key: 'a-library-hours-almaty',
    category: 'society',
    bureau: 'kazakhstan',
    author: 'report-kz',
    publishedAt: '2025-12-20T09:40:00+04:00',
    tags: ['education'],
    cover: {
      scene: 'hall',
      hue: 35,
      alt: {
        ru: 'Читальный зал с рядами стульев и кафедрой',
        az: 'Stul cərgələri və kürsü olan oxu zalı',
        en: 'A reading room with rows of chairs and a lectern',
      },
      caption: {
        ru: 'Читальный зал библиотеки «Листопад» на зимних каникулах будет открыт до 22:00',
        az: '«Listopad» kitabxanasının oxu zalı qış tətilində saat 22:00-dək açıq olacaq',
        en: "The Listopad library's reading room will stay open until 10 p.m. over the winter holidays",
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Библиотека «Листопад» в Алматы продлит часы работы на зимние каникулы',
        lead: 'С 25 декабря по 10 января читальный зал библиотеки «Листопад» будет открыт до 22:00, а по выходным — с девяти утра.',
        body: [
          'Решение приняли после опроса читателей, который библиотека проводила в ноябре. Больше половины участников попросили открывать читальный зал по вечерам, когда у школьников и студентов начинаются каникулы.',
          'В продлённые часы будут работать абонемент, читальный зал и детский отдел. **Вход остаётся бесплатным**, а для записи понадобится только удостоверение личности или свидетельство о рождении ребёнка.',
          '## Вечерние занятия и настольные игры',
          'По вечерам в библиотеке пройдут громкие чтения для младших школьников и клуб настольных игр для подростков. Расписание занятий опубликуют на стенде у входа и на сайте библиотеки.',
          '> «Зимой многим хочется провести вечер в тёплом и тихом месте с книгой. Мы просто решили дать такую возможность всем, кто работает днём», — сказала директор библиотеки Айгерим Сейткали.',
          'Если опыт окажется удачным, ассоциация библиотек региона предложит ввести вечерние часы и в других районных библиотеках города. Итоги подведут в конце января.',
        ],
        seoTitle: 'Библиотека «Листопад» в Алматы продлит часы работы',
        seoDescription:
          'На зимних каникулах читальный зал библиотеки «Листопад» в Алматы будет открыт до 22:00, по вечерам пройдут чтения и игры.',
      },
      az: {
        title: 'Almatıdakı «Listopad» kitabxanası qış tətilində iş saatlarını uzadır',
        lead: 'Dekabrın 25-dən yanvarın 10-dək «Listopad» kitabxanasının oxu zalı saat 22:00-dək, həftə sonları isə səhər saat doqquzdan açıq olacaq.',
        body: [
          'Qərar kitabxananın noyabrda oxucular arasında keçirdiyi sorğudan sonra qəbul edilib. İştirakçıların yarıdan çoxu məktəblilər və tələbələr tətilə çıxanda oxu zalının axşamlar da açıq olmasını xahiş edib.',
          'Uzadılmış saatlarda abonement, oxu zalı və uşaq şöbəsi işləyəcək. **Giriş pulsuz olaraq qalır**, qeydiyyat üçün isə yalnız şəxsiyyət vəsiqəsi və ya uşağın doğum haqqında şəhadətnaməsi tələb olunur.',
          '## Axşam məşğələləri və stolüstü oyunlar',
          'Axşamlar kitabxanada kiçik yaşlı məktəblilər üçün ucadan oxu saatları, yeniyetmələr üçün isə stolüstü oyunlar klubu təşkil olunacaq. Məşğələlərin cədvəli girişdəki stenddə və kitabxananın saytında dərc ediləcək.',
          '> «Qışda çoxları axşamı isti və sakit bir yerdə kitabla keçirmək istəyir. Biz sadəcə bu imkanı gündüz işləyən hər kəsə vermək qərarına gəldik», – kitabxananın direktoru Aygerim Seytkali deyib.',
          'Təcrübə uğurlu olarsa, regionun kitabxanalar assosiasiyası şəhərin digər rayon kitabxanalarında da axşam saatlarının tətbiqini təklif edəcək. Yekunlar yanvarın sonunda çıxarılacaq.',
        ],
        seoTitle: 'Almatıdakı «Listopad» kitabxanası iş saatlarını uzadır',
        seoDescription:
          'Qış tətilində Almatıdakı «Listopad» kitabxanasının oxu zalı saat 22:00-dək açıq olacaq, axşamlar oxu saatları və oyunlar keçiriləcək.',
      },
      en: {
        title: "Almaty's Listopad library extends its opening hours for the winter holidays",
        lead: 'From 25 December to 10 January the reading room of the Listopad library will stay open until 10 p.m., and at weekends it will open at nine in the morning.',
        body: [
          'The decision followed a reader survey the library ran in November. More than half of those who took part asked for the reading room to open in the evenings once schoolchildren and students are on holiday.',
          "The lending desk, the reading room and the children's section will all work the extended hours. **Entry remains free**, and signing up only requires an identity card or a child's birth certificate.",
          '## Evening sessions and board games',
          "In the evenings the library will host read-aloud sessions for younger pupils and a board-game club for teenagers. The schedule will be posted on the board by the entrance and on the library's website.",
          "> “In winter many people want to spend an evening somewhere warm and quiet with a book. We simply decided to give that chance to everyone who works during the day,” said the library's director, Aigerim Seitkali.",
          "If the trial goes well, the regional library association will propose evening hours for the city's other district libraries too. The results will be reviewed at the end of January.",
        ],
        seoTitle: "Almaty's Listopad library extends its opening hours",
        seoDescription:
          'Over the winter holidays the Listopad library in Almaty keeps its reading room open until 10 p.m., with evening readings and board games.',
      },
    },
  },

  // 2
  {
    key: 'a-school-chess-baku',
    category: 'sport',
    bureau: 'baku',
    author: 'r-aliyev',
    publishedAt: '2025-12-21T16:05:00+04:00',
    tags: ['chess', 'education'],
    cover: {
      scene: 'hall',
      hue: 210,
      alt: {
        ru: 'Игровой зал с рядами стульев и судейским столом',
        az: 'Stul cərgələri və hakim masası olan oyun zalı',
        en: "A playing hall with rows of chairs and an arbiter's desk",
      },
      caption: {
        ru: 'Игровой зал клуба «Белая ладья» во время последнего тура',
        az: '«Ağ top» klubunun oyun zalı son tur zamanı',
        en: "The White Rook club's playing hall during the final round",
      },
      credit,
    },
    gallery: [
      {
        scene: 'hall',
        hue: 170,
        alt: {
          ru: 'Пустой зал с рядами стульев и кафедрой',
          az: 'Stul cərgələri və kürsü olan boş zal',
          en: 'An empty hall with rows of chairs and a lectern',
        },
        caption: {
          ru: 'Зал клуба «Белая ладья» за час до первого тура: доски уже расставлены',
          az: '«Ağ top» klubunun zalı ilk turdan bir saat əvvəl: taxtalar artıq düzülüb',
          en: "The White Rook club's hall an hour before the first round, with the boards already set out",
        },
        credit,
      },
      {
        scene: 'crowd',
        hue: 30,
        alt: {
          ru: 'Силуэты взрослых, стоящих вдоль стены коридора',
          az: 'Dəhlizin divarı boyunca dayanan böyüklərin siluetləri',
          en: 'Silhouettes of adults standing along a corridor wall',
        },
        caption: {
          ru: 'Родители и тренеры ждут объявления пар седьмого тура',
          az: 'Valideynlər və məşqçilər yeddinci turun cütlərinin elan olunmasını gözləyirlər',
          en: 'Parents and coaches wait for the seventh-round pairings to be announced',
        },
        credit,
      },
      {
        scene: 'portrait',
        hue: 120,
        alt: {
          ru: 'Фотография в рамке на мольберте у входа в зал',
          az: 'Zalın girişində molbert üzərində çərçivəli fotoşəkil',
          en: 'A framed photograph on an easel by the entrance to the hall',
        },
        caption: {
          ru: 'Снимок победителей первого турнира клуба, который прошёл пять лет назад',
          az: 'Klubun beş il əvvəl keçirilən ilk turnirinin qaliblərinin fotoşəkli',
          en: "A photograph of the winners of the club's first tournament five years ago",
        },
        credit: {
          ru: 'Фото: архив клуба «Белая ладья»',
          az: 'Foto: «Ağ top» klubunun arxivi',
          en: 'Photo: White Rook club archive',
        },
      },
      {
        scene: 'stand',
        hue: 280,
        alt: {
          ru: 'Стенд с листами бумаги на стене фойе',
          az: 'Foyedə divardakı vərəqlərlə stend',
          en: 'A board with sheets of paper on the foyer wall',
        },
        caption: {
          ru: 'Таблица результатов всех семи туров в старшей группе',
          az: 'Yaşlılar qrupunda bütün yeddi turun nəticələr cədvəli',
          en: 'The results table for all seven rounds in the senior group',
        },
        credit,
      },
      {
        scene: 'night',
        hue: 330,
        alt: {
          ru: 'Вечерняя улица, освещённая фонарями',
          az: 'Fənərlərlə işıqlandırılmış axşam küçəsi',
          en: 'An evening street lit by streetlamps',
        },
        caption: {
          ru: 'Участники и родители расходятся по домам после награждения',
          az: 'İştirakçılar və valideynlər mükafatlandırmadan sonra evlərinə dağılışırlar',
          en: 'Players and parents head home after the prize-giving',
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'В Баку завершился новогодний шахматный турнир для школьников',
        lead: 'Более 140 учеников из 30 бакинских школ два дня играли в шахматном клубе «Белая ладья»; победители определились в трёх возрастных группах.',
        body: [
          'Клуб «Белая ладья» проводит этот турнир уже пятый год подряд. В этот раз партии играли по швейцарской системе в семь туров с контролем 15 минут плюс 10 секунд на ход.',
          'В младшей группе до 10 лет первое место заняла **девятилетняя Лейла Гасымова**, не проигравшая ни одной партии. Среди 11–13-летних победил Тогрул Мамедзаде, а в старшей группе — Нигяр Бабаева, которая решила исход турнира в последнем туре.',
          '## Сеанс одновременной игры',
          'Пока судьи подводили итоги, тренер клуба Эльчин Рагимов провёл сеанс одновременной игры на 20 досках. Он выиграл 16 партий, три завершились вничью, а одну он уступил двенадцатилетнему Фариду.',
          '> «Для многих детей это первый турнир с настоящими часами и протоколами. Главное, чтобы они вернулись к доске и в следующем году», — сказал Эльчин Рагимов.',
          'Все участники получили дипломы, а призёры — шахматные наборы и книги по теории. Фотографии с турнира клуб разместил на стенде в своём фойе.',
        ],
        seoTitle: 'Новогодний шахматный турнир для школьников прошёл в Баку',
        seoDescription:
          'Более 140 школьников сыграли в турнире клуба «Белая ладья» в Баку; победители определились в трёх возрастных группах.',
      },
      az: {
        title: 'Bakıda məktəblilər üçün Yeni il şahmat turniri başa çatıb',
        lead: 'Bakının 30 məktəbindən 140-dan çox şagird iki gün ərzində «Ağ top» şahmat klubunda oynayıb; qaliblər üç yaş qrupunda müəyyənləşib.',
        body: [
          '«Ağ top» klubu bu turniri artıq beşinci ildir ki, keçirir. Bu dəfə oyunlar İsveçrə sistemi ilə yeddi turda, hər gediş üçün 10 saniyə əlavə olunmaqla 15 dəqiqəlik vaxt nəzarəti ilə oynanılıb.',
          '10 yaşadək uşaqlar qrupunda birinci yeri bir partiya da uduzmayan **doqquz yaşlı Leyla Qasımova** tutub. 11–13 yaşlılar arasında Toğrul Məmmədzadə, yaşlılar qrupunda isə turnirin taleyini son turda həll edən Nigar Babayeva qalib gəlib.',
          '## Eyni vaxtda oyun seansı',
          'Hakimlər yekunları hesablayarkən klubun məşqçisi Elçin Rəhimov 20 taxtada eyni vaxtda oyun seansı keçirib. O, 16 partiyada qalib gəlib, üç partiya heç-heçə bitib, birində isə on iki yaşlı Fəridə uduzub.',
          '> «Bir çox uşaq üçün bu, əsl saat və protokollarla keçirilən ilk turnirdir. Əsas odur ki, gələn il də taxtanın arxasına qayıtsınlar», – Elçin Rəhimov deyib.',
          'Bütün iştirakçılara diplomlar, mükafatçılara isə şahmat dəstləri və nəzəriyyə kitabları təqdim olunub. Klub turnirdən fotoşəkilləri foyedəki stenddə yerləşdirib.',
        ],
        seoTitle: 'Bakıda məktəblilər üçün Yeni il şahmat turniri keçirilib',
        seoDescription:
          'Bakıda «Ağ top» klubunun turnirində 140-dan çox məktəbli oynayıb; qaliblər üç yaş qrupunda müəyyənləşib.',
      },
      en: {
        title: "Baku's New Year chess tournament for schoolchildren comes to a close",
        lead: 'More than 140 pupils from 30 Baku schools spent two days playing at the White Rook chess club, with winners decided in three age groups.',
        body: [
          'The White Rook club has now held the tournament for five years running. This time the games were played over seven rounds under the Swiss system, with 15 minutes per player plus 10 seconds a move.',
          'In the under-10 group first place went to **nine-year-old Leyla Gasimova**, who did not lose a single game. Togrul Mammadzade won among the 11- to 13-year-olds, and the senior group went to Nigar Babayeva, who settled the tournament in the final round.',
          '## A simultaneous exhibition',
          'While the arbiters tallied the results, club coach Elchin Rahimov played a simultaneous exhibition on 20 boards. He won 16 games and drew three, losing one to twelve-year-old Farid.',
          '> “For many of the children this is their first tournament with real clocks and score sheets. What matters is that they come back to the board next year,” Elchin Rahimov said.',
          'Every participant received a certificate, and the prize-winners were given chess sets and books on chess theory. The club has put photographs from the tournament on a display in its foyer.',
        ],
        seoTitle: 'Baku hosts a New Year chess tournament for schoolchildren',
        seoDescription:
          "More than 140 pupils played in the White Rook club's tournament in Baku, with winners decided in three age groups.",
      },
    },
  },

  // 3
  {
    key: 'a-park-plan-kutaisi',
    category: 'politics',
    bureau: 'georgia',
    author: 'l-mammadli',
    publishedAt: '2025-12-22T11:25:00+04:00',
    cover: {
      scene: 'field',
      hue: 95,
      alt: {
        ru: 'Пустой участок с травой под светлым небом',
        az: 'Açıq səma altında otla örtülmüş boş sahə',
        en: 'An empty grassy plot under a pale sky',
      },
      caption: {
        ru: 'Участок у реки, где появится новый парк',
        az: 'Yeni parkın salınacağı çay kənarındakı sahə',
        en: 'The riverside plot where the new park will be laid out',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Городской совет Кутаиси одобрил план нового парка на берегу реки',
        lead: 'Депутаты единогласно утвердили проект парка площадью 4,5 гектара на месте бывшего складского участка; работы начнутся весной.',
        body: [
          'Проект подготовило городское бюро ландшафтного дизайна после трёх публичных обсуждений с жителями соседних кварталов. В итоговый план вошли прогулочные дорожки вдоль воды, детская площадка и открытая сцена для летних концертов.',
          'На территории высадят около **600 деревьев и кустарников** местных пород, в том числе липы, клёны и грабы. Старые складские стены частично сохранят и превратят в галерею под открытым небом.',
          '## Голосование жителей',
          'Названия аллей выберут сами горожане: онлайн-голосование откроется в январе и продлится месяц. Тогда же жители смогут предложить, какие спортивные тренажёры установить у входа в парк.',
          '> «Чаще всего мы слышали одну просьбу — место, куда можно прийти с детьми в пяти минутах ходьбы от дома. Этот парк и есть ответ», — сказала главный архитектор проекта Нино Квеселава.',
          'Первую очередь парка планируют открыть к началу осени 2026 года. Вторая очередь, с велодорожкой до центра города, будет построена в 2027 году.',
        ],
        seoTitle: 'В Кутаиси утвердили план нового парка у реки',
        seoDescription:
          'Городской совет Кутаиси одобрил проект парка площадью 4,5 га с дорожками у воды, сценой и 600 новыми деревьями.',
      },
      az: {
        title: 'Kutaisi şəhər şurası çay sahilində yeni parkın planını təsdiqləyib',
        lead: 'Deputatlar keçmiş anbar sahəsinin yerində 4,5 hektarlıq parkın layihəsini yekdilliklə təsdiqləyib; işlərə yazda başlanılacaq.',
        body: [
          'Layihəni şəhər landşaft dizaynı bürosu qonşu məhəllələrin sakinləri ilə üç ictimai müzakirədən sonra hazırlayıb. Yekun plana su kənarı boyunca gəzinti cığırları, uşaq meydançası və yay konsertləri üçün açıq səhnə daxil edilib.',
          'Ərazidə cökə, ağcaqayın və vələs də daxil olmaqla yerli növlərdən **600-ə yaxın ağac və kol** əkiləcək. Köhnə anbar divarları qismən saxlanılacaq və açıq səma altında qalereyaya çevriləcək.',
          '## Sakinlərin səsverməsi',
          'Xiyabanların adlarını şəhər sakinləri özləri seçəcək: onlayn səsvermə yanvarda başlayacaq və bir ay davam edəcək. Həmin vaxt sakinlər parkın girişində hansı idman trenajorlarının quraşdırılmasını da təklif edə biləcəklər.',
          '> «Ən çox eşitdiyimiz xahiş evdən beş dəqiqəlik piyada məsafədə uşaqlarla gəlmək mümkün olan bir yer idi. Bu park məhz həmin xahişə cavabdır», – layihənin baş memarı Nino Kveselava deyib.',
          'Parkın birinci mərhələsinin 2026-cı ilin payızının əvvəlinə açılması planlaşdırılır. Şəhər mərkəzinədək velosiped yolu olan ikinci mərhələ isə 2027-ci ildə tikiləcək.',
        ],
        seoTitle: 'Kutaisidə çay sahilində yeni parkın planı təsdiqlənib',
        seoDescription:
          'Kutaisi şəhər şurası su kənarında cığırlar, səhnə və 600 yeni ağac olan 4,5 hektarlıq parkın layihəsini təsdiqləyib.',
      },
      en: {
        title: 'Kutaisi city council approves plan for a new riverside park',
        lead: 'Councillors unanimously approved a 4.5-hectare park on the site of a former warehouse yard, with work due to begin in spring.',
        body: [
          "The plan was drawn up by the city's landscape design office after three public consultations with residents of the neighbouring districts. The final version includes waterside footpaths, a playground and an open-air stage for summer concerts.",
          'Around **600 trees and shrubs** of local species, including lime, maple and hornbeam, will be planted on the site. The old warehouse walls will be partly preserved and turned into an open-air gallery.',
          '## Residents get a vote',
          "Residents will choose the names of the park's alleys themselves in an online vote that opens in January and runs for a month. At the same time they will be able to suggest which outdoor fitness equipment should go by the entrance.",
          "> “The request we heard more than any other was for somewhere to take the children within five minutes' walk of home. This park is the answer to that,” said the project's lead architect, Nino Kveselava.",
          'The first phase of the park is due to open by early autumn 2026. The second phase, with a cycle path to the city centre, will be built in 2027.',
        ],
        seoTitle: 'Kutaisi approves plan for a new riverside park',
        seoDescription:
          'Kutaisi city council has approved a 4.5-hectare park with waterside paths, an open-air stage and 600 new trees.',
      },
    },
  },

  // 4
  {
    key: 'a-ferry-timetable-izmir',
    category: 'economy',
    bureau: 'turkiye',
    author: 'e-hasanli',
    publishedAt: '2025-12-23T08:10:00+04:00',
    tags: ['transport', 'tourism'],
    cover: {
      scene: 'sea',
      hue: 195,
      alt: {
        ru: 'Морской залив и линия горизонта',
        az: 'Dəniz körfəzi və üfüq xətti',
        en: 'A bay of the sea and the horizon',
      },
      caption: {
        ru: 'Залив Измира, где паромы с 5 января перейдут на новое расписание',
        az: 'Bərələrin yanvarın 5-dən yeni cədvəllə üzəcəyi İzmir körfəzi',
        en: 'The Bay of Izmir, where ferries switch to the new timetable on 5 January',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Городской паромный оператор Измира вводит зимнее расписание',
        lead: 'С 5 января первые паромы через залив будут отправляться на 20 минут раньше, а вечерние рейсы по будням станут ходить каждые полчаса.',
        body: [
          'Оператор объясняет изменения ростом пассажиропотока: за одиннадцать месяцев 2025 года паромами через залив воспользовались почти на **12% больше пассажиров**, чем годом ранее. Сильнее всего выросло число поездок в утренние часы, когда многие едут на работу.',
          'Первый рейс с северного берега теперь будет уходить в 6:40 вместо 7:00. По выходным интервалы сохранятся прежними, зато последний рейс в субботу отправится на час позже — в 23:30.',
          '## Тарифы не меняются',
          'Стоимость поездки останется прежней до конца зимнего сезона, а проездные, купленные в декабре, будут действовать без ограничений. Оплатить поездку по-прежнему можно транспортной или банковской картой у турникета.',
          '> «Мы видим, что люди всё чаще выбирают паром вместо машины, особенно в часы пик. Новое расписание должно сделать утренние поездки спокойнее», — сказал руководитель службы движения оператора Керем Акдениз.',
          'Полное расписание опубликовано на причалах и в мобильном приложении оператора. В марте компания оценит загрузку рейсов и при необходимости скорректирует интервалы к летнему сезону.',
        ],
        seoTitle: 'В Измире с 5 января вводят зимнее расписание паромов',
        seoDescription:
          'Паромный оператор Измира с 5 января запускает ранние рейсы и вечерние отправления каждые полчаса; тарифы не меняются.',
      },
      az: {
        title: 'İzmirin şəhər bərə operatoru qış cədvəlinə keçir',
        lead: 'Yanvarın 5-dən körfəzdən keçən ilk bərələr 20 dəqiqə tez yola düşəcək, iş günlərində axşam reysləri isə hər yarım saatdan bir olacaq.',
        body: [
          'Operator dəyişiklikləri sərnişin axınının artması ilə izah edir: 2025-ci ilin on bir ayında körfəzdən keçən bərələrdən bir il əvvəlkindən təxminən **12% çox sərnişin** istifadə edib. Səfərlərin sayı ən çox səhər saatlarında, bir çoxlarının işə getdiyi vaxt artıb.',
          'Şimal sahilindən ilk reys artıq saat 7:00 əvəzinə 6:40-da yola düşəcək. Həftə sonları intervallar əvvəlki kimi qalacaq, lakin şənbə günü son reys bir saat gec — saat 23:30-da yola düşəcək.',
          '## Tariflər dəyişmir',
          'Gediş haqqı qış mövsümünün sonunadək əvvəlki kimi qalacaq, dekabrda alınmış abonementlər isə məhdudiyyətsiz qüvvədə olacaq. Ödənişi əvvəlki kimi turniketdə nəqliyyat kartı və ya bank kartı ilə etmək mümkündür.',
          '> «Görürük ki, insanlar, xüsusilə pik saatlarda, getdikcə daha çox avtomobil əvəzinə bərəni seçir. Yeni cədvəl səhər səfərlərini daha rahat etməlidir», – operatorun hərəkət xidmətinin rəhbəri Kerem Akdeniz deyib.',
          'Tam cədvəl iskələlərdə və operatorun mobil tətbiqində dərc olunub. Mart ayında şirkət reyslərin yüklənməsini qiymətləndirəcək və lazım gələrsə, yay mövsümü üçün intervalları dəqiqləşdirəcək.',
        ],
        seoTitle: 'İzmirdə yanvarın 5-dən bərələrin qış cədvəli tətbiq olunur',
        seoDescription:
          'İzmirin bərə operatoru yanvarın 5-dən erkən reyslər və hər yarım saatdan bir axşam reysləri işə salır; tariflər dəyişmir.',
      },
      en: {
        title: "Izmir's city ferry operator switches to a winter timetable",
        lead: 'From 5 January the first ferries across the bay will leave 20 minutes earlier, and weekday evening sailings will run every half hour.',
        body: [
          'The operator attributes the changes to rising passenger numbers: in the first eleven months of 2025 almost **12% more passengers** crossed the bay by ferry than a year earlier. The sharpest growth came in the morning hours, when many people travel to work.',
          'The first sailing from the northern shore will now leave at 6:40 instead of 7:00. Weekend intervals stay the same, but the last Saturday sailing will depart an hour later, at 23:30.',
          '## Fares stay the same',
          'Fares will not change until the end of the winter season, and passes bought in December remain valid without restriction. Passengers can still pay with a transport card or a bank card at the turnstile.',
          "> “We can see people choosing the ferry over the car more and more, especially at peak times. The new timetable should make morning journeys calmer,” said Kerem Akdeniz, head of the operator's service planning department.",
          "The full timetable has been posted at the piers and in the operator's mobile app. In March the company will review how full the sailings are and, if necessary, adjust the intervals for the summer season.",
        ],
        seoTitle: 'Izmir introduces a winter ferry timetable from 5 January',
        seoDescription:
          "Izmir's ferry operator adds earlier sailings and half-hourly weekday evening departures from 5 January; fares are unchanged.",
      },
    },
  },

  // 5
  {
    key: 'a-theatre-premiere-tbilisi',
    category: 'culture',
    bureau: 'georgia',
    author: 'd-orlova',
    publishedAt: '2025-12-24T19:30:00+04:00',
    tags: ['theatre'],
    cover: {
      scene: 'hall',
      hue: 350,
      alt: {
        ru: 'Зрительный зал с рядами кресел',
        az: 'Kreslo cərgələri olan tamaşa zalı',
        en: 'An auditorium with rows of seats',
      },
      caption: {
        ru: 'Зал театра-студии «Малая сцена» перед премьерой «Вишнёвого сада»',
        az: '«Kiçik səhnə» teatr-studiyasının zalı «Albalı bağı»nın premyerasından əvvəl',
        en: "The Small Stage studio theatre's auditorium before the premiere of The Cherry Orchard",
      },
      credit,
    },
    gallery: [
      {
        scene: 'hall',
        hue: 5,
        alt: {
          ru: 'Пустой зрительный зал с рядами кресел',
          az: 'Kreslo cərgələri olan boş tamaşa zalı',
          en: 'An empty auditorium with rows of seats',
        },
        caption: {
          ru: 'Зрительный зал за полчаса до начала: все 180 мест проданы',
          az: 'Tamaşa başlamazdan yarım saat əvvəl zal: bütün 180 yer satılıb',
          en: 'The auditorium half an hour before curtain-up, with all 180 seats sold',
        },
        credit,
      },
      {
        scene: 'portrait',
        hue: 45,
        alt: {
          ru: 'Фотография в рамке на мольберте в фойе',
          az: 'Foyedə molbert üzərində çərçivəli fotoşəkil',
          en: 'A framed photograph on an easel in the foyer',
        },
        caption: {
          ru: 'Портрет Чехова в фойе, оформленном к премьере',
          az: 'Premyera üçün bəzədilmiş foyedə Çexovun portreti',
          en: 'A portrait of Chekhov in the foyer, decorated for the premiere',
        },
        credit,
      },
      {
        scene: 'crowd',
        hue: 260,
        alt: {
          ru: 'Силуэты стоящих людей в затемнённом зале',
          az: 'Qaranlıq zalda ayaq üstə dayanan insanların siluetləri',
          en: 'Silhouettes of people standing in a darkened hall',
        },
        caption: {
          ru: 'Зрители аплодируют стоя после финальной сцены',
          az: 'Tamaşaçılar final səhnəsindən sonra ayağa qalxaraq alqışlayırlar',
          en: 'The audience gives a standing ovation after the final scene',
        },
        credit,
      },
      {
        scene: 'night',
        hue: 180,
        alt: {
          ru: 'Вечерняя улица с огнями',
          az: 'İşıqlı axşam küçəsi',
          en: 'An evening street with lights',
        },
        caption: {
          ru: 'Улица у входа в театр-студию после спектакля',
          az: 'Tamaşadan sonra teatr-studiyanın girişi önündəki küçə',
          en: 'The street outside the studio theatre after the performance',
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'Театр-студия «Малая сцена» в Тбилиси представил «Вишнёвый сад»',
        lead: 'Премьера чеховской пьесы в постановке Левана Читаи прошла при полном зале; спектакль играют на грузинском языке с русскими и английскими субтитрами.',
        body: [
          'Режиссёр сохранил текст пьесы почти без сокращений, но сделал сад главным героем спектакля: в течение вечера на заднике меняются проекции деревьев — от цветения до голых ветвей. Спектакль идёт три часа с одним антрактом.',
          'Роль Раневской исполнила **Натия Квирикашвили**, для которой это первая большая работа в труппе. Лопахина играет Ираклий Долидзе, давно знакомый зрителям студии по комедийным ролям.',
          '## Музыка вместо шума',
          'Музыку к спектаклю написал композитор студии Сандро Мгеладзе. Знаменитый «звук лопнувшей струны» в финале исполняет живой виолончелист, который всё действие сидит в углу сцены.',
          '> «Чехов писал о людях, которые не умеют прощаться. Нам хотелось, чтобы зритель вышел из зала не с грустью, а с желанием позвонить близким», — сказал Леван Читая.',
          'Следующие показы запланированы на 27 и 28 декабря, а также на 10 января. Билеты продаются в кассе студии, для студентов действует скидка.',
        ],
        seoTitle: '«Вишнёвый сад» Чехова поставили в тбилисской «Малой сцене»',
        seoDescription:
          'Театр-студия «Малая сцена» в Тбилиси показал премьеру «Вишнёвого сада» в постановке Левана Читаи; следующие показы — 27 и 28 декабря.',
      },
      az: {
        title: 'Tbilisidəki «Kiçik səhnə» teatr-studiyası «Albalı bağı»nı təqdim edib',
        lead: 'Çexovun pyesinin Levan Çitaianın quruluşunda premyerası dolu zalda keçib; tamaşa gürcü dilində, rus və ingilis dillərində subtitrlərlə göstərilir.',
        body: [
          'Rejissor pyesin mətnini demək olar ki, ixtisarsız saxlayıb, lakin bağı tamaşanın əsas qəhrəmanına çevirib: axşam boyu arxa pərdədə ağacların proyeksiyaları dəyişir — çiçəklənmədən çılpaq budaqlaradək. Tamaşa bir antraktla üç saat davam edir.',
          'Ranevskaya rolunu truppada ilk böyük işi olan **Natia Kvirikaşvili** ifa edib. Lopaxini isə studiyanın tamaşaçılarına çoxdan komediya rolları ilə tanış olan İrakli Dolidze oynayır.',
          '## Səs-küy əvəzinə musiqi',
          'Tamaşanın musiqisini studiyanın bəstəkarı Sandro Mgeladze yazıb. Finaldakı məşhur «qırılan simin səsi»ni bütün tamaşa boyu səhnənin küncündə oturan canlı violonçel ifaçısı səsləndirir.',
          '> «Çexov vidalaşmağı bacarmayan insanlar haqqında yazırdı. İstədik ki, tamaşaçı zaldan kədərlə deyil, yaxınlarına zəng etmək arzusu ilə çıxsın», – Levan Çitaia deyib.',
          'Növbəti tamaşalar dekabrın 27-si və 28-i, həmçinin yanvarın 10-u planlaşdırılır. Biletlər studiyanın kassasında satılır, tələbələr üçün endirim var.',
        ],
        seoTitle: 'Çexovun «Albalı bağı» Tbilisidəki «Kiçik səhnə»də göstərilib',
        seoDescription:
          'Tbilisidəki «Kiçik səhnə» Levan Çitaianın quruluşunda «Albalı bağı»nın premyerasını göstərib; növbəti tamaşalar dekabrın 27-si və 28-i olacaq.',
      },
      en: {
        title: "Tbilisi's Small Stage studio theatre premieres The Cherry Orchard",
        lead: "Levan Chitaia's production of Chekhov's play opened to a full house; it is performed in Georgian with Russian and English surtitles.",
        body: [
          "The director kept the text almost uncut but made the orchard the production's central character: projections of trees on the backdrop change over the evening, from blossom to bare branches. The performance runs for three hours with one interval.",
          "Ranevskaya is played by **Natia Kvirikashvili** in her first major role with the company. Lopakhin is played by Irakli Dolidze, long familiar to the studio's audiences from comic parts.",
          '## Music instead of noise',
          "The score was written by the studio's composer, Sandro Mgeladze. The famous “sound of a breaking string” in the finale is played by a live cellist who sits in a corner of the stage throughout the performance.",
          '> “Chekhov wrote about people who do not know how to say goodbye. We wanted the audience to leave not with sadness but with an urge to call the people they love,” said Levan Chitaia.',
          "Further performances are scheduled for 27 and 28 December and for 10 January. Tickets are on sale at the studio's box office, with a discount for students.",
        ],
        seoTitle: "Chekhov's The Cherry Orchard opens at Tbilisi's Small Stage",
        seoDescription:
          "Tbilisi's Small Stage studio theatre has premiered Levan Chitaia's production of The Cherry Orchard; next shows are on 27 and 28 December.",
      },
    },
  },

  // 6
  {
    key: 'a-robotics-club-tashkent',
    category: 'science',
    bureau: 'uzbekistan',
    author: 'a-karimova',
    publishedAt: '2025-12-25T13:50:00+04:00',
    tags: ['technology', 'education'],
    cover: {
      scene: 'lab',
      hue: 165,
      alt: {
        ru: 'Лабораторный стол с приборами и инструментами',
        az: 'Cihazlar və alətlər olan laboratoriya masası',
        en: 'A lab bench with instruments and tools',
      },
      caption: {
        ru: 'Мастерская клуба «Чинар-Бот», где собирали робота',
        az: 'Robotun yığıldığı «Çinar-Bot» klubunun emalatxanası',
        en: "The Chinar-Bot club's workshop, where the robot was built",
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Студенты-робототехники из Ташкента собрали робота для университетской теплицы',
        lead: 'Студенческий клуб робототехники «Чинар-Бот» представил тележку, которая сама проезжает между грядками университетской теплицы и измеряет влажность почвы и температуру.',
        body: [
          'Над проектом восемь участников клуба работали с сентября. Робот размером с небольшой чемодан движется по размеченной дорожке, каждые два метра останавливается и опускает в грунт щуп с датчиками.',
          'Данные передаются на ноутбук в лаборатории, где программа строит карту влажности всей теплицы. По словам студентов, это позволяет поливать **только те грядки, которым действительно нужна вода**, и экономить до трети воды.',
          '## Детали из мастерской',
          'Большую часть корпуса студенты напечатали на 3D-принтере, а колёса и моторы взяли от списанных учебных стендов. По подсчётам клуба, все детали вместе обошлись дешевле одного смартфона.',
          '> «Сначала робот застревал на каждом повороте, а однажды заехал прямо в грядку с томатами. Теперь он проходит весь маршрут за 40 минут без посторонней помощи», — рассказала капитан команды, студентка третьего курса Мадина Юсупова.',
          'Весной клуб собирается испытать робота под открытым небом на опытном участке факультета. Исходный код проекта команда обещает выложить в открытый доступ, чтобы им могли пользоваться школьные кружки.',
        ],
        seoTitle: 'Студенты из Ташкента собрали робота для теплицы',
        seoDescription:
          'Клуб робототехники «Чинар-Бот» в Ташкенте создал робота, который измеряет влажность почвы в теплице и помогает экономить воду.',
      },
      az: {
        title: 'Daşkəndli tələbələr universitet istixanası üçün robot yığıblar',
        lead: '«Çinar-Bot» tələbə robototexnika klubu universitet istixanasında ləklər arasında özü hərəkət edən, torpağın nəmliyini və temperaturu ölçən araba təqdim edib.',
        body: [
          'Klubun səkkiz üzvü layihə üzərində sentyabrdan işləyib. Kiçik çamadan boyda olan robot işarələnmiş cığır boyunca hərəkət edir, hər iki metrdən bir dayanır və sensorlu zondu torpağa endirir.',
          'Məlumatlar laboratoriyadakı noutbuka ötürülür, burada proqram bütün istixananın nəmlik xəritəsini qurur. Tələbələrin sözlərinə görə, bu, **yalnız həqiqətən suya ehtiyacı olan ləkləri** suvarmağa və suyun üçdə birinədək qənaət etməyə imkan verir.',
          '## Emalatxanadan gələn detallar',
          'Tələbələr korpusun böyük hissəsini 3D-printerdə çap ediblər, təkərləri və mühərrikləri isə istismardan çıxarılmış tədris stendlərindən götürüblər. Klubun hesablamalarına görə, bütün detallar birlikdə bir smartfondan ucuz başa gəlib.',
          '> «Əvvəlcə robot hər döngədə ilişib qalırdı, bir dəfə isə düz pomidor ləkinə girdi. İndi o, bütün marşrutu kənar kömək olmadan 40 dəqiqəyə keçir», – komandanın kapitanı, üçüncü kurs tələbəsi Madina Yusupova danışıb.',
          'Yazda klub robotu fakültənin təcrübə sahəsində açıq havada sınaqdan keçirməyi planlaşdırır. Komanda layihənin mənbə kodunu məktəb dərnəklərinin də istifadə edə bilməsi üçün açıq şəkildə paylaşacağını vəd edir.',
        ],
        seoTitle: 'Daşkəndli tələbələr istixana üçün robot hazırlayıblar',
        seoDescription:
          'Daşkənddə «Çinar-Bot» klubu istixanada torpağın nəmliyini ölçən və suya qənaət etməyə kömək edən robot yaradıb.',
      },
      en: {
        title: 'Tashkent robotics students build a robot for the university greenhouse',
        lead: 'The Chinar-Bot student robotics club has unveiled a cart that drives itself between the beds of the university greenhouse, measuring soil moisture and temperature.',
        body: [
          'Eight club members have been working on the project since September. The robot, about the size of a small suitcase, follows a marked track, stopping every two metres to lower a sensor probe into the soil.',
          'The readings are sent to a laptop in the lab, where software builds a moisture map of the whole greenhouse. The students say this makes it possible to water **only the beds that really need it** and to save up to a third of the water.',
          '## Parts from the workshop',
          "The students 3D-printed most of the body and took the wheels and motors from decommissioned teaching rigs. By the club's count, all the parts together cost less than a single smartphone.",
          '> “At first the robot got stuck at every turn, and once it drove straight into the tomato bed. Now it covers the whole route in 40 minutes without any help,” said team captain Madina Yusupova, a third-year student.',
          "In spring the club plans to test the robot outdoors on the faculty's experimental plot. The team has promised to publish the project's source code so that school clubs can use it too.",
        ],
        seoTitle: 'Tashkent students build a robot for the greenhouse',
        seoDescription:
          "Tashkent's Chinar-Bot club has built a robot that measures soil moisture in a greenhouse and helps save water.",
      },
    },
  },

  // 7
  {
    key: 'a-fog-advisory-baku',
    category: 'society',
    bureau: 'baku',
    author: 'l-mammadli',
    publishedAt: '2025-12-26T17:15:00+04:00',
    tags: ['weather', 'transport'],
    cover: {
      scene: 'city',
      hue: 220,
      alt: {
        ru: 'Силуэты городских зданий в дымке',
        az: 'Dumanda şəhər binalarının siluetləri',
        en: 'Silhouettes of city buildings in haze',
      },
      caption: {
        ru: 'Туман над Баку: видимость местами снизится до 100 метров',
        az: 'Bakı üzərində duman: görünmə məsafəsi bəzi yerlərdə 100 metrədək azalacaq',
        en: 'Fog over Baku: visibility will drop to 100 metres in places',
      },
      credit,
    },
    // not translated into en
    variants: {
      ru: {
        title: 'Синоптики предупредили о густом тумане в Баку и на Апшероне',
        lead: 'В ночь на 27 декабря и утром видимость местами снизится до 100 метров; водителям советуют сбавить скорость и заранее планировать поездки.',
        body: [
          'По прогнозу синоптиков, туман сформируется после полуночи из-за тёплого влажного воздуха с моря и почти полного безветрия. Плотнее всего он будет в прибрежных районах и на трассах Апшеронского полуострова.',
          'Туман начнёт рассеиваться **к 11 часам утра**, когда усилится северный ветер. Днём температура воздуха поднимется до 7–9 градусов тепла, осадков не ожидается.',
          '## Советы водителям и пешеходам',
          'Водителям рекомендуют включать ближний свет и противотуманные фары, держать увеличенную дистанцию и не обгонять на загородных дорогах. Пешеходам советуют надевать одежду со светоотражающими элементами, особенно если они идут вдоль трассы.',
          '> «Утренний туман в конце декабря для Баку обычное явление, но в этот раз он будет плотнее обычного. Лучше выехать на 15 минут раньше, чем торопиться на дороге», — сказала дежурный синоптик Севиндж Гулиева.',
          'Автобусный парк предупредил, что утренние рейсы на загородных маршрутах могут задерживаться на 10–15 минут. Актуальная информация о движении публикуется на табло остановок и в приложении перевозчика.',
        ],
        seoTitle: 'В Баку ожидается густой туман: видимость до 100 метров',
        seoDescription:
          'Утром 27 декабря в Баку и на Апшероне ожидается густой туман; водителям советуют снизить скорость и держать дистанцию.',
      },
      az: {
        title: 'Sinoptiklər Bakıda və Abşeronda sıx duman olacağı barədə xəbərdarlıq ediblər',
        lead: 'Dekabrın 27-nə keçən gecə və səhər saatlarında görünmə məsafəsi bəzi yerlərdə 100 metrədək azalacaq; sürücülərə sürəti azaltmaq və səfərləri əvvəlcədən planlaşdırmaq tövsiyə olunur.',
        body: [
          'Sinoptiklərin proqnozuna görə, duman dənizdən gələn isti rütubətli hava və demək olar ki, tam küləksizlik səbəbindən gecəyarısından sonra əmələ gələcək. O, ən sıx sahil rayonlarında və Abşeron yarımadasının yollarında olacaq.',
          'Şimal küləyi güclənəndə, **səhər saat 11-ə doğru** duman çəkilməyə başlayacaq. Gündüz havanın temperaturu 7–9 dərəcə istiyədək yüksələcək, yağıntı gözlənilmir.',
          '## Sürücülərə və piyadalara tövsiyələr',
          'Sürücülərə yaxın işıqları və duman faralarını yandırmaq, məsafəni artırmaq və şəhərkənarı yollarda ötmə etməmək tövsiyə olunur. Piyadalara, xüsusən də yol kənarı ilə gedirlərsə, işıqqaytaran elementləri olan geyim geyinmək məsləhət görülür.',
          '> «Dekabrın sonunda səhər dumanı Bakı üçün adi haldır, amma bu dəfə o, həmişəkindən sıx olacaq. Yolda tələsməkdənsə, 15 dəqiqə tez çıxmaq daha yaxşıdır», – növbətçi sinoptik Sevinc Quliyeva deyib.',
          'Avtobus parkı şəhərkənarı marşrutlarda səhər reyslərinin 10–15 dəqiqə gecikə biləcəyi barədə xəbərdarlıq edib. Hərəkətlə bağlı aktual məlumat dayanacaqlardakı tablolarda və daşıyıcının tətbiqində dərc olunur.',
        ],
        seoTitle: 'Bakıda sıx duman gözlənilir: görünmə 100 metrədək',
        seoDescription:
          'Dekabrın 27-si səhər Bakıda və Abşeronda sıx duman gözlənilir; sürücülərə sürəti azaltmaq və məsafə saxlamaq tövsiyə olunur.',
      },
    },
  },

  // 8
  {
    key: 'a-youth-football-shymkent',
    category: 'sport',
    bureau: 'kazakhstan',
    author: 'a-karimova',
    publishedAt: '2025-12-27T18:45:00+04:00',
    tags: ['football'],
    cover: {
      scene: 'stadium',
      hue: 110,
      alt: {
        ru: 'Футбольное поле с трибунами',
        az: 'Tribunaları olan futbol meydançası',
        en: 'A football pitch with stands',
      },
      caption: {
        ru: 'Манеж спортивной школы, где прошёл зимний кубок',
        az: 'Qış kubokunun keçirildiyi idman məktəbinin manejı',
        en: "The sports school's indoor arena, which hosted the winter cup",
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Юношеская команда «Самал» выиграла зимний кубок по футболу в Шымкенте',
        lead: 'В финале турнира для игроков до 14 лет «Самал» из Туркестана обыграл шымкентский «Арай» со счётом 3:2; всего в кубке участвовали 16 команд из южных регионов Казахстана.',
        body: [
          'Турнир проходил пять дней в крытом манеже спортивной школы на окраине города. Матчи состояли из двух таймов по 25 минут на искусственном газоне, а судили их молодые арбитры, которые только начинают карьеру.',
          'Финал получился самым напряжённым матчем кубка. «Арай» вёл 2:0 после первого тайма, но «Самал» отыгрался, а **победный гол на последней минуте** забил капитан команды Ерасыл Нурланов.',
          '## Лучшие игроки турнира',
          'Лучшим вратарём признали голкипера «Арая» Алихана Жумабекова, который отразил в финале пенальти. Приз лучшему бомбардиру достался Дамиру Сапарову из Кызылорды, забившему девять мячей за турнир.',
          '> «Ребята проигрывали два мяча, но в перерыве никто не опустил голову. Для меня это важнее самого кубка», — сказал тренер «Самала» Бауыржан Есенов.',
          'Организаторы планируют сделать турнир ежегодным и в следующем году пригласить команды из соседних стран. Вход на все матчи кубка был бесплатным.',
        ],
        seoTitle: '«Самал» выиграл зимний юношеский кубок по футболу в Шымкенте',
        seoDescription:
          'В финале юношеского кубка в Шымкенте «Самал» обыграл «Арай» со счётом 3:2; в турнире сыграли 16 команд из южных регионов.',
      },
      az: {
        title: '«Samal» yeniyetmələr komandası Şımkentdə qış futbol kubokunu qazanıb',
        lead: '14 yaşadək futbolçular üçün turnirin finalında Türküstandan olan «Samal» şımkentli «Aray»ı 3:2 hesabı ilə məğlub edib; kubokda Qazaxıstanın cənub bölgələrindən 16 komanda iştirak edib.',
        body: [
          'Turnir beş gün ərzində şəhər kənarındakı idman məktəbinin qapalı manejində keçib. Oyunlar süni ot örtüyündə 25 dəqiqəlik iki hissədən ibarət olub, onları karyerasına yenicə başlayan gənc hakimlər idarə ediblər.',
          'Final kubokun ən gərgin oyunu olub. «Aray» birinci hissədən sonra 2:0 hesabı ilə öndə idi, lakin «Samal» əvvəlcə hesabı bərabərləşdirib, **son dəqiqədə qələbə qolunu** isə komandanın kapitanı Yerasıl Nurlanov vurub.',
          '## Turnirin ən yaxşı oyunçuları',
          'Finalda penaltini dəf edən «Aray»ın qapıçısı Alixan Jumabekov ən yaxşı qapıçı seçilib. Ən yaxşı bombardir mükafatını turnirdə doqquz qol vuran qızılordalı Damir Saparov alıb.',
          '> «Uşaqlar iki qolla uduzurdular, amma fasilədə heç kim ruhdan düşmədi. Mənim üçün bu, kubokun özündən də vacibdir», – «Samal»ın məşqçisi Bauırjan Yesenov deyib.',
          'Təşkilatçılar turniri hər il keçirməyi və gələn il qonşu ölkələrdən komandaları dəvət etməyi planlaşdırır. Kubokun bütün oyunlarına giriş pulsuz olub.',
        ],
        seoTitle: '«Samal» Şımkentdə yeniyetmələr arasında qış kubokunu qazanıb',
        seoDescription:
          'Şımkentdə yeniyetmə futbolçuların kubokunun finalında «Samal» «Aray»ı 3:2 hesabı ilə məğlub edib; turnirdə 16 komanda oynayıb.',
      },
      en: {
        title: 'Samal youth team wins the winter football cup in Shymkent',
        lead: "In the final of the under-14 tournament, Samal from Turkistan beat Shymkent's Aray 3-2; 16 teams from Kazakhstan's southern regions took part in the cup.",
        body: [
          'The tournament was played over five days in the indoor arena of a sports school on the edge of the city. Matches consisted of two 25-minute halves on artificial turf and were refereed by young officials just starting their careers.',
          'The final was the tensest match of the cup. Aray led 2-0 at half-time, but Samal fought back, and **the winning goal in the final minute** was scored by captain Yerassyl Nurlanov.',
          "## The tournament's best players",
          "Aray's Alikhan Zhumabekov, who saved a penalty in the final, was named best goalkeeper. The top scorer award went to Damir Saparov from Kyzylorda, who scored nine goals in the tournament.",
          '> “The boys were two goals down, but nobody hung their head at half-time. To me that matters more than the cup itself,” said Samal coach Bauyrzhan Yessenov.',
          'The organisers plan to make the tournament an annual event and to invite teams from neighbouring countries next year. Admission to every match of the cup was free.',
        ],
        seoTitle: 'Samal wins the youth winter football cup in Shymkent',
        seoDescription:
          'Samal beat Aray 3-2 in the final of the under-14 winter football cup in Shymkent, which drew 16 teams from southern Kazakhstan.',
      },
    },
  },

  // 9
  {
    key: 'a-harvest-fair-ganja',
    category: 'economy',
    bureau: 'baku',
    author: 'r-aliyev',
    publishedAt: '2025-12-28T12:05:00+04:00',
    tags: ['agriculture'],
    cover: {
      scene: 'market',
      hue: 25,
      alt: {
        ru: 'Ряды торговых палаток под навесами',
        az: 'Üstü örtülü piştaxtaların cərgələri',
        en: 'Rows of market stalls with awnings',
      },
      caption: {
        ru: 'Ярмарка фермеров в центре Гянджи работает до 30 декабря',
        az: 'Gəncənin mərkəzində fermerlər yarmarkası dekabrın 30-dək işləyir',
        en: "The farmers' fair in central Ganja is open until 30 December",
      },
      credit,
    },
    gallery: [
      {
        scene: 'market',
        hue: 10,
        alt: {
          ru: 'Торговые ряды под красными навесами',
          az: 'Qırmızı örtüklər altında ticarət cərgələri',
          en: 'Market rows under red awnings',
        },
        caption: {
          ru: 'Прилавки с гранатами в первый день ярмарки',
          az: 'Yarmarkanın ilk günündə nar piştaxtaları',
          en: 'Pomegranate stalls on the first day of the fair',
        },
        credit,
      },
      {
        scene: 'market',
        hue: 55,
        alt: {
          ru: 'Торговые палатки под жёлтыми навесами',
          az: 'Sarı örtüklər altında ticarət çadırları',
          en: 'Market stalls under yellow awnings',
        },
        caption: {
          ru: 'Прилавок с каштановым мёдом из горных сёл',
          az: 'Dağ kəndlərindən gətirilmiş şabalıd balı piştaxtası',
          en: 'A stall selling chestnut honey from mountain villages',
        },
        credit,
      },
      {
        scene: 'crowd',
        hue: 200,
        alt: {
          ru: 'Силуэты людей, стоящих в очереди',
          az: 'Növbədə dayanan insanların siluetləri',
          en: 'Silhouettes of people standing in a queue',
        },
        caption: {
          ru: 'Очередь за свежим сыром у павильона фермеров',
          az: 'Fermerlər pavilyonunun yanında təzə pendir üçün növbə',
          en: "A queue for fresh cheese at the farmers' pavilion",
        },
        credit,
      },
      {
        scene: 'field',
        hue: 90,
        alt: {
          ru: 'Сады и поля под светлым небом',
          az: 'Açıq səma altında bağlar və tarlalar',
          en: 'Orchards and fields under a pale sky',
        },
        caption: {
          ru: 'Сад хурмы в Геранбое, откуда привезли часть урожая',
          az: 'Məhsulun bir hissəsinin gətirildiyi Goranboydakı xurma bağı',
          en: 'A persimmon orchard in Goranboy that supplied part of the produce',
        },
        credit,
      },
      {
        scene: 'stand',
        hue: 300,
        alt: {
          ru: 'Информационные панели на стене павильона',
          az: 'Pavilyonun divarında məlumat panelləri',
          en: 'Information panels on a pavilion wall',
        },
        caption: {
          ru: 'Стенд ассоциации с картой хозяйств — участников ярмарки',
          az: 'Yarmarkada iştirak edən təsərrüfatların xəritəsi ilə assosiasiyanın stendi',
          en: "The association's display with a map of the farms taking part",
        },
        credit,
      },
      {
        scene: 'night',
        hue: 240,
        alt: {
          ru: 'Торговая улица с фонарями вечером',
          az: 'Axşam fənərlərlə işıqlanan ticarət küçəsi',
          en: 'A market street with lamps in the evening',
        },
        caption: {
          ru: 'Вечерние огни над ярмаркой во время выступления музыкантов',
          az: 'Musiqiçilərin çıxışı zamanı yarmarka üzərində axşam işıqları',
          en: "Evening lights over the fair during the musicians' performance",
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'Новогодняя ярмарка фермеров в Гяндже собрала более 120 хозяйств',
        lead: 'На трёхдневной ярмарке в центре Гянджи фермеры продают гранаты, хурму, орехи и мёд по ценам ниже рыночных; организаторы ожидают около 30 тысяч посетителей.',
        body: [
          'Ярмарку организовала региональная ассоциация фермерских хозяйств. Места на ней предоставлены бесплатно, поэтому, по словам организаторов, **цены в среднем на 10–15% ниже**, чем на городских рынках.',
          'Больше всего покупателей собирается у прилавков с гранатами и сушёной хурмой. Популярны также местные сыры, каштановый мёд и домашние соленья, которые многие покупают к новогоднему столу.',
          '## Продажи растут второй год подряд',
          'В первый день ярмарки, по данным ассоциации, было продано около 18 тонн продукции — на четверть больше, чем в прошлом году. Часть фермеров уже договорилась о поставках с небольшими магазинами и ресторанами города.',
          '> «Раньше я отдавал гранаты перекупщикам и не знал, кто их в итоге ест. Здесь я вижу своих покупателей, и многие возвращаются второй раз за день», — рассказал фермер из Геранбоя Вугар Гахраманов.',
          'Ярмарка работает до 30 декабря с 9:00 до 19:00. Для посетителей организованы бесплатная дегустация и детская площадка, а по вечерам на небольшой сцене выступают местные музыканты.',
        ],
        seoTitle: 'В Гяндже открылась новогодняя ярмарка фермеров',
        seoDescription:
          'Более 120 хозяйств продают на ярмарке в Гяндже гранаты, хурму, орехи и мёд по ценам ниже рыночных; ярмарка работает до 30 декабря.',
      },
      az: {
        title: 'Gəncədə fermerlərin Yeni il yarmarkasına 120-dən çox təsərrüfat qatılıb',
        lead: 'Gəncənin mərkəzində keçirilən üçgünlük yarmarkada fermerlər nar, xurma, qoz-fındıq və balı bazar qiymətlərindən ucuz satırlar; təşkilatçılar təxminən 30 min ziyarətçi gözləyir.',
        body: [
          'Yarmarkanı regional fermer təsərrüfatları assosiasiyası təşkil edib. Yerlər pulsuz verildiyi üçün, təşkilatçıların sözlərinə görə, qiymətlər şəhər bazarlarındakından **orta hesabla 10–15% aşağıdır**.',
          'Ən çox alıcı nar və qurudulmuş xurma piştaxtalarının önündə toplaşır. Bir çoxlarının Yeni il süfrəsi üçün aldığı yerli pendirlər, şabalıd balı və ev turşuları da populyardır.',
          '## Satışlar ikinci ildir ki, artır',
          'Assosiasiyanın məlumatına görə, yarmarkanın ilk günündə təxminən 18 ton məhsul satılıb ki, bu da ötən ilkindən dörddə bir çoxdur. Fermerlərin bir hissəsi artıq şəhərin kiçik mağazaları və restoranları ilə tədarük barədə razılığa gəlib.',
          '> «Əvvəllər narı alverçilərə verirdim və sonda onu kimin yediyini bilmirdim. Burada alıcılarımı görürəm, çoxları gün ərzində ikinci dəfə qayıdır», – Goranboydan olan fermer Vüqar Qəhrəmanov danışıb.',
          'Yarmarka dekabrın 30-dək saat 9:00-dan 19:00-dək işləyir. Ziyarətçilər üçün pulsuz dequstasiya və uşaq meydançası təşkil olunub, axşamlar isə kiçik səhnədə yerli musiqiçilər çıxış edir.',
        ],
        seoTitle: 'Gəncədə fermerlərin Yeni il yarmarkası açılıb',
        seoDescription:
          'Gəncədə yarmarkada 120-dən çox təsərrüfat nar, xurma, qoz-fındıq və balı bazar qiymətlərindən ucuz satır; yarmarka dekabrın 30-dək açıqdır.',
      },
      en: {
        title: "Ganja's New Year farmers' fair brings together more than 120 farms",
        lead: 'At a three-day fair in central Ganja, farmers are selling pomegranates, persimmons, nuts and honey below market prices; the organisers expect about 30,000 visitors.',
        body: [
          "The fair was organised by the regional association of farm holdings. Stalls were provided free of charge, so according to the organisers **prices are on average 10–15% lower** than at the city's markets.",
          'The biggest crowds gather at the stalls selling pomegranates and dried persimmons. Local cheeses, chestnut honey and home-made pickles, which many people buy for the New Year table, are also popular.',
          '## Sales up for a second year running',
          "According to the association, about 18 tonnes of produce were sold on the fair's first day, a quarter more than last year. Some of the farmers have already agreed to supply small shops and restaurants in the city.",
          '> “I used to sell my pomegranates to middlemen and never knew who ended up eating them. Here I see my customers, and many come back a second time the same day,” said Vugar Gahramanov, a farmer from Goranboy.',
          "The fair is open until 30 December from 9:00 to 19:00. There are free tastings and a children's playground for visitors, and local musicians perform on a small stage in the evenings.",
        ],
        seoTitle: "Ganja's New Year farmers' fair opens",
        seoDescription:
          'More than 120 farms are selling pomegranates, persimmons, nuts and honey below market prices at a fair in Ganja, open until 30 December.',
      },
    },
  },

  // 10
  {
    key: 'a-service-centre-samarkand',
    category: 'politics',
    bureau: 'uzbekistan',
    author: 'e-hasanli',
    publishedAt: '2025-12-29T10:35:00+04:00',
    tags: ['technology'],
    cover: {
      scene: 'hall',
      hue: 140,
      alt: {
        ru: 'Зал ожидания с рядами стульев',
        az: 'Stul cərgələri olan gözləmə zalı',
        en: 'A waiting hall with rows of chairs',
      },
      caption: {
        ru: 'Зал приёма нового центра госуслуг в Самарканде',
        az: 'Səmərqənddə yeni dövlət xidmətləri mərkəzinin qəbul zalı',
        en: "The reception hall of Samarkand's new public-service centre",
      },
      credit,
    },
    variants: {
      ru: {
        title: 'В новом жилом массиве Самарканда открылся центр государственных услуг',
        lead: 'В центре можно оформить около 150 услуг — от регистрации по месту жительства до справок для детского сада; он работает шесть дней в неделю.',
        body: [
          'До открытия центра жителям массива приходилось ездить за документами в центр города и тратить на дорогу до часа. Теперь большинство справок можно получить в пешей доступности от дома.',
          'В зале работают 12 окон приёма и электронная очередь. **Талон можно взять заранее** через мобильное приложение, а для пожилых посетителей и родителей с маленькими детьми предусмотрено отдельное окно.',
          '## Консультанты в зале',
          'Помимо операторов, в зале дежурят два консультанта, которые помогают заполнить заявления на терминалах. Для тех, кто впервые пользуется электронными услугами, по субботам проводят короткие бесплатные занятия.',
          '> «За первые три дня к нам пришли более 600 человек, чаще всего спрашивали о справках для школы. Мы уже добавили ещё одного оператора на утренние часы», — сказала руководитель центра Дильноза Рахимова.',
          'Центр работает с понедельника по субботу с 9:00 до 18:00. Рядом с ним появились остановка городского автобуса и небольшая парковка.',
        ],
        seoTitle: 'В Самарканде открылся новый центр госуслуг',
        seoDescription:
          'Новый центр госуслуг в жилом массиве Самарканда предлагает около 150 услуг, электронную очередь и отдельное окно для пожилых.',
      },
      az: {
        title: 'Səmərqəndin yeni yaşayış massivində dövlət xidmətləri mərkəzi açılıb',
        lead: 'Mərkəzdə yaşayış yeri üzrə qeydiyyatdan uşaq bağçası üçün arayışlaradək 150-yə yaxın xidmət göstərilir; o, həftədə altı gün işləyir.',
        body: [
          'Mərkəz açılana qədər massivin sakinləri sənədlər üçün şəhər mərkəzinə getməli və yola bir saatadək vaxt sərf etməli olurdular. İndi arayışların əksəriyyətini evdən piyada məsafədə almaq mümkündür.',
          'Zalda 12 qəbul pəncərəsi və elektron növbə sistemi fəaliyyət göstərir. **Talonu əvvəlcədən götürmək olar**: bunun üçün mobil tətbiqdən istifadə etmək kifayətdir. Yaşlı ziyarətçilər və kiçik uşaqlı valideynlər üçün isə ayrıca pəncərə nəzərdə tutulub.',
          '## Zalda məsləhətçilər',
          'Operatorlardan əlavə, zalda terminallarda ərizələri doldurmağa kömək edən iki məsləhətçi növbə çəkir. Elektron xidmətlərdən ilk dəfə istifadə edənlər üçün şənbə günləri qısa pulsuz məşğələlər keçirilir.',
          '> «İlk üç gündə bizə 600-dən çox adam müraciət edib, ən çox məktəb üçün arayışlarla maraqlanıblar. Artıq səhər saatlarına daha bir operator əlavə etmişik», – mərkəzin rəhbəri Dilnoza Rahimova deyib.',
          'Mərkəz bazar ertəsindən şənbəyədək saat 9:00-dan 18:00-dək işləyir. Onun yanında şəhər avtobusu dayanacağı və kiçik avtomobil dayanacağı salınıb.',
        ],
        seoTitle: 'Səmərqənddə yeni dövlət xidmətləri mərkəzi açılıb',
        seoDescription:
          'Səmərqənddə yeni dövlət xidmətləri mərkəzi 150-yə yaxın xidmət, elektron növbə və yaşlılar üçün ayrıca pəncərə təklif edir.',
      },
      en: {
        title: 'A public-service centre opens in a new Samarkand housing district',
        lead: 'The centre offers around 150 services, from residence registration to certificates for kindergarten, and is open six days a week.',
        body: [
          'Until the centre opened, residents of the district had to travel to the city centre for their paperwork, spending up to an hour on the road. Now most certificates can be obtained within walking distance of home.',
          'The hall has 12 service windows and an electronic queue. **Tickets can be booked in advance** through a mobile app, and there is a separate window for elderly visitors and parents with small children.',
          '## Advisers on the floor',
          'Besides the clerks, two advisers are on duty in the hall to help people fill in applications at the terminals. Short free sessions are held on Saturdays for those using electronic services for the first time.',
          "> “More than 600 people came to us in the first three days, and most of them asked about certificates for school. We have already added another clerk for the morning hours,” said the centre's head, Dilnoza Rakhimova.",
          'The centre is open Monday to Saturday from 9:00 to 18:00. A city bus stop and a small car park have been built next to it.',
        ],
        seoTitle: 'New public-service centre opens in Samarkand',
        seoDescription:
          'A new public-service centre in a Samarkand housing district offers about 150 services, an electronic queue and a window for elderly visitors.',
      },
    },
  },

  // 11
  {
    key: 'a-science-fair-novosibirsk',
    category: 'science',
    bureau: 'russia',
    author: 'd-orlova',
    publishedAt: '2025-12-30T15:20:00+04:00',
    tags: ['education', 'technology'],
    cover: {
      scene: 'lab',
      hue: 270,
      alt: {
        ru: 'Стол с лабораторным оборудованием',
        az: 'Laboratoriya avadanlığı olan masa',
        en: 'A table with laboratory equipment',
      },
      caption: {
        ru: 'Один из стендов научной ярмарки школьников в Новосибирске',
        az: 'Novosibirskdə məktəblilərin elm yarmarkasının stendlərindən biri',
        en: "One of the stands at the schoolchildren's science fair in Novosibirsk",
      },
      credit,
    },
    // not translated into az
    variants: {
      ru: {
        title: 'Школьники Новосибирска представили 90 проектов на зимней научной ярмарке',
        lead: 'Ученики 5–11 классов показали опыты и исследования — от очистки воды песком и углём до наблюдений за птицами у городских кормушек.',
        body: [
          'Ярмарку уже четвёртый год проводит городской клуб юных исследователей. В этот раз проекты оценивали преподаватели вузов и аспиранты, которые задавали участникам вопросы прямо у стендов.',
          'Главный приз получила **семиклассница Варвара Белозёрова** за исследование того, как снег разной плотности сохраняет тепло. Она несколько недель измеряла температуру под сугробами во дворе своей школы.',
          '## Птицы, мосты и фильтры',
          'Среди самых обсуждаемых работ — двухмесячные наблюдения пятиклассников за синицами у школьной кормушки и модель моста из спагетти, выдержавшая груз в 11 килограммов. Ещё одна команда собрала самодельный фильтр для воды и сравнила его с покупным.',
          '> «Мы не ждём от школьников открытий. Нам важно, чтобы они научились задавать вопрос и честно проверять ответ», — сказал председатель жюри, физик Андрей Соколовский.',
          'Авторы десяти лучших проектов весной представят свои работы на межрегиональной конференции школьников. Все стенды ярмарки до 15 января можно увидеть в фойе городского дома детского творчества.',
        ],
        seoTitle: 'В Новосибирске прошла зимняя научная ярмарка школьников',
        seoDescription:
          'На научной ярмарке в Новосибирске школьники показали 90 проектов; главный приз получила работа о том, как снег сохраняет тепло.',
      },
      en: {
        title: 'Novosibirsk schoolchildren present 90 projects at a winter science fair',
        lead: 'Pupils from grades 5 to 11 showed experiments and research ranging from filtering water through sand and charcoal to watching birds at city feeders.',
        body: [
          "The city's young researchers' club has now run the fair for four years. This time the projects were judged by university lecturers and postgraduate students, who questioned participants right at their stands.",
          'The main prize went to **seventh-grader Varvara Belozyorova** for a study of how snow of different densities retains heat. She spent several weeks measuring temperatures under the snowdrifts in her school yard.',
          '## Birds, bridges and filters',
          "Among the most talked-about projects were fifth-graders' two months of observations of tits at the school bird feeder and a spaghetti bridge that held a load of 11 kilograms. Another team built a home-made water filter and compared it with a shop-bought one.",
          "> “We don't expect discoveries from schoolchildren. What matters to us is that they learn to ask a question and test the answer honestly,” said the head of the jury, physicist Andrei Sokolovsky.",
          "The authors of the ten best projects will present their work at an interregional schools conference in spring. All of the fair's stands can be seen in the foyer of the city children's arts centre until 15 January.",
        ],
        seoTitle: 'Novosibirsk hosts a winter science fair for schoolchildren',
        seoDescription:
          'Schoolchildren showed 90 projects at a science fair in Novosibirsk; the main prize went to a study of how snow retains heat.',
      },
    },
  },

  // 12
  {
    key: 'a-folk-evening-bukhara',
    category: 'culture',
    bureau: 'uzbekistan',
    author: 'l-mammadli',
    publishedAt: '2025-12-31T17:40:00+04:00',
    tags: ['music', 'tourism'],
    cover: {
      scene: 'candles',
      hue: 40,
      alt: {
        ru: 'Горящие свечи в темноте',
        az: 'Qaranlıqda yanan şamlar',
        en: 'Candles burning in the dark',
      },
      caption: {
        ru: 'Концерт ансамбля «Гулзор» прошёл при свечах',
        az: '«Gulzor» ansamblının konserti şam işığında keçib',
        en: "The Gulzor ensemble's concert was lit by candles",
      },
      credit,
    },
    // not translated into en
    variants: {
      ru: {
        title: 'В Бухаре прошёл вечер народной музыки при свечах',
        lead: 'Молодые исполнители на дутаре, танбуре и дойре сыграли старинные мелодии в зале музея ремёсел «Устахона»; все билеты были распроданы за неделю.',
        body: [
          'Концерт подготовил молодёжный ансамбль «Гулзор», в котором играют студенты и выпускники музыкального колледжа. Программу из двенадцати пьес составили по записям, которые педагоги колледжа в последние годы собирали в сёлах области.',
          'Зал освещали только свечи и фонари, поэтому публика сидела совсем близко к музыкантам. **Самые тёплые аплодисменты** достались колыбельной, которую 19-летняя певица Сабина Назарова исполнила под аккомпанемент одного дутара.',
          '## Музыка из сельских архивов',
          'Перед каждой пьесой руководитель ансамбля рассказывал, в каком селе и от кого была записана мелодия. После концерта несколько слушателей подошли к музыкантам и предложили записать песни, которые помнят их бабушки.',
          '> «Эти мелодии десятилетиями звучали только на семейных праздниках. Нам хочется, чтобы их снова услышали в городе», — сказал руководитель ансамбля Жасур Холматов.',
          'Музей планирует проводить такие вечера каждый месяц. Следующий концерт, посвящённый свадебным песням, назначен на конец января.',
        ],
        seoTitle: 'Вечер народной музыки при свечах прошёл в Бухаре',
        seoDescription:
          'Ансамбль «Гулзор» сыграл в бухарском музее ремёсел старинные мелодии, записанные в сёлах области; билеты раскупили за неделю.',
      },
      az: {
        title: 'Buxarada şam işığında xalq musiqisi axşamı keçirilib',
        lead: 'Gənc ifaçılar «Ustaxona» sənətkarlıq muzeyinin zalında dutar, tənbur və qavalda qədim melodiyalar səsləndiriblər; bütün biletlər bir həftəyə satılıb.',
        body: [
          'Konserti musiqi kollecinin tələbə və məzunlarından ibarət «Gulzor» gənclər ansamblı hazırlayıb. On iki əsərdən ibarət proqram kollec müəllimlərinin son illərdə vilayətin kəndlərində topladığı yazılar əsasında tərtib edilib.',
          'Zal yalnız şamlar və fənərlərlə işıqlandırıldığı üçün tamaşaçılar musiqiçilərə çox yaxın oturmuşdular. **Ən hərarətli alqışlar** 19 yaşlı müğənni Sabina Nazarovanın tək dutarın müşayiəti ilə ifa etdiyi laylaya qismət olub.',
          '## Kənd arxivlərindən gələn musiqi',
          'Hər əsərdən əvvəl ansamblın rəhbəri melodiyanın hansı kənddə və kimdən yazıya alındığını danışırdı. Konsertdən sonra bir neçə dinləyici musiqiçilərə yaxınlaşaraq nənələrinin xatırladığı mahnıları yazmağı təklif edib.',
          '> «Bu melodiyalar onilliklər boyu yalnız ailə məclislərində səslənib. İstəyirik ki, onları yenidən şəhərdə də eşitsinlər», – ansamblın rəhbəri Jasur Xolmatov deyib.',
          'Muzey belə axşamları hər ay keçirməyi planlaşdırır. Toy mahnılarına həsr olunmuş növbəti konsert yanvarın sonuna təyin edilib.',
        ],
        seoTitle: 'Buxarada şam işığında xalq musiqisi axşamı keçirilib',
        seoDescription:
          '«Gulzor» ansamblı Buxaranın sənətkarlıq muzeyində vilayətin kəndlərində yazıya alınmış qədim melodiyaları ifa edib; biletlər bir həftəyə satılıb.',
      },
    },
  },

  // 13
  {
    key: 'a-new-year-run-antalya',
    category: 'sport',
    bureau: 'turkiye',
    author: 'e-hasanli',
    publishedAt: '2026-01-01T14:30:00+04:00',
    tags: ['tourism'],
    cover: {
      scene: 'sea',
      hue: 20,
      alt: {
        ru: 'Море и горизонт в утреннем свете',
        az: 'Səhər işığında dəniz və üfüq',
        en: 'The sea and the horizon in morning light',
      },
      caption: {
        ru: 'Маршрут забега проходил вдоль моря до маяка и обратно',
        az: 'Qaçışın marşrutu dəniz boyunca mayakadək və geri uzanırdı',
        en: 'The course ran along the sea to the lighthouse and back',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Более трёх тысяч человек встретили Новый год забегом по набережной Антальи',
        lead: 'Участники первого в году забега выбирали дистанции 5, 10 и 21 километр; самым старшим бегуном стал 78-летний местный житель.',
        body: [
          'Забег уже шестой год проводит городской клуб любителей бега. Старт дали в 9 утра у городского пляжа, а маршрут проходил вдоль моря до маяка и обратно.',
          'Полумарафон выиграл **Онур Ташкын** с результатом 1 час 11 минут, среди женщин первой финишировала Элиф Карасу. Но главным героем утра зрители назвали 78-летнего Хюсейина Байрама, который пробежал десять километров чуть больше чем за час.',
          '## Забег для всех',
          'Впервые в программу включили детский забег на один километр и отдельный старт для участников на колясках. Тех, кто приехал в Анталью на праздники, регистрировали прямо в день старта.',
          '> «Я бегаю с шестидесяти лет и ни разу не пропустил этот старт. Лучшего способа начать год я не знаю», — сказал после финиша Хюсейин Байрам.',
          'Часть стартовых взносов клуб передал детской спортивной школе города на покупку инвентаря. Следующий забег вдоль набережной запланирован на апрель.',
        ],
        seoTitle: 'В Анталье более трёх тысяч человек пробежали новогодний забег',
        seoDescription:
          'Первый забег года в Анталье собрал более трёх тысяч участников на дистанциях 5, 10 и 21 км; самому старшему бегуну — 78 лет.',
      },
      az: {
        title: 'Üç mindən çox insan Yeni ili Antalyanın sahil bulvarında qaçışla qarşılayıb',
        lead: 'İlin ilk qaçışının iştirakçıları 5, 10 və 21 kilometrlik məsafələrdən birini seçiblər; ən yaşlı qaçışçı 78 yaşlı yerli sakin olub.',
        body: [
          'Qaçışı altıncı ildir ki, şəhərin qaçış həvəskarları klubu keçirir. Start səhər saat 9-da şəhər çimərliyinin yanında verilib, marşrut isə dəniz boyunca mayakadək və geri uzanıb.',
          'Yarımmarafonda **Onur Taşkın** 1 saat 11 dəqiqəlik nəticə ilə qalib gəlib, qadınlar arasında isə finişə ilk Elif Karasu çatıb. Lakin tamaşaçılar səhərin əsas qəhrəmanı kimi on kilometri bir saatdan bir qədər çox vaxta qaçan 78 yaşlı Hüseyin Bayramı adlandırıblar.',
          '## Hamı üçün qaçış',
          'Proqrama ilk dəfə uşaqlar üçün bir kilometrlik qaçış və əlil arabasındakı iştirakçılar üçün ayrıca start daxil edilib. Bayram üçün Antalyaya gələnlər elə start günü qeydiyyatdan keçirilib.',
          '> «Altmış yaşımdan qaçıram və bu startı bir dəfə də buraxmamışam. İli başlamağın bundan yaxşı yolunu bilmirəm», – Hüseyin Bayram finişdən sonra deyib.',
          'Klub start haqlarının bir hissəsini inventar alınması üçün şəhərin uşaq idman məktəbinə verib. Sahil bulvarı boyunca növbəti qaçış aprelə planlaşdırılır.',
        ],
        seoTitle: 'Antalyada üç mindən çox insan Yeni il qaçışına qatılıb',
        seoDescription:
          'Antalyada ilin ilk qaçışı 5, 10 və 21 km məsafələrdə üç mindən çox iştirakçını toplayıb; ən yaşlı qaçışçı 78 yaşındadır.',
      },
      en: {
        title: "More than 3,000 people greet the New Year with a run along Antalya's seafront",
        lead: 'Runners in the first race of the year chose between 5, 10 and 21 kilometres; the oldest was a 78-year-old local resident.',
        body: [
          "The city's amateur running club has held the race for six years now. The start was at 9 a.m. by the city beach, and the course ran along the sea to the lighthouse and back.",
          'The half marathon was won by **Onur Taşkın** in 1 hour 11 minutes, and Elif Karasu was the first woman to finish. But spectators named 78-year-old Hüseyin Bayram, who ran ten kilometres in just over an hour, the real hero of the morning.',
          '## A race for everyone',
          "For the first time the programme included a one-kilometre children's race and a separate start for wheelchair users. People visiting Antalya for the holidays could register on the day of the race.",
          "> “I have been running since I was sixty and have never missed this race. I don't know a better way to start the year,” Hüseyin Bayram said after crossing the finish line.",
          "The club has given part of the entry fees to the city's children's sports school to buy equipment. The next race along the seafront is planned for April.",
        ],
        seoTitle: 'Over 3,000 runners start the New Year in Antalya',
        seoDescription:
          'The first race of the year in Antalya drew more than 3,000 runners over 5, 10 and 21 km; the oldest was 78.',
      },
    },
  },

  // 14
  {
    key: 'a-tram-timetable-kazan',
    category: 'society',
    bureau: 'russia',
    author: 'd-orlova',
    publishedAt: '2026-01-02T08:55:00+04:00',
    tags: ['transport'],
    cover: {
      scene: 'night',
      hue: 55,
      alt: {
        ru: 'Вечерняя улица с огнями фонарей',
        az: 'Fənər işıqları olan axşam küçəsi',
        en: 'An evening street with lamplight',
      },
      caption: {
        ru: 'По пятницам и субботам трамвай будет ходить до двух часов ночи',
        az: 'Cümə və şənbə günləri tramvay gecə saat ikiyədək işləyəcək',
        en: 'On Fridays and Saturdays a tram will run until 2 a.m.',
      },
      credit,
    },
    // not translated into az
    variants: {
      ru: {
        title: 'Трамвайный оператор Казани с 12 января вводит новое расписание',
        lead: 'На двух самых загруженных маршрутах интервал в часы пик сократится до шести минут, а по пятницам и субботам появится ночной трамвай.',
        body: [
          'Изменения подготовлены по итогам подсчёта пассажиров, который городской трамвайный оператор провёл осенью. Выяснилось, что по утрам вагоны на двух маршрутах, идущих к университетскому кварталу, заполнены почти вдвое плотнее, чем на остальных линиях.',
          'На этих маршрутах в будни с 7:00 до 10:00 трамваи будут ходить **каждые шесть минут** вместо девяти. Для этого на линию выйдут четыре дополнительных вагона, которые раньше стояли в резерве депо.',
          '## Ночной трамвай',
          'По пятницам и субботам один кольцевой маршрут будет работать до двух часов ночи с интервалом 20 минут. Ночные вагоны будут останавливаться на всех остановках без исключения, в том числе у вокзала.',
          '> «Мы хотим, чтобы поздно вечером трамвай стал удобной альтернативой такси. Если ночной рейс будет востребован, к лету добавим его и по воскресеньям», — сказал начальник службы движения оператора Ильдар Сабиров.',
          'Новое расписание уже размещено на остановках и в приложении городского транспорта. Стоимость проезда не меняется.',
        ],
        seoTitle: 'В Казани с 12 января меняется расписание трамваев',
        seoDescription:
          'С 12 января трамваи на двух маршрутах Казани будут ходить каждые шесть минут в час пик, а по пятницам и субботам появится ночной рейс.',
      },
      en: {
        title: "Kazan's tram operator introduces a new timetable from 12 January",
        lead: 'On the two busiest routes the peak-hour interval will fall to six minutes, and a night tram will run on Fridays and Saturdays.',
        body: [
          "The changes are based on a passenger count carried out by the city's tram operator in the autumn. It found that in the mornings trams on the two routes serving the university quarter were almost twice as crowded as those on other lines.",
          'On those routes trams will run **every six minutes** instead of every nine on weekdays from 7:00 to 10:00. To make this possible, four extra cars that had been held in reserve at the depot will go into service.',
          '## A night tram',
          'On Fridays and Saturdays one circular route will run until 2 a.m. at 20-minute intervals. The night trams will call at every stop without exception, including the railway station.',
          "> “We want the tram to be a convenient alternative to a taxi late in the evening. If the night service proves popular, we will add it on Sundays too by the summer,” said Ildar Sabirov, head of the operator's service department.",
          'The new timetable is already posted at stops and in the city transport app. Fares remain unchanged.',
        ],
        seoTitle: 'Kazan changes its tram timetable from 12 January',
        seoDescription:
          'From 12 January trams on two Kazan routes will run every six minutes at peak times, and a night tram will run on Fridays and Saturdays.',
      },
    },
  },

  // 15
  {
    key: 'a-museum-restoration-kostroma',
    category: 'culture',
    bureau: 'russia',
    author: 'r-aliyev',
    publishedAt: '2026-01-04T11:20:00+04:00',
    tags: ['exhibition', 'tourism'],
    cover: {
      scene: 'stand',
      hue: 60,
      alt: {
        ru: 'Выставочные панели на стене',
        az: 'Divarda sərgi panelləri',
        en: 'Exhibition panels on a wall',
      },
      caption: {
        ru: 'Выставка «Под слоем краски» в доме-музее купца Ларионова',
        az: 'Tacir Larionovun ev-muzeyində «Boya qatının altında» sərgisi',
        en: "The Beneath the Paint exhibition at merchant Larionov's house museum",
      },
      credit,
    },
    gallery: [
      {
        scene: 'stand',
        hue: 150,
        alt: {
          ru: 'Выставочные стенды в светлой комнате',
          az: 'İşıqlı otaqda sərgi stendləri',
          en: 'Exhibition stands in a bright room',
        },
        caption: {
          ru: 'Стенды с находками реставраторов в бывшей гостиной особняка',
          az: 'Malikanənin keçmiş qonaq otağında bərpaçıların tapıntıları olan stendlər',
          en: "Stands with the restorers' finds in the mansion's former drawing room",
        },
        credit,
      },
      {
        scene: 'portrait',
        hue: 20,
        alt: {
          ru: 'Старая фотография в рамке на мольберте',
          az: 'Molbert üzərində çərçivəli köhnə fotoşəkil',
          en: 'An old framed photograph on an easel',
        },
        caption: {
          ru: 'Снимок семьи Ларионовых начала XX века из городского архива',
          az: 'Şəhər arxivindən XX əsrin əvvəllərinə aid Larionovlar ailəsinin fotoşəkli',
          en: 'A photograph of the Larionov family from the early 20th century, from the city archive',
        },
        credit: {
          ru: 'Фото: городской архив',
          az: 'Foto: şəhər arxivi',
          en: 'Photo: city archive',
        },
      },
      {
        scene: 'hall',
        hue: 200,
        alt: {
          ru: 'Зал с рядами стульев и кафедрой',
          az: 'Stul cərgələri və kürsü olan zal',
          en: 'A hall with rows of chairs and a lectern',
        },
        caption: {
          ru: 'Парадный зал второго этажа, где теперь проходят лекции',
          az: 'İndi mühazirələrin keçirildiyi ikinci mərtəbədəki parad zalı',
          en: 'The grand hall upstairs, which now hosts lectures',
        },
        credit,
      },
      {
        scene: 'city',
        hue: 320,
        alt: {
          ru: 'Крыши и силуэты зданий под вечерним небом',
          az: 'Axşam səması altında damlar və bina siluetləri',
          en: 'Rooftops and building silhouettes under an evening sky',
        },
        caption: {
          ru: 'Вид на исторический центр Костромы из окна мезонина',
          az: 'Mezoninin pəncərəsindən Kostromanın tarixi mərkəzinə görünüş',
          en: "The view of Kostroma's historic centre from the attic window",
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'В Костроме после трёх лет реставрации открылся дом-музей купца Ларионова',
        lead: 'Реставраторы восстановили расписные потолки, изразцовые печи и парадную лестницу особняка XIX века; первая выставка рассказывает о том, как шла работа.',
        body: [
          'Деревянный особняк на тихой улице в центре города был построен в 1870-х годах и долгое время служил жилым домом. Реставрацию провела областная мастерская по сохранению деревянной архитектуры при поддержке городского фонда краеведов.',
          'Самой сложной частью работ стали **расписные потолки второго этажа**, скрытые под несколькими слоями краски. Реставраторы почти полтора года расчищали их вручную и обнаружили под поздними слоями цветочный орнамент и виды Волги.',
          '## Выставка о реставрации',
          'Первая экспозиция называется «Под слоем краски» и показывает находки, сделанные во время работ: старые обои, письма, пуговицы и детскую игрушку, найденную под половицами. Рядом с каждой находкой висят фотографии того места в доме, где её обнаружили.',
          '> «Мы почти ничего не строили заново. Всё, что можно было сохранить, мы сохранили, даже если на полу остались следы от старой мебели», — рассказала руководитель реставрационной группы Ольга Веденеева.',
          'Музей открыт со среды по воскресенье с 10:00 до 18:00. По выходным проходят экскурсии для семей с детьми, а в январе вход для школьников бесплатный.',
        ],
        seoTitle: 'В Костроме после реставрации открылся дом-музей купца Ларионова',
        seoDescription:
          'После трёх лет реставрации в Костроме открылся дом-музей купца Ларионова с расписными потолками и выставкой находок реставраторов.',
      },
      az: {
        title: 'Kostromada üç illik bərpadan sonra tacir Larionovun ev-muzeyi açılıb',
        lead: 'Bərpaçılar XIX əsrə aid malikanənin rəsmli tavanlarını, kaşı sobalarını və parad pilləkənini bərpa ediblər; ilk sərgi işlərin necə getdiyindən bəhs edir.',
        body: [
          'Şəhər mərkəzində sakit bir küçədə yerləşən taxta malikanə 1870-ci illərdə tikilib və uzun müddət yaşayış evi kimi istifadə olunub. Bərpanı şəhər diyarşünaslıq fondunun dəstəyi ilə vilayətin taxta memarlığını qoruma emalatxanası həyata keçirib.',
          'İşlərin ən çətin hissəsi bir neçə qat boya altında gizlənmiş **ikinci mərtəbənin rəsmli tavanları** olub. Bərpaçılar təxminən il yarım ərzində onları əl ilə təmizləyiblər və sonrakı qatların altında gül ornamenti və Volqa mənzərələri aşkar ediblər.',
          '## Bərpa haqqında sərgi',
          'İlk ekspozisiya «Boya qatının altında» adlanır və işlər zamanı tapılan əşyaları nümayiş etdirir: köhnə divar kağızları, məktublar, düymələr və döşəmə taxtalarının altından tapılmış uşaq oyuncağı. Hər tapıntının yanında onun evin hansı yerində aşkar edildiyini göstərən fotoşəkillər asılıb.',
          '> «Demək olar ki, heç nəyi yenidən tikməmişik. Qorunub saxlanıla bilən hər şeyi saxladıq, hətta döşəmədə köhnə mebelin izləri qalsa belə», – bərpa qrupunun rəhbəri Olqa Vedeneyeva danışıb.',
          'Muzey çərşənbədən bazar gününədək saat 10:00-dan 18:00-dək açıqdır. Həftə sonları uşaqlı ailələr üçün ekskursiyalar keçirilir, yanvarda isə məktəblilər üçün giriş pulsuzdur.',
        ],
        seoTitle: 'Kostromada tacir Larionovun ev-muzeyi bərpadan sonra açılıb',
        seoDescription:
          'Kostromada üç illik bərpadan sonra rəsmli tavanları və bərpaçıların tapıntılarından ibarət sərgisi olan tacir Larionovun ev-muzeyi açılıb.',
      },
      en: {
        title: "Merchant Larionov's house museum opens in Kostroma after three years of restoration",
        lead: 'Restorers have revived the painted ceilings, tiled stoves and grand staircase of the 19th-century mansion; the first exhibition tells the story of the work.',
        body: [
          "The wooden mansion on a quiet street in the city centre was built in the 1870s and served as a home for many years. The restoration was carried out by the regional workshop for the conservation of wooden architecture, with support from the city's local history foundation.",
          'The hardest part of the job was **the painted ceilings upstairs**, hidden under several layers of paint. Restorers spent almost a year and a half cleaning them by hand and found floral ornament and views of the Volga beneath the later layers.',
          '## An exhibition about the restoration',
          "The first exhibition, Beneath the Paint, shows finds made during the work: old wallpaper, letters, buttons and a child's toy discovered under the floorboards. Each find is displayed next to photographs of the spot in the house where it turned up.",
          '> “We rebuilt almost nothing from scratch. We kept everything that could be kept, even where old furniture had left marks on the floor,” said Olga Vedeneeva, head of the restoration team.',
          'The museum is open Wednesday to Sunday from 10:00 to 18:00. Family tours are held at weekends, and entry is free for schoolchildren throughout January.',
        ],
        seoTitle: 'Larionov house museum opens in Kostroma after restoration',
        seoDescription:
          "After three years of restoration, merchant Larionov's house museum in Kostroma opens with painted ceilings and an exhibition of the restorers' finds.",
      },
    },
  },
];
