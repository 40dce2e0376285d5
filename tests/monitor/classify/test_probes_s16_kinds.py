"""Sentence probes of the main kind and of thin shapes in hy, ru, uk, ka, kk and uz (Latin and Cyrillic), negatives
beside (issue 15; session s16, helper c4). The principles are told in ``test_whole_articles_s16_kinds.py``, whose
articles carry them whole.
"""

import pytest

from tests.monitor.classify.conftest import probe_grids, run

# Sentence probes by principle: {lang: [(principle, headline, text, expected)]}, expected None (not flagged) or
# (kind, "AA BB"[, plan year]). A dateline gives the page's day where the time of the act matters.
_D = {
    "ru": "Москва, 3 декабря 2026\n",
    "uk": "Київ, 3 грудня 2026\n",
    "hy": "Երևան, 3 դեկտեմբերի 2026\n",
    "ka": "თბილისი, 3 დეკემბერი 2026\n",
    "kk": "Астана, 3 желтоқсан 2026\n",
    "uz": "Toshkent, 3-dekabr 2026\n",
    "uzc": "Тошкент, 3 декабрь 2026\n",
}
_GRID = {
    "ru": [
        (
            "protocol-amending-a-ratified-agreement",
            "",
            _D["ru"]
            + "Министры обороны России и Лаоса подписали протокол о внесении изменений в ратифицированное в 2015 году соглашение о военном сотрудничестве.",
            ("agreement_signed", "LA RU"),
        ),
        (
            "duma-ratified-protocol-to-agreement",
            "",
            _D["ru"]
            + "Государственная Дума ратифицировала протокол к соглашению между Россией и Лаосом о военном сотрудничестве.",
            ("agreement_ratified", "LA RU"),
        ),
        (
            "senate-ratified-amendments",
            "",
            _D["ru"]
            + "Сенат ратифицировал изменения в соглашение между Казахстаном и Кыргызстаном о военном сотрудничестве.",
            ("agreement_ratified", "KG KZ"),
        ),
        (
            "district-troops-practised-joint-actions",
            "",
            _D["ru"]
            + "Мотострелки ЮВО и военнослужащие армии Таджикистана отработали совместные действия на полигоне Ляур.",
            ("exercise", "RU TJ"),
        ),
        (
            "practised-interaction",
            "",
            _D["ru"] + "Военнослужащие России и Таджикистана отработали вопросы взаимодействия на полигоне.",
            ("exercise", "RU TJ"),
        ),
        (
            "joint-artillery-firing",
            "",
            _D["ru"] + "Корабли ВМФ России и ВМС Китая провели совместные артиллерийские стрельбы.",
            ("exercise", "CN RU"),
        ),
        (
            "southern-district-named",
            "",
            _D["ru"] + "Военнослужащие Южного военного округа и армии Таджикистана провели совместное учение.",
            ("exercise", "RU TJ"),
        ),
        (
            "uzbek-district-named",
            "",
            _D["ru"]
            + "Военнослужащие Юго-Западного особого военного округа Узбекистана и армии Таджикистана провели совместное учение.",
            ("exercise", "TJ UZ"),
        ),
        (
            "joint-actions-discussed",
            "",
            _D["ru"] + "Министры обороны России и Таджикистана обсудили совместные действия по борьбе с терроризмом.",
            ("talks", "RU TJ"),
        ),
        (
            "artillery-fire-across-a-border",
            "",
            _D["ru"]
            + "В результате артиллерийской стрельбы со стороны Азербайджана пострадали военнослужащие Армении.",
            None,
        ),
        (
            "wire-plan-signed",
            "",
            _D["ru"]
            + "Россия и Вьетнам подписали план двустороннего военного сотрудничества на 2027 год, сообщили в Минобороны России.",
            ("plan_signed", "RU VN", 2027),
        ),
        (
            "talks-in-which-plan-signed",
            "",
            _D["ru"]
            + "Министры обороны России и Лаоса провели в Москве переговоры, в ходе которых подписали план военного сотрудничества на 2027 год.",
            ("plan_signed", "LA RU", 2027),
        ),
        (
            "talks-headline-agreement-signed",
            "Переговоры министров обороны Казахстана и Турции",
            _D["ru"]
            + "Министры обороны Казахстана и Турции провели переговоры в Астане. Кроме того, стороны подписали соглашение о сотрудничестве в области военного образования.",
            ("agreement_signed", "KZ TR"),
        ),
        (
            "agreement-subject-to-ratification",
            "",
            _D["ru"]
            + "Министры обороны Кыргызстана и Таджикистана подписали соглашение о военном сотрудничестве. Документ подлежит ратификации.",
            ("agreement_signed", "KG TJ"),
        ),
        (
            "agreement-in-force-after-procedures",
            "",
            _D["ru"]
            + "Министры обороны Кыргызстана и Таджикистана подписали соглашение о военном сотрудничестве, которое вступит в силу после ратификации.",
            ("agreement_signed", "KG TJ"),
        ),
        (
            "law-ratifying-with-signing-day",
            "",
            _D["ru"]
            + "Президент Кыргызстана подписал закон о ратификации соглашения с Таджикистаном о военном сотрудничестве. Соглашение было подписано в Душанбе 12 апреля 2025 года.",
            ("agreement_ratified", "KG TJ"),
        ),
        (
            "plan-by-events",
            "",
            _D["ru"]
            + "Россия и Лаос подписали план военного сотрудничества на 2027 год. План включает более 50 мероприятий.",
            ("plan_signed", "LA RU", 2027),
        ),
        (
            "working-meeting-ambassador",
            "",
            _D["ru"]
            + "Министр обороны Казахстана провёл рабочую встречу с послом Турции. Обсудили вопросы двустороннего военного сотрудничества.",
            ("talks", "KZ TR"),
        ),
        (
            "exercise-second-stage",
            "",
            _D["ru"]
            + "На полигоне Эдельвейс начался второй этап совместного учения военнослужащих Кыргызстана и Казахстана.",
            ("exercise", "KG KZ"),
        ),
        (
            "president-received-defence-minister",
            "",
            _D["ru"]
            + "Президент Азербайджана Ильхам Алиев принял министра обороны Пакистана. Обсуждены вопросы военного сотрудничества.",
            ("talks", "AZ PK"),
        ),
        (
            "president-received-foreign-minister",
            "",
            _D["ru"]
            + "Президент Азербайджана Ильхам Алиев принял министра иностранных дел Пакистана. Обсуждены вопросы торговли и инвестиций.",
            None,
        ),
        (
            "president-received-energy-minister",
            "",
            _D["ru"]
            + "Президент Азербайджана Ильхам Алиев принял министра энергетики Пакистана. Обсуждены поставки газа.",
            None,
        ),
    ],
    "uk": [
        (
            "protocol-amending-a-ratified-agreement",
            "",
            _D["uk"]
            + "Міністри оборони України та Литви підписали протокол про внесення змін до ратифікованої у 2015 році угоди про оборонне співробітництво.",
            ("agreement_signed", "LT UA"),
        ),
        (
            "rada-ratified-protocol-to-agreement",
            "",
            _D["uk"]
            + "Верховна Рада ратифікувала протокол до угоди між Україною та Литвою про оборонне співробітництво.",
            ("agreement_ratified", "LT UA"),
        ),
        (
            "practised-joint-actions",
            "",
            _D["uk"] + "Військовослужбовці України та Польщі відпрацювали спільні дії на полігоні.",
            ("exercise", "PL UA"),
        ),
        (
            "joint-artillery-firing",
            "",
            _D["uk"] + "Військовослужбовці України та Польщі провели спільні артилерійські стрільби.",
            ("exercise", "PL UA"),
        ),
        (
            "shooting-by-an-enemy",
            "",
            _D["uk"] + "Внаслідок стрільби з боку Росії загинули військовослужбовці України.",
            None,
        ),
        (
            "plan-signed-passive",
            "",
            _D["uk"] + "Підписано план двостороннього військового співробітництва між Україною та Литвою на 2027 рік.",
            ("plan_signed", "LT UA", 2027),
        ),
        (
            "agreement-to-be-ratified",
            "",
            _D["uk"]
            + "Міністри оборони України та Чехії підписали угоду про оборонне співробітництво. Документ буде направлено на ратифікацію.",
            ("agreement_signed", "CZ UA"),
        ),
        (
            "working-meeting-questions",
            "",
            _D["uk"]
            + "Міністр оборони України провів робочу зустріч з послом Польщі. Обговорили питання військового співробітництва.",
            ("talks", "PL UA"),
        ),
        (
            "president-received-defence-minister",
            "",
            _D["uk"]
            + "Президент України зустрівся з міністром оборони Чехії. Обговорено оборонне співробітництво та постачання боєприпасів.",
            ("talks", "CZ UA"),
        ),
        (
            "president-received-foreign-minister",
            "",
            _D["uk"]
            + "Президент України зустрівся з міністром закордонних справ Чехії. Обговорено торгівлю та відбудову.",
            None,
        ),
    ],
    "hy": [
        (
            "classical-exercise-held",
            "",
            _D["hy"]
            + "Հայաստանի եւ Միացեալ Նահանգներու զինուած ուժերու ստորաբաժանումները համատեղ զօրավարժութիւն անցկացուցին։",
            ("exercise", "AM US"),
        ),
        (
            "classical-exercise-ended",
            "",
            _D["hy"] + "Հայաստանի եւ Յունաստանի զինուած ուժերու համատեղ զօրավարժութիւնը աւարտեցաւ։",
            ("exercise", "AM GR"),
        ),
        (
            "classical-servicemen-took-part",
            "",
            _D["hy"] + "Հայաստանի եւ Ֆրանսայի զինուորականները համատեղ զօրավարժութեան մասնակցեցան։",
            ("exercise", "AM FR"),
        ),
        (
            "classical-minister-of-the-united-states-met",
            "",
            _D["hy"]
            + "Միացեալ Նահանգներու պաշտպանութեան նախարարը Երեւան ժամանեց եւ հանդիպեցաւ Հայաստանի պաշտպանութեան նախարարին հետ։",
            ("talks", "AM US"),
        ),
        (
            "classical-will-sign",
            "",
            _D["hy"]
            + "Հայաստանի եւ Յունաստանի պաշտպանութեան նախարարները պիտի ստորագրեն 2027 թուականի ռազմական համագործակցութեան ծրագիրը։",
            None,
        ),
        (
            "classical-will-be-signed",
            "",
            _D["hy"]
            + "Հայաստանի եւ Յունաստանի միջեւ ռազմական համագործակցութեան համաձայնագիրը պիտի ստորագրուի Աթէնքի մէջ։",
            None,
        ),
        (
            "classical-will-hold-exercise",
            "",
            _D["hy"] + "Յառաջիկայ շաբաթ Հայաստանի եւ Յունաստանի զինուած ուժերը պիտի անցկացնեն համատեղ զօրավարժութիւն։",
            None,
        ),
        (
            "classical-signed-plan-to-be-carried-out",
            "",
            _D["hy"]
            + "Հայաստանի եւ Յունաստանի պաշտպանութեան նախարարները ստորագրեցին 2027 թուականի ռազմական համագործակցութեան ծրագիրը, որ պիտի իրականացուի յաջորդ տարի։",
            ("plan_signed", "AM GR", 2027),
        ),
        (
            "agreement-in-force-once-ratified",
            "",
            _D["hy"]
            + "Հայաստանի և Կիպրոսի պաշտպանության նախարարները ստորագրեցին ռազմական համագործակցության համաձայնագիր։ Այն ուժի մեջ կմտնի խորհրդարանների կողմից վավերացվելուց հետո։",
            ("agreement_signed", "AM CY"),
        ),
        (
            "agreement-parliaments-must-ratify",
            "",
            _D["hy"]
            + "Հայաստանի և Կիպրոսի պաշտպանության նախարարները ստորագրեցին ռազմական համագործակցության համաձայնագիր։ Համաձայնագիրը պետք է վավերացնեն երկու երկրների խորհրդարանները։",
            ("agreement_signed", "AM CY"),
        ),
        (
            "troops-hold-exercise",
            "",
            _D["hy"] + "Հայաստանի և ԱՄՆ զինծառայողներն անցկացնում են համատեղ զորավարժություն։",
            ("exercise", "AM US"),
        ),
        (
            "troops-ended-exercise",
            "",
            _D["hy"] + "Հայաստանի և ԱՄՆ զինծառայողներն ավարտեցին համատեղ զորավարժությունը։",
            ("exercise", "AM US"),
        ),
        (
            "troops-began-preparing-exercise",
            "",
            _D["hy"] + "Հայաստանի և ԱՄՆ զինծառայողները սկսել են համատեղ զորավարժության նախապատրաստումը։",
            None,
        ),
        (
            "troops-will-hold-exercise",
            "",
            _D["hy"] + "Հայաստանի և ԱՄՆ զինծառայողները հաջորդ տարի կանցկացնեն համատեղ զորավարժություն։",
            None,
        ),
        (
            "plan-signed-passive",
            "",
            _D["hy"]
            + "Հայաստանի և Հունաստանի պաշտպանության նախարարությունների միջև ստորագրվեց 2027 թվականի ռազմական համագործակցության ծրագիրը։",
            ("plan_signed", "AM GR", 2027),
        ),
        (
            "agreement-to-be-submitted",
            "",
            _D["hy"]
            + "Հայաստանի և Հնդկաստանի պաշտպանության նախարարները ստորագրեցին ռազմական համագործակցության համաձայնագիր։ Համաձայնագիրը կներկայացվի վավերացման։",
            ("agreement_signed", "AM IN"),
        ),
        (
            "agreement-in-force-after-ratification",
            "",
            _D["hy"]
            + "Հայաստանի և Հնդկաստանի պաշտպանության նախարարները ստորագրեցին ռազմական համագործակցության համաձայնագիր։ Համաձայնագիրն ուժի մեջ կմտնի վավերացումից հետո։",
            ("agreement_signed", "AM IN"),
        ),
        (
            "ambassador-meeting",
            "",
            _D["hy"]
            + "Հայաստանի պաշտպանության նախարարը հանդիպում է ունեցել Հնդկաստանի դեսպանի հետ։ Քննարկվել են ռազմական համագործակցության հարցեր։",
            ("talks", "AM IN"),
        ),
        (
            "exercise-started",
            "",
            _D["hy"] + "Հայաստանի և ԱՄՆ զինված ուժերի ստորաբաժանումները մեկնարկել են համատեղ զորավարժությունը։",
            ("exercise", "AM US"),
        ),
        (
            "law-ratifying-signed",
            "",
            _D["hy"]
            + "Հայաստանի նախագահը ստորագրել է Հայաստանի և Կիպրոսի միջև ռազմական համագործակցության համաձայնագիրը վավերացնելու մասին օրենքը։",
            ("agreement_ratified", "AM CY"),
        ),
        (
            "prime-minister-received-defence-minister",
            "",
            _D["hy"]
            + "Հայաստանի վարչապետն ընդունել է Հունաստանի պաշտպանության նախարարին։ Քննարկվել են պաշտպանական համագործակցության հարցեր։",
            ("talks", "AM GR"),
        ),
        (
            "president-received-economy-minister",
            "",
            _D["hy"] + "Հայաստանի նախագահն ընդունել է Հունաստանի էկոնոմիկայի նախարարին։ Քննարկվել են առևտրի հարցեր։",
            None,
        ),
    ],
    "ka": [
        (
            "agreement-parliament-must-ratify",
            "",
            _D["ka"]
            + "საქართველოსა და ლიტვის თავდაცვის მინისტრებმა სამხედრო თანამშრომლობის შესახებ შეთანხმებას მოაწერეს ხელი. შეთანხმება პარლამენტმა უნდა მოახდინოს რატიფიცირება.",
            ("agreement_signed", "GE LT"),
        ),
        (
            "troops-take-part-in-exercise",
            "",
            _D["ka"] + "საქართველოსა და აშშ-ის სამხედროები ერთობლივ წვრთნაში მონაწილეობენ.",
            ("exercise", "GE US"),
        ),
        (
            "troops-took-part-in-exercise",
            "",
            _D["ka"] + "საქართველოსა და აშშ-ის სამხედროებმა ერთობლივ წვრთნაში მიიღეს მონაწილეობა.",
            ("exercise", "GE US"),
        ),
        (
            "troops-will-hold-exercise",
            "",
            _D["ka"] + "საქართველოსა და აშშ-ის სამხედროები ერთობლივ წვრთნას მომავალ წელს ჩაატარებენ.",
            None,
        ),
        (
            "planning-conference-of-exercise",
            "",
            _D["ka"] + "საქართველოსა და აშშ-ის სამხედროები ერთობლივი სწავლების დაგეგმვის კონფერენციაში მონაწილეობენ.",
            None,
        ),
        (
            "plan-signed-passive",
            "",
            _D["ka"] + "საქართველოსა და აზერბაიჯანს შორის 2027 წლის სამხედრო თანამშრომლობის გეგმას ხელი მოეწერა.",
            ("plan_signed", "AZ GE", 2027),
        ),
        (
            "agreement-to-be-submitted",
            "",
            _D["ka"]
            + "საქართველოსა და ლიტვის თავდაცვის მინისტრებმა სამხედრო თანამშრომლობის შესახებ შეთანხმებას მოაწერეს ხელი. შეთანხმება რატიფიცირებისთვის პარლამენტს წარედგინება.",
            ("agreement_signed", "GE LT"),
        ),
        (
            "ambassador-meeting",
            "",
            _D["ka"]
            + "საქართველოს თავდაცვის მინისტრი აზერბაიჯანის ელჩს შეხვდა. შეხვედრაზე ორმხრივი სამხედრო თანამშრომლობის საკითხები განიხილეს.",
            ("talks", "AZ GE"),
        ),
        (
            "exercise-troops",
            "",
            _D["ka"] + "ქართველი და ამერიკელი სამხედროები ერთობლივ წვრთნას ატარებენ.",
            ("exercise", "GE US"),
        ),
        (
            "ratified",
            "",
            _D["ka"]
            + "საქართველოს პარლამენტმა საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის შესახებ შეთანხმება რატიფიცირება გაუკეთა.",
            ("agreement_ratified", "AZ GE"),
        ),
        (
            "president-received-defence-minister",
            "",
            _D["ka"]
            + "საქართველოს პრეზიდენტმა აზერბაიჯანის თავდაცვის მინისტრი მიიღო. შეხვედრაზე სამხედრო თანამშრომლობის საკითხები განიხილეს.",
            ("talks", "AZ GE"),
        ),
        (
            "president-received-economy-minister",
            "",
            _D["ka"]
            + "საქართველოს პრეზიდენტმა აზერბაიჯანის ეკონომიკის მინისტრი მიიღო. შეხვედრაზე ვაჭრობის საკითხები განიხილეს.",
            None,
        ),
    ],
    "kk": [
        (
            "worked-out-joint-actions",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскерилері бірлескен іс-қимылдарды пысықтады.",
            ("exercise", "KG KZ"),
        ),
        (
            "firing-exercise",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскери қызметшілері бірлескен атыс жаттығуын өткізді.",
            ("exercise", "KG KZ"),
        ),
        (
            "joint-action-plan-discussed",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан қорғаныс министрлері бірлескен іс-қимыл жоспарын талқылады.",
            ("talks", "KG KZ"),
        ),
        (
            "troops-began-exercise",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскерилері бірлескен оқу-жаттығуды бастады.",
            ("exercise", "KG KZ"),
        ),
        (
            "troops-ended-exercise",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскерилері бірлескен оқу-жаттығуды аяқтады.",
            ("exercise", "KG KZ"),
        ),
        (
            "troops-holding-exercise",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскерилері бірлескен оқу-жаттығу өткізуде.",
            ("exercise", "KG KZ"),
        ),
        (
            "troops-began-preparing-exercise",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскерилері бірлескен оқу-жаттығуға дайындықты бастады.",
            None,
        ),
        (
            "troops-will-hold-exercise",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскерилері келесі жылы бірлескен оқу-жаттығу өткізеді.",
            None,
        ),
        (
            "plan-signed-passive",
            "",
            _D["kk"]
            + "Қазақстан мен Түркия арасындағы 2027 жылға арналған әскери ынтымақтастық жоспарына қол қойылды.",
            ("plan_signed", "KZ TR", 2027),
        ),
        (
            "law-ratifying",
            "",
            _D["kk"]
            + "Мемлекет басшысы Қазақстан мен Қырғызстан арасындағы әскери ынтымақтастық туралы келісімді ратификациялау туралы заңға қол қойды.",
            ("agreement_ratified", "KG KZ"),
        ),
        (
            "exercise-second-stage",
            "",
            _D["kk"] + "Қазақстан мен Қырғызстан әскерилері бірлескен оқу-жаттығудың екінші кезеңін бастады.",
            ("exercise", "KG KZ"),
        ),
        (
            "ambassador-meeting",
            "",
            _D["kk"]
            + "Қазақстан Қорғаныс министрі Түркияның елшісімен кездесті. Кездесуде әскери ынтымақтастық мәселелері талқыланды.",
            ("talks", "KZ TR"),
        ),
        (
            "president-received-defence-minister",
            "",
            _D["kk"]
            + "Қазақстан Президенті Қасым-Жомарт Тоқаев Әзербайжан Қорғаныс министрін қабылдады. Әскери ынтымақтастық мәселелері талқыланды.",
            ("talks", "AZ KZ"),
        ),
        (
            "president-received-economy-minister",
            "",
            _D["kk"]
            + "Қазақстан Президенті Қасым-Жомарт Тоқаев Әзербайжан Экономика министрін қабылдады. Сауда мәселелері талқыланды.",
            None,
        ),
    ],
    "uz": [
        (
            "troops-began-exercise",
            "",
            _D["uz"] + "O'zbekiston va Tojikiston harbiylari qo'shma mashg'ulotni boshladi.",
            ("exercise", "TJ UZ"),
        ),
        (
            "troops-holding-exercise",
            "",
            _D["uz"] + "O'zbekiston va Tojikiston harbiylari qo'shma mashg'ulot o'tkazishmoqda.",
            ("exercise", "TJ UZ"),
        ),
        (
            "troops-began-preparing-exercise",
            "",
            _D["uz"] + "O'zbekiston va Tojikiston harbiylari qo'shma mashg'ulotga tayyorgarlikni boshladi.",
            None,
        ),
        (
            "cyr-troops-began-exercise",
            "",
            _D["uzc"] + "Ўзбекистон ва Тожикистон ҳарбийлари қўшма машғулотни бошлади.",
            ("exercise", "TJ UZ"),
        ),
        (
            "cyr-troops-began-preparing-exercise",
            "",
            _D["uzc"] + "Ўзбекистон ва Тожикистон ҳарбийлари қўшма машғулотга тайёргарликни бошлади.",
            None,
        ),
        (
            "plan-signed-passive",
            "",
            _D["uz"] + "O'zbekiston va Turkiya o'rtasida 2027-yilga mo'ljallangan harbiy hamkorlik rejasi imzolandi.",
            ("plan_signed", "TR UZ", 2027),
        ),
        (
            "exercise-mashgulot",
            "",
            _D["uz"] + "O'zbekiston va Tojikiston harbiylari qo'shma taktik mashg'ulot o'tkazdi.",
            ("exercise", "TJ UZ"),
        ),
        (
            "ambassador-meeting",
            "",
            _D["uz"]
            + "O'zbekiston Mudofaa vaziri Turkiya elchisi bilan uchrashdi. Uchrashuvda harbiy hamkorlik masalalari muhokama qilindi.",
            ("talks", "TR UZ"),
        ),
        (
            "president-received-defence-minister",
            "",
            _D["uz"]
            + "O'zbekiston Prezidenti Shavkat Mirziyoyev Ozarbayjon Mudofaa vazirini qabul qildi. Harbiy hamkorlik masalalari muhokama qilindi.",
            ("talks", "AZ UZ"),
        ),
        (
            "president-received-economy-minister",
            "",
            _D["uz"]
            + "O'zbekiston Prezidenti Shavkat Mirziyoyev Ozarbayjon Iqtisodiyot vazirini qabul qildi. Savdo masalalari muhokama qilindi.",
            None,
        ),
        (
            "cyr-plan-signed-passive",
            "",
            _D["uzc"] + "Ўзбекистон ва Туркия ўртасида 2027 йилга мўлжалланган ҳарбий ҳамкорлик режаси имзоланди.",
            ("plan_signed", "TR UZ", 2027),
        ),
        (
            "cyr-exercise-mashgulot",
            "",
            _D["uzc"] + "Ўзбекистон ва Тожикистон ҳарбийлари қўшма тактик машғулот ўтказди.",
            ("exercise", "TJ UZ"),
        ),
        (
            "cyr-president-received-defence-minister",
            "",
            _D["uzc"]
            + "Ўзбекистон Президенти Шавкат Мирзиёев Озарбайжон Мудофаа вазирини қабул қилди. Ҳарбий ҳамкорлик масалалари муҳокама қилинди.",
            ("talks", "AZ UZ"),
        ),
        (
            "cyr-president-received-economy-minister",
            "",
            _D["uzc"]
            + "Ўзбекистон Президенти Шавкат Мирзиёев Озарбайжон Иқтисодиёт вазирини қабул қилди. Савдо масалалари муҳокама қилинди.",
            None,
        ),
    ],
}

