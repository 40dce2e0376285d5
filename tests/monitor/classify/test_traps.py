"""Negatives that look like positives, and positives hidden among negatives (sentences written here)."""

from tests.monitor.classify.conftest import main, run


def test_trade_deal_is_not_defence():
    det = run("Uzbekistan and Georgia sign trade roadmap",
              "The economy ministers of Uzbekistan and Georgia signed a roadmap on trade and investment "
              "for 2026 in Tashkent on Friday.")
    assert not det.flagged


def test_energy_memorandum_is_not_defence():
    det = run("Energy memorandum", "Azerbaijan and Turkmenistan signed a memorandum on gas and renewable "
                                   "energy cooperation for 2026.")
    assert not det.flagged


def test_border_guards_are_not_defence():
    det = run("Border agencies cooperate",
              "The State Border Service of Georgia and the border guards of Armenia signed a protocol on "
              "joint patrols and information exchange along the frontier.")
    assert not det.flagged


def test_russian_police_cooperation_is_not_defence():
    det = run("МВД", "Министры внутренних дел Армении и Беларуси подписали соглашение о сотрудничестве в "
                     "борьбе с преступностью.", lang="ru")
    assert not det.flagged


def test_emergency_ministries_are_not_defence():
    det = run("Rescue cooperation", "The emergency ministries of Kazakhstan and Kyrgyzstan signed an "
                                    "agreement on joint rescue training.")
    assert not det.flagged


def test_foreign_ministers_talking_about_military_ties_are_not_defence_talks():
    det = run("Foreign ministers meet", "The foreign ministers of Iran and Armenia met in Yerevan and "
                                        "discussed military-technical cooperation and trade.")
    assert not det.flagged


def test_cis_council_meeting_is_multilateral_only():
    det = run("CIS defence chiefs convene",
              "A meeting of the Council of CIS Defence Ministers was held in Minsk, with the defence "
              "ministers of Russia and Kazakhstan among the participants.\n"
              "The council adopted its plan of joint activities for 2027.")
    assert not det.flagged
    assert any("CIS" in event.parties for event in det.events)


def test_trilateral_meeting_alone_is_not_flagged():
    det = run("Trilateral meeting in Kars",
              "The defence ministers of Azerbaijan, Georgia and Turkey held a trilateral meeting in Kars.\n"
              "The ministers of the three countries signed a protocol on the results of the talks.")
    assert not det.flagged
    assert main(det).parties == ("AZ", "GE", "TR")


def test_bilateral_plan_on_the_sidelines_of_a_trilateral_meeting_is_flagged():
    det = run("Trilateral meeting in Kars",
              "The defence ministers of Azerbaijan, Georgia and Turkey held a trilateral meeting in Kars.\n"
              "On the sidelines of the trilateral meeting, the defence ministers of Azerbaijan and Georgia "
              "signed a bilateral military cooperation plan for 2026.")
    event = main(det)
    assert det.flagged and (event.kind, event.parties, event.plan_year) == ("plan_signed", ("AZ", "GE"), 2026)


def test_plan_with_nato_is_multilateral():
    det = run("IPAP", "Armenia and NATO approved the new Individual Partnership Action Plan for 2026.")
    assert not det.flagged


def test_future_signing_is_not_an_event():
    det = run("Signing expected", "The defence ministers of Tajikistan and Belarus are expected to sign a "
                                  "military cooperation plan for 2026 next month.")
    assert not det.flagged


def test_russian_proposal_is_not_an_event():
    det = run("Предложение", "Депутат предложил подписать соглашение о военном сотрудничестве с Киргизией.",
              lang="ru")
    assert not det.flagged


def test_azerbaijani_future_form_is_not_an_event():
    det = run("Saziş", "Azərbaycan və Qırğızıstan müdafiə nazirlikləri arasında hərbi əməkdaşlıq sazişi "
                       "gələn ay imzalanacaq.", lang="az")
    assert not det.flagged


def test_turkish_participle_background_is_not_an_event():
    det = run("Ziyaret", "Bakan, daha önce Türkiye ile Moldova arasında imzalanan askeri anlaşmayı hatırlattı.",
              lang="tr")
    assert not det.flagged


def test_old_signing_mentioned_as_background_leaves_only_talks():
    det = run("Delegation visit",
              "A military delegation of Belarus visited Serbia on 3 March 2025 and met Serbian defence officials.\n"
              "On 12 May 2009, the defence ministries of Belarus and Serbia signed an agreement on military "
              "cooperation.", published=None, url="https://example.org/2025/03/04/visit")
    assert det.flagged and main(det).kind == "talks" and main(det).parties == ("BY", "RS")


def test_agreement_with_a_company_is_not_between_states():
    det = run("Contract", "The Ministry of Defence of Armenia signed a contract with the French company "
                          "Thales on radar deliveries.")
    assert not det.flagged


def test_sport_club_contract_is_not_defence():
    det = run("ЦСКА", "Армейский клуб подписал новый контракт с бразильским защитником до конца сезона.",
              lang="ru")
    assert not det.flagged


def test_two_ministries_accusing_each_other_are_not_cooperating():
    det = run("Ceasefire", "The defence ministries of Armenia and Azerbaijan accused each other of shelling "
                           "positions along the border overnight.")
    assert not det.flagged


def test_several_bilateral_plans_in_one_story():
    det = run("Plans signed in Moscow",
              "The defence ministers of Russia and Azerbaijan signed the cooperation plan for 2027.\n"
              "The Azerbaijani minister also signed plans for 2027 with the defence ministers of Belarus and "
              "Kazakhstan in separate bilateral meetings.")
    assert det.flagged and main(det).parties == ("AZ", "RU")


def test_capitals_stand_for_states():
    det = run("Baku and Tbilisi sign military plan",
              "Baku and Tbilisi have signed the plan of military cooperation for 2026, the ministries said.")
    assert det.flagged and main(det).parties == ("AZ", "GE")
