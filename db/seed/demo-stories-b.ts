import type { L10n, SeedStory } from './types';

/**
 * Demo content, set B: 15 neutral, clearly fictional everyday stories (invented institutions and people).
 * Two stories are not translated into Azerbaijani and two are not translated into English; four have a photo
 * exhibition.
 */

const credit: L10n = { ru: 'Фото: Bureau', az: 'Foto: Bureau', en: 'Photo: Bureau' };

export const demoStoriesB: SeedStory[] = [
  // 1. Society — a new children's hospital wing (Karaganda)
  {
    key: 'b-childrens-hospital-wing',
    category: 'society',
    bureau: 'kazakhstan',
    author: 'report-kz',
    publishedAt: '2026-01-05T09:20:00+04:00',
    tags: ['health'],
    cover: {
      scene: 'hall',
      hue: 190,
      alt: {
        ru: 'Светлый холл с рядами кресел для посетителей',
        az: 'Ziyarətçilər üçün kreslo cərgələri olan işıqlı foye',
        en: 'A bright lobby with rows of seats for visitors',
      },
      caption: {
        ru: 'Холл нового крыла детской больницы «Жулдыз» в первый день работы',
        az: '«Juldız» uşaq xəstəxanasının yeni korpusunun foyesi işin ilk günündə',
        en: 'The lobby of the new wing of Zhuldyz children’s hospital on its first day',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'В Караганде открылось новое крыло детской больницы «Жулдыз»',
        lead: 'Корпус на 60 коек с дневным стационаром и игровой зоной принял первых маленьких пациентов в понедельник утром.',
        body: [
          'Трёхэтажное крыло пристроено к основному зданию больницы со стороны парка. В нём разместились дневной стационар, кабинеты реабилитации и палаты, рассчитанные на совместное пребывание детей с родителями.',
          '## Палаты для детей и родителей',
          'В каждой палате есть раскладное кресло для взрослого и отдельный санузел. По словам администрации, **60 новых коек** позволят сократить очередь на плановую госпитализацию примерно вдвое.',
          '> «Мы проектировали крыло вместе с родителями наших пациентов и учли почти все их пожелания — от освещения до цвета стен», — рассказала главный врач больницы Айгерим Сапарова.',
          'На первом этаже открылись игровая комната и небольшая библиотека, которую собрали волонтёры местного книжного клуба. Там же работает кабинет психолога, где дети могут в спокойной обстановке подготовиться к процедурам.',
          'Первые пациенты поступили в отделение в понедельник утром. До конца месяца в новом корпусе заработают ещё два кабинета функциональной диагностики.',
        ],
        seoTitle: 'Новое крыло детской больницы «Жулдыз» открылось в Караганде',
        seoDescription:
          'В Караганде открылся корпус детской больницы «Жулдыз» на 60 коек с дневным стационаром, палатами для родителей и игровой зоной.',
      },
      az: {
        title: 'Qarağandada «Juldız» uşaq xəstəxanasının yeni korpusu açılıb',
        lead: 'Gündüz stasionarı və oyun zonası olan 60 çarpayılıq korpus bazar ertəsi səhər ilk kiçik pasiyentlərini qəbul edib.',
        body: [
          'Üçmərtəbəli korpus xəstəxananın əsas binasına park tərəfdən birləşdirilib. Burada gündüz stasionarı, reabilitasiya kabinetləri və uşaqların valideynləri ilə birgə qalması üçün nəzərdə tutulmuş palatalar yerləşir.',
          '## Uşaqlar və valideynlər üçün palatalar',
          'Hər palatada böyüklər üçün açılan kreslo və ayrıca sanitar qovşaq var. Administrasiyanın sözlərinə görə, **60 yeni çarpayı** planlı hospitalizasiya üzrə növbəni təxminən iki dəfə azaltmağa imkan verəcək.',
          '> «Korpusu pasiyentlərimizin valideynləri ilə birlikdə layihələndirdik və onların demək olar ki, bütün istəklərini — işıqlandırmadan divarların rənginə qədər — nəzərə aldıq», — xəstəxananın baş həkimi Aygerim Saparova bildirib.',
          'Birinci mərtəbədə oyun otağı və yerli kitab klubunun könüllülərinin topladığı kiçik kitabxana açılıb. Orada həm də psixoloq kabineti fəaliyyət göstərir: uşaqlar burada sakit şəraitdə prosedurlara hazırlaşa bilərlər.',
          'İlk pasiyentlər şöbəyə bazar ertəsi səhər daxil olub. Ay sonunadək yeni korpusda daha iki funksional diaqnostika kabineti işə başlayacaq.',
        ],
        seoTitle: 'Qarağandada «Juldız» uşaq xəstəxanasının yeni korpusu açılıb',
        seoDescription:
          'Qarağandada «Juldız» uşaq xəstəxanasının gündüz stasionarı, valideyn palataları və oyun zonası olan 60 çarpayılıq korpusu açılıb.',
      },
      en: {
        title: 'New wing of Zhuldyz children’s hospital opens in Karaganda',
        lead: 'The 60-bed building, with a day-care unit and a play area, admitted its first young patients on Monday morning.',
        body: [
          'The three-storey wing has been added to the main hospital building on the park side. It houses a day-care unit, rehabilitation rooms and wards designed for children to stay together with their parents.',
          '## Wards for children and parents',
          'Every ward has a fold-out chair for an adult and its own bathroom. According to the hospital management, the **60 new beds** will cut the waiting list for planned admissions roughly by half.',
          '> “We designed the wing together with our patients’ parents and took almost all of their wishes into account, from the lighting to the colour of the walls,” said the hospital’s chief physician, Aigerim Saparova.',
          'A playroom has opened on the ground floor, along with a small library collected by volunteers from a local book club. There is also a psychologist’s room where children can prepare for procedures in a calm setting.',
          'The first patients were admitted to the unit on Monday morning. Two more functional diagnostics rooms will open in the new building by the end of the month.',
        ],
        seoTitle: 'New wing of Zhuldyz children’s hospital opens in Karaganda',
        seoDescription:
          'A new 60-bed wing of Zhuldyz children’s hospital has opened in Karaganda, with a day-care unit, wards for parents and a play area.',
      },
    },
  },

  // 2. Economy — winter season at a mountain resort (Georgia), with a photo exhibition
  {
    key: 'b-mountain-resort-season',
    category: 'economy',
    bureau: 'georgia',
    author: 'e-hasanli',
    publishedAt: '2026-01-06T14:45:00+04:00',
    tags: ['tourism', 'weather'],
    cover: {
      scene: 'mountains',
      hue: 210,
      alt: {
        ru: 'Заснеженные склоны гор под голубым небом',
        az: 'Mavi səma altında qarlı dağ yamacları',
        en: 'Snow-covered mountain slopes under a blue sky',
      },
      caption: {
        ru: 'Трассы курорта «Мтисдзири» в первую неделю января',
        az: '«Mtisdziri» kurortunun trasları yanvarın birinci həftəsində',
        en: 'The runs of Mtisdziri resort in the first week of January',
      },
      credit,
    },
    gallery: [
      {
        scene: 'mountains',
        hue: 200,
        alt: {
          ru: 'Заснеженный горный хребет под ясным небом',
          az: 'Aydın səma altında qarla örtülmüş dağ silsiləsi',
          en: 'A snow-covered mountain ridge under a clear sky',
        },
        caption: {
          ru: 'Верхний участок трассы «Красная» после январского снегопада',
          az: 'Yanvar qarından sonra «Qırmızı» trasın yuxarı hissəsi',
          en: 'The upper section of the Red run after the January snowfall',
        },
        credit,
      },
      {
        scene: 'crowd',
        hue: 30,
        alt: {
          ru: 'Группа людей в зимней одежде стоит у подъёмника',
          az: 'Qış geyimində bir qrup insan qaldırıcının yanında dayanıb',
          en: 'A group of people in winter clothing standing by a lift',
        },
        caption: {
          ru: 'Первые лыжники у нижней станции новой кресельной дороги в 9 утра',
          az: 'Səhər saat 9-da yeni kanat yolunun aşağı stansiyasında ilk xizəkçilər',
          en: 'The first skiers at the lower station of the new chairlift at 9 a.m.',
        },
        credit,
      },
      {
        scene: 'market',
        hue: 15,
        alt: {
          ru: 'Ряд павильонов проката с навесами у подножия склона',
          az: 'Yamacın ətəyində talvarlı kirayə köşklərinin cərgəsi',
          en: 'A row of rental kiosks with awnings at the foot of the slope',
        },
        caption: {
          ru: 'Пункты проката в посёлке: комплект снаряжения на день стоит от 35 лари',
          az: 'Qəsəbədəki kirayə məntəqələri: bir günlük avadanlıq dəsti 35 laridən başlayır',
          en: 'Rental points in the village: a day’s set of equipment costs from 35 lari',
        },
        credit,
      },
      {
        scene: 'field',
        hue: 180,
        alt: {
          ru: 'Широкое заснеженное плато под низким зимним небом',
          az: 'Alçaq qış səması altında geniş qarlı yayla',
          en: 'A wide snowy plateau under a low winter sky',
        },
        caption: {
          ru: 'Учебный склон на плато, где детская школа проводит первые занятия',
          az: 'Uşaq məktəbinin ilk məşğələlərini keçirdiyi yayladakı tədris yamacı',
          en: 'The beginners’ slope on the plateau where the children’s school holds its first lessons',
        },
        credit,
      },
      {
        scene: 'night',
        hue: 265,
        alt: {
          ru: 'Вечерняя улица посёлка с горящими фонарями',
          az: 'Axşam vaxtı fənərləri yanan qəsəbə küçəsi',
          en: 'A village street in the evening with the lamps lit',
        },
        caption: {
          ru: 'Вечер в посёлке: кафе и гостевые дома работают до полуночи',
          az: 'Qəsəbədə axşam: kafelər və qonaq evləri gecə yarısınadək işləyir',
          en: 'Evening in the village: cafés and guesthouses stay open until midnight',
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'Курорт «Мтисдзири» открыл все трассы и новую кресельную канатную дорогу',
        lead: 'После обильных снегопадов на горнолыжном курорте в Самцхе-Джавахети заработали все девять трасс, а гостиницы и гостевые дома заполнены почти на 80 процентов.',
        body: [
          'Сезон на курорте формально начался в конце декабря, но до этой недели работали лишь три учебных склона. Снегопады первых дней января позволили открыть все трассы общей протяжённостью **14 километров**.',
          '## Новая канатная дорога',
          'Главной новинкой сезона стала четырёхместная кресельная дорога длиной 1,2 километра. Она поднимает лыжников к верхней станции за семь минут и избавила курорт от очередей у старого бугельного подъёмника.',
          '> «Мы впервые за несколько лет открываем все трассы уже в первую неделю января. Для местных семей, которые сдают комнаты, это хороший старт сезона», — сказал директор курорта Нодар Квеселава.',
          'По данным администрации, гостиницы и гостевые дома посёлка заполнены почти на 80 процентов до конца января. Для сезонной работы в пунктах проката, кафе и на подъёмниках наняли около 120 жителей окрестных сёл.',
          'Дневной ски-пасс для взрослых в этом сезоне стоит 60 лари, для детей до 12 лет — 30 лари. Детская горнолыжная школа проводит занятия ежедневно с 10:00 до 15:00.',
        ],
        seoTitle: '«Мтисдзири» открыл все трассы и новую канатную дорогу',
        seoDescription:
          'На курорте «Мтисдзири» заработали все девять трасс и новая кресельная дорога; гостиницы заполнены почти на 80% до конца января.',
      },
      az: {
        title: '«Mtisdziri» kurortu bütün trasları və yeni kreslolu kanat yolunu açıb',
        lead: 'Güclü qar yağışlarından sonra Samtsxe-Cavaxetidəki dağ-xizək kurortunda doqquz trasın hamısı işə düşüb, otel və qonaq evləri isə təxminən 80 faiz doludur.',
        body: [
          'Kurortda mövsüm formal olaraq dekabrın sonunda başlasa da, bu həftəyədək yalnız üç tədris yamacı işləyirdi. Yanvarın ilk günlərində yağan qar ümumi uzunluğu **14 kilometr** olan bütün trasları açmağa imkan verib.',
          '## Yeni kanat yolu',
          'Mövsümün əsas yeniliyi uzunluğu 1,2 kilometr olan dördyerlik kreslolu kanat yoludur. O, xizəkçiləri yeddi dəqiqəyə yuxarı stansiyaya qaldırır və kurortu köhnə buqel qaldırıcısı qarşısındakı növbələrdən xilas edib.',
          '> «Son bir neçə ildə ilk dəfədir ki, bütün trasları artıq yanvarın birinci həftəsində açırıq. Otaq kirayə verən yerli ailələr üçün bu, mövsümün yaxşı başlanğıcıdır», — kurortun direktoru Nodar Kveselava deyib.',
          'Administrasiyanın məlumatına görə, qəsəbədəki otel və qonaq evləri yanvarın sonunadək təxminən 80 faiz doludur. Kirayə məntəqələrində, kafelərdə və qaldırıcılarda mövsümi iş üçün ətraf kəndlərdən 120-yə yaxın sakin işə götürülüb.',
          'Bu mövsüm böyüklər üçün günlük ski-pass 60 lari, 12 yaşınadək uşaqlar üçün isə 30 lari təşkil edir. Uşaq dağ-xizək məktəbi hər gün saat 10:00-dan 15:00-dək məşğələlər keçirir.',
        ],
        seoTitle: '«Mtisdziri» bütün trasları və yeni kanat yolunu açıb',
        seoDescription:
          '«Mtisdziri» kurortunda doqquz trasın hamısı və yeni kreslolu kanat yolu işə düşüb; otellər yanvarın sonunadək təxminən 80% doludur.',
      },
      en: {
        title: 'Mtisdziri resort opens all its runs and a new chairlift',
        lead: 'After heavy snowfall all nine runs are now open at the ski resort in Samtskhe-Javakheti, and its hotels and guesthouses are almost 80 per cent full.',
        body: [
          'The season at the resort formally began at the end of December, but until this week only three beginners’ slopes were running. Snow in the first days of January made it possible to open all the runs, **14 kilometres** in total.',
          '## A new lift',
          'The main novelty of the season is a four-seat chairlift 1.2 kilometres long. It takes skiers to the top station in seven minutes and has put an end to the queues at the old T-bar lift.',
          '> “For the first time in several years we are opening every run as early as the first week of January. For local families who let rooms, it is a good start to the season,” said the resort’s director, Nodar Kveselava.',
          'According to the management, hotels and guesthouses in the village are almost 80 per cent booked until the end of January. Around 120 residents of nearby villages have been hired for seasonal work at rental points, cafés and lifts.',
          'This season a day pass costs 60 lari for adults and 30 lari for children under 12. The children’s ski school holds lessons every day from 10:00 to 15:00.',
        ],
        seoTitle: 'Mtisdziri ski resort opens all its runs and a new chairlift',
        seoDescription:
          'All nine runs and a new chairlift are open at Mtisdziri ski resort; hotels are almost 80% booked until the end of January.',
      },
    },
  },

  // 3. Culture — a nature photography contest (Samarkand), with a photo exhibition
  {
    key: 'b-nature-photo-contest',
    category: 'culture',
    bureau: 'uzbekistan',
    author: 'a-karimova',
    publishedAt: '2026-01-07T11:05:00+04:00',
    tags: ['exhibition'],
    cover: {
      scene: 'stand',
      hue: 45,
      alt: {
        ru: 'Фотографии в рамках на стенах светлого выставочного зала',
        az: 'İşıqlı sərgi zalının divarlarında çərçivəli fotolar',
        en: 'Framed photographs on the walls of a bright exhibition hall',
      },
      caption: {
        ru: 'Выставка лучших работ конкурса «Табиат ёнимизда» в зале «Рангин»',
        az: '«Tabiat yonimizda» müsabiqəsinin ən yaxşı işlərinin «Rangin» zalındakı sərgisi',
        en: 'The exhibition of the best Tabiat Yonimizda entries at the Rangin hall',
      },
      credit,
    },
    gallery: [
      {
        scene: 'mountains',
        hue: 30,
        alt: {
          ru: 'Горный хребет в рассветной дымке, над долиной стелется туман',
          az: 'Şəfəq dumanı içində dağ silsiləsi, vadinin üzərində duman yayılıb',
          en: 'A mountain ridge in the dawn haze, with fog lying over the valley',
        },
        caption: {
          ru: 'Главный приз: рассвет над хребтом Нуратау, снятый после месяца наблюдений с одной точки',
          az: 'Baş mükafat: bir nöqtədən bir aylıq müşahidədən sonra çəkilmiş Nuratau silsiləsi üzərində şəfəq',
          en: 'Main prize: dawn over the Nuratau ridge, taken after a month of watching from the same spot',
        },
        credit: { ru: 'Фото: Шерзод Турсунов', az: 'Foto: Şerzod Tursunov', en: 'Photo: Sherzod Tursunov' },
      },
      {
        scene: 'field',
        hue: 95,
        alt: {
          ru: 'Зелёный склон с россыпью красных цветов под светлым небом',
          az: 'Açıq səma altında qırmızı çiçəklərlə örtülmüş yaşıl yamac',
          en: 'A green slope scattered with red flowers under a pale sky',
        },
        caption: {
          ru: 'Дикие тюльпаны в предгорьях под Джизаком — из серии, победившей в детской номинации',
          az: 'Cizzak yaxınlığındakı dağətəyində çöl lalələri — uşaq nominasiyasında qalib gələn seriyadan',
          en: 'Wild tulips in the foothills near Jizzakh, from the series that won the children’s category',
        },
        credit: { ru: 'Фото: Малика Юсупова', az: 'Foto: Malika Yusupova', en: 'Photo: Malika Yusupova' },
      },
      {
        scene: 'sea',
        hue: 195,
        alt: {
          ru: 'Спокойная гладь озера и ровная линия горизонта',
          az: 'Gölün sakit səthi və düz üfüq xətti',
          en: 'The calm surface of a lake and a straight horizon',
        },
        caption: {
          ru: 'Утро на озере Айдаркуль — второе место в основной номинации',
          az: 'Aydarkül gölündə səhər — əsas nominasiyada ikinci yer',
          en: 'Morning on Lake Aydarkul, second place in the main category',
        },
        credit: { ru: 'Фото: Дилноза Рахимова', az: 'Foto: Dilnoza Rahimova', en: 'Photo: Dilnoza Rakhimova' },
      },
      {
        scene: 'flowers',
        hue: 330,
        alt: {
          ru: 'Крупный план розовых цветов на ветках',
          az: 'Budaqlarda çəhrayı çiçəklər yaxın plandan',
          en: 'A close-up of pink blossom on branches',
        },
        caption: {
          ru: 'Цветущий миндаль в саду под Ургутом — приз зрительских симпатий',
          az: 'Urqut yaxınlığındakı bağda çiçək açmış badam — tamaşaçı rəğbəti mükafatı',
          en: 'Almond blossom in an orchard near Urgut, winner of the audience award',
        },
        credit: { ru: 'Фото: Бахтиёр Ахмедов', az: 'Foto: Baxtiyor Axmedov', en: 'Photo: Bakhtiyor Akhmedov' },
      },
      {
        scene: 'night',
        hue: 240,
        alt: {
          ru: 'Звёздное небо над редкими огнями небольшого посёлка',
          az: 'Kiçik kəndin seyrək işıqları üzərində ulduzlu səma',
          en: 'A starry sky above the scattered lights of a small village',
        },
        caption: {
          ru: 'Ночь над кишлаком в Кызылкумах — третье место в основной номинации',
          az: 'Qızılqumda bir kənd üzərində gecə — əsas nominasiyada üçüncü yer',
          en: 'Night over a village in the Kyzylkum desert, third place in the main category',
        },
        credit: { ru: 'Фото: Азиз Хамраев', az: 'Foto: Aziz Xamrayev', en: 'Photo: Aziz Khamrayev' },
      },
      {
        scene: 'crowd',
        hue: 10,
        alt: {
          ru: 'Силуэты посетителей в зале перед стеной с фотографиями',
          az: 'Fotolar asılmış divarın qarşısında ziyarətçilərin siluetləri',
          en: 'Silhouettes of visitors in a hall in front of a wall of photographs',
        },
        caption: {
          ru: 'Церемония награждения в зале «Рангин»: пришли около 300 участников и гостей',
          az: '«Rangin» zalında mükafatlandırma mərasimi: təxminən 300 iştirakçı və qonaq gəlib',
          en: 'The award ceremony at the Rangin hall drew around 300 entrants and guests',
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'В Самарканде подвели итоги конкурса фотографий природы «Табиат ёнимизда»',
        lead: 'Главный приз получил учитель из Нураты за снимок рассвета над горным хребтом, а лучшие работы до конца февраля покажут в выставочном зале «Рангин».',
        body: [
          'Конкурс проводит Самаркандский клуб фотографов-любителей уже пятый год. В этот раз жюри рассмотрело **более 1 200 снимков** от 430 авторов из всех регионов страны, в том числе работы школьников.',
          'Главный приз получил учитель географии из Нураты Шерзод Турсунов. Его снимок рассвета над хребтом Нуратау жюри назвало «спокойным и очень точным по свету».',
          '> «Я снимал с одной и той же точки почти месяц, потому что туман над долиной держится всего несколько минут после восхода», — рассказал победитель.',
          '## Отдельная номинация для школьников',
          'В номинации для участников до 16 лет победила семиклассница из Джизака Малика Юсупова с серией фотографий диких тюльпанов. Организаторы отметили, что детских работ в этом году стало вдвое больше.',
          'Выставка 60 лучших снимков открыта в зале «Рангин» ежедневно, кроме понедельника, с 10:00 до 18:00. Вход свободный.',
        ],
        seoTitle: 'Итоги фотоконкурса «Табиат ёнимизда» подвели в Самарканде',
        seoDescription:
          'Главный приз конкурса фотографий природы получил учитель из Нураты; 60 лучших снимков покажут в Самарканде до конца февраля.',
      },
      az: {
        title: 'Səmərqənddə «Tabiat yonimizda» təbiət fotoları müsabiqəsinin nəticələri açıqlanıb',
        lead: 'Baş mükafatı dağ silsiləsi üzərində şəfəq fotosuna görə Nuratadan olan müəllim qazanıb, ən yaxşı işlər isə fevralın sonunadək «Rangin» sərgi zalında nümayiş olunacaq.',
        body: [
          'Müsabiqəni Səmərqənd həvəskar fotoqraflar klubu artıq beşinci ildir keçirir. Bu dəfə münsiflər heyəti ölkənin bütün bölgələrindən 430 müəllifin, o cümlədən məktəblilərin **1 200-dən çox fotosunu** nəzərdən keçirib.',
          'Baş mükafatı Nuratadan olan coğrafiya müəllimi Şerzod Tursunov qazanıb. Münsiflər onun Nuratau silsiləsi üzərində şəfəq fotosunu «sakit və işığa görə çox dəqiq» iş adlandırıb.',
          '> «Təxminən bir ay eyni nöqtədən çəkiliş aparırdım, çünki vadinin üzərindəki duman günəş çıxandan sonra cəmi bir neçə dəqiqə qalır», — qalib danışıb.',
          '## Məktəblilər üçün ayrıca nominasiya',
          '16 yaşınadək iştirakçılar üçün nominasiyada Cizzakdan olan yeddinci sinif şagirdi Malika Yusupova çöl lalələri haqqında foto seriyası ilə qalib gəlib. Təşkilatçılar bu il uşaq işlərinin sayının iki dəfə artdığını qeyd ediblər.',
          '60 ən yaxşı fotodan ibarət sərgi «Rangin» zalında bazar ertəsindən başqa hər gün saat 10:00-dan 18:00-dək açıqdır. Giriş pulsuzdur.',
        ],
        seoTitle: 'Səmərqənddə «Tabiat yonimizda» fotomüsabiqəsinin nəticələri',
        seoDescription:
          'Təbiət fotoları müsabiqəsinin baş mükafatını Nuratadan olan müəllim qazanıb; 60 ən yaxşı foto fevralın sonunadək Səmərqənddə göstəriləcək.',
      },
      en: {
        title: 'Samarkand names the winners of the Tabiat Yonimizda nature photo contest',
        lead: 'The main prize went to a teacher from Nurata for a picture of dawn over a mountain ridge, and the best entries will be on show at the Rangin exhibition hall until the end of February.',
        body: [
          'The Samarkand amateur photographers’ club has been running the contest for five years. This time the jury considered **more than 1,200 pictures** by 430 authors from every region of the country, including schoolchildren.',
          'The main prize went to Sherzod Tursunov, a geography teacher from Nurata. The jury called his picture of dawn over the Nuratau ridge “calm and very precise in its light”.',
          '> “I shot from the same spot for almost a month, because the fog over the valley lasts only a few minutes after sunrise,” the winner said.',
          '## A separate category for schoolchildren',
          'In the category for entrants under 16 the winner was Malika Yusupova, a seventh-grader from Jizzakh, with a series of photographs of wild tulips. The organisers noted that twice as many children’s entries came in this year.',
          'An exhibition of the 60 best pictures is open at the Rangin hall every day except Monday from 10:00 to 18:00. Admission is free.',
        ],
        seoTitle: 'Winners of the Tabiat Yonimizda photo contest named in Samarkand',
        seoDescription:
          'A teacher from Nurata won the main prize of the nature photo contest; the 60 best pictures are on show in Samarkand until the end of February.',
      },
    },
  },

  // 4. Sport — a regional junior wrestling championship (Turkistan)
  {
    key: 'b-junior-wrestling-championship',
    category: 'sport',
    bureau: 'kazakhstan',
    author: 'e-hasanli',
    publishedAt: '2026-01-08T16:30:00+04:00',
    cover: {
      scene: 'stadium',
      hue: 5,
      alt: {
        ru: 'Спортивная арена с заполненными трибунами',
        az: 'Tribunaları dolu idman arenası',
        en: 'A sports arena with full stands',
      },
      caption: {
        ru: 'Финальный день чемпионата в спорткомплексе «Арман»',
        az: '«Arman» idman kompleksində çempionatın final günü',
        en: 'The final day of the championship at the Arman sports complex',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'В Туркестане завершился региональный чемпионат по вольной борьбе среди юниоров',
        lead: 'За три дня на коврах спорткомплекса «Арман» выступили 186 борцов из 14 районов, а в командном зачёте победила сборная Сайрамского района.',
        body: [
          'Соревнования проходили в десяти весовых категориях среди юношей и девушек 17–20 лет. Впервые в программу чемпионата включили женские категории: в них выступили **42 спортсменки**.',
          '## Финалы последнего дня',
          'Самым напряжённым оказался финал в весе до 74 килограммов: Ерасыл Абдуллаев из Сайрамского района победил Нурбола Жуматаева со счётом 5:4 за восемь секунд до конца схватки. Бронзовые медали в этой категории разделили борцы из Кентау и Арыси.',
          '> «Ребята вышли на ковёр сразу после новогодних каникул и всё равно показали хорошую форму. Для многих это первый турнир такого уровня», — сказал главный судья соревнований Марат Есенов.',
          'Победители в каждой весовой категории получили право выступить на республиканском первенстве в марте. Организаторы планируют проводить региональный чемпионат ежегодно в начале января.',
        ],
        seoTitle: 'Чемпионат по вольной борьбе среди юниоров завершился в Туркестане',
        seoDescription:
          'В спорткомплексе «Арман» выступили 186 борцов из 14 районов; в командном зачёте победила сборная Сайрамского района.',
      },
      az: {
        title: 'Türküstanda gənclər arasında sərbəst güləş üzrə regional çempionat başa çatıb',
        lead: 'Üç gün ərzində «Arman» idman kompleksinin xalçalarında 14 rayondan 186 güləşçi çıxış edib, komanda hesabında isə Sayram rayonunun yığması qalib gəlib.',
        body: [
          'Yarışlar 17–20 yaşlı oğlan və qızlar arasında on çəki dərəcəsində keçirilib. Çempionatın proqramına ilk dəfə qadın çəki dərəcələri daxil edilib: onlarda **42 idmançı qız** çıxış edib.',
          '## Son günün finalları',
          'Ən gərgin final 74 kiloqramadək çəki dərəcəsində olub: Sayram rayonundan Erasıl Abdullayev görüşün bitməsinə səkkiz saniyə qalmış Nurbol Jumatayevə 5:4 hesabı ilə qalib gəlib. Bu çəki dərəcəsində bürünc medalları Kentau və Arısdan olan güləşçilər bölüşüblər.',
          '> «Uşaqlar xalçaya Yeni il tətilindən dərhal sonra çıxsalar da, yaxşı forma nümayiş etdirdilər. Çoxları üçün bu, belə səviyyədə ilk turnirdir», — yarışların baş hakimi Marat Yesenov deyib.',
          'Hər çəki dərəcəsində qaliblər mart ayında keçiriləcək respublika birinciliyində çıxış etmək hüququ qazanıblar. Təşkilatçılar regional çempionatı hər il yanvarın əvvəlində keçirməyi planlaşdırırlar.',
        ],
        seoTitle: 'Türküstanda gənclər arasında güləş çempionatı başa çatıb',
        seoDescription:
          '«Arman» idman kompleksində 14 rayondan 186 güləşçi çıxış edib; komanda hesabında Sayram rayonunun yığması qalib gəlib.',
      },
      en: {
        title: 'Regional junior freestyle wrestling championship ends in Turkistan',
        lead: 'Over three days 186 wrestlers from 14 districts competed on the mats of the Arman sports complex, and the Sairam district team won the team standings.',
        body: [
          'The competition was held in ten weight categories for young men and women aged 17 to 20. Women’s categories were included in the championship for the first time, with **42 female athletes** taking part.',
          '## Final-day bouts',
          'The tightest final was in the up-to-74-kilogram category: Yerassyl Abdullayev of Sairam district beat Nurbol Zhumatayev 5:4 with eight seconds of the bout left. The bronze medals in this category went to wrestlers from Kentau and Arys.',
          '> “They stepped onto the mat straight after the New Year holidays and still showed good form. For many of them this is their first tournament at this level,” said the chief referee, Marat Yessenov.',
          'The winners in each weight category have earned the right to compete at the national championship in March. The organisers plan to hold the regional championship every year in early January.',
        ],
        seoTitle: 'Junior freestyle wrestling championship ends in Turkistan',
        seoDescription:
          '186 wrestlers from 14 districts competed at the Arman sports complex; the Sairam district team won the team standings.',
      },
    },
  },

  // 5. Politics (civic) — a new public-service centre (Namangan)
  {
    key: 'b-public-service-centre',
    category: 'politics',
    bureau: 'uzbekistan',
    author: 'a-karimova',
    publishedAt: '2026-01-09T12:35:00+04:00',
    tags: ['technology'],
    cover: {
      scene: 'hall',
      hue: 160,
      alt: {
        ru: 'Просторный зал с рядами кресел для посетителей',
        az: 'Ziyarətçilər üçün kreslo cərgələri olan geniş zal',
        en: 'A spacious hall with rows of seats for visitors',
      },
      caption: {
        ru: 'Зал ожидания нового центра государственных услуг на улице Навбахор',
        az: 'Navbahor küçəsindəki yeni dövlət xidmətləri mərkəzinin gözləmə zalı',
        en: 'The waiting hall of the new public service centre on Navbahor Street',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'В Намангане открылся новый центр государственных услуг на 24 окна',
        lead: 'Центр на улице Навбахор принимает заявления по 140 услугам, работает по субботам и позволяет записаться на приём через мобильное приложение.',
        body: [
          'Двухэтажное здание построено на месте старого административного корпуса на улице Навбахор. В зале на первом этаже работают **24 окна** приёма, детская комната и отдельная зона для посетителей с ограниченной подвижностью.',
          'В центре можно получить справки, зарегистрировать рождение ребёнка, подать документы на субсидии и проконсультироваться по коммунальным платежам. Всего доступно 140 услуг, часть из них оказывается в тот же день.',
          '## Запись через приложение',
          'Посетители могут заранее выбрать время визита в мобильном приложении центра или получить на месте талон электронной очереди. По субботам центр открыт с 9:00 до 14:00.',
          '> «Раньше за разными справками приходилось ездить в три здания в разных концах города. Теперь всё собрано под одной крышей», — рассказала руководитель центра Нилуфар Абдурахмонова.',
          'В первый день работы центр принял около 600 посетителей. До конца года городские власти планируют открыть ещё два таких центра в новых жилых районах.',
        ],
        seoTitle: 'Новый центр госуслуг на 24 окна открылся в Намангане',
        seoDescription:
          'В Намангане открылся центр на 24 окна: 140 услуг, работа по субботам и запись на приём через мобильное приложение.',
      },
      az: {
        title: 'Namanganda 24 pəncərəli yeni dövlət xidmətləri mərkəzi açılıb',
        lead: 'Navbahor küçəsindəki mərkəz 140 xidmət üzrə müraciətləri qəbul edir, şənbə günləri işləyir və mobil tətbiq vasitəsilə qəbula yazılmağa imkan verir.',
        body: [
          'İkimərtəbəli bina Navbahor küçəsində köhnə inzibati korpusun yerində tikilib. Birinci mərtəbədəki zalda **24 qəbul pəncərəsi**, uşaq otağı və hərəkət imkanları məhdud olan ziyarətçilər üçün ayrıca zona fəaliyyət göstərir.',
          'Mərkəzdə arayışlar almaq, uşağın doğumunu qeydiyyata salmaq, subsidiyalar üçün sənəd təqdim etmək və kommunal ödənişlər üzrə məsləhət almaq mümkündür. Ümumilikdə 140 xidmət mövcuddur, onların bir hissəsi elə həmin gün göstərilir.',
          '## Tətbiq vasitəsilə qeydiyyat',
          'Ziyarətçilər mərkəzin mobil tətbiqində gəliş vaxtını əvvəlcədən seçə və ya yerində elektron növbə talonu ala bilərlər. Şənbə günləri mərkəz saat 9:00-dan 14:00-dək açıqdır.',
          '> «Əvvəllər müxtəlif arayışlar üçün şəhərin müxtəlif yerlərindəki üç binaya getmək lazım gəlirdi. İndi hər şey bir dam altında toplanıb», — mərkəzin rəhbəri Nilufar Abduraxmonova danışıb.',
          'Fəaliyyətinin ilk günündə mərkəz təxminən 600 ziyarətçi qəbul edib. Şəhər hakimiyyəti il sonunadək yeni yaşayış massivlərində daha iki belə mərkəz açmağı planlaşdırır.',
        ],
        seoTitle: 'Namanganda yeni dövlət xidmətləri mərkəzi açılıb',
        seoDescription:
          'Namanganda 140 xidmət göstərən, şənbə günləri işləyən və mobil tətbiqlə qeydiyyat imkanı olan 24 pəncərəli yeni mərkəz açılıb.',
      },
      en: {
        title: 'New public service centre with 24 service desks opens in Namangan',
        lead: 'The centre on Navbahor Street handles applications for 140 services, is open on Saturdays and lets people book appointments through a mobile app.',
        body: [
          'The two-storey building stands on the site of an old administrative block on Navbahor Street. The hall on the ground floor has **24 service desks**, a children’s room and a separate area for visitors with limited mobility.',
          'At the centre people can obtain certificates, register a child’s birth, apply for subsidies and get advice on utility bills. In all 140 services are available, and some of them are provided on the same day.',
          '## Booking through an app',
          'Visitors can choose a time in advance in the centre’s mobile app or take a ticket from the electronic queue on arrival. On Saturdays the centre is open from 9:00 to 14:00.',
          '> “People used to travel to three buildings in different parts of the city for different certificates. Now everything is under one roof,” said the head of the centre, Nilufar Abdurakhmonova.',
          'On its first day the centre served about 600 visitors. The city authorities plan to open two more such centres in new residential areas by the end of the year.',
        ],
        seoTitle: 'New public service centre with 24 desks opens in Namangan',
        seoDescription:
          'Namangan has a new 24-desk centre offering 140 services, open on Saturdays, with appointments bookable through a mobile app.',
      },
    },
  },

  // 6. Science — an observatory open night (İzmir), with a photo exhibition
  {
    key: 'b-observatory-open-night',
    category: 'science',
    bureau: 'turkiye',
    author: 'r-aliyev',
    publishedAt: '2026-01-10T10:15:00+04:00',
    tags: ['education'],
    cover: {
      scene: 'night',
      hue: 215,
      alt: {
        ru: 'Ночное небо над холмом с огнями города внизу',
        az: 'Aşağıda şəhər işıqları olan təpə üzərində gecə səması',
        en: 'The night sky above a hill with city lights below',
      },
      caption: {
        ru: 'Обсерватория «Йылдызтепе» в ночь открытых дверей',
        az: '«Yıldıztepe» rəsədxanası açıq qapı gecəsində',
        en: 'Yıldıztepe observatory on its open night',
      },
      credit,
    },
    gallery: [
      {
        scene: 'night',
        hue: 250,
        alt: {
          ru: 'Купол обсерватории на фоне звёздного неба',
          az: 'Ulduzlu səma fonunda rəsədxananın günbəzi',
          en: 'The observatory dome against a starry sky',
        },
        caption: {
          ru: 'Главный купол обсерватории, где установлен 40-сантиметровый рефлектор',
          az: '40 santimetrlik reflektorun quraşdırıldığı əsas günbəz',
          en: 'The main dome, which houses the 40-centimetre reflector',
        },
        credit,
      },
      {
        scene: 'crowd',
        hue: 25,
        alt: {
          ru: 'Силуэты людей, стоящих в очереди на смотровой площадке',
          az: 'Müşahidə meydançasında növbədə dayanan insanların siluetləri',
          en: 'Silhouettes of people queuing on a viewing platform',
        },
        caption: {
          ru: 'Очередь к телескопам на смотровой площадке не убывала до полуночи',
          az: 'Müşahidə meydançasında teleskoplara növbə gecə yarısınadək azalmayıb',
          en: 'The queue for the telescopes on the viewing platform did not shrink until midnight',
        },
        credit,
      },
      {
        scene: 'lab',
        hue: 170,
        alt: {
          ru: 'Стол с приборами и деталями телескопа',
          az: 'Cihazlar və teleskop hissələri olan masa',
          en: 'A bench with instruments and telescope parts',
        },
        caption: {
          ru: 'Волонтёры показывают, как устроены монтировка и окуляры телескопа',
          az: 'Könüllülər teleskopun montirovkasının və okulyarlarının necə qurulduğunu göstərirlər',
          en: 'Volunteers show how a telescope mount and eyepieces work',
        },
        credit,
      },
      {
        scene: 'hall',
        hue: 55,
        alt: {
          ru: 'Лекционный зал с рядами стульев и кафедрой',
          az: 'Stul cərgələri və kürsü olan mühazirə zalı',
          en: 'A lecture room with rows of chairs and a lectern',
        },
        caption: {
          ru: 'Лекция о том, как найти зимние созвездия без приложений, собрала полный зал',
          az: 'Qış bürclərini tətbiqlərsiz necə tapmaq barədə mühazirə zalı doldurub',
          en: 'A talk on finding the winter constellations without apps filled the room',
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'Ночь открытых дверей в обсерватории «Йылдызтепе» собрала около 700 гостей',
        lead: 'Жители Измира в пятницу вечером смогли посмотреть в телескопы народной обсерватории на Юпитер, Плеяды и туманность Ориона.',
        body: [
          'Обсерватория на холме в северной части города работает с 2019 года, её содержит Эгейское общество любителей астрономии. В ночь открытых дверей гостям были доступны **шесть телескопов**, включая главный 40-сантиметровый рефлектор.',
          'Главным объектом вечера стал Юпитер, который в январе особенно ярок и виден всю ночь. В телескоп посетители различали полосы облаков на планете и четыре её крупнейших спутника.',
          '## Лекции и мастер-класс',
          'Пока на смотровой площадке стояла очередь, в лекционном зале волонтёры рассказывали, как найти зимние созвездия без приложений. Для детей провели мастер-класс по сборке простой подвижной карты звёздного неба.',
          '> «Многие приходят посмотреть на Юпитер, а уходят, спрашивая, как записаться в наш кружок. Ради этого мы и открываем двери», — сказала председатель общества Элиф Кайнак.',
          'Следующая ночь открытых дверей запланирована на конец марта. Кружок юных астрономов при обсерватории принимает заявки от школьников 10–16 лет.',
        ],
        seoTitle: 'Ночь открытых дверей прошла в обсерватории «Йылдызтепе» в Измире',
        seoDescription:
          'Около 700 гостей пришли на ночь открытых дверей народной обсерватории в Измире и посмотрели на Юпитер, Плеяды и туманность Ориона.',
      },
      az: {
        title: '«Yıldıztepe» rəsədxanasında açıq qapı gecəsi 700-ə yaxın qonaq toplayıb',
        lead: 'İzmir sakinləri cümə günü axşam xalq rəsədxanasının teleskopları ilə Yupiterə, Ülkər ulduz topasına və Orion dumanlığına baxa biliblər.',
        body: [
          'Şəhərin şimal hissəsindəki təpədə yerləşən rəsədxana 2019-cu ildən fəaliyyət göstərir və onu Egey astronomiya həvəskarları cəmiyyəti saxlayır. Açıq qapı gecəsində qonaqların ixtiyarında əsas 40 santimetrlik reflektor da daxil olmaqla **altı teleskop** olub.',
          'Axşamın əsas obyekti yanvarda xüsusilə parlaq olan və bütün gecə görünən Yupiter olub. Ziyarətçilər teleskopda planetin bulud zolaqlarını və onun dörd ən böyük peykini seçə biliblər.',
          '## Mühazirələr və ustad dərsi',
          'Müşahidə meydançasında növbə dayandığı vaxt mühazirə zalında könüllülər qış bürclərini tətbiqlər olmadan necə tapmağı danışıblar. Uşaqlar üçün sadə fırlanan ulduz xəritəsinin yığılması üzrə ustad dərsi keçirilib.',
          '> «Çoxları Yupiterə baxmağa gəlir, amma dərnəyimizə necə yazılmağı soruşaraq gedir. Qapılarımızı da məhz bunun üçün açırıq», — cəmiyyətin sədri Elif Kaynak deyib.',
          'Növbəti açıq qapı gecəsi mart ayının sonuna planlaşdırılıb. Rəsədxananın nəzdindəki gənc astronomlar dərnəyi 10–16 yaşlı məktəblilərdən müraciət qəbul edir.',
        ],
        seoTitle: 'İzmirdə «Yıldıztepe» rəsədxanası açıq qapı gecəsi keçirib',
        seoDescription:
          'İzmirdə xalq rəsədxanasının açıq qapı gecəsinə 700-ə yaxın qonaq gəlib: onlar Yupiterə, Ülkərə və Orion dumanlığına baxıblar.',
      },
      en: {
        title: 'Open night at Yıldıztepe observatory draws about 700 visitors',
        lead: 'On Friday evening residents of İzmir looked at Jupiter, the Pleiades and the Orion Nebula through the telescopes of the public observatory.',
        body: [
          'The observatory on a hill in the north of the city has been open since 2019 and is run by the Aegean amateur astronomy society. On the open night visitors had **six telescopes** at their disposal, including the main 40-centimetre reflector.',
          'The highlight of the evening was Jupiter, which is especially bright in January and visible all night. Through the eyepiece visitors could make out the planet’s cloud bands and its four largest moons.',
          '## Talks and a workshop',
          'While people queued on the viewing platform, volunteers in the lecture room explained how to find the winter constellations without apps. Children took part in a workshop on making a simple rotating star map.',
          '> “Many people come to look at Jupiter and leave asking how to join our club. That is exactly why we open our doors,” said the society’s chair, Elif Kaynak.',
          'The next open night is planned for the end of March. The observatory’s young astronomers’ club is accepting applications from schoolchildren aged 10 to 16.',
        ],
        seoTitle: 'Open night at İzmir’s Yıldıztepe observatory draws 700 people',
        seoDescription:
          'About 700 people came to the public observatory’s open night in İzmir to look at Jupiter, the Pleiades and the Orion Nebula.',
      },
    },
  },

  // 7. Society — a volunteer beach clean-up (Bilgah, Baku)
  {
    key: 'b-beach-clean-up',
    category: 'society',
    bureau: 'baku',
    author: 'l-mammadli',
    publishedAt: '2026-01-11T17:50:00+04:00',
    cover: {
      scene: 'sea',
      hue: 185,
      alt: {
        ru: 'Пустой зимний пляж и серое море до горизонта',
        az: 'Boş qış çimərliyi və üfüqədək uzanan boz dəniz',
        en: 'An empty winter beach and a grey sea stretching to the horizon',
      },
      caption: {
        ru: 'Участок берега в Бильгя после уборки',
        az: 'Təmizlikdən sonra Bilgəhdə sahil sahəsi',
        en: 'A stretch of the shore at Bilgah after the clean-up',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Волонтёры очистили три километра каспийского берега в Бильгя',
        lead: 'Около 250 участников акции клуба «Чистый берег» за воскресное утро собрали почти две тонны мусора, большую часть которого отправят на переработку.',
        body: [
          'Акция прошла на участке пляжа, который зимой почти не убирают. Волонтёры — студенты, школьники с родителями и сотрудники нескольких столичных офисов — разделились на группы и прошли вдоль берега от лодочной станции до старого волнореза.',
          'Всего собрали **1,9 тонны** мусора. Пластиковые бутылки, стекло и металл рассортировали прямо на берегу, а обрывки сетей и канатов передали мастерской, которая плетёт из них коврики.',
          '> «Зимой на пляже никого нет, и кажется, что он чистый. Но штормы выносят на берег всё, что накопилось за осень», — рассказала координатор клуба Сабина Гулиева.',
          'Участникам выдали перчатки, мешки и горячий чай. Для детей организаторы провели короткую викторину о птицах, которые зимуют на Каспии.',
          'Клуб «Чистый берег» проводит такие акции раз в месяц на разных участках Абшеронского побережья. Следующая запланирована на февраль в районе Новханы.',
        ],
        seoTitle: 'Волонтёры собрали почти две тонны мусора на берегу в Бильгя',
        seoDescription:
          'Около 250 волонтёров клуба «Чистый берег» очистили три километра каспийского побережья в Бильгя и собрали 1,9 тонны мусора.',
      },
      az: {
        title: 'Könüllülər Bilgəhdə Xəzər sahilinin üç kilometrini təmizləyib',
        lead: '«Təmiz sahil» klubunun aksiyasının 250-yə yaxın iştirakçısı bazar günü səhər təxminən iki ton tullantı toplayıb, onun böyük hissəsi təkrar emala göndəriləcək.',
        body: [
          'Aksiya qışda demək olar ki, təmizlənməyən çimərlik sahəsində keçirilib. Könüllülər — tələbələr, valideynləri ilə gələn məktəblilər və paytaxtdakı bir neçə ofisin əməkdaşları — qruplara bölünərək sahil boyunca qayıq stansiyasından köhnə dalğaqırana qədər irəliləyiblər.',
          'Ümumilikdə **1,9 ton** tullantı toplanıb. Plastik butulkalar, şüşə və metal elə sahildə çeşidlənib, tor və kəndir qırıqları isə onlardan paspaslar toxuyan emalatxanaya verilib.',
          '> «Qışda çimərlikdə heç kim olmur və elə görünür ki, o, təmizdir. Amma fırtınalar payızdan bəri yığılan hər şeyi sahilə çıxarır», — klubun koordinatoru Səbinə Quliyeva danışıb.',
          'İştirakçılara əlcək, torba və isti çay verilib. Təşkilatçılar uşaqlar üçün Xəzərdə qışlayan quşlar haqqında qısa viktorina keçiriblər.',
          '«Təmiz sahil» klubu belə aksiyaları ayda bir dəfə Abşeron sahilinin müxtəlif hissələrində keçirir. Növbəti aksiya fevral ayında Novxanı ərazisində planlaşdırılıb.',
        ],
        seoTitle: 'Könüllülər Bilgəh sahilində təxminən iki ton tullantı toplayıb',
        seoDescription:
          '«Təmiz sahil» klubunun 250-yə yaxın könüllüsü Bilgəhdə Xəzər sahilinin üç kilometrini təmizləyib və 1,9 ton tullantı toplayıb.',
      },
      // not translated into en
    },
  },

  // 8. Economy — a bakery cooperative (Vologda region)
  {
    key: 'b-bakery-cooperative',
    category: 'economy',
    bureau: 'russia',
    author: 'd-orlova',
    publishedAt: '2026-01-12T08:50:00+04:00',
    tags: ['agriculture'],
    cover: {
      scene: 'market',
      hue: 35,
      alt: {
        ru: 'Торговые прилавки под полосатыми навесами',
        az: 'Zolaqlı talvarlar altında satış piştaxtaları',
        en: 'Market stalls under striped awnings',
      },
      caption: {
        ru: 'Хлеб кооператива «Ржаной двор» на ярмарке в районном центре',
        az: '«Rjanoy dvor» kooperativinin çörəyi rayon mərkəzindəki yarmarkada',
        en: 'Bread from the Rzhanoi Dvor cooperative at a fair in the district centre',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Девять семейных пекарен Вологодской области объединились в кооператив',
        lead: 'Кооператив «Ржаной двор» купил общую печь и фургон для доставки, а с февраля начнёт поставлять хлеб в сельские школы и магазины района.',
        body: [
          'В кооператив вошли небольшие пекарни из шести сёл, в каждой из которых работают от двух до пяти человек. Раньше каждая из них сама закупала муку и развозила хлеб, и это съедало значительную часть выручки.',
          '## Общая печь и фургон',
          'На паевые взносы участники купили ротационную печь и установили её в бывшем здании сельского клуба в Заречье. Там же оборудовали склад для муки, которую теперь закупают оптом напрямую у мельницы, — это снизило её стоимость почти на **15 процентов**.',
          '> «Каждая семья сохраняет свои рецепты — у кого ржаной на закваске, у кого пироги с брусникой. Общими стали только печь, машина и бухгалтерия», — объяснила председатель кооператива Галина Смирнова.',
          'С февраля кооператив начнёт ежедневно поставлять хлеб в семь сельских школ и двенадцать магазинов. По расчётам участников, это позволит создать ещё шесть рабочих мест — для водителя, двух пекарей и трёх фасовщиков.',
        ],
        seoTitle: 'Девять семейных пекарен под Вологдой объединились в кооператив',
        seoDescription:
          'Кооператив «Ржаной двор» из девяти семейных пекарен купил общую печь и фургон и с февраля будет поставлять хлеб в сельские школы.',
      },
      // not translated into az
      en: {
        title: 'Nine family bakeries in Vologda region form a cooperative',
        lead: 'The Rzhanoi Dvor cooperative has bought a shared oven and a delivery van, and from February it will supply bread to village schools and shops in the district.',
        body: [
          'The cooperative brings together small bakeries from six villages, each employing between two and five people. Previously each of them bought its own flour and delivered its own bread, which ate up a large share of their takings.',
          '## A shared oven and van',
          'With their share contributions the members bought a rotary oven and installed it in the former village club building in Zarechye. They also set up a store there for flour, which is now bought in bulk directly from a mill, cutting its cost by almost **15 per cent**.',
          '> “Each family keeps its own recipes: one bakes sourdough rye, another lingonberry pies. Only the oven, the van and the bookkeeping are shared,” explained the chair of the cooperative, Galina Smirnova.',
          'From February the cooperative will deliver bread every day to seven village schools and twelve shops. The members estimate that this will create six more jobs: a driver, two bakers and three packers.',
        ],
        seoTitle: 'Nine family bakeries in Vologda region form a cooperative',
        seoDescription:
          'The Rzhanoi Dvor cooperative of nine family bakeries has bought a shared oven and van and will supply bread to village schools from February.',
      },
    },
  },

  // 9. Culture — a carpet-weaving workshop exhibition (Baku), with a photo exhibition
  {
    key: 'b-carpet-weaving-exhibition',
    category: 'culture',
    bureau: 'baku',
    author: 'l-mammadli',
    publishedAt: '2026-01-13T13:25:00+04:00',
    tags: ['exhibition', 'tourism'],
    cover: {
      scene: 'stand',
      hue: 8,
      alt: {
        ru: 'Ковры с узорами на стенах выставочного зала',
        az: 'Sərgi zalının divarlarında naxışlı xalçalar',
        en: 'Patterned carpets on the walls of an exhibition hall',
      },
      caption: {
        ru: 'Экспозиция мастерской «Хана» в зале «Нахыш»',
        az: '«Xana» emalatxanasının «Naxış» zalındakı ekspozisiyası',
        en: 'The Khana workshop’s display at the Nakhish hall',
      },
      credit,
    },
    gallery: [
      {
        scene: 'stand',
        hue: 0,
        alt: {
          ru: 'Большой красный ковёр с геометрическим узором на стене',
          az: 'Divarda həndəsi naxışlı böyük qırmızı xalça',
          en: 'A large red carpet with a geometric pattern on a wall',
        },
        caption: {
          ru: 'Самый большой ковёр выставки: четыре ученицы ткали его восемь месяцев',
          az: 'Sərginin ən böyük xalçası: dörd şagird qız onu səkkiz ay toxuyub',
          en: 'The largest carpet in the show, which four students wove over eight months',
        },
        credit,
      },
      {
        scene: 'market',
        hue: 130,
        alt: {
          ru: 'Мотки окрашенной пряжи, разложенные на прилавках',
          az: 'Piştaxtalara düzülmüş boyanmış ip kələfləri',
          en: 'Skeins of dyed yarn laid out on stalls',
        },
        caption: {
          ru: 'Пряжа, окрашенная луковой шелухой, мареной и листьями грецкого ореха',
          az: 'Soğan qabığı, boyaqotu və qoz yarpaqları ilə boyanmış ip',
          en: 'Yarn dyed with onion skins, madder and walnut leaves',
        },
        credit,
      },
      {
        scene: 'portrait',
        hue: 45,
        alt: {
          ru: 'Фотография в рамке на мольберте',
          az: 'Molbert üzərində çərçivəli foto',
          en: 'A framed photograph on an easel',
        },
        caption: {
          ru: 'Снимок первых учениц мастерской, сделанный в Губе в 2023 году',
          az: 'Emalatxananın ilk şagirdlərinin 2023-cü ildə Qubada çəkilmiş fotosu',
          en: 'A picture of the workshop’s first students, taken in Guba in 2023',
        },
        credit,
      },
      {
        scene: 'hall',
        hue: 210,
        alt: {
          ru: 'Выставочный зал с рядами стульев перед небольшим станком',
          az: 'Kiçik dəzgahın qarşısında stul cərgələri olan sərgi zalı',
          en: 'An exhibition hall with rows of chairs in front of a small loom',
        },
        caption: {
          ru: 'Место для показательных занятий: здесь мастерицы ткут на глазах у посетителей',
          az: 'Nümayiş məşğələləri üçün yer: ustalar burada ziyarətçilərin gözü qarşısında toxuyurlar',
          en: 'The demonstration corner, where the weavers work in front of visitors',
        },
        credit,
      },
      {
        scene: 'crowd',
        hue: 290,
        alt: {
          ru: 'Посетители стоят группами в выставочном зале',
          az: 'Ziyarətçilər sərgi zalında qruplarla dayanıblar',
          en: 'Visitors standing in groups in an exhibition hall',
        },
        caption: {
          ru: 'В день открытия выставку посетили около 400 человек',
          az: 'Açılış günündə sərgini təxminən 400 nəfər ziyarət edib',
          en: 'About 400 people visited the exhibition on its opening day',
        },
        credit,
      },
    ],
    variants: {
      ru: {
        title: 'В Баку открылась выставка ковров, сотканных учениками мастерской «Хана»',
        lead: 'В зале «Нахыш» представлены 38 ковров, которые ученики губинской мастерской соткали за последние два года под руководством трёх мастериц.',
        body: [
          'Мастерская «Хана» открылась в Губе три года назад как кружок для старшеклассников и молодых женщин из окрестных сёл. Сейчас в ней занимаются 45 учеников, а ткацкие станки стоят в переоборудованном доме культуры.',
          'На выставке показаны и традиционные губинские узоры, и авторские работы: ковёр с видом горной деревни, серия маленьких ковриков с птицами и **самый большой ковёр выставки** размером два на три метра, над которым четыре ученицы работали восемь месяцев. У каждой работы висит табличка с именами ткачих и временем, которое ушло на ковёр.',
          '## Шерсть и натуральные красители',
          'Отдельный стенд рассказывает, как в мастерской окрашивают шерсть луковой шелухой, корнями марены и листьями грецкого ореха. Посетители могут потрогать образцы пряжи и посмотреть на небольшой станок, на котором мастерицы проводят показательные занятия.',
          '> «Каждый ковёр здесь — чей-то первый большой труд. Нам важно, чтобы ученики увидели, как их работу рассматривают незнакомые люди», — сказала наставница мастерской Гюльнара Гасымова.',
          'Выставка продлится до 8 февраля, вход свободный. По выходным в зале проходят мастер-классы по ткачеству для детей от 10 лет.',
        ],
        seoTitle: 'В Баку открылась выставка ковров мастерской «Хана»',
        seoDescription:
          'В зале «Нахыш» показывают 38 ковров, сотканных учениками губинской мастерской «Хана»; выставка продлится до 8 февраля.',
      },
      az: {
        title: 'Bakıda «Xana» emalatxanasının şagirdlərinin toxuduğu xalçaların sərgisi açılıb',
        lead: '«Naxış» zalında Quba emalatxanasının şagirdlərinin son iki ildə üç usta qadının rəhbərliyi altında toxuduğu 38 xalça nümayiş olunur.',
        body: [
          '«Xana» emalatxanası üç il əvvəl Qubada yuxarı sinif şagirdləri və ətraf kəndlərdən olan gənc qadınlar üçün dərnək kimi açılıb. Hazırda burada 45 şagird məşğul olur, toxuculuq dəzgahları isə yenidən təchiz edilmiş mədəniyyət evində yerləşir.',
          'Sərgidə həm ənənəvi Quba naxışları, həm də müəllif işləri göstərilir: dağ kəndi təsvir olunmuş xalça, quş təsvirli kiçik xalçalar seriyası və dörd şagird qızın səkkiz ay üzərində işlədiyi, ölçüsü iki metrə üç metr olan **sərginin ən böyük xalçası**. Hər işin yanında toxucuların adları və xalçaya sərf olunan vaxt göstərilən lövhə var.',
          '## Yun və təbii boyalar',
          'Ayrıca stend emalatxanada yunun soğan qabığı, boyaqotu kökü və qoz yarpaqları ilə necə boyandığından bəhs edir. Ziyarətçilər ip nümunələrinə toxuna və ustaların nümayiş məşğələləri keçirdiyi kiçik dəzgaha baxa bilərlər.',
          '> «Buradakı hər xalça kiminsə ilk böyük zəhmətidir. Bizim üçün vacibdir ki, şagirdlər tanımadıqları insanların onların işinə necə baxdığını görsünlər», — emalatxananın təlimatçısı Gülnarə Qasımova deyib.',
          'Sərgi fevralın 8-dək davam edəcək, giriş pulsuzdur. Həftə sonları zalda 10 yaşdan yuxarı uşaqlar üçün toxuculuq üzrə ustad dərsləri keçirilir.',
        ],
        seoTitle: 'Bakıda «Xana» emalatxanasının xalça sərgisi açılıb',
        seoDescription:
          '«Naxış» zalında Quba emalatxanasının şagirdlərinin toxuduğu 38 xalça nümayiş olunur; sərgi fevralın 8-dək davam edəcək.',
      },
      en: {
        title: 'Baku exhibition shows carpets woven by students of the Khana workshop',
        lead: 'The Nakhish hall is showing 38 carpets that students of the Guba workshop have woven over the past two years under the guidance of three master weavers.',
        body: [
          'The Khana workshop opened in Guba three years ago as a club for senior schoolchildren and young women from nearby villages. It now has 45 students, and its looms stand in a converted house of culture.',
          'The exhibition includes both traditional Guba patterns and original designs: a carpet showing a mountain village, a series of small rugs with birds and **the largest carpet in the show**, two metres by three, on which four students worked for eight months. Each piece has a label giving the weavers’ names and how long the carpet took to make.',
          '## Wool and natural dyes',
          'A separate stand explains how the workshop dyes wool with onion skins, madder roots and walnut leaves. Visitors can touch yarn samples and look at a small loom on which the weavers give demonstrations.',
          '> “Every carpet here is someone’s first big piece of work. It matters to us that the students see strangers looking closely at what they have made,” said the workshop’s mentor, Gulnara Gasimova.',
          'The exhibition runs until 8 February and admission is free. At weekends the hall hosts weaving workshops for children aged 10 and over.',
        ],
        seoTitle: 'Baku exhibition shows carpets by Khana workshop students',
        seoDescription:
          'The Nakhish hall in Baku is showing 38 carpets woven by students of the Khana workshop in Guba; the exhibition runs until 8 February.',
      },
    },
  },

  // 10. Politics (civic) — a town council approves a playground budget (Svetloozyorsk)
  {
    key: 'b-playground-budget',
    category: 'politics',
    bureau: 'russia',
    author: 'd-orlova',
    publishedAt: '2026-01-14T18:10:00+04:00',
    cover: {
      scene: 'city',
      hue: 100,
      alt: {
        ru: 'Жилой квартал с многоэтажными домами',
        az: 'Çoxmərtəbəli binalardan ibarət yaşayış məhəlləsi',
        en: 'A residential block of multi-storey buildings',
      },
      caption: {
        ru: 'Один из кварталов Светлоозёрска, где весной начнут строить детскую площадку',
        az: 'Svetloozyorskun yazda uşaq meydançası tikiləcək məhəllələrindən biri',
        en: 'One of the Svetloozyorsk neighbourhoods where a playground will be built in spring',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Совет депутатов Светлоозёрска утвердил программу обновления 12 детских площадок',
        lead: 'На ремонт и строительство площадок в 2026 году направят 46 миллионов рублей, а адреса выбрали сами жители в ходе осеннего голосования.',
        body: [
          'Программу поддержали единогласно на заседании в среду. Из 12 площадок восемь будут полностью обновлены, а четыре построят с нуля во дворах, где их раньше не было.',
          '## Адреса выбрали жители',
          'Осенью горожане могли предложить дворы для благоустройства на сайте администрации и в библиотеках. Всего поступило **более 3 400 голосов**, и в список вошли адреса, набравшие наибольшую поддержку в каждом микрорайоне.',
          'На всех площадках положат резиновое покрытие, а на трёх установят инклюзивное оборудование — качели-гнёзда, приподнятые песочницы для детей на колясках и тактильные панели. Проекты согласовали с городским обществом родителей детей с инвалидностью.',
          '> «Мы специально оставили в проектах место для скамеек в тени: о них в анкетах просили почти все бабушки и дедушки», — рассказала председатель комиссии совета по городскому хозяйству Ольга Белова.',
          'Работы начнутся в апреле, как только сойдёт снег. Первые шесть площадок должны открыться к 1 июня, остальные — до конца августа.',
        ],
        seoTitle: 'В Светлоозёрске обновят 12 детских площадок',
        seoDescription:
          'Совет депутатов Светлоозёрска выделил 46 млн рублей на 12 детских площадок; адреса жители выбрали в ходе осеннего голосования.',
      },
      az: {
        title: 'Svetloozyorsk deputatlar şurası 12 uşaq meydançasının yenilənməsi proqramını təsdiqləyib',
        lead: '2026-cı ildə meydançaların təmiri və tikintisinə 46 milyon rubl ayrılacaq, ünvanları isə sakinlər özləri payız səsverməsində seçiblər.',
        body: [
          'Proqram çərşənbə günü keçirilən iclasda yekdilliklə dəstəklənib. 12 meydançadan səkkizi tamamilə yenilənəcək, dördü isə əvvəllər meydança olmayan həyətlərdə sıfırdan tikiləcək.',
          '## Ünvanları sakinlər seçib',
          'Payızda şəhər sakinləri abadlaşdırılacaq həyətləri administrasiyanın saytında və kitabxanalarda təklif edə bilirdilər. Ümumilikdə **3 400-dən çox səs** daxil olub və siyahıya hər mikrorayonda ən çox dəstək toplayan ünvanlar salınıb.',
          'Bütün meydançalara rezin örtük döşənəcək, üçündə isə inklüziv avadanlıq — yuva-yelləncəklər, əlil arabasındakı uşaqlar üçün hündürə qaldırılmış qum qutuları və taktil panellər quraşdırılacaq. Layihələr əlilliyi olan uşaqların valideynlərinin şəhər cəmiyyəti ilə razılaşdırılıb.',
          '> «Layihələrdə kölgədə skamyalar üçün xüsusi yer saxladıq: anketlərdə demək olar ki, bütün nənə və babalar bunu xahiş edirdi», — şuranın şəhər təsərrüfatı komissiyasının sədri Olqa Belova danışıb.',
          'İşlər aprel ayında, qar əriyən kimi başlayacaq. İlk altı meydança iyunun 1-dək, qalanları isə avqustun sonunadək açılmalıdır.',
        ],
        seoTitle: 'Svetloozyorskda 12 uşaq meydançası yenilənəcək',
        seoDescription:
          'Svetloozyorsk deputatlar şurası 12 uşaq meydançası üçün 46 milyon rubl ayırıb; ünvanları sakinlər payız səsverməsində seçiblər.',
      },
      en: {
        title: 'Svetloozyorsk council approves programme to renew 12 playgrounds',
        lead: 'In 2026, 46 million roubles will go on repairing and building playgrounds, and residents themselves chose the locations in an autumn vote.',
        body: [
          'The programme was approved unanimously at Wednesday’s session. Of the 12 playgrounds, eight will be completely renovated and four built from scratch in courtyards that have never had one.',
          '## Residents chose the sites',
          'In the autumn townspeople could nominate courtyards for improvement on the administration’s website and at libraries. **More than 3,400 votes** were cast, and the list includes the sites with the most support in each neighbourhood.',
          'All the playgrounds will get rubber surfacing, and three will have inclusive equipment: nest swings, raised sandpits for children in wheelchairs and tactile panels. The designs were agreed with the town’s society of parents of children with disabilities.',
          '> “We deliberately left room in the designs for benches in the shade: almost every grandparent asked for them in the questionnaires,” said Olga Belova, chair of the council’s committee on municipal services.',
          'Work will start in April, as soon as the snow melts. The first six playgrounds are due to open by 1 June and the rest by the end of August.',
        ],
        seoTitle: 'Svetloozyorsk to renew 12 children’s playgrounds',
        seoDescription:
          'Svetloozyorsk council has allocated 46 million roubles for 12 playgrounds; residents chose the locations in an autumn vote.',
      },
    },
  },

  // 11. Science — a solar panel pilot on schools (Kyzylorda region)
  {
    key: 'b-school-solar-pilot',
    category: 'science',
    bureau: 'kazakhstan',
    author: 'r-aliyev',
    publishedAt: '2026-01-15T09:55:00+04:00',
    tags: ['energy', 'education'],
    cover: {
      scene: 'lab',
      hue: 48,
      alt: {
        ru: 'Стол с измерительными приборами и монитором',
        az: 'Ölçü cihazları və monitor olan masa',
        en: 'A bench with measuring instruments and a monitor',
      },
      caption: {
        ru: 'Экран с данными о выработке панелей в кабинете физики одной из школ',
        az: 'Məktəblərdən birinin fizika kabinetində panellərin istehsal göstəriciləri olan ekran',
        en: 'A screen showing the panels’ output in the physics classroom of one of the schools',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Три школы Кызылординской области перешли на солнечные панели в пилотном режиме',
        lead: 'За первый месяц панели на крышах школ выработали около 7 тысяч киловатт-часов, а данные об их работе собирают и анализируют сами старшеклассники.',
        body: [
          'Пилотный проект запустил региональный центр возобновляемой энергетики «Кун куаты» вместе с районным отделом образования. На крыше каждой из трёх сельских школ установили по 60 панелей общей мощностью около **30 киловатт**.',
          'Даже в декабре, когда солнечных часов меньше всего, панели покрывали от трети до половины дневного потребления школ. Летом, по расчётам инженеров, выработки будет с избытком, и излишки станут передавать в сеть.',
          '## Лаборатория на крыше',
          'Каждая школа получила экран, на котором в реальном времени видно, сколько энергии вырабатывают панели. Старшеклассники ведут журнал наблюдений, сравнивают выработку в ясные и пасмурные дни и раз в неделю отправляют отчёт инженерам центра.',
          '> «Раньше солнечная энергия была для ребят темой из учебника физики. Теперь они каждое утро проверяют, сколько выработала их собственная крыша», — рассказал учитель физики Ержан Мукашев.',
          'Пилот продлится до конца учебного года. Если результаты подтвердят расчёты, в 2027 году панели установят ещё в пятнадцати школах региона.',
        ],
        seoTitle: 'Школы Кызылординской области испытывают солнечные панели',
        seoDescription:
          'Солнечные панели на трёх сельских школах Кызылординской области за первый месяц выработали около 7 тыс. кВт·ч; данные собирают ученики.',
      },
      // not translated into az
      en: {
        title: 'Three schools in Kyzylorda region switch to solar panels in a pilot project',
        lead: 'In their first month the panels on the school roofs generated about 7,000 kilowatt-hours, and senior pupils themselves collect and analyse the data on their output.',
        body: [
          'The pilot was launched by the Kun Kuaty regional renewable energy centre together with the district education department. Each of the three village schools had 60 panels installed on its roof, with a total capacity of about **30 kilowatts**.',
          'Even in December, when there are the fewest hours of sunshine, the panels covered between a third and a half of the schools’ daytime consumption. In summer, engineers estimate, output will be more than enough, and the surplus will be fed into the grid.',
          '## A laboratory on the roof',
          'Each school has received a screen showing in real time how much energy the panels are producing. Senior pupils keep an observation log, compare output on clear and cloudy days and send a weekly report to the centre’s engineers.',
          '> “Solar energy used to be a topic from the physics textbook for the pupils. Now every morning they check how much their own roof has generated,” said physics teacher Yerzhan Mukashev.',
          'The pilot will run until the end of the school year. If the results confirm the calculations, panels will be installed at fifteen more schools in the region in 2027.',
        ],
        seoTitle: 'Kyzylorda region schools test solar panels in a pilot project',
        seoDescription:
          'Solar panels on three village schools in Kyzylorda region generated about 7,000 kWh in their first month; pupils monitor the output themselves.',
      },
    },
  },

  // 12. Culture — a book fair (Kutaisi)
  {
    key: 'b-kutaisi-book-fair',
    category: 'culture',
    bureau: 'georgia',
    author: 'e-hasanli',
    publishedAt: '2026-01-16T15:20:00+04:00',
    tags: ['exhibition', 'education'],
    cover: {
      scene: 'market',
      hue: 75,
      alt: {
        ru: 'Ряды павильонов с навесами на набережной',
        az: 'Sahil boyunca talvarlı pavilyon cərgələri',
        en: 'Rows of pavilions with awnings along an embankment',
      },
      caption: {
        ru: 'Павильоны книжной ярмарки на набережной Риони в день открытия',
        az: 'Açılış günü Rioni sahilində kitab yarmarkasının pavilyonları',
        en: 'Book fair pavilions on the Rioni embankment on opening day',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'В Кутаиси открылась книжная ярмарка «Цигнис эзо» с участием 70 издательств',
        lead: 'Три дня на набережной Риони будут работать стенды издательств, детская площадка для чтения и встречи с переводчиками; вход на ярмарку свободный.',
        body: [
          'Ярмарку в пятый раз проводит ассоциация издателей Имерети. В этом году в ней участвуют **70 издательств** из Грузии и соседних стран, а также книжные магазины и городские библиотеки.',
          '## Детский павильон',
          'Треть площади отдана детской литературе. В отдельном павильоне проходят громкие чтения, а юные посетители могут обменять прочитанные книги на новые по принципу «одна за одну».',
          '> «Мы хотим, чтобы ребёнок уходил с ярмарки не только с купленной книгой, но и с книгой, которую ему кто-то подарил», — сказала координатор ярмарки Тамар Гелашвили.',
          'В субботу пройдёт круглый стол переводчиков детской литературы, а в воскресенье — презентация серии книг о природе Имерети, которую подготовили местные школьники вместе с иллюстраторами. Расписание всех встреч размещено у входа и на странице ярмарки в соцсетях.',
          'Ярмарка работает с пятницы по воскресенье с 11:00 до 20:00. Организаторы ожидают около 15 тысяч посетителей.',
        ],
        seoTitle: 'Книжная ярмарка «Цигнис эзо» открылась в Кутаиси',
        seoDescription:
          'В Кутаиси на набережной Риони открылась ярмарка 70 издательств: детский павильон, обмен книгами и встречи с переводчиками.',
      },
      az: {
        title: 'Kutaisidə 70 nəşriyyatın iştirakı ilə «Tsignis ezo» kitab yarmarkası açılıb',
        lead: 'Üç gün ərzində Rioni sahilində nəşriyyatların stendləri, uşaqlar üçün oxu meydançası və tərcüməçilərlə görüşlər olacaq; yarmarkaya giriş pulsuzdur.',
        body: [
          'Yarmarkanı İmereti nəşriyyatçılar assosiasiyası beşinci dəfə keçirir. Bu il onda Gürcüstan və qonşu ölkələrdən **70 nəşriyyat**, həmçinin kitab mağazaları və şəhər kitabxanaları iştirak edir.',
          '## Uşaq pavilyonu',
          'Ərazinin üçdə biri uşaq ədəbiyyatına ayrılıb. Ayrıca pavilyonda səsli oxu saatları keçirilir, gənc ziyarətçilər isə oxuduqları kitabları «birə bir» prinsipi ilə yenilərinə dəyişə bilərlər.',
          '> «İstəyirik ki, uşaq yarmarkadan təkcə aldığı kitabla deyil, həm də kiminsə ona hədiyyə etdiyi kitabla ayrılsın», — yarmarkanın koordinatoru Tamar Gelaşvili deyib.',
          'Şənbə günü uşaq ədəbiyyatı tərcüməçilərinin dəyirmi masası, bazar günü isə yerli məktəblilərin illüstratorlarla birlikdə hazırladığı İmereti təbiəti haqqında kitab seriyasının təqdimatı keçiriləcək. Bütün görüşlərin cədvəli girişdə və yarmarkanın sosial şəbəkələrdəki səhifəsində yerləşdirilib.',
          'Yarmarka cümə günündən bazar gününədək saat 11:00-dan 20:00-dək işləyir. Təşkilatçılar təxminən 15 min ziyarətçi gözləyirlər.',
        ],
        seoTitle: 'Kutaisidə «Tsignis ezo» kitab yarmarkası açılıb',
        seoDescription:
          'Kutaisidə Rioni sahilində 70 nəşriyyatın yarmarkası açılıb: uşaq pavilyonu, kitab mübadiləsi və tərcüməçilərlə görüşlər.',
      },
      // not translated into en
    },
  },

  // 13. Sport — a volleyball league final (Antalya)
  {
    key: 'b-volleyball-league-final',
    category: 'sport',
    bureau: 'turkiye',
    author: 'r-aliyev',
    publishedAt: '2026-01-17T21:05:00+04:00',
    cover: {
      scene: 'stadium',
      hue: 340,
      alt: {
        ru: 'Спортивная площадка с трибунами, заполненными зрителями',
        az: 'Tribunaları tamaşaçılarla dolu idman meydançası',
        en: 'A sports court with stands full of spectators',
      },
      caption: {
        ru: 'Финал любительской волейбольной лиги в зале районного молодёжного центра',
        az: 'Rayon gənclər mərkəzinin zalında həvəskar voleybol liqasının finalı',
        en: 'The amateur volleyball league final in the hall of the district youth centre',
      },
      credit,
    },
    variants: {
      ru: {
        title: '«Дальга» выиграла финал любительской волейбольной лиги Антальи в пяти партиях',
        lead: 'В решающей партии женская команда «Дальга» уступала 9:13, но вырвала победу у «Портакал Бахчеси» со счётом 17:15 и впервые стала чемпионом лиги.',
        body: [
          'Финал прошёл в субботу вечером в спортивном зале районного молодёжного центра и собрал около 900 зрителей — рекорд для любительской лиги, в которой играют 16 женских команд города. Билеты разошлись за два дня, и часть болельщиков смотрела игру на экране в фойе.',
          '«Портакал Бахчеси», чемпион двух прошлых сезонов, выиграл первую и третью партии, а во второй и четвёртой сильнее была «Дальга». Счёт по партиям — **3:2** (22:25, 25:21, 19:25, 25:23, 17:15).',
          '## Пять очков подряд',
          'Исход пятой партии решила серия подач связующей «Дальги» Зейнеп Озтюрк: при счёте 9:13 команда взяла пять очков подряд. Последнее очко после долгого розыгрыша принесла капитан Айше Ялчын.',
          '> «Большинство из нас днём работают — в команде есть медсестра, два бухгалтера и учительница. Мы тренируемся три вечера в неделю, и сегодня это окупилось», — сказала капитан команды.',
          'Чемпион лиги получил кубок и право представлять Анталью на весеннем турнире любительских команд Средиземноморского региона. Турнир пройдёт в апреле в Мерсине.',
        ],
        seoTitle: '«Дальга» впервые выиграла любительскую волейбольную лигу Антальи',
        seoDescription:
          'Женская команда «Дальга» обыграла «Портакал Бахчеси» в пяти партиях и впервые стала чемпионом любительской волейбольной лиги Антальи.',
      },
      az: {
        title: '«Dalga» Antalya həvəskar voleybol liqasının finalında beş partiyada qalib gəlib',
        lead: 'Həlledici partiyada 9:13 hesabı ilə geri qalan «Dalga» qadın komandası «Portakal Bahçesi» üzərində 17:15 hesabı ilə qələbə qazanıb və ilk dəfə liqa çempionu olub.',
        body: [
          'Final şənbə axşamı rayon gənclər mərkəzinin idman zalında keçirilib və təxminən 900 tamaşaçı toplayıb — bu, şəhərin 16 qadın komandasının oynadığı həvəskar liqa üçün rekorddur. Biletlər iki gün ərzində satılıb, azarkeşlərin bir hissəsi oyunu foyedəki ekranda izləyib.',
          'Son iki mövsümün çempionu «Portakal Bahçesi» birinci və üçüncü partiyaları udub, ikinci və dördüncü partiyalarda isə «Dalga» daha güclü olub. Partiyalar üzrə hesab — **3:2** (22:25, 25:21, 19:25, 25:23, 17:15).',
          '## Ardıcıl beş xal',
          'Beşinci partiyanın taleyini «Dalga»nın pasörü Zeynep Öztürkün servis seriyası həll edib: 9:13 hesabında komanda ardıcıl beş xal qazanıb. Uzun mübarizədən sonra sonuncu xalı kapitan Ayşe Yalçın qazandırıb.',
          '> «Çoxumuz gündüzlər işləyirik — komandamızda tibb bacısı, iki mühasib və bir müəllim var. Həftədə üç axşam məşq edirik və bu gün bunun bəhrəsini gördük», — komandanın kapitanı deyib.',
          'Liqa çempionu kubok və Antalyanı Aralıq dənizi bölgəsinin həvəskar komandalarının yaz turnirində təmsil etmək hüququ qazanıb. Turnir aprel ayında Mersində keçiriləcək.',
        ],
        seoTitle: '«Dalga» ilk dəfə Antalya həvəskar voleybol liqasını qazanıb',
        seoDescription:
          '«Dalga» qadın komandası beş partiyalıq finalda «Portakal Bahçesi»ni məğlub edərək ilk dəfə Antalya həvəskar voleybol liqasının çempionu olub.',
      },
      en: {
        title: 'Dalga win Antalya amateur volleyball league final in five sets',
        lead: 'Trailing 9:13 in the deciding set, the Dalga women’s team snatched a 17:15 win from Portakal Bahçesi to become league champions for the first time.',
        body: [
          'The final was played on Saturday evening in the sports hall of the district youth centre and drew about 900 spectators, a record for the amateur league, in which 16 of the city’s women’s teams play. Tickets sold out in two days, and some fans watched the game on a screen in the foyer.',
          'Portakal Bahçesi, champions of the past two seasons, won the first and third sets, while Dalga were stronger in the second and fourth. The final score was **3:2** (22:25, 25:21, 19:25, 25:23, 17:15).',
          '## Five points in a row',
          'The fifth set was decided by a run of serves from Dalga’s setter Zeynep Öztürk: at 9:13 the team won five points in a row. The last point, after a long rally, came from captain Ayşe Yalçın.',
          '> “Most of us have day jobs: the team includes a nurse, two accountants and a teacher. We train three evenings a week, and today it paid off,” the team’s captain said.',
          'The league champions received the cup and the right to represent Antalya at the spring tournament for amateur teams from the Mediterranean region. The tournament will be held in Mersin in April.',
        ],
        seoTitle: 'Dalga win Antalya amateur volleyball league for the first time',
        seoDescription:
          'The Dalga women’s team beat Portakal Bahçesi in a five-set final to win Antalya’s amateur volleyball league for the first time.',
      },
    },
  },

  // 14. Economy — an apprenticeship programme (Absheron)
  {
    key: 'b-furniture-apprenticeships',
    category: 'economy',
    bureau: 'baku',
    author: 'l-mammadli',
    publishedAt: '2026-01-18T10:40:00+04:00',
    tags: ['education'],
    cover: {
      scene: 'lab',
      hue: 28,
      alt: {
        ru: 'Верстак с инструментами в мастерской',
        az: 'Emalatxanada alətlər olan dəzgah',
        en: 'A workbench with tools in a workshop',
      },
      caption: {
        ru: 'Одна из столярных мастерских ассоциации, где будут работать ученики',
        az: 'Şagirdlərin işləyəcəyi assosiasiya emalatxanalarından biri',
        en: 'One of the association’s joinery workshops where the apprentices will work',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'Ассоциация мебельщиков Абшерона запускает программу ученичества для 150 молодых людей',
        lead: 'Девятимесячная программа включает работу в мастерских под руководством опытных столяров и ежемесячную стипендию; заявки принимаются до 15 февраля.',
        body: [
          'Программа рассчитана на молодых людей от 17 до 25 лет без профессионального опыта. Участники будут четыре дня в неделю работать в одной из **32 мастерских** ассоциации, а один день — заниматься в учебном центре черчением, материаловедением и техникой безопасности.',
          '## Стипендия и сертификат',
          'Каждый ученик будет получать ежемесячную стипендию, а по окончании — сертификат, который признают все мастерские ассоциации. Лучшим выпускникам предложат постоянную работу.',
          '> «Заказов у мастерских хватает, а рук нет: средний возраст столяра у нас за пятьдесят. Мы хотим передать ремесло, пока есть кому учить», — сказал председатель ассоциации Эльчин Нагиев.',
          'Заявки принимаются до 15 февраля на сайте ассоциации и в учебном центре в Сумгайыте. Первые группы начнут занятия в начале марта.',
        ],
        seoTitle: 'Мебельщики Абшерона наберут 150 учеников в программу ученичества',
        seoDescription:
          'Ассоциация мебельщиков Абшерона запускает девятимесячную программу ученичества со стипендией для 150 молодых людей; заявки — до 15 февраля.',
      },
      az: {
        title: 'Abşeron mebelçilər assosiasiyası 150 gənc üçün şagirdlik proqramına başlayır',
        lead: 'Doqquz aylıq proqram təcrübəli dülgərlərin rəhbərliyi altında emalatxanalarda işi və aylıq təqaüdü əhatə edir; müraciətlər fevralın 15-dək qəbul olunur.',
        body: [
          'Proqram peşə təcrübəsi olmayan 17–25 yaşlı gənclər üçün nəzərdə tutulub. İştirakçılar həftədə dörd gün assosiasiyanın **32 emalatxanasından** birində işləyəcək, bir gün isə tədris mərkəzində rəsmxət, materialşünaslıq və təhlükəsizlik texnikası üzrə məşğul olacaqlar.',
          '## Təqaüd və sertifikat',
          'Hər şagird aylıq təqaüd alacaq, proqramın sonunda isə ona assosiasiyanın bütün emalatxanalarının tanıdığı sertifikat veriləcək. Ən yaxşı məzunlara daimi iş təklif olunacaq.',
          '> «Emalatxanalarda sifariş çoxdur, amma işçi əli çatmır: bizdə dülgərlərin orta yaşı əllidən yuxarıdır. Öyrədən hələ varkən sənəti ötürmək istəyirik», — assosiasiyanın sədri Elçin Nağıyev deyib.',
          'Müraciətlər fevralın 15-dək assosiasiyanın saytında və Sumqayıtdakı tədris mərkəzində qəbul olunur. İlk qruplar martın əvvəlində məşğələlərə başlayacaq.',
        ],
        seoTitle: 'Abşeron mebelçiləri 150 gənc üçün şagirdlik proqramı açır',
        seoDescription:
          'Abşeron mebelçilər assosiasiyası 150 gənc üçün təqaüdlü doqquz aylıq şagirdlik proqramına başlayır; müraciətlər fevralın 15-dək qəbul olunur.',
      },
      en: {
        title: 'Absheron furniture makers’ association launches apprenticeships for 150 young people',
        lead: 'The nine-month programme combines work in workshops under experienced joiners with a monthly stipend; applications are open until 15 February.',
        body: [
          'The programme is aimed at people aged 17 to 25 with no professional experience. Participants will spend four days a week working in one of the association’s **32 workshops** and one day at its training centre studying technical drawing, materials and workplace safety.',
          '## A stipend and a certificate',
          'Every apprentice will receive a monthly stipend and, at the end, a certificate recognised by all of the association’s workshops. The best graduates will be offered permanent jobs.',
          '> “The workshops have plenty of orders but not enough hands: the average age of our joiners is over fifty. We want to pass on the craft while there are still people to teach it,” said the association’s chairman, Elchin Nagiyev.',
          'Applications are accepted until 15 February on the association’s website and at its training centre in Sumgayit. The first groups will start classes in early March.',
        ],
        seoTitle: 'Absheron furniture makers offer 150 apprenticeships',
        seoDescription:
          'The Absheron furniture makers’ association is launching a nine-month paid apprenticeship for 150 young people; applications close on 15 February.',
      },
    },
  },

  // 15. Society — a snowfall and road-clearing update (Verkhneozyorsk)
  {
    key: 'b-snowfall-road-clearing',
    category: 'society',
    bureau: 'russia',
    author: 'd-orlova',
    publishedAt: '2026-01-19T09:15:00+04:00',
    tags: ['weather', 'transport'],
    cover: {
      scene: 'city',
      hue: 220,
      alt: {
        ru: 'Городские кварталы под пасмурным зимним небом',
        az: 'Tutqun qış səması altında şəhər məhəllələri',
        en: 'City blocks under an overcast winter sky',
      },
      caption: {
        ru: 'Центр Верхнеозёрска утром в понедельник после ночного снегопада',
        az: 'Gecə qar yağışından sonra bazar ertəsi səhər Verxneozyorskun mərkəzi',
        en: 'Central Verkhneozyorsk on Monday morning after the overnight snowfall',
      },
      credit,
    },
    variants: {
      ru: {
        title: 'В Верхнеозёрске за ночь выпало 28 сантиметров снега, главные улицы расчищены',
        lead: 'Коммунальные службы вывели на улицы 140 единиц техники; основные магистрали расчистили к 7 утра, дворы обещают убрать до вечера понедельника.',
        body: [
          'Снегопад начался в воскресенье около восьми вечера и продолжался до рассвета. По данным городской метеостанции, высота снежного покрова за ночь увеличилась на **28 сантиметров**.',
          'Всю ночь работали грейдеры, фронтальные погрузчики и снегоуборочные машины городского управления благоустройства. К семи утра расчищены все главные улицы и маршруты общественного транспорта, сейчас техника работает на второстепенных улицах.',
          '## Автобусы идут с задержками',
          'Городские автобусы вышли на линии по расписанию, но на некоторых маршрутах интервалы увеличились на 5–10 минут. Диспетчерская служба советует планировать поездки с запасом времени.',
          '> «Просим жителей хотя бы до вечера не оставлять машины вдоль узких улиц: так грейдер пройдёт за один раз, а не за три», — сказал начальник управления благоустройства Сергей Веденеев.',
          'Вывоз снега с центральных улиц начнётся ночью. Горячая линия управления работает круглосуточно, сообщить о нерасчищенном дворе можно также через городское приложение.',
        ],
        seoTitle: 'В Верхнеозёрске за ночь выпало 28 см снега',
        seoDescription:
          'В Верхнеозёрске за ночь выпало 28 см снега; 140 единиц техники расчистили главные улицы к 7 утра, автобусы идут с небольшими задержками.',
      },
      az: {
        title: 'Verxneozyorskda bir gecədə 28 santimetr qar yağıb, əsas küçələr təmizlənib',
        lead: 'Kommunal xidmətlər küçələrə 140 ədəd texnika çıxarıb; əsas magistrallar səhər saat 7-yədək təmizlənib, həyətlərin isə bazar ertəsi axşamadək təmizlənəcəyi vəd olunur.',
        body: [
          'Qar bazar günü axşam saat səkkiz radələrində başlayıb və sübhədək davam edib. Şəhər meteostansiyasının məlumatına görə, qar örtüyünün hündürlüyü bir gecədə **28 santimetr** artıb.',
          'Bütün gecə şəhər abadlıq idarəsinin qreyderləri, frontal yükləyiciləri və qartəmizləyən maşınları işləyib. Səhər saat yeddiyədək bütün əsas küçələr və ictimai nəqliyyat marşrutları təmizlənib, hazırda texnika ikinci dərəcəli küçələrdə işləyir.',
          '## Avtobuslar gecikmələrlə hərəkət edir',
          'Şəhər avtobusları xəttə cədvələ uyğun çıxıb, lakin bəzi marşrutlarda intervallar 5–10 dəqiqə artıb. Dispetçer xidməti səfərləri vaxt ehtiyatı ilə planlaşdırmağı məsləhət görür.',
          '> «Sakinlərdən xahiş edirik ki, heç olmasa axşamadək avtomobillərini dar küçələr boyunca saxlamasınlar: belə olduqda qreyder oradan üç dəfə deyil, bir dəfəyə keçəcək», — abadlıq idarəsinin rəisi Sergey Vedeneyev deyib.',
          'Mərkəzi küçələrdən qarın daşınmasına gecə başlanılacaq. İdarənin qaynar xətti sutka ərzində fasiləsiz işləyir, təmizlənməmiş həyət barədə şəhər tətbiqi vasitəsilə də məlumat vermək olar.',
        ],
        seoTitle: 'Verxneozyorskda bir gecədə 28 sm qar yağıb',
        seoDescription:
          'Verxneozyorskda gecə ərzində 28 sm qar yağıb; 140 ədəd texnika əsas küçələri səhər saat 7-yədək təmizləyib, avtobuslar gecikmələrlə işləyir.',
      },
      en: {
        title: '28 centimetres of snow fall overnight in Verkhneozyorsk; main streets cleared',
        lead: 'Municipal services sent 140 vehicles onto the streets; the main roads were cleared by 7 a.m., and courtyards are due to be cleared by Monday evening.',
        body: [
          'The snowfall began at around eight on Sunday evening and continued until dawn. According to the city weather station, the snow cover grew by **28 centimetres** overnight.',
          'Graders, front loaders and snowploughs of the city’s public works department worked all night. By seven in the morning all main streets and public transport routes had been cleared, and the machines are now working on side streets.',
          '## Buses running with delays',
          'City buses set out on their routes on schedule, but on some of them intervals have grown by 5 to 10 minutes. The dispatch service advises allowing extra time for journeys.',
          '> “We ask residents not to leave their cars along narrow streets, at least until the evening: that way a grader can clear them in one pass instead of three,” said the head of the public works department, Sergei Vedeneyev.',
          'Snow will be removed from central streets overnight. The department’s hotline is open around the clock, and uncleared courtyards can also be reported through the city app.',
        ],
        seoTitle: '28 cm of snow falls overnight in Verkhneozyorsk',
        seoDescription:
          'Verkhneozyorsk got 28 cm of snow overnight; 140 vehicles cleared the main streets by 7 a.m., and buses are running with minor delays.',
      },
    },
  },
];
