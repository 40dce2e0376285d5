"""An exercise's preparation, and talks that are none, in the other languages (issue 15, precision; session s15, c2).

Written for these tests. Expected: None (not flagged) or (kind, "AA BB").
- **A planning conference or the preparation of a joint exercise** is held, the exercise still ahead (``preparation``,
  detect._exercise_prepared): de "Hauptplanungskonferenz für die gemeinsame Übung", it "conferenza principale di
  pianificazione dell'esercitazione congiunta", pl "konferencja planistyczna wspólnych ćwiczeń", el "διάσκεψη σχεδίασης
  της κοινής άσκησης", sr "планска конференција за заједничку вежбу", pt "conferência principal de planeamento", ka
  "ერთობლივი სწავლების დაგეგმვის კონფერენცია", fr "En préparation de l'exercice conjoint" were read as the exercise; the
  twins' exercise begins.
- **Presidents whose agenda lists defence among ten topics**, **a commission on trade and the economy** whose sides list
  the defence industry, **an attaché's reception for his national day**: no defence talks (all read right when written,
  in uk kk uz fr de tr az bg es it pl ro el sr ka hy; kept so that they stay so)."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "fr": [
        (
            "planning_conference",
            "",
            "La conférence principale de planification de l'exercice conjoint franco-marocain s'est tenue mardi à Rabat.",
            None,
        ),
        (
            "reconnaissance_in_preparation",
            "",
            "En préparation de l'exercice conjoint de la France et du Maroc, des officiers des deux pays ont effectué mardi une reconnaissance des terrains.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "L'exercice conjoint de la France et du Maroc a débuté mardi près de Rabat.",
            ("exercise", "FR MA"),
        ),
        (
            "pres_agenda",
            "",
            "Les présidents de la France et du Maroc se sont entretenus mardi à Paris. Ils ont évoqué le commerce, l'énergie, les transports, l'éducation, la culture, le tourisme, l'agriculture, la santé, la défense et l'investissement.",
            None,
        ),
        (
            "national_day",
            "",
            "L'attaché de défense de la France à Rabat a donné mardi une réception à l'occasion de la fête nationale française, en présence d'officiers des Forces armées royales du Maroc.",
            None,
        ),
    ],
    "de": [
        (
            "planning_conference",
            "",
            "Am Dienstag fand in Berlin die Hauptplanungskonferenz für die gemeinsame Übung Deutschlands und Polens statt.",
            None,
        ),
        (
            "reconnaissance_in_preparation",
            "",
            "Zur Vorbereitung der gemeinsamen Übung Deutschlands und Polens erkundeten Offiziere beider Länder am Dienstag die Übungsplätze.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "Am Dienstag begann die gemeinsame Übung Deutschlands und Polens in Brandenburg.",
            ("exercise", "DE PL"),
        ),
        (
            "pres_agenda",
            "",
            "Die Präsidenten Deutschlands und Polens führten am Dienstag Gespräche in Berlin. Sie erörterten Handel, Energie, Verkehr, Bildung, Kultur, Tourismus, Landwirtschaft, Gesundheit, Verteidigung und Investitionen.",
            None,
        ),
        (
            "national_day",
            "",
            "Der polnische Verteidigungsattaché in Berlin gab am Dienstag einen Empfang zum polnischen Nationalfeiertag, an dem Offiziere der Bundeswehr teilnahmen.",
            None,
        ),
    ],
    "es": [
        (
            "planning_conference",
            "",
            "La conferencia principal de planeamiento del ejercicio conjunto de España y Marruecos se celebró el martes en Madrid.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "El ejercicio conjunto de España y Marruecos comenzó el martes cerca de Cádiz.",
            ("exercise", "ES MA"),
        ),
        (
            "national_day",
            "",
            "El agregado de defensa de Marruecos en Madrid ofreció el martes una recepción con motivo de la fiesta nacional marroquí, a la que asistieron oficiales del Ejército español.",
            None,
        ),
    ],
    "it": [
        (
            "planning_conference",
            "",
            "Martedì a Roma si è svolta la conferenza principale di pianificazione dell'esercitazione congiunta di Italia e Albania.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "Martedì è iniziata l'esercitazione congiunta di Italia e Albania vicino a Brindisi.",
            ("exercise", "AL IT"),
        ),
        (
            "national_day",
            "",
            "L'addetto militare albanese a Roma ha offerto martedì un ricevimento in occasione della festa nazionale albanese, al quale hanno partecipato ufficiali dell'Esercito italiano.",
            None,
        ),
    ],
    "pl": [
        (
            "planning_conference",
            "",
            "We wtorek w Warszawie odbyła się główna konferencja planistyczna wspólnych ćwiczeń Polski i Litwy.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "We wtorek rozpoczęły się wspólne ćwiczenia Polski i Litwy na poligonie w Orzyszu.",
            ("exercise", "LT PL"),
        ),
        (
            "national_day",
            "",
            "Attaché obrony Litwy w Warszawie wydał we wtorek przyjęcie z okazji święta narodowego Litwy, w którym uczestniczyli oficerowie Wojska Polskiego.",
            None,
        ),
    ],
    "ro": [
        (
            "planning_conference",
            "",
            "Marți, la București, a avut loc conferința principală de planificare a exercițiului comun al României și Poloniei.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "Marți a început exercițiul comun al României și Poloniei la Cincu.",
            ("exercise", "PL RO"),
        ),
        (
            "national_day",
            "",
            "Atașatul militar al Poloniei la București a oferit marți o recepție cu ocazia zilei naționale a Poloniei, la care au participat ofițeri ai Armatei Române.",
            None,
        ),
    ],
    "el": [
        (
            "planning_conference",
            "",
            "Την Τρίτη πραγματοποιήθηκε στην Αθήνα η κύρια διάσκεψη σχεδίασης της κοινής άσκησης Ελλάδας και Κύπρου.",
            None,
        ),
        ("pos_exercise", "", "Την Τρίτη ξεκίνησε η κοινή άσκηση Ελλάδας και Κύπρου.", ("exercise", "CY GR")),
        (
            "national_day",
            "",
            "Ο ακόλουθος άμυνας της Κύπρου στην Αθήνα παρέθεσε την Τρίτη δεξίωση για την εθνική εορτή της Κύπρου, στην οποία παρευρέθηκαν αξιωματικοί του Ελληνικού Στρατού.",
            None,
        ),
    ],
    "sr": [
        (
            "planning_conference",
            "",
            "У уторак је у Београду одржана главна планска конференција за заједничку вежбу Србије и Мађарске.",
            None,
        ),
        ("pos_exercise", "", "У уторак је почела заједничка вежба Србије и Мађарске.", ("exercise", "HU RS")),
        (
            "national_day",
            "",
            "Војни изасланик Мађарске у Београду приредио је у уторак пријем поводом националног празника Мађарске, коме су присуствовали официри Војске Србије.",
            None,
        ),
    ],
    "pt": [
        (
            "planning_conference",
            "",
            "A conferência principal de planeamento do exercício conjunto de Portugal e Espanha realizou-se na terça-feira em Lisboa.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "O exercício conjunto de Portugal e Espanha começou na terça-feira em Santa Margarida.",
            ("exercise", "ES PT"),
        ),
    ],
    "uz": [
        (
            "planning_conference",
            "",
            "O'zbekiston va Qozog'istonning qo'shma mashg'ulotini rejalashtirish konferensiyasi Toshkentda bo'lib o'tdi.",
            None,
        ),
        (
            "pos_exercise",
            "",
            "O'zbekiston va Qozog'istonning qo'shma mashg'uloti Toshkentda boshlandi.",
            ("exercise", "KZ UZ"),
        ),
        (
            "pres_agenda",
            "",
            "O'zbekiston va Qozog'iston prezidentlari Toshkentda muzokaralar o'tkazdi. Ular savdo, energetika, transport, ta'lim, madaniyat, turizm, qishloq xo'jaligi, sog'liqni saqlash, mudofaa va investitsiyalarni muhokama qildi.",
            None,
        ),
    ],
    "ka": [
        (
            "planning_conference",
            "",
            "საქართველოსა და აზერბაიჯანის ერთობლივი სწავლების დაგეგმვის კონფერენცია თბილისში გაიმართა.",
            None,
        ),
        (
            "national_day",
            "",
            "აზერბაიჯანის სამხედრო ატაშემ თბილისში ეროვნული დღესასწაულის აღსანიშნავად მიღება გამართა, რომელსაც საქართველოს თავდაცვის სამინისტროს ოფიცრები დაესწრნენ.",
            None,
        ),
    ],
    "hy": [
        (
            "planning_conference",
            "",
            "Հայաստանի և Հնդկաստանի համատեղ զորավարժության պլանավորման համաժողովը անցկացվել է Երևանում։",
            None,
        ),
        (
            "national_day",
            "",
            "Հնդկաստանի ռազմական կցորդը Երևանում Հնդկաստանի ազգային տոնի առթիվ ընդունելություն է կազմակերպել, որին մասնակցել են Հայաստանի պաշտպանության նախարարության սպաները։",
            None,
        ),
    ],
    "uk": [
        (
            "pres_agenda",
            "",
            "Президенти України та Польщі провели переговори у Варшаві. Вони обговорили торгівлю, енергетику, транспорт, освіту, культуру, туризм, сільське господарство, охорону здоров'я, оборону та інвестиції.",
            None,
        ),
        (
            "trade_commission",
            "",
            "У вівторок у Києві відбулося засідання міжурядової комісії з питань торговельно-економічного співробітництва України та Польщі. Сторони обговорили торгівлю, енергетику та оборонну промисловість.",
            None,
        ),
    ],
    "kk": [
        (
            "pres_agenda",
            "",
            "Қазақстан мен Өзбекстан президенттері Астанада келіссөздер жүргізді. Олар сауда, энергетика, көлік, білім, мәдениет, туризм, ауыл шаруашылығы, денсаулық сақтау, қорғаныс және инвестиция мәселелерін талқылады.",
            None,
        ),
        (
            "trade_commission",
            "",
            "Сейсенбіде Астанада Қазақстан мен Өзбекстан арасындағы сауда-экономикалық ынтымақтастық жөніндегі үкіметаралық комиссияның отырысы өтті. Тараптар сауда, энергетика және қорғаныс өнеркәсібі мәселелерін талқылады.",
            None,
        ),
    ],
    "tr": [
        (
            "trade_commission",
            "",
            "Türkiye-Azerbaycan Karma Ekonomik Komisyonu toplantısı salı günü Bakü'de yapıldı. Taraflar ticaret, enerji ve savunma sanayii konularını görüştü.",
            None,
        ),
    ],
    "az": [
        (
            "trade_commission",
            "",
            "Azərbaycan və Türkiyə arasında iqtisadi əməkdaşlıq üzrə hökumətlərarası komissiyanın iclası Bakıda keçirilib. Tərəflər ticarət, enerji və müdafiə sənayesi məsələlərini müzakirə ediblər.",
            None,
        ),
    ],
    "bg": [
        (
            "trade_commission",
            "",
            "Във вторник в София се проведе заседание на смесената комисия за икономическо сътрудничество между България и Гърция. Страните обсъдиха търговията, енергетиката и отбранителната промишленост.",
            None,
        ),
    ],
}

test_probe = probe_grids(_GRID)
