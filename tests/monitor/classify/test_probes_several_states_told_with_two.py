"""Meetings of several states told with two of them (issue 15, precision; session s15, c2).

Written for these tests. Expected: None (not flagged) or (kind, "AA BB").
"At the meeting of the Turkic states' defence ministers in Baku, Azerbaijan and Turkey presented their proposals" was
read as talks in en: the Turkic states' ministers meet as a gathering (``multilateral``, en _TURKIC_STATES_MINISTERS; the
organisation's own names were listed already, az reads it). The CIS defence ministers' council, NATO's defence
ministers' meeting, a trilateral meeting, a video conference of four ministers, a multinational exercise's visit were
read right in az, tr, bg, ru, kk, en: kept. A bilateral meeting on the margins stays talks (en, az)."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "az": [
        (
            "multilateral_meeting_listed",
            "",
            "MDB Müdafiə Nazirləri Şurasının iclasında Azərbaycan, Qazaxıstan, Qırğızıstan və Tacikistanın müdafiə nazirləri hərbi əməkdaşlığı müzakirə ediblər.",
            None,
        ),
        (
            "two_named_of_group",
            "",
            "Türk Dövlətləri Təşkilatının müdafiə nazirlərinin Bakıdakı görüşündə Azərbaycan və Türkiyə öz təkliflərini təqdim ediblər.",
            None,
        ),
        (
            "pos_bilateral_on_margins",
            "",
            "Türk Dövlətləri Təşkilatının müdafiə nazirlərinin Bakıdakı görüşü çərçivəsində Azərbaycan və Türkiyə müdafiə nazirləri arasında ikitərəfli görüş keçirilib.",
            ("talks", "AZ TR"),
        ),
    ],
    "tr": [
        (
            "multilateral_meeting_listed",
            "",
            "NATO Savunma Bakanları Toplantısında Türkiye, Yunanistan, Bulgaristan ve Romanya savunma bakanları Karadeniz güvenliğini görüştü.",
            None,
        ),
    ],
    "bg": [
        (
            "multilateral_meeting_listed",
            "",
            "На срещата на министрите на отбраната на НАТО министрите на отбраната на България, Гърция, Румъния и Турция обсъдиха сигурността в Черно море.",
            None,
        ),
    ],
    "ru": [
        (
            "cis_council",
            "",
            "На заседании Совета министров обороны СНГ в Душанбе министры обороны России, Казахстана, Киргизии и Таджикистана обсудили военное сотрудничество.",
            None,
        ),
        (
            "meeting_within_multilateral_exercise",
            "",
            "В ходе многонациональных учений в Казахстане министры обороны России и Казахстана осмотрели полигон вместе с делегациями восьми стран.",
            None,
        ),
    ],
    "kk": [
        (
            "cis_council",
            "",
            "ТМД Қорғаныс министрлері кеңесінің отырысында Қазақстан, Ресей, Қырғызстан және Тәжікстан қорғаныс министрлері әскери ынтымақтастықты талқылады.",
            None,
        ),
    ],
    "en": [
        (
            "trilateral_pair_named",
            "",
            "The defence ministers of Azerbaijan, Turkey and Georgia met in Tbilisi on Tuesday for their trilateral meeting.",
            None,
        ),
        (
            "two_named_of_group",
            "",
            "At the meeting of the Turkic states' defence ministers in Baku, Azerbaijan and Turkey presented their proposals on Tuesday.",
            None,
        ),
        (
            "pos_bilateral_on_margins",
            "",
            "On the margins of the meeting of the Turkic states' defence ministers in Baku, the defence ministers of Azerbaijan and Turkey held a bilateral meeting on Tuesday.",
            ("talks", "AZ TR"),
        ),
        (
            "video_conference_many",
            "",
            "The defence ministers of Azerbaijan, Turkey, Pakistan and Georgia held a video conference on Tuesday.",
            None,
        ),
    ],
}

test_probe = probe_grids(_GRID)
