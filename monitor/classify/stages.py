"""The stage of a ratification a sentence reports: who acts, as each language says it.

A ratification goes through steps that outlets report as news of their own, and the labelled
corpus (../shared/corpus/SCHEMA.md) makes each of them a story: a house of parliament votes (each
house apart, where there are two), the head of state signs or promulgates the law, the two states
exchange or deposit the instruments. Two reports of one pair's ratification that say different
steps are two events, however alike they read; a report that says no step (a government
"approved", "the agreement was ratified") is compatible with any.

The stage is read from the sentence that reports the act (the detection's evidence), by who acts
and, for the head of state, what he does:

- EXCHANGE: the instruments of ratification (or notes) exchanged or deposited;
- SIGNATURE: a promulgation, or a law or decree signed (the verb and the law within NEAR
  characters: "Putin signed the law ratifying ...", "Iohannis promulgated ..."), by a head of
  state named or by no one named; when a house is named and no head of state is, the house acts
  ("the president of the Senate promulgated the legislative decree": the house's officer);
- VOTE: a house of parliament, its deputies or senators ("the Mazhilis approved", "parliament's
  deputies ratified", "the Duma voted"); LOWER_VOTE or UPPER_VOTE when the words name one house of
  two (the Duma, the Senate) and not the other: the houses vote apart, each a story. A vote whose
  house is not named (VOTE) can be either (compatible).
- None: none of them, or the sentence's language has no words here.

The first that holds wins, in that order: "the president signed the law the Duma adopted" is the
signature. Pure: text in, stage out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from monitor.classify.text import lowercase, normalise

VOTE = "vote"
# A house's vote where the text says which house, in a parliament of two.
LOWER_VOTE = "vote:lower"
UPPER_VOTE = "vote:upper"
SIGNATURE = "signature"
EXCHANGE = "exchange"
# How far apart (characters) a signing and the law it signs are named: "signed the law", "qanunu imzalayıb".
NEAR = 30
# How far after a head of state's title a house named makes him the house's officer ("presidente do Senado").
HOUSE_OFFICER = 16

# Word beginnings (lowercase, after normalise), per language and role: "houses", a house of
# parliament or its members; "upper" and "lower", those of them that name one house of two (a
# parliament's deputies may sit in either, a unicameral parliament's name says nothing); "heads", a head of state; "sign", signing; "law", a law or decree;
# "promulgate", promulgating; "exchange", the instruments of ratification exchanged or deposited.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "upper": (
            "senate",
            "senator",
            "federation council",
            "upper house",
            "house of lords",
            "bundesrat",
            "house of councillors",
        ),
        "lower": (
            "duma",
            "mazhilis",
            "majilis",
            "house of representatives",
            "lower house",
            "chamber of deputies",
            "sejm",
            "bundestag",
            "house of commons",
        ),
        "houses": (
            "parliament",
            "senate",
            "senator",
            "house of representatives",
            "lower house",
            "upper house",
            "national assembly",
            "congress",
            "lawmaker",
            "legislat",
            "mps",
            "deputies",
            "duma",
            "mazhilis",
            "majilis",
            "milli majlis",
            "milli mejlis",
            "verkhovna rada",
            "grand national assembly",
            "federation council",
            "sejm",
            "bundestag",
            "knesset",
            "chamber of deputies",
            "assembly",
            "oliy majlis",
            "jogorku kenesh",
            "storting",
            "riksdag",
            "folketing",
        ),
        "heads": ("president", "king ", "emir ", "head of state", "queen ", "monarch"),
        "sign": ("sign",),
        "law": ("law", "bill", "decree", "act "),
        "promulgate": ("promulgat",),
        "exchange": (
            "instruments of ratification",
            "instrument of ratification",
            "ratification instruments",
            "exchange of notes",
            "exchanged notes",
            "deposit",
        ),
    },
    "ru": {
        "upper": (
            "сенат",
            "совет федерации",
            "совета федерации",
            "советом федерации",
            "совфед",
            "верхн палат",
            "верхняя палата",
            "верхней палат",
        ),
        "lower": (
            "госдум",
            "дума",
            "думой",
            "думу",
            "думы",
            "мажилис",
            "нижн палат",
            "нижняя палата",
            "нижней палат",
            "сейм",
        ),
        "houses": (
            "парламент",
            "сенат",
            "депутат",
            "госдум",
            "дума",
            "думой",
            "думу",
            "мажилис",
            "меджлис",
            "верховн рад",
            "верховная рада",
            "совет федерации",
            "совфед",
            "национальн собрани",
            "национальное собрание",
            "жогорку кенеш",
            "олий мажлис",
            "законодател",
            "палат",
            "нижн",
            "верхн",
            "сейм",
            "кнессет",
            "конгресс",
        ),
        "heads": ("президент", "глава государства", "главы государства", "король", "эмир"),
        "sign": ("подписал", "подписан", "подпис"),
        "law": ("закон", "указ", "декрет"),
        "promulgate": ("обнародова", "промульг"),
        "exchange": ("ратификационн", "грамот", "обмен нот", "обменялись нот", "на хранение", "депозитар"),
    },
    "uk": {
        "upper": ("сенат",),
        "lower": ("сейм", "дума"),
        "houses": (
            "парламент",
            "верховна рада",
            "верховної ради",
            "верховною радою",
            "рада",
            "депутат",
            "сенат",
            "нардеп",
            "сейм",
            "конгрес",
        ),
        "heads": ("президент", "глава держави", "король"),
        "sign": ("підпис",),
        "law": ("закон", "указ"),
        "promulgate": ("промульг", "оприлюдн"),
        "exchange": ("ратифікаційн", "грамот", "обмін нот", "на зберігання", "депозитар"),
    },
    "az": {
        "upper": ("senat",),
        "lower": ("duma",),
        "houses": ("parlament", "milli məclis", "məclis", "deputat", "senat", "mäclis", "mərkəzi məclis"),
        "heads": ("prezident", "dövlət başçısı", "kral"),
        "sign": ("imzala", "imza"),
        "law": ("qanun", "fərman", "sərəncam"),
        "promulgate": (),
        "exchange": ("ratifikasiya sənəd", "ratifikasiya fərmanlar", "notalar", "depozitar", "mübadilə"),
    },
    "tr": {
        "upper": ("senato",),
        "lower": ("duma", "mazhilis"),
        "houses": ("meclis", "tbmm", "parlamento", "milletvekil", "senato", "kongre", "duma", "mazhilis", "mecilis"),
        "heads": ("cumhurbaşkan", "devlet başkan", "kral"),
        "sign": ("imzala", "imza"),
        "law": ("kanun", "yasa", "kararname"),
        "promulgate": (),
        "exchange": ("onay belge", "teati", "depozit"),
    },
    "kk": {
        "upper": ("сенат",),
        "lower": ("мәжіліс",),
        "houses": ("парламент", "мәжіліс", "сенат", "депутат", "палата"),
        "heads": ("президент", "мемлекет басшы"),
        "sign": ("қол қой", "қол қойды"),
        "law": ("заң", "жарлық"),
        "promulgate": (),
        "exchange": ("ратификациялық грамот", "грамот"),
    },
    "uz": {
        "upper": ("senat", "сенат"),
        "lower": ("qonunchilik palata",),
        "houses": (
            "parlament",
            "oliy majlis",
            "senat",
            "deputat",
            "qonunchilik palata",
            "палата",
            "сенат",
            "депутат",
            "парламент",
        ),
        "heads": ("prezident", "президент", "davlat rahbari"),
        "sign": ("imzola", "имзола", "imzo"),
        "law": ("qonun", "қонун", "farmon"),
        "promulgate": (),
        "exchange": ("ratifikatsiya yorliq", "yorliq"),
    },
    "ka": {
        "upper": ("სენატ",),
        "lower": (),
        "houses": ("პარლამენტ", "დეპუტატ", "სენატ", "კონგრეს"),
        "heads": ("პრეზიდენტ", "მეფე"),
        "sign": ("ხელი მოაწერა", "ხელს აწერ", "ხელმოწერ", "ხელი მოეწერა"),
        "law": ("კანონ", "ბრძანებულებ"),
        "promulgate": (),
        "exchange": ("სარატიფიკაციო სიგელ", "სიგელ"),
    },
    "hy": {
        "upper": (),
        "lower": (),
        "houses": ("խորհրդարան", "ազգային ժողով", "պատգամավոր", "ԱԺ", "աժ "),
        "heads": ("նախագահ",),
        "sign": ("ստորագր",),
        "law": ("օրենք", "հրամանագ"),
        "promulgate": (),
        "exchange": ("վավերագր",),
    },
    "ro": {
        "upper": ("senat",),
        "lower": ("camera deputa", "duma"),
        "houses": (
            "parlament",
            "senat",
            "camera deputa",
            "deputa",
            "legislativ",
            "rada supremă",
            "rada suprema",
            "duma",
        ),
        "heads": ("președint", "presedint", "președinte", "regele", "șeful statului"),
        "sign": ("semna", "semnat"),
        "law": ("lege", "legii", "decret"),
        "promulgate": ("promulg",),
        "exchange": ("instrumentele de ratificare", "instrumentelor de ratificare", "schimb de note", "depus"),
    },
    "pt": {
        "upper": ("senado", "senador"),
        "lower": ("câmara", "camara"),
        "houses": ("congresso", "câmara", "camara", "senado", "parlamento", "deputad", "assembleia", "senador"),
        "heads": ("president", "rei ", "chefe de estado"),
        "sign": ("assin", "sancion"),
        "law": ("lei", "decreto"),
        "promulgate": ("promulg",),
        "exchange": (
            "instrumentos de ratificação",
            "instrumento de ratificação",
            "troca de notas",
            "depósito",
            "depositad",
        ),
    },
    "es": {
        "upper": ("senado", "senador"),
        "lower": (
            "cámara de diputados",
            "camara de diputados",
            "cámara baja",
            "camara baja",
            "congreso de los diputados",
        ),
        "houses": ("congreso", "senado", "parlamento", "cámara", "camara", "diputad", "asamblea", "senador"),
        "heads": ("president", "rey ", "jefe de estado"),
        "sign": ("firm", "sancion"),
        "law": ("ley", "decreto"),
        "promulgate": ("promulg",),
        "exchange": (
            "instrumentos de ratificación",
            "instrumento de ratificación",
            "canje de notas",
            "depósito",
            "depositad",
            "canje",
        ),
    },
    "fr": {
        "upper": ("sénat", "senat", "sénateur"),
        "lower": ("douma", "chambre des députés"),
        "houses": (
            "parlement",
            "sénat",
            "senat",
            "assemblée",
            "assemblee",
            "député",
            "depute",
            "sénateur",
            "douma",
            "congrès",
            "chambre",
        ),
        "heads": ("président", "president", "roi ", "chef de l'état", "chef de l'etat"),
        "sign": ("sign",),
        "law": ("loi", "décret", "decret"),
        "promulgate": ("promulg",),
        "exchange": (
            "instruments de ratification",
            "instrument de ratification",
            "échange de notes",
            "dépôt",
            "déposé",
        ),
    },
    "de": {
        "upper": ("bundesrat", "senat", "oberhaus"),
        "lower": ("bundestag", "unterhaus", "duma", "sejm"),
        "houses": (
            "parlament",
            "bundestag",
            "bundesrat",
            "senat",
            "abgeordnet",
            "nationalrat",
            "kongress",
            "duma",
            "unterhaus",
            "oberhaus",
            "werchowna rada",
            "sejm",
            "knesset",
            "volksvertret",
        ),
        "heads": ("präsident", "prasident", "bundespräsident", "könig", "staatsoberhaupt", "staatschef"),
        "sign": ("unterzeichn", "unterschrieb", "unterschreib", "ausgefertigt", "ausfertig"),
        "law": ("gesetz", "dekret", "erlass"),
        "promulgate": ("verkündet", "verkündung"),
        "exchange": ("ratifikationsurkunde", "notenaustausch", "hinterleg"),
    },
    "it": {
        "upper": ("senato", "senator"),
        "lower": ("camera", "duma"),
        "houses": ("parlamento", "senato", "camera", "deputat", "senator", "duma", "congresso"),
        "heads": ("president", "re ", "capo dello stato"),
        "sign": ("firm",),
        "law": ("legge", "decreto"),
        "promulgate": ("promulg",),
        "exchange": ("strumenti di ratifica", "strumento di ratifica", "scambio di note", "deposit"),
    },
    "pl": {
        "upper": ("senat",),
        "lower": ("sejm", "duma"),
        "houses": ("sejm", "senat", "parlament", "posł", "posel", "senator", "duma", "kongres", "rada najwyższa"),
        "heads": ("prezydent", "król", "głowa państwa"),
        "sign": ("podpis",),
        "law": ("ustaw", "dekret"),
        "promulgate": (),
        "exchange": ("dokumenty ratyfikacyjne", "dokumentów ratyfikacyjnych", "wymian", "złożon", "zdeponow"),
    },
    "bg": {
        "upper": ("сенат",),
        "lower": ("дума",),
        "houses": (
            "парламент",
            "народно събрание",
            "народното събрание",
            "депутат",
            "сенат",
            "дума",
            "народни представители",
        ),
        "heads": ("президент", "държавен глава"),
        "sign": ("подпис",),
        "law": ("закон", "указ"),
        "promulgate": ("обнародва",),
        "exchange": ("ратификационни грамоти", "грамот", "размяна на ноти", "депозир"),
    },
    "sr": {
        "upper": ("сенат", "senat"),
        "lower": ("дума", "duma"),
        "houses": (
            "скупштин",
            "skupštin",
            "skupstin",
            "парламент",
            "parlament",
            "посланиц",
            "poslanic",
            "посланик",
            "poslanik",
            "сенат",
            "senat",
            "дума",
            "duma",
        ),
        "heads": ("председник", "predsednik", "predsjednik", "краљ", "kralj"),
        "sign": ("потпис", "potpis"),
        "law": ("закон", "zakon", "указ", "ukaz"),
        "promulgate": ("прогласи", "proglasi"),
        "exchange": ("ратификациони инструмент", "ratifikacioni instrument", "размен", "razmen", "депоно", "depono"),
    },
    "el": {
        "upper": ("γερουσ",),
        "lower": ("δούμα", "δουμα"),
        "houses": ("βουλή", "βουλη", "βουλευτ", "κοινοβούλ", "κοινοβουλ", "γερουσ", "δούμα", "δουμα"),
        "heads": ("πρόεδρο", "προεδρο", "πρόεδρος", "προεδρος", "βασιλι"),
        "sign": ("υπέγραψ", "υπεγραψ", "υπογραφ", "υπογρα"),
        "law": ("νόμο", "νομο", "διάταγμα", "διαταγμα"),
        "promulgate": ("εκδόθηκε", "δημοσιεύ"),
        "exchange": ("έγγραφα επικύρωσης", "εγγραφα επικυρωσης", "ανταλλαγή", "κατάθεση"),
    },
    "ar": {
        "upper": ("مجلس الشيوخ", "مجلس الأعيان", "مجلس المستشارين"),
        "lower": ("مجلس النواب", "الدوما"),
        "houses": (
            "البرلمان",
            "برلمان",
            "مجلس النواب",
            "مجلس الشعب",
            "مجلس الشيوخ",
            "مجلس الأمة",
            "مجلس الامة",
            "مجلس الشورى",
            "النواب",
            "الكونغرس",
            "الدوما",
        ),
        "heads": ("الرئيس", "رئيس الجمهورية", "الملك", "الأمير", "العاهل"),
        "sign": ("وقع", "توقيع", "يوقع"),
        "law": ("قانون", "مرسوم", "ظهير"),
        "promulgate": ("أصدر", "اصدر", "إصدار"),
        "exchange": ("وثائق التصديق", "تبادل وثائق", "إيداع", "تبادل المذكرات"),
    },
}


@lru_cache(maxsize=None)
def _patterns(lang: str) -> dict[str, Optional[re.Pattern[str]]]:
    """One regex per role of the language: any of its word beginnings, at a word's start."""
    words = WORDS.get(lang, {})
    return {
        role: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(lowercase(normalise(word))) for word in terms) + ")")
        if terms
        else None
        for role, terms in words.items()
    }


