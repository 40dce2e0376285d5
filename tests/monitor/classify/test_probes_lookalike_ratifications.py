"""What only looks like a ratification, sentence by sentence (issue 15, precision; session s14, c2).

Written for these tests; each language opens with a plain ratification it reads. A first reading, a bill submitted to
parliament, a committee's recommendation, a denunciation, a withdrawal or a suspension, the ratification of a bloc's
or a non-defence agreement (double taxation), a domestic defence law adopted and a budget law signed are no
bilateral ratification (SCHEMA.md: approval of an agreement already signed is; steps toward it are not); nor are an
arms purchase, a loan or the protection of classified information ratified, a deployment, a transit or a joint
exercise approved by parliament, a veto, a debate with no vote, a ratification told as history, a call to ratify
(az "ratifikasiya etməyə çağırıb" was read as one: ``future``, _CALLS_TO_ACT), a bloc's accession ratified, a cabinet
endorsing a draft. All the others were read right when written (en, ru, az, tr, bg): kept so that they stay so.
Expected: None (not flagged) or (kind, "AA BB")."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "en": [
        (
            "pos_ratified",
            "",
            "The Bulgarian parliament ratified the defence cooperation agreement with the United States on Wednesday.",
            ("agreement_ratified", "BG US"),
        ),
        (
            "first_reading",
            "",
            "The Bulgarian parliament approved at first reading the defence cooperation agreement with the United States on Wednesday.",
            None,
        ),
        (
            "bill_submitted",
            "",
            "The government submitted to parliament a bill ratifying the defence cooperation agreement with Turkey.",
            None,
        ),
        (
            "committee_rec",
            "",
            "Parliament's defence committee recommended on Tuesday that the house ratify the military cooperation agreement with Turkey.",
            None,
        ),
        (
            "committee_backed",
            "",
            "The defence and security committee backed the ratification of the defence cooperation agreement between Bulgaria and Greece.",
            None,
        ),
        (
            "denounce",
            "",
            "Parliament voted on Tuesday to denounce the military cooperation agreement with Russia.",
            None,
        ),
        ("withdraw", "", "Moldova withdrew from the military cooperation agreement with Russia on Tuesday.", None),
        ("suspend", "", "The government suspended the defence cooperation agreement with Niger on Tuesday.", None),
        (
            "multilateral_rat",
            "",
            "The Bulgarian parliament ratified the agreement on the status of NATO forces on Wednesday.",
            None,
        ),
        (
            "multilateral_rat2",
            "",
            "Parliament ratified the protocol on Sweden's accession to the North Atlantic Treaty on Tuesday.",
            None,
        ),
        (
            "nondefence_rat",
            "",
            "The Bulgarian parliament ratified the agreement with Turkey on the avoidance of double taxation on Wednesday.",
            None,
        ),
        (
            "domestic_law",
            "",
            "The Bulgarian parliament adopted amendments to the Defence and Armed Forces Act on Wednesday.",
            None,
        ),
        (
            "budget_law",
            "",
            "The president signed the law on the 2027 state budget, which raises defence spending, on Tuesday.",
            None,
        ),
        (
            "loa",
            "",
            "Parliament ratified the agreement with the United States on the purchase of eight F-16 fighter jets on Wednesday.",
            None,
        ),
        (
            "loan",
            "",
            "Parliament ratified a loan agreement with France to finance the purchase of patrol ships on Wednesday.",
            None,
        ),
        (
            "deployment",
            "",
            "Parliament approved the deployment of 150 troops to Kosovo as part of the NATO-led mission on Wednesday.",
            None,
        ),
        (
            "exercise_approved",
            "",
            "Parliament approved the participation of Bulgarian troops in a joint exercise with Greece.",
            None,
        ),
        (
            "transit",
            "",
            "Parliament allowed US military units to cross Bulgarian territory on their way to Romania.",
            None,
        ),
        (
            "veto",
            "",
            "The president vetoed the law ratifying the defence cooperation agreement with the United States.",
            None,
        ),
        ("amendment", "", "Parliament ratified a protocol amending the border control agreement with Turkey.", None),
        (
            "classified",
            "",
            "Parliament ratified the agreement with Poland on the mutual protection of classified information.",
            None,
        ),
        (
            "debated",
            "",
            "Parliament debated the defence cooperation agreement with the United States but did not vote on it.",
            None,
        ),
        (
            "ratified_old",
            "",
            "The defence cooperation agreement with the United States was ratified by parliament in 2006.",
            None,
        ),
        (
            "cabinet_endorsed_draft",
            "",
            "The cabinet endorsed the draft defence cooperation agreement with Azerbaijan on Wednesday.",
            None,
        ),
        (
            "endorsed_position",
            "",
            "The security council endorsed Bulgaria's position for the meeting of NATO defence ministers.",
            None,
        ),
        (
            "ratify_called",
            "",
            "The defence minister called on parliament to ratify the defence cooperation agreement with the United States quickly.",
            None,
        ),
        (
            "ratify_opposition",
            "",
            "Opposition parties said they would vote against ratifying the defence cooperation agreement with the United States.",
            None,
        ),
        ("nato_accession", "", "The Turkish parliament ratified Sweden's accession to NATO on Tuesday.", None),
    ],
    "ru": [
        (
            "pos_ratified",
            "",
            "Государственная дума ратифицировала соглашение о военном сотрудничестве с Кыргызстаном.",
            ("agreement_ratified", "KG RU"),
        ),
        (
            "first_reading",
            "",
            "Государственная дума приняла в первом чтении законопроект о ратификации соглашения о военном сотрудничестве с Кыргызстаном.",
            None,
        ),
        (
            "bill",
            "",
            "Правительство внесло в Государственную думу законопроект о ратификации соглашения о военном сотрудничестве с Кыргызстаном.",
            None,
        ),
        (
            "committee",
            "",
            "Комитет Госдумы по обороне рекомендовал ратифицировать соглашение о военном сотрудничестве с Кыргызстаном.",
            None,
        ),
        ("denounce", "", "Государственная дума денонсировала соглашение о военном сотрудничестве с Молдовой.", None),
        ("suspend", "", "Россия приостановила действие соглашения о военном сотрудничестве с Молдовой.", None),
        ("multilateral_rat", "", "Государственная дума ратифицировала соглашение о коллективных силах ОДКБ.", None),
        (
            "nondefence_rat",
            "",
            "Государственная дума ратифицировала соглашение с Кыргызстаном об избежании двойного налогообложения.",
            None,
        ),
        ("domestic_law", "", "Государственная дума приняла закон о внесении изменений в закон об обороне.", None),
        (
            "budget_law",
            "",
            "Президент подписал закон о бюджете на 2027 год, предусматривающий рост расходов на оборону.",
            None,
        ),
        ("loa", "", "Государственная дума ратифицировала соглашение с Индией о поставках истребителей Су-30.", None),
        (
            "veto",
            "",
            "Президент отклонил закон о ратификации соглашения о военном сотрудничестве с Кыргызстаном.",
            None,
        ),
        (
            "called",
            "",
            "Министр обороны призвал парламент быстрее ратифицировать соглашение о военном сотрудничестве с Кыргызстаном.",
            None,
        ),
        (
            "ratified_old",
            "",
            "Соглашение о военном сотрудничестве с Кыргызстаном было ратифицировано в 2006 году.",
            None,
        ),
        ("transit", "", "Парламент разрешил транзит военных грузов Германии через территорию страны.", None),
    ],
    "az": [
        (
            "pos_ratified",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq haqqında sazişi ratifikasiya edib.",
            ("agreement_ratified", "AZ TR"),
        ),
        (
            "first_reading",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq haqqında sazişin təsdiq edilməsi barədə qanun layihəsini birinci oxunuşda qəbul edib.",
            None,
        ),
        (
            "committee",
            "",
            "Milli Məclisin müdafiə komitəsi Türkiyə ilə hərbi əməkdaşlıq haqqında sazişin təsdiqini tövsiyə edib.",
            None,
        ),
        ("denounce", "", "Milli Məclis Rusiya ilə hərbi əməkdaşlıq haqqında sazişi denonsasiya edib.", None),
        (
            "nondefence",
            "",
            "Milli Məclis Türkiyə ilə ikiqat vergitutmanın aradan qaldırılması haqqında sazişi ratifikasiya edib.",
            None,
        ),
        (
            "called",
            "",
            "Müdafiə naziri parlamenti Türkiyə ilə hərbi əməkdaşlıq haqqında sazişi tezliklə ratifikasiya etməyə çağırıb.",
            None,
        ),
        (
            "loa",
            "",
            "Milli Məclis İsraildən pilotsuz uçan aparatların alınması haqqında sazişi ratifikasiya edib.",
            None,
        ),
    ],
    "tr": [
        (
            "pos_ratified",
            "",
            "TBMM Genel Kurulu, Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının onaylanmasını kabul etti.",
            ("agreement_ratified", "AZ TR"),
        ),
        (
            "committee",
            "",
            "TBMM Dışişleri Komisyonu, Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti.",
            None,
        ),
        (
            "submitted",
            "",
            "Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının onaylanmasına ilişkin kanun teklifi TBMM Başkanlığına sunuldu.",
            None,
        ),
        (
            "nondefence",
            "",
            "TBMM, Türkiye ile Azerbaycan arasındaki çifte vergilendirmeyi önleme anlaşmasını onayladı.",
            None,
        ),
        ("nato_accession", "", "TBMM, İsveç'in NATO'ya katılım protokolünü onayladı.", None),
        (
            "called",
            "",
            "Savunma Bakanı, Meclis'i Azerbaycan ile askeri işbirliği anlaşmasını bir an önce onaylamaya çağırdı.",
            None,
        ),
        ("loa", "", "TBMM, ABD'den F-16 uçaklarının satın alınmasına ilişkin anlaşmayı onayladı.", None),
    ],
    "bg": [
        (
            "pos_ratified",
            "",
            "Народното събрание ратифицира споразумението за сътрудничество в областта на отбраната между България и Съединените щати.",
            ("agreement_ratified", "BG US"),
        ),
        (
            "first_reading",
            "",
            "Народното събрание прие на първо четене законопроекта за ратифициране на споразумението за сътрудничество в областта на отбраната със Съединените щати.",
            None,
        ),
        (
            "submitted",
            "",
            "Министерският съвет внесе в Народното събрание законопроекта за ратифициране на споразумението за отбранително сътрудничество със Съединените щати.",
            None,
        ),
        (
            "committee",
            "",
            "Комисията по отбрана одобри законопроекта за ратифициране на споразумението за отбранително сътрудничество със Съединените щати.",
            None,
        ),
        ("denounce", "", "Народното събрание денонсира споразумението за военно сътрудничество с Русия.", None),
        ("multilateral", "", "Народното събрание ратифицира споразумението за статута на силите на НАТО.", None),
        (
            "nondefence",
            "",
            "Народното събрание ратифицира спогодбата с Турция за избягване на двойното данъчно облагане.",
            None,
        ),
        (
            "domestic_law",
            "",
            "Народното събрание прие на второ четене промените в Закона за отбраната и въоръжените сили.",
            None,
        ),
        (
            "budget_law",
            "",
            "Президентът подписа указ за обнародване на закона за държавния бюджет за 2027 г., който увеличава разходите за отбрана.",
            None,
        ),
        (
            "loa_f16",
            "",
            "Народното събрание ратифицира споразумението със Съединените щати за закупуване на осем изтребителя F-16.",
            None,
        ),
        (
            "loan",
            "",
            "Народното събрание ратифицира споразумението за заем с Франция за финансиране на закупуването на патрулни кораби.",
            None,
        ),
        (
            "deployment",
            "",
            "Народното събрание реши да изпрати военен контингент в Косово в рамките на мисията на НАТО.",
            None,
        ),
        (
            "exercise_approved",
            "",
            "Народното събрание одобри участието на български военни в съвместно учение с Гърция.",
            None,
        ),
        (
            "foreign_troops",
            "",
            "Народното събрание разреши преминаването на военни части на Съединените щати през територията на България.",
            None,
        ),
        (
            "veto",
            "",
            "Президентът наложи вето на закона за ратифициране на споразумението за отбранително сътрудничество със Съединените щати.",
            None,
        ),
        (
            "amendment_protocol",
            "",
            "Народното събрание ратифицира протокола за изменение на споразумението за граничния контрол с Турция.",
            None,
        ),
        (
            "classified",
            "",
            "Народното събрание ратифицира споразумението с Полша за взаимна защита на класифицираната информация.",
            None,
        ),
        (
            "debate",
            "",
            "Народното събрание обсъди споразумението за отбранително сътрудничество със Съединените щати, но не гласува.",
            None,
        ),
        (
            "govt_approved_draft",
            "",
            "Министерският съвет одобри проекта на споразумение за военно сътрудничество с Азербайджан.",
            None,
        ),
        (
            "mod_approved_plan",
            "",
            "Министърът на отбраната утвърди годишния план за подготовка на въоръжените сили за 2027 г.",
            None,
        ),
        (
            "council_decision",
            "",
            "Съветът за сигурност към Министерския съвет одобри позицията на България за срещата на министрите на отбраната на НАТО.",
            None,
        ),
        (
            "ratified_old",
            "",
            "Споразумението за отбранително сътрудничество със Съединените щати беше ратифицирано от парламента през 2006 г.",
            None,
        ),
        (
            "state_gazette",
            "",
            "В Държавен вестник беше обнародван законът за държавния бюджет, който предвижда средства за отбрана.",
            None,
        ),
    ],
}

test_probe = probe_grids(_GRID)
