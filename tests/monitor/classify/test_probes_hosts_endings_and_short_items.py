"""Recall probes of wordings the tuning corpora lack (issue 15; session s10, helper c1). Sentences written for
these tests, each a short article (headline and text) with the main event expected.

- Turkish joint exercises told by their host and guest ("X'in ev sahipliğinde", "de iştirak etti", "de görev
  aldı"), by taking part ("katılım sağladı"), by carrying out ("yürütüldü"), by troops trained together
  ("birlikte eğitim aldı", "birlikte dağ eğitimine katıldı"), by its targets hit, at the exercise where the
  forces met, by a partner's forces named with the postposed "ile" ("Cezayir Deniz Kuvvetleri ile ... geçiş
  eğitimi"), and "the two countries' troops" on an outlet of one of them.
- A meeting that ends with the signing of a plan is the signing (uk, tr, az, kk, uz), not talks; a plan signed
  "and so entered into force" is the plan signed, not a ratification.
- An English head of state "signing into law" an agreement ratifies it; what talks focus on or talk about
  ("joint training") is their topic, not an exercise held.
- A short item: a headline act on "the plan" over a sentence that says in defence terms what "the document"
  is; a headline naming the military plan over a sentence that signs "the plan".
- Armenian: the second of two perfects that share one auxiliary ("քննարկել են ... և ստորագրել") is done, not an
  infinitive of intent; "concluded" (կնքել են) signs; troops "taking part" (մասնակցում են) hold the exercise.
- Azerbaijani exercises by host and guest and by targets destroyed; an English counterpart "welcomed".
- Talks named as the occasion of an approval ("during the talks ... approved the plan", "В ходе переговоров ...
  утвердили план", "Келіссөздер барысында ... қабылданды") do not make it an approval of negotiations; "the
  sides" of a defence meeting just told who sign "a document ... for 2027" sign a plan.
- Western Armenian spellings (Յունաստան, թուական) and a programme bound to next year, in hy, ru and en, is a
  plan (SCHEMA.md: a year-bound programme is a plan); one bound to no year stays an agreement.
- Negatives for each: a hosted exercise of several states or a bloc, a signing "with which" an agreement
  will enter into force, a meeting that "will end" with a signing, teachers trained together, a budget
  signed into law, a document of trade.

Each entry: (principle, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

from datetime import date

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main, probe_grid

TR = [
    ("host and guest taking part", "Tatbikat başladı",
     "Azerbaycan ordusunun ev sahipliğinde düzenlenen tatbikata Türk Silahlı Kuvvetleri de iştirak etti.",
     ("exercise", "AZ TR")),
    ("host and guest with a task", "Tatbikat",
     "Türkiye'nin ev sahipliği yaptığı tatbikatta Azerbaycan birlikleri de görev aldı.", ("exercise", "AZ TR")),
    ("participation provided", "Tatbikat",
     "Özbekistan ile Türkiye'nin ortak tatbikatına 600 asker katılım sağladı.", ("exercise", "TR UZ")),
    ("carried out", "Karargah tatbikatı",
     "Türkiye ve Gürcistan genelkurmayları arasında bilgisayar destekli komuta yeri tatbikatı yürütüldü.",
     ("exercise", "GE TR")),
    ("troops trained together", "Eğitim",
     "Türk ve Kazak komandoları Almatı'da birlikte eğitim aldı.", ("exercise", "KZ TR")),
    ("training named by its field", "Türk askeri Kazakistan'da",
     "Türk komandoları Kazakistan ordusuyla birlikte dağ eğitimine katıldı.", ("exercise", "KZ TR")),
    ("forces met at the exercise", "Kardeşlik",
     "Türk ve Azerbaycan askerleri 'Sarsılmaz Kardeşlik' adlı tatbikatta bir araya geldi.", ("exercise", "AZ TR")),
    ("targets hit in the exercise", "Tatbikat",
     "Türkiye ile Azerbaycan'ın ortak askeri tatbikatı kapsamında tanklar hedefleri başarıyla vurdu.",
     ("exercise", "AZ TR")),
    ("partner's forces with a postposed ile", "Geçiş eğitimi",
     "Türk Deniz Kuvvetleri'ne ait fırkateyn, Cezayir Deniz Kuvvetleri ile Akdeniz'de geçiş eğitimi icra etti.",
     ("exercise", "DZ TR")),
    ("meeting ended with the plan's signing", "Görüşme",
     "Türkiye ile Azerbaycan savunma bakanları arasındaki görüşme, 2027 yılı askeri işbirliği planının "
     "imzalanmasıyla sona erdi.", ("plan_signed", "AZ TR", 2027)),
    ("meeting ended with a signature put to the plan", "Görüşme",
     "Türkiye ile Azerbaycan savunma bakanları arasındaki görüşme, 2027 yılı askeri işbirliği planına imza "
     "atılmasıyla sona erdi.", ("plan_signed", "AZ TR", 2027)),
    ("a plan signed and so in force", "Toplantı",
     "Toplantıda Türkiye ile Azerbaycan arasında 2027 yılı askeri işbirliği planı imzalanarak yürürlüğe girdi.",
     ("plan_signed", "AZ TR", 2027)),
    ("in force with a signature, future", "Anlaşma",
     "Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşması, imza atılmasıyla birlikte yürürlüğe girecek.",
     None),
    ("headline names the military plan, text signs the plan", "Türkiye ile Özbekistan arasında askeri işbirliği planı",
     "İki ülke heyetleri Ankara'da görüştü ve 2027 yılına ait faaliyet planını imzaladı.",
     ("plan_signed", "TR UZ", 2027)),
    ("the participle of completing", "Tatbikat",
     "Ortak tatbikatı tamamlayan Türk askerleri Azerbaycan'dan yurda döndü.", ("exercise", "AZ TR")),
    ("the guest also provides participation", "Tatbikat",
     "Kazakistan'da düzenlenen tatbikata Türk askeri personeli de katılım sağladı.", ("exercise", "KZ TR")),
    ("forces with the comitative suffix", "Tatbikat",
     "Türk komandoları, Katar Silahlı Kuvvetleri personeliyle müşterek eğitim icra etti.", ("exercise", "QA TR")),
    ("joint firing under a code-named exercise", "Mustafa Kemal Atatürk-2027",
     "Türkiye ve Azerbaycan silahlı kuvvetleri 'Mustafa Kemal Atatürk-2027' kapsamında ortak atışlar gerçekleştirdi.",
     ("exercise", "AZ TR")),
    ("a joint shooting contest", "Atış",
     "Türk ve Azerbaycan askerleri arasında ortak atış yarışması düzenlendi.", None),
    ("the guest joined an exercise held in the host", "Tatbikat",
     "TSK personeli, Azerbaycan'da icra edilen tatbikata katıldı.", ("exercise", "AZ TR")),
    ("the headline's host, the guest's forces after", "Azerbaycan'da ortak tatbikat",
     "Tatbikata Türk Silahlı Kuvvetlerinden 500 personel katılıyor.", ("exercise", "AZ TR")),
    ("the headline's host, a multinational exercise", "Azerbaycan'da çok uluslu ortak tatbikat",
     "Tatbikata Türk Silahlı Kuvvetlerinden 500 personel katılıyor.", None),
    ("the headline's host, still to come", "Azerbaycan'da ortak tatbikat yapılacak",
     "Tatbikata Türk Silahlı Kuvvetlerinden 500 personel katılacak.", None),
    ("observers at a host's exercise", "Tatbikat",
     "Rus askerleri, Ermenistan'da düzenlenen tatbikata gözlemci olarak katıldı.", None),
    ("the guest will provide participation", "Tatbikat",
     "Rusya'nın düzenlediği tatbikata Belarus askerleri de katılım sağlayacak.", None),
    ("joint exercise with an army next month", "Tatbikat",
     "Azerbaycan ordusuyla ortak tatbikat gelecek ay Nahçıvan'da yapılacak.", None),
    ("hosted exercise of several states", "Tatbikat",
     "Azerbaycan'ın ev sahipliğinde düzenlenen tatbikata Türkiye, Pakistan ve Gürcistan'dan askerler de iştirak "
     "etti.", None),
    ("hosted bloc exercise", "NATO tatbikatı",
     "Türkiye'nin ev sahipliği yaptığı NATO tatbikatında Arnavutluk birlikleri de görev aldı.", None),
    ("in force with its signing, future", "Anlaşma",
     "Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşması, imzalanmasıyla birlikte yürürlüğe girecek.",
     None),
    ("teachers trained together", "Eğitim", "Türk öğretmenler Azerbaycan'da birlikte eğitim aldı.", None),
    ("one army's exercise near another state", "Tatbikat",
     "Ermenistan ordusu, Azerbaycan sınırı yakınında tatbikat yaptı; Azerbaycan Savunma Bakanlığı tatbikatı kınadı.",
     None),
]

EN = [
    ("signed into law", "President signs law",
     "President Ilham Aliyev has signed into law the agreement on military cooperation between Azerbaijan and "
     "Pakistan.", ("agreement_ratified", "AZ PK")),
    ("talks focusing on joint training", "Talks in Baku",
     "The defence ministers of Azerbaijan and Kazakhstan held talks in Baku on Monday, focusing on military "
     "cooperation and joint training.", ("talks", "AZ KZ")),
    ("talked about joint training", "Talks",
     "Serbia's army chief of staff hosted his Hungarian counterpart, and the two talked about joint training and "
     "military education.", ("talks", "HU RS")),
    ("the headline's host, the guest's troops after", "Joint drills in Georgia",
     "US Army troops took part in the exercise near Tbilisi.", ("exercise", "GE US")),
    ("the headline's host, a bloc's drills", "Joint NATO drills in Georgia",
     "US Army troops took part in the exercise near Tbilisi.", None),
    ("counterpart welcomed", "Defence ministers meet",
     "Vietnam's defence minister welcomed his Cambodian counterpart in Hanoi on Tuesday.", ("talks", "KH VN")),
    ("plan approved during the talks", "Talks",
     "During the talks, the defence ministers of Armenia and Iran approved a plan of military cooperation for 2027.",
     ("plan_signed", "AM IR", 2027)),
    ("negotiations approved", "Talks",
     "The cabinet approved the start of negotiations on a military cooperation agreement with Laos.", None),
    ("a decision welcomed", "Statement",
     "The defence minister of Georgia welcomed the decision of Azerbaijan to reopen the crossing.", None),
    ("a headline verb of weighing ties", "Azerbaijani, Israeli defense chiefs mull military ties", "",
     ("talks", "AZ IL")),
    ("weighing ties still to come", "Talks",
     "Azerbaijan and Israel will mull military ties at a meeting next month.", None),
    ("the discussions as the subject", "Visit",
     "During his visit, the minister met the French armed forces minister. The discussions covered defence "
     "cooperation between Armenia and France.", ("talks", "AM FR")),
    ("the US Secretary of War", "Talks",
     "War Secretary Pete Hegseth held talks with his Polish counterpart in Warsaw.", ("talks", "PL US")),
    ("the US Under Secretary of War", "Talks",
     "Under Secretary of War for Policy met Armenia's defence minister in Washington.", ("talks", "AM US")),
    ("the Pentagon chief in a headline", "Pentagon chief meets Philippine counterpart in Manila", "",
     ("talks", "PH US")),
    ("next year's programme", "Programme",
     "Armenia and India signed next year's defence cooperation programme.", ("plan_signed", "AM IN")),
    ("a programme bound to no year", "Programme",
     "Armenia and India signed a defence cooperation programme.", ("agreement_signed", "AM IN")),
    ("the plan's year after 'next year'", "Plan",
     "Uzbekistan and Kazakhstan signed the plan of military cooperation for next year, 2027.",
     ("plan_signed", "KZ UZ", 2027)),
    ("the plan's year right after its name", "Plan",
     "Georgia and Lithuania signed the bilateral defence cooperation plan 2027.", ("plan_signed", "GE LT", 2027)),
    ("instrument of ratification deposited", "Deposit",
     "Georgia deposited its instrument of ratification of the defence cooperation agreement with Lithuania.",
     ("agreement_ratified", "GE LT")),
    ("a headline's okay", "Okays", "Georgian lawmakers okay military cooperation pact with Azerbaijan",
     ("agreement_ratified", "AZ GE")),
    ("a headline's nod", "Nod", "Kyrgyz parliament gives nod to defence agreement with Turkey",
     ("agreement_ratified", "KG TR")),
    ("into force still to come", "Deal",
     "The defence cooperation agreement between Azerbaijan and Israel will enter into force next month.", None),
    ("an okay asked about", "Okay",
     "Is it okay for Armenia to sign a defence deal with India? Analysts disagree.", None),
    ("budget signed into law", "Budget law",
     "President Ilham Aliyev signed into law the state budget, which raises defence spending.", None),
]

UK = [
    ("meeting ended with the plan's signing", "Зустріч",
     "Зустріч міністрів оборони України та Литви завершилася підписанням плану військового співробітництва на "
     "2027 рік.", ("plan_signed", "LT UA", 2027)),
    ("meeting will end with a signing", "Зустріч",
     "Зустріч міністрів оборони України та Литви завершиться підписанням плану співробітництва.", None),
    ("meeting is to end with a signing", "Зустріч",
     "Зустріч міністрів оборони України та Литви має завершитися підписанням плану співробітництва.", None),
]

AZ = [
    ("host and guest taking part", "Təlim",
     "Türkiyənin ev sahibliyi etdiyi təlimdə Azərbaycan Ordusunun hərbçiləri də iştirak edir.", ("exercise", "AZ TR")),
    ("targets destroyed in the exercise", "Təlim",
     "Türkiyə və Azərbaycan xüsusi təyinatlıları birgə təlimdə hədəfləri uğurla məhv ediblər.", ("exercise", "AZ TR")),
    ("meeting ended with a signature put to the plan", "Görüş",
     "Azərbaycan və Türkiyə müdafiə nazirləri arasında keçirilən görüş 2027-ci il üçün plana imza atılması ilə "
     "yekunlaşıb.", ("plan_signed", "AZ TR", 2027)),
    ("meeting to end with a signature next week", "Görüş",
     "Azərbaycan və Türkiyə müdafiə nazirləri arasında görüş gələn həftə plana imza atılması ilə yekunlaşacaq.", None),
    ("the guest took part in an exercise held in the host", "Təlim",
     "Türkiyə hərbçiləri Azərbaycanda keçirilən təlimdə iştirak ediblər.", ("exercise", "AZ TR")),
    ("observers at a host's exercise", "Təlim",
     "Rusiya hərbçiləri Ermənistanda keçirilən təlimdə müşahidəçi qismində iştirak ediblər.", None),
    ("one side at an international exercise", "Təlim",
     "Azərbaycan hərbçiləri Türkiyədə keçirilən beynəlxalq təlimə qatılıb.", None),
    ("joint exercise next month", "Təlim",
     "Azərbaycan və Türkiyə qoşunlarının birgə təlimi gələn ay keçiriləcək.", None),
]

KK = [
    ("plan adopted during the talks", "Кездесу",
     "Келіссөздер барысында Қазақстан мен Әзербайжан қорғаныс министрліктері арасындағы 2027 жылға арналған "
     "ынтымақтастық жоспары қабылданды.", ("plan_signed", "AZ KZ", 2027)),
    ("meeting ended with the plan's signing", "Кездесу",
     "Қазақстан мен Қырғызстан қорғаныс министрлерінің кездесуі 2027 жылға арналған әскери ынтымақтастық "
     "жоспарына қол қоюмен аяқталды.", ("plan_signed", "KG KZ", 2027)),
    ("negotiations approved", "Келіссөз",
     "Үкімет Түркиямен әскери ынтымақтастық туралы келісім бойынша келіссөздер жүргізуді мақұлдады.", None),
]

RU = [
    ("plan approved during the talks", "Переговоры",
     "В ходе переговоров министры обороны Казахстана и Кыргызстана утвердили план двустороннего военного "
     "сотрудничества на 2027 год.", ("plan_signed", "KG KZ", 2027)),
    ("the sides of a defence meeting sign a document for a year", "Встреча",
     "Министр обороны Азербайджана встретился с министром обороны Беларуси. Стороны подписали документ о "
     "сотрудничестве на 2027 год.", ("plan_signed", "AZ BY", 2027)),
    ("a programme for next year", "Программа",
     "Министры обороны Армении и Ирана подписали программу военного сотрудничества на следующий год.",
     ("plan_signed", "AM IR")),
    ("the headline's host, the guest's troops after", "Совместные учения в Таджикистане",
     "В учениях участвуют 500 российских военнослужащих.", ("exercise", "RU TJ")),
    ("the plan's year after 'the current'", "План",
     "Россия и Лаос подписали план военного сотрудничества на текущий, 2027 год.", ("plan_signed", "LA RU", 2027)),
    ("the ministries as МО with the republics' abbreviations", "План",
     "Между МО РБ и МО РФ подписан план совместных мероприятий на 2027 год.", ("plan_signed", "BY RU", 2027)),
    ("sealed with their own signatures", "План",
     "Министры обороны Монголии и России скрепили своими подписями план сотрудничества на 2027 год.",
     ("plan_signed", "MN RU", 2027)),
    ("the Republic of Uzbekistan abbreviated", "План",
     "Начальник Генштаба ВС РК и начальник Генштаба ВС РУз подписали план двустороннего военного сотрудничества "
     "на 2027 год.", ("plan_signed", "KZ UZ", 2027)),
    ("the Moscow region as МО", "Соглашение",
     "Правительство МО и Минская область подписали соглашение о сотрудничестве в сфере торговли.", None),
    ("negotiations approved", "Переговоры",
     "Правительство одобрило начало переговоров по соглашению о военном сотрудничестве с Кубой.", None),
    ("short item: the document said in defence terms", "Россия и Таджикистан подписали план",
     "Документ определяет мероприятия военного сотрудничества двух стран на 2027 год.",
     ("plan_signed", "RU TJ", 2027)),
    ("short item: a document of trade", "Россия и Китай подписали план",
     "Документ предусматривает развитие торговли и энергетики.", None),
]

HY = [
    ("second of two perfects sharing one auxiliary", "Հանդիպում",
     "ՀՀ ՊՆ և Իրանի զինված ուժերի գլխավոր շտաբի պետը քննարկել են համագործակցության հարցեր և ստորագրել 2027 "
     "թվականի համագործակցության ծրագիրը։", ("plan_signed", "AM IR", 2027)),
    ("concluded an agreement", "Համաձայնագիր",
     "Հայաստանը և Հնդկաստանը կնքել են ռազմատեխնիկական համագործակցության համաձայնագիր։", ("agreement_signed", "AM IN")),
    ("troops taking part in a joint exercise", "Զորավարժություն",
     "Հայ և ամերիկացի զինծառայողները մասնակցում են «Արծիվ գործընկեր» համատեղ զորավարժությանը։", ("exercise", "AM US")),
    ("Western spelling: Greece, the year", "Հանդիպում",
     "Հայաստանի եւ Յունաստանի պաշտպանութեան նախարարները հանդիպում ունեցան Աթէնքի մէջ: Հանդիպումի աւարտին "
     "ստորագրուեցաւ 2027 թուականի ռազմական համագործակցութեան ծրագիրը:", ("plan_signed", "AM GR", 2027)),
    ("next year's programme, Western spelling", "Խորհրդակցութիւն",
     "Հայաստանի եւ Ֆրանսայի պաշտպանութեան նախարարութիւններու աշխատանքային խումբի խորհրդակցութիւնները տեղի "
     "ունեցան Փարիզի մէջ: Աւարտին կողմերը ստորագրեցին յաջորդ տարուան համագործակցութեան ծրագիրը:",
     ("plan_signed", "AM FR")),
    ("a programme bound to no year", "Հանդիպում",
     "Հանդիպման ավարտին Հայաստանի և Վրաստանի պաշտպանության նախարարները ստորագրեցին երկկողմ ռազմական "
     "համագործակցության ծրագիրը։", ("agreement_signed", "AM GE")),
    ("ready to discuss and sign", "Հանդիպում",
     "Հայաստանի և Իրանի պաշտպանության նախարարները պատրաստ են քննարկել և ստորագրել 2027 թվականի "
     "համագործակցության ծրագիրը։", None),
    ("will take part", "Զորավարժություն",
     "Հայ և ամերիկացի զինծառայողները կմասնակցեն համատեղ զորավարժությանը։", None),
    ("are to conclude", "Համաձայնագիր",
     "Հայաստանը և Հնդկաստանը կնքելու են ռազմական համագործակցության համաձայնագիր։", None),
    ("foreign observers at one army's exercise", "Զորավարժություն",
     "Հայաստանի զինված ուժերի զորավարժությանը մասնակցում են Ռուսաստանի դիտորդներ։", None),
]

UZ = [
    ("meeting ended with the plan's signing", "Uchrashuv",
     "O'zbekiston va Qozog'iston mudofaa vazirlarining uchrashuvi 2027 yilga mo'ljallangan harbiy hamkorlik rejasini "
     "imzolash bilan yakunlandi.", ("plan_signed", "KZ UZ", 2027)),
]

DE = [
    ("plan approved during the negotiations, the subject between", "Gespräche",
     "Während der Verhandlungen billigten die Verteidigungsminister Deutschlands und Polens den Plan der "
     "militärischen Zusammenarbeit für 2027.", ("plan_signed", "DE PL", 2027)),
    ("negotiations approved", "Verhandlungen",
     "Die Regierung billigte die Aufnahme von Verhandlungen über ein Abkommen zur militärischen Zusammenarbeit "
     "mit Polen.", None),
]

test_tr = probe_grid("tr", TR)
test_de = probe_grid("de", DE)
test_uz = probe_grid("uz", UZ)
test_hy = probe_grid("hy", HY)
test_en = probe_grid("en", EN)
test_uk = probe_grid("uk", UK)
test_ru = probe_grid("ru", RU)
test_az = probe_grid("az", AZ)
test_kk = probe_grid("kk", KK)


_TWO_COUNTRIES = ("Ortak tatbikat sona erdi",
                  "İki ülke askerlerinin katılımıyla Azerbaycan'da yapılan tatbikat, seçkin gözlemci günü ile tamamlandı.")


def test_two_countries_troops_on_an_outlet_of_one_of_them():
    """"The two countries' troops" beside one named state, on a Turkish outlet: Turkey is the other."""
    kind, parties, _, _ = flagged_main(*_TWO_COUNTRIES, lang="tr", url="https://www.aa.com.tr/tr/gundem/tatbikat/1")
    assert (kind, parties) == ("exercise", ("AZ", "TR"))


def test_two_countries_troops_need_the_outlet():
    """With no outlet's state to pair with, one named state makes no pair."""
    assert_not_flagged(*_TWO_COUNTRIES, lang="tr", published=date(2026, 5, 1))