def _found(patterns: dict[str, Optional[re.Pattern[str]]], role: str, lowered: str) -> list[int]:
    """Where the role's words start in the lowered sentence."""
    pattern = patterns.get(role)
    return [match.start() for match in pattern.finditer(lowered)] if pattern is not None else []


def stage(sentence: str, lang: Optional[str]) -> Optional[str]:
    """The stage of ratification the sentence reports (EXCHANGE, SIGNATURE, VOTE) or None (see the module)."""
    if not sentence or not lang or lang not in WORDS:
        return None
    patterns = _patterns(lang)
    lowered = lowercase(normalise(sentence)) + " "
    if _found(patterns, "exchange", lowered):
        return EXCHANGE
    houses = _found(patterns, "houses", lowered)
    # "the president of the Senate" is the house's officer, not the head of state
    heads = [
        start
        for start in _found(patterns, "heads", lowered)
        if not any(start < house <= start + HOUSE_OFFICER for house in houses)
    ]
    laws, signs = _found(patterns, "law", lowered), _found(patterns, "sign", lowered)
    signed_law = any(abs(sign - law) <= NEAR for sign in signs for law in laws)
    if (_found(patterns, "promulgate", lowered) or signed_law) and (heads or not houses):
        return SIGNATURE
    if houses:
        upper, lower = _found(patterns, "upper", lowered), _found(patterns, "lower", lowered)
        if bool(upper) != bool(lower):
            return UPPER_VOTE if upper else LOWER_VOTE
        return VOTE
    return None


def compatible(first: Optional[str], second: Optional[str]) -> bool:
    """Whether two stages can be one step: equal, or either unknown, or a vote of a house not named."""
    return (
        first is None
        or second is None
        or first == second
        or (VOTE in (first, second) and first.startswith(VOTE) and second.startswith(VOTE))
    )
