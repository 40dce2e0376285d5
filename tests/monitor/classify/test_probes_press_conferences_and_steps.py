"""A minister's press conference on past talks, and more steps around a ratification (issue 15, precision; session s15,
c2).

Written for these tests. Expected: None (not flagged) or (kind, "AA BB").
- **At a press conference**: a minister telling reporters at his press conference or briefing that talks with another
  state "had gone well in recent years" was read as talks in az, tr and bg (the press conference's noun is a meeting
  word in tr; the talks' span of years was no habit in any of them). The words of speaking at a press conference
  (``interview``, _PRESS_CONFERENCES: en "at a press conference", ru "на пресс-конференции", az "mətbuat
  konfransında" unless "birgə", tr "basın toplantısında" unless "ortak") make its meetings the subject of what is said,
  and meetings over recent years are a habit (``habitual``, _RECENT_YEARS); two sides' joint press conference after
  their talks keeps the talks (en ru az tr bg).
- **Ratifications that are not**: a kk bill approved in its first reading ("бірінші оқылымда", ``stage``) was read as a
  ratification; a treaty registered with the UN (az tr bg), a convention of the Council of Europe (tr az ru), a bloc's
  memorandum or transit agreement (tr az), a loan for arms (tr uk), a first reading and a veto (uk), a ratification
  set for the next sitting (kk) were right: kept.
- **Events that are no bilateral talks** in az and en: a course completed abroad, an exhibition, an international
  seminar, the attachés' corps, a passive "development was discussed", an embassy's holiday, the foreign ministers'
  phone call, students' visit, a conference of 30 countries, the Organization of Turkic States, veterans: kept."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "az": [
        ("course_completed", "", "Azərbaycan Ordusunun hərbi qulluqçuları Türkiyədə keçirilən kursu bitiriblər.", None),
        (
            "exhibition",
            "",
            "Azərbaycan Müdafiə Nazirliyinin nümayəndə heyəti Türkiyədə keçirilən IDEF sərgisində iştirak edib.",
            None,
        ),
        (
            "intl_seminar",
            "",
            "Azərbaycan Ordusunun zabitləri Türkiyədə keçirilən beynəlxalq seminarda iştirak ediblər.",
            None,
        ),
        (
            "attaches_corps",
            "",
            "Xarici ölkələrin hərbi attaşeləri Azərbaycan Ordusunun hərbi hissələrini ziyarət ediblər.",
            None,
        ),
        (
            "passive_no_actor_discussed",
            "",
            "Bakıda Azərbaycan və Türkiyə arasında iqtisadi əməkdaşlığın inkişafı müzakirə olunub.",
            None,
        ),
        (
            "embassy_event",
            "",
            "Türkiyənin Bakıdakı səfirliyində Cümhuriyyət Bayramı münasibətilə tədbir keçirilib, tədbirdə Azərbaycan Müdafiə Nazirliyinin nümayəndələri iştirak ediblər.",
            None,
        ),
        (
            "foreign_minister_phone",
            "",
            "Azərbaycanın xarici işlər naziri Türkiyənin xarici işlər naziri ilə telefon danışığı aparıb, tərəflər müdafiə sahəsində əməkdaşlığı müzakirə ediblər.",
            None,
        ),
        (
            "students_visit",
            "",
            "Türkiyə Milli Müdafiə Universitetinin tələbələri Azərbaycan Ordusunun hərbi hissəsini ziyarət ediblər.",
            None,
        ),
        (
            "conference_ankara_many",
            "",
            "Azərbaycanın müdafiə naziri Ankarada keçirilən və 30 ölkənin iştirak etdiyi konfransda çıxış edib.",
            None,
        ),
        ("turkic_states", "", "Türk Dövlətləri Təşkilatına üzv ölkələrin müdafiə nazirləri Bakıda görüşüblər.", None),
        ("veterans_day", "", "Azərbaycan və Türkiyənin veteranları Bakıda Zəfər Günü münasibətilə görüşüblər.", None),
        (
            "press_conference_past_talks",
            "",
            "Azərbaycanın müdafiə naziri mətbuat konfransında Türkiyə ilə son illər aparılan danışıqların uğurlu olduğunu bildirib.",
            None,
        ),
        (
            "pos_joint_press_conference",
            "",
            "Azərbaycan və Türkiyə müdafiə nazirləri bu gün Bakıda danışıqlar aparıblar, danışıqlardan sonra birgə mətbuat konfransı keçiriblər.",
            ("talks", "AZ TR"),
        ),
        (
            "registered",
            "",
            "Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişi BMT katibliyində qeydiyyata alınıb.",
            None,
        ),
        (
            "convention",
            "",
            "Milli Məclis Avropa Şurasının kibercinayətkarlıq haqqında konvensiyasını ratifikasiya edib.",
            None,
        ),
        (
            "bloc_agreement",
            "",
            "Milli Məclis Azərbaycan ilə NATO arasında tranzit haqqında sazişi ratifikasiya edib.",
            None,
        ),
        (
            "pos_joint_press_conference_at",
            "",
            "Azərbaycan və Türkiyə müdafiə nazirləri bu gün Bakıda görüşüblər, birgə mətbuat konfransında hərbi əməkdaşlığın genişləndiriləcəyini bildiriblər.",
            ("talks", "AZ TR"),
        ),
    ],
    "en": [
        ("course_completed", "", "Servicemen of the Azerbaijani Army completed a course held in Turkey.", None),
        (
            "exhibition",
            "",
            "A delegation of Azerbaijan's defence ministry took part in the IDEF exhibition held in Turkey.",
            None,
        ),
        (
            "intl_seminar",
            "",
            "Officers of the Azerbaijani Army took part in an international seminar held in Turkey.",
            None,
        ),
        (
            "foreign_minister_phone",
            "",
            "Azerbaijan's foreign minister held a phone call with Turkey's foreign minister; the sides discussed cooperation in the field of defence.",
            None,
        ),
        (
            "conference_many",
            "",
            "Azerbaijan's defence minister addressed a conference in Ankara attended by 30 countries.",
            None,
        ),
        (
            "press_conference_past_talks2",
            "",
            "Azerbaijan's defence minister told a press conference on Tuesday that his talks with Turkey's defence minister had been useful.",
            None,
        ),
    ],
    "tr": [
        (
            "press_conference_past_talks",
            "",
            "Milli Savunma Bakanı basın toplantısında Azerbaycan ile son yıllarda yapılan görüşmelerin başarılı geçtiğini söyledi.",
            None,
        ),
        (
            "pos_joint_press_conference",
            "",
            "Türkiye ve Azerbaycan savunma bakanları bugün Ankara'da görüştü ve görüşmenin ardından ortak basın toplantısı düzenledi.",
            ("talks", "AZ TR"),
        ),
        (
            "registered",
            "",
            "Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşması BM sekreteryasına tescil edildi.",
            None,
        ),
        ("convention", "", "TBMM Genel Kurulu, Avrupa Konseyi'nin siber suçlar sözleşmesini onayladı.", None),
        (
            "bloc_agreement",
            "",
            "TBMM Genel Kurulu, Türkiye ile NATO arasında ev sahibi ülke desteğine ilişkin mutabakat muhtırasını onayladı.",
            None,
        ),
        (
            "loan_for_arms",
            "",
            "TBMM Genel Kurulu, Türkiye ile Azerbaycan arasındaki silah alımı için kredi anlaşmasını onayladı.",
            None,
        ),
        (
            "pos_joint_press_conference_at",
            "",
            "Türkiye ve Azerbaycan savunma bakanları bugün Ankara'da görüştü, ortak basın toplantısında askeri işbirliğinin genişletileceğini açıkladı.",
            ("talks", "AZ TR"),
        ),
    ],
    "bg": [
        (
            "press_conference_past_talks",
            "",
            "Министърът на отбраната на България заяви на пресконференция, че разговорите с Гърция през последните години са били успешни.",
            None,
        ),
        (
            "pos_joint_press_conference",
            "",
            "Министрите на отбраната на България и Гърция проведоха днес разговори в София и дадоха съвместна пресконференция след срещата.",
            ("talks", "BG GR"),
        ),
        (
            "registered",
            "",
            "Споразумението за отбранително сътрудничество между България и Гърция беше регистрирано в секретариата на ООН.",
            None,
        ),
    ],
    "ru": [
        ("convention", "", "Государственная дума ратифицировала конвенцию Совета Европы о киберпреступности.", None),
        (
            "pos_joint_press_conference_at",
            "",
            "Министры обороны России и Казахстана провели сегодня переговоры в Москве и на совместной пресс-конференции заявили о расширении военного сотрудничества.",
            ("talks", "KZ RU"),
        ),
        (
            "press_conference_past_talks",
            "",
            "Министр обороны России заявил на пресс-конференции, что переговоры с Казахстаном в последние годы были успешными.",
            None,
        ),
    ],
    "uk": [
        ("loan_for_arms", "", "Верховна Рада ратифікувала кредитну угоду з Польщею на закупівлю озброєнь.", None),
        (
            "first_reading",
            "",
            "Верховна Рада ухвалила в першому читанні закон про ратифікацію угоди про військове співробітництво з Польщею.",
            None,
        ),
        ("vetoed", "", "Президент ветував закон про ратифікацію угоди про військове співробітництво з Польщею.", None),
        (
            "press_conference_past_talks",
            "",
            "Міністр оборони України заявив на пресконференції, що переговори з Польщею останніми роками були успішними.",
            None,
        ),
    ],
    "kk": [
        (
            "first_reading",
            "",
            "Мәжіліс Қазақстан мен Өзбекстан арасындағы әскери ынтымақтастық туралы келісімді ратификациялау туралы заң жобасын бірінші оқылымда мақұлдады.",
            None,
        ),
        (
            "announced_future",
            "",
            "Мәжіліс Өзбекстанмен әскери ынтымақтастық туралы келісімді келесі отырыста ратификациялайды.",
            None,
        ),
        (
            "press_conference_past_talks",
            "",
            "Қазақстанның қорғаныс министрі баспасөз мәслихатында Өзбекстанмен соңғы жылдары өткен келіссөздер сәтті болғанын айтты.",
            None,
        ),
    ],
}

test_probe = probe_grids(_GRID)
