"""What session s13 left, sentence by sentence (issue 15, precision; session s14, c2).

Written for these tests:
- a signing in a relative clause on its signer, with no time of its own, beside the day's other event ("the minister,
  who signed the cooperation plan with Azerbaijan, today opened a military hospital"; "on Tuesday inaugurated"): the
  clause describes the minister, no signing of the day (``detect._signed_in_a_timeless_relative_clause``; en ru bg uk
  de fr es it pl ro el sr hy ka); a "today" inside the clause, or the signing in the main clause, is the day's act;
- ru and uk signings told in the plain past passive ("План на 2026 год был подписан в Москве", "було підписано") after
  the day's news, talks or something opened today, look back (``detect._told_in_the_plain_past``); tied to the day's
  occasion ("По итогам встречи был подписан план", "За їх підсумками") they report it;
- de "des nächsten Jahres" of an exercise is a time ahead (the plan of next year signed stays an act); es "el mar de
  Alborán" and "Orán" are names, no future verb (``not_future``), while "realizarán" stays one.
Expected: None (not flagged) or (kind, "AA BB")."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "de": [
        ("next_year", "", "Die deutsch-polnische Übung des nächsten Jahres findet in Pommern statt.", None),
        (
            "next_year2",
            "",
            "Das gemeinsame Manöver Deutschlands und Polens des kommenden Jahres wird in Pommern abgehalten.",
            None,
        ),
        (
            "pos_next_year_plan",
            "",
            "Der Plan für die militärische Zusammenarbeit des nächsten Jahres wurde am Dienstag von Deutschland und Polen unterzeichnet.",
            ("plan_signed", "DE PL"),
        ),
        (
            "pos_talks_next_year",
            "",
            "Die Verteidigungsminister Deutschlands und Polens haben am Dienstag in Berlin über die Übungen des nächsten Jahres beraten.",
            ("talks", "DE PL"),
        ),
        ("pos_exercise", "", "Die deutsch-polnische Übung findet derzeit in Pommern statt.", ("exercise", "DE PL")),
        (
            "relative",
            "",
            "Der polnische Verteidigungsminister, der den Kooperationsplan mit Deutschland unterzeichnet hat, eröffnete heute ein Militärkrankenhaus in Lublin.",
            None,
        ),
    ],
    "es": [
        (
            "alboran",
            "",
            "Los buques de España y Portugal realizaron maniobras conjuntas en el mar de Alborán el martes.",
            ("exercise", "ES PT"),
        ),
        (
            "oran",
            "",
            "Las armadas de España y Argelia realizaron un ejercicio conjunto frente a Orán el martes.",
            ("exercise", "DZ ES"),
        ),
        (
            "future_still",
            "",
            "Los buques de España y Portugal realizarán maniobras conjuntas en el mar de Alborán el próximo mes.",
            None,
        ),
        ("future_still2", "", "Las armadas de España y Argelia realizarán un ejercicio conjunto frente a Orán.", None),
        (
            "relative",
            "",
            "El ministro de Defensa de Perú, que firmó el plan de cooperación con Chile, inauguró hoy un hospital militar en Lima.",
            None,
        ),
    ],
    "en": [
        (
            "relative_no_time",
            "",
            "Georgia's defence minister, who signed the cooperation plan with Azerbaijan, today opened a military hospital in Gori.",
            None,
        ),
        (
            "relative_no_time2",
            "",
            "The Azerbaijani minister, who signed the military cooperation agreement with Turkey, on Tuesday inaugurated a new barracks in Ganja.",
            None,
        ),
        (
            "pos_relative_today",
            "",
            "Georgia's defence minister, who today signed the cooperation plan with Azerbaijan, also opened a military hospital in Gori.",
            ("plan_signed", "AZ GE"),
        ),
        (
            "pos_main_clause",
            "",
            "Georgia's defence minister, who arrived in Baku on Monday, today signed the cooperation plan with Azerbaijan.",
            ("plan_signed", "AZ GE"),
        ),
    ],
    "ru": [
        (
            "relative",
            "",
            "Министр обороны Грузии, подписавший план сотрудничества с Азербайджаном, сегодня открыл военный госпиталь в Гори.",
            None,
        ),
        (
            "relative2",
            "",
            "Министр обороны Грузии, который подписал план сотрудничества с Азербайджаном, сегодня открыл военный госпиталь в Гори.",
            None,
        ),
        (
            "pos_relative_today",
            "",
            "Министр обороны Грузии, сегодня подписавший план сотрудничества с Азербайджаном, также открыл военный госпиталь.",
            ("plan_signed", "AZ GE"),
        ),
        (
            "pos_main",
            "",
            "Министр обороны Грузии, прибывший в Баку в понедельник, сегодня подписал план сотрудничества с Азербайджаном.",
            ("plan_signed", "AZ GE"),
        ),
        (
            "plain_past",
            "Министры обороны Казахстана и Узбекистана обсудили подготовку кадров",
            "Министры обороны Казахстана и Узбекистана провели сегодня переговоры в Ташкенте. Стороны обсудили подготовку кадров. План военного сотрудничества на 2026 год был подписан в Москве.",
            ("talks", "KZ UZ"),
        ),
        (
            "pos_today_signed",
            "Казахстан и Узбекистан подписали план сотрудничества",
            "Министры обороны Казахстана и Узбекистана провели сегодня переговоры в Ташкенте. По итогам встречи был подписан план военного сотрудничества на 2026 год.",
            ("plan_signed", "KZ UZ"),
        ),
        (
            "plain_past_seminar",
            "В Ташкенте прошел семинар по военной медицине",
            "В Ташкенте сегодня открылся семинар военных медиков Казахстана и Узбекистана. Семинар проводится в рамках плана военного сотрудничества. План на 2026 год был подписан в Москве.",
            None,
        ),
    ],
    "bg": [
        (
            "relative",
            "",
            "Министърът на отбраната на България, който подписа плана за сътрудничество с Гърция, днес откри военна болница в Пловдив.",
            None,
        ),
        (
            "pos_main",
            "",
            "Министърът на отбраната на България, който пристигна в Атина в понеделник, днес подписа плана за сътрудничество с Гърция.",
            ("plan_signed", "BG GR"),
        ),
    ],
    "uk": [
        (
            "relative",
            "",
            "Міністр оборони Польщі, який підписав план співпраці з Україною, сьогодні відкрив військовий госпіталь у Любліні.",
            None,
        ),
        (
            "plain_past",
            "Міністри оборони України та Польщі обговорили підготовку військових",
            "Міністри оборони України та Польщі провели сьогодні переговори у Варшаві. Сторони обговорили підготовку військових. План військового співробітництва на 2026 рік був підписаний у Києві.",
            ("talks", "PL UA"),
        ),
        (
            "plain_past2",
            "Міністри оборони України та Польщі обговорили підготовку військових",
            "Міністри оборони України та Польщі провели сьогодні переговори у Варшаві. Сторони обговорили підготовку військових. План військового співробітництва на 2026 рік було підписано у Києві.",
            ("talks", "PL UA"),
        ),
        (
            "pos_today_signed",
            "Україна та Польща підписали план співробітництва",
            "Міністри оборони України та Польщі провели сьогодні переговори у Варшаві. За їх підсумками було підписано план військового співробітництва на 2026 рік.",
            ("plan_signed", "PL UA"),
        ),
    ],
    "fr": [
        (
            "relative",
            "",
            "Le ministre polonais de la Défense, qui a signé le plan de coopération avec la France, a inauguré aujourd'hui un hôpital militaire à Lublin.",
            None,
        ),
    ],
    "it": [
        (
            "relative",
            "",
            "Il ministro della Difesa albanese, che ha firmato il piano di cooperazione con l'Italia, ha inaugurato oggi un ospedale militare a Tirana.",
            None,
        ),
    ],
    "pl": [
        (
            "relative",
            "",
            "Minister obrony Polski, który podpisał plan współpracy z Litwą, otworzył dziś szpital wojskowy w Lublinie.",
            None,
        ),
    ],
    "ro": [
        (
            "relative",
            "",
            "Ministrul apărării al României, care a semnat planul de cooperare cu Republica Moldova, a inaugurat astăzi un spital militar la Iași.",
            None,
        ),
    ],
    "el": [
        (
            "relative",
            "",
            "Ο υπουργός Εθνικής Άμυνας της Ελλάδας, που υπέγραψε το σχέδιο συνεργασίας με την Κύπρο, εγκαινίασε σήμερα ένα στρατιωτικό νοσοκομείο.",
            None,
        ),
    ],
    "sr": [
        (
            "relative",
            "",
            "Ministar odbrane Srbije, koji je potpisao plan saradnje sa Mađarskom, danas je otvorio vojnu bolnicu u Nišu.",
            None,
        ),
    ],
    "hy": [
        (
            "relative",
            "",
            "Հայաստանի պաշտպանության նախարարը, որը ստորագրել է Հունաստանի հետ համագործակցության ծրագիրը, այսօր բացել է զինվորական հոսպիտալ։",
            None,
        ),
    ],
    "ka": [
        (
            "relative",
            "",
            "საქართველოს თავდაცვის მინისტრმა, რომელმაც აზერბაიჯანთან თანამშრომლობის გეგმას მოაწერა ხელი, დღეს გორში სამხედრო ჰოსპიტალი გახსნა.",
            None,
        ),
    ],
}

test_probe = probe_grids(_GRID)