test_probe = probe_grids(_GRID)


# The outlet's own head of state by his bare title, on his outlet's address (its country domain names his state):
# (lang, address, text, pair of the talks or None). A defence minister received is talks; a foreign or economy
# minister is not; with no address the title names no state.
_OWN_HEAD_OF_STATE = [
    (
        "ru",
        "https://www.akorda.kz/ru/1",
        "Глава государства принял министра обороны Азербайджана. Обсуждены вопросы военного сотрудничества.",
        "AZ KZ",
    ),
    (
        "ru",
        "https://www.akorda.kz/ru/1",
        "Глава государства провёл переговоры с министром обороны Азербайджана о военном сотрудничестве.",
        "AZ KZ",
    ),
    (
        "ru",
        "https://www.akorda.kz/ru/1",
        "Глава государства принял министра иностранных дел Азербайджана. Обсуждены вопросы торговли.",
        None,
    ),
    (
        "ru",
        "https://www.akorda.kz/ru/1",
        "Президент принял министра энергетики Азербайджана. Обсуждены поставки нефти.",
        None,
    ),
    (
        "ru",
        "https://www.akorda.kz/ru/1",
        "Президент Франции принял министра обороны Азербайджана. Обсуждены вопросы военного сотрудничества.",
        "AZ FR",
    ),
    ("ru", None, "Президент принял министра обороны Азербайджана. Обсуждены вопросы военного сотрудничества.", None),
    (
        "uk",
        "https://www.president.gov.ua/news/1",
        "Глава держави зустрівся з міністром оборони Литви. Обговорено оборонне співробітництво.",
        "LT UA",
    ),
    (
        "uk",
        "https://www.president.gov.ua/news/1",
        "Глава держави зустрівся з міністром закордонних справ Литви. Обговорено торгівлю.",
        None,
    ),
    (
        "kk",
        "https://www.akorda.kz/kz/1",
        "Мемлекет басшысы Әзербайжан Қорғаныс министрін қабылдады. Кездесуде әскери ынтымақтастық мәселелері талқыланды.",
        "AZ KZ",
    ),
    (
        "kk",
        "https://www.akorda.kz/kz/1",
        "Мемлекет басшысы Әзербайжан Сыртқы істер министрін қабылдады. Кездесуде сауда мәселелері талқыланды.",
        None,
    ),
    (
        "uz",
        "https://president.uz/oz/1",
        "Davlatimiz rahbari Ozarbayjon Mudofaa vazirini qabul qildi. Uchrashuvda harbiy hamkorlik masalalari muhokama qilindi.",
        "AZ UZ",
    ),
    (
        "uz",
        "https://president.uz/oz/1",
        "Davlatimiz rahbari Ozarbayjon Iqtisodiyot vazirini qabul qildi. Uchrashuvda savdo masalalari muhokama qilindi.",
        None,
    ),
    (
        "uz",
        "https://president.uz/uz/1",
        "Давлатимиз раҳбари Озарбайжон Мудофаа вазирини қабул қилди. Учрашувда ҳарбий ҳамкорлик масалалари муҳокама қилинди.",
        "AZ UZ",
    ),
    (
        "hy",
        "https://www.president.am/hy/1",
        "Հանրապետության նախագահն ընդունել է Հունաստանի պաշտպանության նախարարին։ Քննարկվել են պաշտպանական համագործակցության հարցեր։",
        "AM GR",
    ),
    (
        "hy",
        "https://www.president.am/hy/1",
        "Հանրապետության նախագահն ընդունել է Հունաստանի արտաքին գործերի նախարարին։ Քննարկվել են առևտրի հարցեր։",
        None,
    ),
    (
        "ka",
        "https://www.president.gov.ge/1",
        "სახელმწიფოს მეთაური აზერბაიჯანის თავდაცვის მინისტრს შეხვდა. შეხვედრაზე სამხედრო თანამშრომლობის საკითხები განიხილეს.",
        "AZ GE",
    ),
    (
        "ka",
        "https://www.president.gov.ge/1",
        "სახელმწიფოს მეთაური აზერბაიჯანის ეკონომიკის მინისტრს შეხვდა. შეხვედრაზე ვაჭრობის საკითხები განიხილეს.",
        None,
    ),
]


@pytest.mark.parametrize(
    "lang, url, text, pair", _OWN_HEAD_OF_STATE, ids=[f"{c[0]}-{i}" for i, c in enumerate(_OWN_HEAD_OF_STATE)]
)
def test_own_head_of_state_receiving_a_minister(lang, url, text, pair):
    detection = run("", text, lang=lang, url=url)
    if pair is None:
        assert not detection.flagged, detection.events
        return
    assert detection.flagged, detection.events
    assert (detection.events[0].kind, detection.events[0].parties) == ("talks", tuple(pair.split()))
