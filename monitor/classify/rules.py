"""The rules that read one sentence: which act it reports, whether it is defence, who the parties are.

Each rule is a small function over ``SentenceFacts``; nothing here knows a language, since every
language-specific word comes from the lexicons.
"""

from __future__ import annotations

import re
from typing import Optional

from monitor.classify.facts import DOCUMENTS, MODIFIER, SentenceFacts, StoryFacts

PLAN, AGREEMENT, RATIFIED, TALKS, EXERCISE = (
    "plan_signed", "agreement_signed", "agreement_ratified", "talks", "exercise")


def act_kind(sentence: SentenceFacts, year_bound: bool) -> Optional[str]:
    """The signing/ratifying act a sentence reports, or None.

    A plan, or a programme bound to a year or a span of years ("for 2023", "for 2026-2030": a plan
    under another name, SCHEMA.md), signed or approved is ``plan_signed``; an agreement, memorandum,
    protocol or a programme bound to no year is ``agreement_signed``; ratification words, or an
    approval by a parliament/president/government, make ``agreement_ratified``. A sentence that names an
    agreement before a plan ("signed an agreement on military cooperation and the plan for 2026") reports
    the agreement first: the document told first is the main one.
    """
    documents = any(sentence.has(name) for name in
                    ("plan_nouns", "programme_nouns", "agreement_nouns", "generic_doc_nouns"))
    acted = sentence.has("sign") or sentence.has("approve")
    if sentence.has("ratify") and (documents or sentence.has("authority")) \
            and (acted or MODIFIER in sentence.spans or ratified_by_verb(sentence)
                 or ratification_law_in_force(sentence)) and not _plan_in_force_by_signing(sentence):
        return None if ratification_step(sentence) else RATIFIED
    if not acted or not documents:
        return None
    if negotiations_approved(sentence) or law_on_another_matter(sentence):
        return None
    if sentence.has("approve") and not _signs_as_act(sentence) \
            and not sentence.has("plan_nouns") and not sentence.has("programme_nouns"):
        if sentence.has("authority"):
            return None if ratification_step(sentence) else RATIFIED
        if ratification_step(sentence):
            # "the defence committee approved the agreement with Romania", no parliament named: a committee's
            # approval is a step on the way to ratification, never the agreement's signing.
            return None
    if agreement_approved_by_no_one_named(sentence):
        return None if ratification_step(sentence) else RATIFIED
    plans = sentence.cues.get("plan_nouns", []) + (sentence.cues.get("programme_nouns", []) if year_bound else [])
    if plans and min(sentence.cues.get("agreement_nouns", [len(sentence.lowered)])) < min(plans):
        return AGREEMENT
    if sentence.has("plan_nouns"):
        return PLAN
    if sentence.has("programme_nouns"):
        return PLAN if year_bound else AGREEMENT
    return AGREEMENT


def agreement_approved_by_no_one_named(sentence: SentenceFacts) -> bool:
    """True when an agreement (not a plan or programme) is approved in the passive with nobody named who
    approves or signs it ("A new memorandum on military cooperation between A and B has been approved",
    "Меморандум ... одобрен", "mutabakat muhtırası onaylandı"): defence officials sign an agreement, and
    approve only plans and programmes ("the ministers approved the plan for 2027"); an agreement that is
    approved, with no signing told, is approved by an authority, its ratification (SCHEMA.md). A defence
    official named in the sentence may be the one who approved it (as a signatory), so it is left to the
    other rules, as is a sentence that signs."""
    return sentence.has("passive_approval") and sentence.has("agreement_nouns") \
        and not sentence.has("plan_nouns") and not sentence.has("programme_nouns") \
        and not sentence.has("defence_actor") and not _signs_as_act(sentence)


# How far from the ratification's noun the law that carries it stands ("Закон о ратификации", "ratifikatsiya qilish
# haqidagi qonun", "վավերացման մասին օրենքն").
LAW_OF_RATIFICATION_CHARS = 30


def ratification_law_in_force(sentence: SentenceFacts) -> bool:
    """True when a ratification law is told published or in force (``law_in_force``: "Закон о ратификации
    соглашения ... опубликован", "Закон про ратифікацію угоди ... набрав чинності", "Ustawa o ratyfikacji umowy
    ... została opublikowana"): the law exists, so the house voted and the head of state signed it (SCHEMA.md: a
    ratification law is agreement_ratified). The law (``authority``) must stand right beside the ratification's
    noun, before it or after it: an agreement that merely enters into force is no event."""
    if not sentence.has("law_in_force"):
        return False
    return any(abs(law - ratify) <= LAW_OF_RATIFICATION_CHARS
               for law in sentence.cues.get("authority", []) for ratify in sentence.cues.get("ratify", []))


def _plan_in_force_by_signing(sentence: SentenceFacts) -> bool:
    """True when the sentence signs a plan and no agreement, with no authority (parliament, president,
    government) to approve it: its words of ratifying tell the plan in force by that signing ("plan imzalanarak
    yürürlüğe girdi"), the signing is the act (plans are signed by the defence establishments, not ratified)."""
    return sentence.has("sign") and sentence.has("plan_nouns") and not sentence.has("agreement_nouns") \
        and not sentence.has("authority")


def negotiations_approved(sentence: SentenceFacts) -> bool:
    """True when what the sentence approves is negotiations, not an agreement: a government approving a
    negotiating mandate or position, or the start of talks on an agreement ("одобри позиция за
    преговори по споразумение", "схвалив проведення переговорів щодо угоди", "келіссөздер жүргізуді
    мақұлдады"). The agreement is not yet negotiated, let alone signed (SCHEMA.md: what precedes the
    signing is not an event). A sentence that signs or ratifies is left to those words."""
    return (sentence.has("negotiation") and sentence.has("approve") and not sentence.has("ratify")
            and not _signs_as_act(sentence) and not _approves_a_document(sentence))


# How far from an approval word its object stands ("утвердили план", "planı onayladı"; German puts the subject
# between: "billigten die Verteidigungsminister ... den Plan").
APPROVED_OBJECT_CHARS = 60
_DOCUMENT_NOUNS = ("plan_nouns", "programme_nouns", "agreement_nouns")


def _approves_a_document(sentence: SentenceFacts) -> bool:
    """True when the object nearest an approval word, right after it or right before it (the object-first
    languages), is a plan, programme or agreement, not negotiations: talks named elsewhere in the sentence
    are then its occasion ("В ходе переговоров министры утвердили план ...", "during the talks they approved
    the plan"), while "approved the start of negotiations on the agreement" approves the negotiations."""
    documents = [span for name in _DOCUMENT_NOUNS for span in sentence.spans.get(name, [])]
    talks = sentence.spans.get("negotiation", [])
    for start, end in sentence.spans.get("approve", []):
        after = [(low, "document") for low, _ in documents if 0 <= low - end <= APPROVED_OBJECT_CHARS] + \
            [(low, "talks") for low, _ in talks if 0 <= low - end <= APPROVED_OBJECT_CHARS]
        before = [(-high, "document") for _, high in documents if 0 <= start - high <= APPROVED_OBJECT_CHARS] + \
            [(-high, "talks") for _, high in talks if 0 <= start - high <= APPROVED_OBJECT_CHARS]
        if any(min(side)[1] == "document" for side in (after, before) if side):
            return True
    return False


def law_on_another_matter(sentence: SentenceFacts) -> bool:
    """True when what is approved or signed is a law on another matter, amendments or a budget
    (``other_law``), named between the act and the first document ("the Duma passed amendments to the
    defence law related to the agreement with Belarus", "the president signed the law on amendments to the
    defence law, related to the agreement"): the agreement is only what that law touches. A signing must
    name the law itself before the amendments ("signed amendments to the agreement" signs an amending
    document). A ratification verb ("ratified the protocol amending the agreement"), or a document named
    before the amendments, leaves the act to the other rules."""
    others = sentence.cues.get("other_law", [])
    acts = sorted(sentence.cues.get("approve", []) + sentence.cues.get("sign", []))
    if not others or not acts or sentence.has("ratify"):
        return False
    act = acts[0]
    documents = [position for name in DOCUMENTS for position in sentence.cues.get(name, []) if position > act]
    if not documents:
        return False
    between = [position for position in others if act < position < min(documents)]
    if not between:
        return False
    if act in sentence.cues.get("approve", []):
        return True
    return any(act < position < min(between) for position in sentence.cues.get("authority", []))


def ratification_step(sentence: SentenceFacts) -> bool:
    """True when the approval the sentence tells is a step on the way to ratification, not the act: a
    parliament's committee recommends or approves it, or a chamber passes it in a first reading
    ("the defence committee recommended ratifying", "принята в первом чтении", "komisyonda kabul
    edildi"); the plenary's vote, the president's signature or the decree is still to come (SCHEMA.md:
    a step in the ratification process is not an approval by parliament, government or president).
    A step word well after the act ("ratified the agreement the committee had backed") tells of
    something else. Where the verb closes the clause (Turkish, Azerbaijani: "the approval bill was adopted
    in the committee"), the body named just before the verb of approval is the one that adopted it."""
    if submitted_unapproved(sentence):
        return True
    stages = sentence.cues.get("stage", [])
    if not stages:
        return False
    reach = act_reach(sentence)
    if any(position <= reach for position in stages):
        return True
    approvals = sentence.cues.get("approve", [])
    if any(0 < approval - position <= ACT_REACH for approval in approvals for position in stages):
        return True
    # the step told right after its verb, in the same clause ("the bill ... passed its first reading in the Senate")
    return any(0 < position - approval <= STEP_AFTER_APPROVAL and not _STEP_BREAK.search(sentence.lowered[approval:position])
               for approval in approvals for position in stages)


# How far after a verb of approval the step it names may stand ("passed its first reading", "approved in the first
# reading"), and what ends that verb's clause before it.
STEP_AFTER_APPROVAL = 25
_STEP_BREAK = re.compile(r"[,;:()]")


def submitted_unapproved(sentence: SentenceFacts) -> bool:
    """True when a bill on ratification is only submitted, tabled or sent to parliament (``submission``)
    and nobody in the sentence approves it ("the president submitted to the Verkhovna Rada a bill on
    ratifying the agreement", "Президент внёс в Госдуму законопроект о ратификации"): the vote is still to
    come. A government that approves the agreement and sends it to parliament approves it (SCHEMA.md:
    "government approves"; dev's labels), so a word of approval leaves the act to the other rules."""
    submissions = sentence.cues.get("submission", [])
    if not submissions or sentence.has("approve"):
        return False
    reach = act_reach(sentence)
    return any(position <= reach for position in submissions)


def _signs_as_act(sentence: SentenceFacts) -> bool:
    """True when a signing word of the sentence is a verb of its own, not only an attributive
    participle of the document approved ("approved the signed agreement", "imzalanmış sazişi təsdiq
    edib", "одобри подписаното споразумение"): approving an agreement already signed is its
    ratification (SCHEMA.md)."""
    return any(not attributive_signing(sentence, position) for position in sentence.cues.get("sign", []))


def attributive_signing(sentence: SentenceFacts, position: int) -> bool:
    """True when the signing word at ``position`` describes a document rather than telling the
    sentence's act: it stands within a ``signed_attr`` match, a participle before or after the
    document's noun ("the signed agreement", "imzalanmış saziş") or a relative clause on it ("the
    agreement, which was signed in April, ...", "соглашение, которое было подписано в апреле")."""
    return any(start <= position < end for start, end in sentence.spans.get("signed_attr", []))


def ratified_by_verb(sentence: SentenceFacts) -> bool:
    """True when a ratification word is a verb ("ratified"), not only the procedure's noun
    ("the Duma will debate the ratification", "ratification will give a legal basis"). The noun
    reports the act only beside a verb of approval ("approved sending it for ratification")."""
    nouns = set(sentence.cues.get("ratify_noun", []))
    return any(position not in nouns for position in sentence.cues["ratify"])


DOCUMENT_CATEGORIES = DOCUMENTS


def year_of_document(sentence: SentenceFacts, years: list[tuple[int, int]], category: str) -> Optional[int]:
    """The plan year that belongs to the document named by ``category``: the nearest year phrase
    with no other kind of document named between them ("plan for the current year and a
    programme for 2026-2030" gives the plan no year)."""
    nouns = sentence.cues.get(category, [])
    others = [position for name in DOCUMENT_CATEGORIES if name != category
              for position in sentence.cues.get(name, [])]
    best: Optional[tuple[int, int]] = None
    for noun in nouns:
        for position, year in years:
            low, high = sorted((noun, position))
            if any(low < other < high for other in others):
                continue
            distance = high - low
            if best is None or distance < best[0]:
                best = (distance, year)
    return best[1] if best else None


def names_one_state_and_a_non_state(sentence: SentenceFacts) -> bool:
    """"between the Ministry of Defence of Armenia and KNDS": one state and a party that is not one."""
    return sentence.has("between") and len(unique(sentence.states)) == 1 and not sentence.has("bilateral")


def only_generic_document(sentence: SentenceFacts) -> bool:
    """True when the act's only document word is "document(s)": weaker than a named plan/agreement."""
    return sentence.has("generic_doc_nouns") and not any(
        sentence.has(name) for name in ("plan_nouns", "programme_nouns", "agreement_nouns"))


def announced_not_done(sentence: SentenceFacts, ignore: str = "", nouns_listed: bool = False) -> bool:
    """True when a future/proposal/modal word governs the act ("to be signed", "предложили").

    Future words that are also ``ignore`` cues do not count; with ``nouns_listed`` (the language lists
    the nouns of that category, ``meeting_noun``), only those that are also its nouns. When the act is only named as a noun
    ("the signing"), a future word in its clause governs it. A draft is not yet an act ("initialled
    the draft agreement", "the government approved the draft agreement": an authorisation to sign),
    except the draft of a law (a ratification law, "проект закона «Об утверждении соглашения»"):
    adopting it is the ratification. A draft word right before a document's name makes the document
    a draft wherever the verb stands (Arabic puts the verb first and its subject between: "وافق مجلس
    الوزراء المصري على مشروع اتفاقية").
    """
    future = list(sentence.cues.get("future", []))
    if ignore:
        # "negotiations" announce a signing, but for talks they are the event itself; a meeting verb in
        # the future tense ("se reunirán", "incontreranno", "spotkają się") is still to come. A language
        # that lists its meeting nouns ignores only those.
        ignored = sentence.cues.get(f"{ignore}_noun", []) if nouns_listed else sentence.cues.get(ignore, [])
        future = [position for position in future if position not in ignored]
    if present_for_a_coming_day(sentence) or _document_act_to_come(sentence, future):
        return True
    if sentence.has("draft") and not sentence.has("draft_law"):
        if _draft_of_the_document(sentence):
            # "صادق الرئيس على مشروع اتفاقية": even a word of approval that can also ratify approves the
            # draft named right beside the document, an authorisation to sign (only a draft *law*
            # adopted is the ratification).
            return True
        if not sentence.has("ratify"):
            if _drafted_document(sentence):
                return True
            future += sentence.cues["draft"]
    if not future:
        return False
    acts = (sentence.cues.get("sign", []) + sentence.cues.get("approve", [])
            + sentence.cues.get("ratify", []))
    if not acts:
        return True
    nouns = sentence.cues.get("act_noun", [])
    first_act = min(acts)
    if all(position in nouns for position in acts):
        # "The signing of the plan will take place on Monday": a noun has no tense of its own; the
        # verb of its clause, a little further on, gives it.
        return any(position < first_act + NOUN_CLAUSE_CHARS for position in future)
    return any(position < first_act + 25 and not _own_clause(sentence, position, first_act)
               and not _documents_own_clause(sentence, first_act, position) for position in future)


def meeting_named_only(sentence: SentenceFacts) -> bool:
    """True when every meeting word of the sentence is a noun ("the visit is part of ...", "la visita si
    inserisce ..."): a noun has no tense of its own, the meeting it names is the one the story told."""
    nouns = set(sentence.cues.get("meeting_noun", []))
    return bool(nouns) and all(position in nouns for position in sentence.cues.get("meeting", []))


def _documents_own_clause(sentence: SentenceFacts, act: int, future: int) -> bool:
    """True when a future word follows the act and its object, a document named between them ("signed
    a pact that will deepen their cooperation", "signed an MoU, which will expand ..."): it tells what
    the document will do, not whether it was signed."""
    return act < future and any(act < position < future for name in DOCUMENT_CATEGORIES
                                for position in sentence.cues.get(name, []))


def told_as_done(sentence: SentenceFacts, category: str) -> bool:
    """True when a verb of ``category`` that tells the event as done or under way stands with no future
    word shortly before it ("will have met"): a meeting in the past (``met``: "met", "held talks",
    "провели переговоры", "görüştü") took place, an exercise begun (``under_way``: "began",
    "начались", "başladı") is under way, whatever a later clause announces ("... and agreed to hold
    joint exercises next year", "... which will last until 5 May"). A language without such cues
    keeps reading the whole sentence's tense."""
    future = sentence.cues.get("future", [])
    return any(not _after_future(position, future) for position in sentence.cues.get(category, []))


# The cues of verbs other than the act's that a future word may govern.
OTHER_VERBS = ("meeting", "conduct", "start")


def _own_clause(sentence: SentenceFacts, future: int, act: int) -> bool:
    """True when a future word before the act governs a verb of its own in a clause a comma closes
    before the act ("the ministers, who will meet again in spring, signed the plan")."""
    if future >= act:
        return False
    comma = sentence.lowered.rfind(",", future, act)
    return comma >= 0 and any(future < position < comma for name in OTHER_VERBS
                              for position in sentence.cues.get(name, []))


DRAFT_REACH = 20


def present_for_a_coming_day(sentence: SentenceFacts) -> bool:
    """True when the act is in the present tense and the sentence names a day ahead or a weekday
    ("the ministers sign the plan on Monday", "signs a memorandum tomorrow"): a programme of the
    days to come, not a report. (A headline's present for a past act names no coming day.)"""
    if not sentence.has("present") or sentence.has("today"):
        return False
    weekday = any(isinstance(mention.value, tuple) and mention.value[0] == "weekday"
                  for mention in sentence.dates)
    return weekday or sentence.has("coming")


def exercise_on_a_coming_day(sentence: SentenceFacts) -> bool:
    """True when an exercise's sentence names a day ahead (``coming``: "tomorrow", "next week", "завтра",
    "sabah", "ხვალ") and no "today", and every verb that tells it under way follows such a day in its clause
    ("Совместные учения начинаются завтра", "birgə təlimi sabah Naxçıvanda başlayır", "begins tomorrow"): it
    is still to come. An exercise told under way before the day ahead ("began on Monday and ends next week",
    "проходят ... и завершатся на следующей неделе") is held."""
    coming = sentence.cues.get("coming", [])
    if not coming or sentence.has("today") or sentence.has("yesterday"):
        return False
    text = sentence.lowered
    return all(any(day < verb and "," not in text[day:verb] for day in coming)
               for verb in sentence.cues.get("under_way", []))


# How near an act verb in the present a habit word stands to make it a habit ("every year the two ministries sign";
# "Всяка година министерствата на отбраната на България и Гърция подписват": a long subject between).
HABIT_ACT_CHARS = 90


def act_as_a_habit(sentence: SentenceFacts) -> bool:
    """True when an act verb in the present tense is told as a habit by a word of its clause (``habitual``:
    "every year the two ministries sign a plan", "каждый год министерства подписывают план", "her yıl plan
    imzalıyor"): what the states do year after year (an analysis, a background), not an act done on a day.
    A present verb with no such word is a headline's present and stays the act (and so does a headline's, even
    with one: ``detect._act`` asks this of prose only)."""
    text = sentence.lowered
    return any(abs(act - habit) <= HABIT_ACT_CHARS and not any(mark in text[min(act, habit):max(act, habit)] for mark in ",;")
               for act in sentence.cues.get("present", []) for habit in sentence.cues.get("habitual", []))


# How far before the act word governing a document a future word makes that act a future one ("to
# sign", "is set to sign", "will sign").
FUTURE_BEFORE_ACT = 15


def _document_act_to_come(sentence: SentenceFacts, future: list[int]) -> bool:
    """True when the act that governs the sentence's first document is still to come, whatever act
    the sentence reports first: the act or future word nearest before the document is a future or
    an infinitive ("the president signed a decree allowing the minister to sign the memorandum",
    "указ, разрешающий подписать соглашение"); or the sentence's act is an approval and every
    signing it names is still to come ("approved the agreement, which the ministers are to sign":
    an authorisation to sign, SCHEMA.md)."""
    if not future:
        return False
    acts = sorted(sentence.cues.get("sign", []) + sentence.cues.get("approve", [])
                  + sentence.cues.get("ratify", []))
    if not acts:
        return False
    signs = sentence.cues.get("sign", [])
    if sentence.has("approve") and signs and not sentence.has("ratify") and \
            all(_after_future(sign, future) for sign in signs):
        return True
    documents = sorted(position for name in DOCUMENT_CATEGORIES for position in sentence.cues.get(name, [])
                       if position > acts[0])
    if not documents:
        return False
    governing = max(word for word in acts + future if word < documents[0])
    return _after_future(governing, future)


def _after_future(word: int, future: list[int]) -> bool:
    """True when ``word`` is a future word or follows one closely ("to sign", "will sign")."""
    return any(word - FUTURE_BEFORE_ACT <= position <= word for position in future)


def _drafted_document(sentence: SentenceFacts) -> bool:
    """True when a draft word stands right before a document's name ("draft agreement", "projet
    d'accord", "مشروع اتفاقية")."""
    documents = [position for name in DOCUMENT_CATEGORIES for position in sentence.cues.get(name, [])]
    return any(0 < document - draft <= DRAFT_REACH
               for draft in sentence.cues["draft"] for document in documents)


# What may stand between a draft word and the document it drafts ("projet d'accord", "draft of the plan").
_DRAFT_LINK = re.compile(r"\W*(?:\w{1,2}\W+){0,2}")


def _draft_of_the_document(sentence: SentenceFacts) -> bool:
    """True when a draft word and a document's name stand side by side, whichever comes first ("مشروع
    اتفاقية", "draft agreement", and, where the possessor comes first, "შეთანხმების პროექტი", the
    agreement's draft): the document is a draft, not yet signed. At most two short words between them."""
    drafts = sentence.spans.get("draft", [])
    documents = [span for name in DOCUMENT_CATEGORIES for span in sentence.spans.get(name, [])]
    for draft_start, draft_end in drafts:
        for start, end in documents:
            low, high = (draft_end, start) if draft_end <= start else (end, draft_start)
            if 0 <= high - low and _DRAFT_LINK.fullmatch(sentence.lowered[low:high]):
                return True
    return False


# How far after an act named as a noun the verb that gives it its tense may stand.
NOUN_CLAUSE_CHARS = 120

ACT_REACH = 40


def act_reach(sentence: SentenceFacts) -> int:
    """How far into the sentence words still qualify its act: up to a little after the first act word."""
    acts = (sentence.cues.get("ratify", []) + sentence.cues.get("sign", []) + sentence.cues.get("approve", [])
            + sentence.cues.get("conduct", []) + sentence.cues.get("meeting", []))
    return (min(acts) + ACT_REACH) if acts else len(sentence.lowered)


def is_defence(sentence: SentenceFacts, story: StoryFacts, defence_article: bool) -> bool:
    """Defence cooperation, not trade/energy/police/border/emergency/education/sport cooperation, nor
    arms control or an arms purchase.

    A civilian actor (border service, interior ministry, foreign ministry...) rules a sentence out
    unless a defence actor is also named; a civilian topic rules it out unless defence words are
    there; a sentence with neither leans on the article as a whole.
    """
    if sentence.has("arms_control") or sentence.has("purchase"):
        # Limiting arms between rivals, or buying them, is no cooperation act.
        return False
    defence_actor = sentence.has("defence_actor")
    defence = defence_actor or sentence.has("defence_topic")
    if sentence.has("civil_actor") and not defence_actor and not _civil_actors_only_report(sentence):
        return False
    if sentence.has("civil_topic") and not defence:
        return False
    return defence or defence_article


# How far before a verb of saying the body it follows may begin (", the Indian foreign ministry said"), and how long
# the words between the comma and the body may be ("the Indian").
ATTRIBUTION_CHARS = 40
ATTRIBUTION_LEAD_CHARS = 25
_ACT_AND_MEETING_CUES = ("sign", "approve", "ratify", "meeting", "exercise")


def _civil_actors_only_report(sentence: SentenceFacts) -> bool:
    """True when every civil body the sentence names is only the source of its report, in an attribution after the act
    (", the Indian foreign ministry said": a verb of saying right after it, a comma just before it, the act and any
    meeting before that comma): the body tells of the act and does not do it ("India and the Philippines signed an
    agreement to step up defence cooperation, the Indian foreign ministry said")."""
    text = sentence.lowered
    said = sentence.cues.get("reporting", [])
    acts = [position for name in _ACT_AND_MEETING_CUES for position in sentence.cues.get(name, [])]
    if not said or not acts:
        return False
    for actor in sentence.cues.get("civil_actor", []):
        comma = text.rfind(",", 0, actor)
        if comma < 0 or actor - comma > ATTRIBUTION_LEAD_CHARS or any(position > comma for position in acts) \
                or not any(actor < position <= actor + ATTRIBUTION_CHARS for position in said):
            return False
    return True


def multilateral_sentence(sentence: SentenceFacts) -> bool:
    """A trilateral/bloc frame in the sentence, unless the act is bilateral "on the sidelines" or one
    state's acts with several (``hub_and_spokes``)."""
    framed = sentence.has("multilateral") or bool(sentence.blocs)
    if not framed:
        return len(set(sentence.states)) >= 3 and not sentence.has("bilateral") and not hub_and_spokes(sentence) \
            and pair_before_event(sentence) is None
    if not sentence.has("multilateral") and sentence.has("counterpart") and len(set(sentence.states)) == 2:
        # "met his Turkish counterpart during the NATO ministers' meeting": a counterpart is the other
        # state's official, and the bloc's gathering the occasion, as on its sidelines.
        return False
    return not sentence.has("sidelines") or bloc_between(sentence)


# The cues that tell a sentence's event: an act, an exercise, a meeting.
_EVENT_WORDS = ("sign", "approve", "ratify", "exercise", "meeting")


def pair_before_event(sentence: SentenceFacts) -> Optional[tuple[str, str]]:
    """The two states a sentence names as one pair before its event word, when the others it names
    come after it, none of them as a partner ("with Georgia"): the pair acts,
    the others are context ("Belarus and Russia signed the plan ..., noting threats from Poland and
    Lithuania"; "Türkiye ile Azerbaycan'ın ortak tatbikatına Gürcistan'dan gözlemciler katıldı").
    None for a trilateral list, one state acting with several, or an event word before the pair."""
    # an act's own verb places it when there is one ("... bilan bo'lib o'tgan uchrashuv yakunida ...
    # rejalar imzolandi": the meeting noun is not the act)
    events = [position for name in _EVENT_WORDS[:3] for position in sentence.cues.get(name, [])] or \
        [position for name in _EVENT_WORDS[3:] for position in sentence.cues.get(name, [])]
    if not events or len(unique(sentence.states)) < 3:
        return None
    first = min(events)
    mentions = sorted(zip(sentence.state_starts, sentence.states))
    before = [(start, code) for start, code in mentions if start < first]
    after = [(start, code) for start, code in mentions if start > first]
    pair = unique([code for _, code in before])
    after = [(start, code) for start, code in after if code not in pair]
    if len(pair) != 2 or not after:
        return None
    if not (_listed_pair(_Only(sentence, before)) or sentence.has("between")):
        return None
    # a partner: "with" before it, or after it in the languages that put it last ("... vazirligi bilan")
    partners = partner_withs(sentence)
    if any(0 < start - position <= WITH_FIRST_CHARS or 0 < position - start <= PARTNER_AFTER_CHARS
           for start, _ in after for position in partners):
        return None
    return (pair[0], pair[1]) if pair[0] < pair[1] else (pair[1], pair[0])


# How far after a state a postposed "with" makes it a partner ("O'zbekiston mudofaa vazirligi bilan").
PARTNER_AFTER_CHARS = 40


class _Only:
    """A sentence seen with only some of its state mentions (for ``_listed_pair``)."""

    def __init__(self, sentence: SentenceFacts, mentions: list[tuple[int, str]]) -> None:
        self.lowered = sentence.lowered
        self.text = sentence.text
        self.cues = sentence.cues
        self.state_starts = [start for start, _ in mentions]
        self.states = [code for _, code in mentions]


# How near a "between" a bloc stands to be one of the two it names ("between Azerbaijan and NATO",
# "Azərbaycan ilə NATO arasında").
BETWEEN_CHARS = 40
# How near a state a bloc stands to be paired with it ("Azerbaijan and NATO").
PAIR_CHARS = 20


def bloc_between(sentence: SentenceFacts) -> bool:
    """True when a bloc is one of the two sides a "between" names, paired with a state: the
    sentence's pair includes it, whatever framework ("within the NATO days") it also names, while
    "on the sidelines of the NATO summit, talks between Azerbaijan and Turkey" stays bilateral."""
    return any(abs(bloc - between) <= BETWEEN_CHARS and
               any(abs(bloc - state) <= PAIR_CHARS for state in sentence.state_starts)
               for bloc in sentence.bloc_starts for between in sentence.cues.get("between", []))


def document_pairs(sentence: SentenceFacts) -> list[tuple[tuple[str, str], str]]:
    """((state, state), document category) for each document of a multilateral act that names two
    states of its own ("the trilateral action plan of Greece, Cyprus and Israel and the Greece-Israel
    defence cooperation programme were signed": the programme is a bilateral act of its own). A
    document's own stretch runs from its noun to the next document noun or act word; it names a pair
    when it names two states and no bloc or multilateral word."""
    documents = sorted((position, name) for name in DOCUMENT_CATEGORIES for position in sentence.cues.get(name, []))
    if len(documents) < 2:
        return []
    bounds = sorted(position for name in DOCUMENT_CATEGORIES + ("sign", "approve", "ratify", "multilateral")
                    for position in sentence.cues.get(name, []))
    pairs = []
    for start, name in documents:
        end = min([bound for bound in bounds if bound > start], default=len(sentence.lowered))
        own = unique([code for code, at in zip(sentence.states, sentence.state_starts) if start < at < end])
        if len(own) == 2 and not any(start < at < end for at in sentence.bloc_starts):
            pairs.append((tuple(sorted(own)), name))
    return pairs


EVENT_CUES = ("sign", "approve", "ratify", "meeting", "exercise")


def hub_and_spokes(sentence: SentenceFacts) -> Optional[list[tuple[str, str]]]:
    """The pairs of an act one state does with several others, each a bilateral act: one state named
    before the act word (or before a "with") and two or more after it ("Belarus approved plans with
    Kazakhstan and Kyrgyzstan"), or a bilateral act naming three states ("bilateral plans of
    Belarus with ..."). None for a trilateral or bloc frame ("a trilateral memorandum"), unless on
    its sidelines."""
    named = unique(sentence.states)
    if len(named) < 3 or ((sentence.has("multilateral") or sentence.blocs) and not sentence.has("sidelines")):
        return None
    if pair_before_event(sentence) is not None:
        return None
    acts = sentence.cues.get("sign", []) + sentence.cues.get("approve", []) + sentence.cues.get("ratify", [])
    if not acts:
        return None
    first_act = min(acts)
    before = unique([code for code, start in zip(sentence.states, sentence.state_starts) if start < first_act])
    after = [code for code in unique([code for code, start in zip(sentence.states, sentence.state_starts)
                                      if start > first_act]) if code not in before]
    if len(before) == 1 and len(after) >= 2:
        hub, spokes = before[0], after
    elif (around := _around_with(sentence)) is not None:
        hub, spokes = around
    elif sentence.has("bilateral"):
        hub = _standing_alone(sentence) or named[0]
        spokes = [code for code in named if code != hub]
    else:
        return None
    return [tuple(sorted((hub, spoke))) for spoke in spokes]


# What may stand between two states of one list: a comma, a dash, a short word ("and", "va", "и") and the articles
# or articulated prepositions a language repeats before each name ("do Brasil e do Chile", "de la France et de
# l'Inde", "dell'Italia e della Grecia").
_LISTED = re.compile(r"\W*(?:(?:\w{1,3}|dell[aoe]|degli)\W+){0,3}")
# A state's name as written (with its apostrophes and hyphens: "qozog'iston").
_NAME = re.compile(r"[\w'-]*")


def _standing_alone(sentence: SentenceFacts) -> Optional[str]:
    """The one state not listed with another ("the plans of Azerbaijan and Belarus with Uzbekistan",
    "Ozarboyjon va Belarus ... O'zbekiston ... bilan"): the hub of a bilateral act with several, in
    whatever order the language names them. None when it is not exactly one."""
    mentions = sorted(zip(sentence.state_starts, sentence.states))
    listed: set[str] = set()
    for (start, code), (after, other) in zip(mentions, mentions[1:]):
        end = start + len(_NAME.match(sentence.lowered, start).group(0))
        if code != other and _LISTED.fullmatch(sentence.lowered[end:after]):
            listed |= {code, other}
    alone = [code for code in unique(sentence.states) if code not in listed]
    return alone[0] if len(alone) == 1 else None


# How close after a "with" its list of partners starts, and how long it may run.
WITH_FIRST_CHARS = 25
WITH_LIST_CHARS = 80


def _around_with(sentence: SentenceFacts) -> Optional[tuple[str, list[str]]]:
    """(hub, partners) when one state is named before a "with" and a list of two or more right after
    it ("ratified the agreements of Russia with Cuba and Togo")."""
    pairs = list(zip(sentence.states, sentence.state_starts))
    for position in partner_withs(sentence):
        before = unique([code for code, start in pairs if start < position])
        listed = [(code, start) for code, start in pairs if position < start <= position + WITH_LIST_CHARS]
        if not listed or listed[0][1] > position + WITH_FIRST_CHARS:
            continue
        after = [code for code in unique([code for code, _ in listed]) if code not in before]
        if len(before) == 1 and len(after) >= 2:
            return before[0], after
    return None


def partner_withs(sentence: SentenceFacts) -> list[int]:
    """The sentence's "with" words that may name a partner: not those inside a frame phrase ("in line
    with NATO standards", "in accordance with the plan", "в соответствии с"), which name a norm or a
    document, not someone the act is done with."""
    withs = sentence.cues.get("with", [])
    frames = sentence.spans.get("frame", [])
    if not frames:
        return withs
    return [position for position in withs if not any(start <= position < end for start, end in frames)]


# How close after an exercise word a "with" names its partner ("drills with the US Army").
WITH_PARTNER_CHARS = 20


def held_together(sentence: SentenceFacts) -> bool:
    """True when the sentence tells its exercise as the two states' own: a joint/bilateral word, a
    "between", the states listed as one pair ("Azerbaijani and Turkish troops", "Türkiye ile
    Azerbaycan"), or a "with" right after the exercise ("drills with Belarus"). One state's exercise
    told beside another state ("Armenia held exercises amid tensions with Azerbaijan") is not."""
    if sentence.has("joint") or sentence.has("bilateral") or sentence.has("between"):
        return True
    exercises = sentence.cues.get("exercise", [])
    if any(0 < position - exercise <= WITH_PARTNER_CHARS for exercise in exercises
           for position in partner_withs(sentence)):
        return True
    return _listed_pair(sentence) or _forces_joined_to_exercise(sentence)


def _forces_joined_to_exercise(sentence: SentenceFacts) -> bool:
    """True when a state's forces and a joining word stand right before the exercise, in a language that
    puts "with" after its noun ("fırkateyn, Cezayir Deniz Kuvvetleri ile Akdeniz'de geçiş eğitimi icra
    etti"): those forces are the partner the exercise is held with. The sentence must name a second state."""
    if len(set(sentence.states)) < 2:
        return False
    exercises = sentence.cues.get("exercise", [])
    for start in sentence.state_starts:
        end = start + len(_NAME.match(sentence.lowered, start).group(0))
        for joiner in sentence.cues.get("joiner", []):
            if end < joiner and _forces_joined_before(sentence, end, joiner) and \
                    any(0 < exercise - joiner <= WITH_PARTNER_CHARS for exercise in exercises):
                return True
    return False


def _forces_joined_before(sentence: SentenceFacts, end: int, joiner: int) -> bool:
    """True when the words between a state's name and a joining word are that state's forces (a defence
    body of at most ``FORCES_WORDS`` words)."""
    between = sentence.lowered[end:joiner]
    return len(between.split()) <= FORCES_WORDS and \
        any(end <= position < joiner for position in sentence.cues.get("defence_actor", []))


def state_name_at(sentence: SentenceFacts, start: int) -> str:
    """The word(s) of the state's name that starts at ``start`` in the sentence."""
    return _NAME.match(sentence.lowered, start).group(0)


def _listed_pair(sentence: SentenceFacts) -> bool:
    """True when two different states are named one right after the other, a comma, a dash or one
    short word between them ("Armenian and Greek", "Азербайджана и Турции"), or the first state's
    forces and a joining word ("the Turkish Navy and the Pakistan Navy", "Türk Deniz Kuvvetleri ile
    Pakistan Deniz Kuvvetleri")."""
    mentions = sorted(zip(sentence.state_starts, sentence.states))
    for (start, code), (after, other) in zip(mentions, mentions[1:]):
        end = start + len(_NAME.match(sentence.lowered, start).group(0))
        if code != other and (_LISTED.fullmatch(sentence.lowered[end:after]) or _forces_joined(sentence, end, after)
                              or _official_forms_joined(sentence, end, after)):
            return True
    return False


# How many words two states' official forms may put between their names ("the Republic of Azerbaijan and
# the Republic of Turkey": "and the Republic of").
OFFICIAL_WORDS = 6
_WORD = re.compile(r"[\w'’-]+")
_NOT_A_NAME = re.compile(r"[,;:()\"«»“”]")


def _official_forms_joined(sentence, end: int, after: int) -> bool:
    """True when two states are named in their official forms joined by one joining word ("the Republic of
    Azerbaijan and the Republic of Turkey", "Российской Федерации и Республики Беларусь", "Rossiya
    Federatsiyasi va O'zbekiston Respublikasi"): every other word between them is part of a name, written
    with a capital, or a short word of one ("the", "of"); no mark between them."""
    between = sentence.text[end:after]
    if _NOT_A_NAME.search(between):
        return False
    words = [(match.start() + end, match.group(0)) for match in _WORD.finditer(between)]
    if not 1 < len(words) <= OFFICIAL_WORDS + 1:
        return False
    joiners = [position for position in sentence.cues.get("joiner", []) if end <= position < after]
    lower = [(start, word) for start, word in words if not word[:1].isupper()]
    if joiners:
        # one joining word of the language's ("and", "и", "ve"), the rest names and their short words
        return len(joiners) == 1 and all(start == joiners[0] or len(word) <= 3 for start, word in lower)
    # a language whose joining words are not listed ("va", "та"): one short lowercase word, the rest names
    return len(lower) == 1 and len(lower[0][1]) <= 3


# How many words a side's forces may take between its state and the joining word ("Deniz Kuvvetleri
# Komutanlığı ile").
FORCES_WORDS = 4
# What may follow the joining word before the second state: an article ("and the Pakistan Navy").
_JOINED = re.compile(r"\w+\W+(?:\w{1,3}\W+)?")


def _forces_joined(sentence: SentenceFacts, end: int, after: int) -> bool:
    """True when the words between two states' names are the first one's forces, a defence body, and
    a joining word ("and", "with", "ile") right before the second: the two sides of one pair."""
    between = sentence.lowered[end:after]
    if len(between.split()) > FORCES_WORDS + 1 or \
            not any(end <= position < after for position in sentence.cues.get("defence_actor", [])):
        return False
    return any(end < position < after and _JOINED.fullmatch(sentence.lowered, position, after)
               for position in sentence.cues.get("joiner", []))


def multilateral_frame(sentence: SentenceFacts) -> bool:
    """A lead sentence that makes the whole story multilateral: a trilateral/bloc frame, or three
    states named around an act, a meeting or an exercise. A sentence that merely lists states as
    context ("Beijing praised the efforts of Russia and Belarus on Ukraine") frames nothing."""
    if not multilateral_sentence(sentence):
        return False
    if sentence.has("multilateral") or sentence.blocs:
        return True
    return any(sentence.has(cue) for cue in EVENT_CUES)


def unique(codes: list[str]) -> list[str]:
    seen: list[str] = []
    for code in codes:
        if code not in seen:
            seen.append(code)
    return seen


def ranked_states(story: StoryFacts, exclude: list[str]) -> list[str]:
    """States by prominence in the story (ties broken by code for determinism)."""
    return [code for code, weight in sorted(story.state_weight.items(), key=lambda item: (-item[1], item[0]))
            if code not in exclude and weight >= 1]


def nearby_states(story: StoryFacts, index: int, exclude: list[str]) -> list[str]:
    """States named in the two sentences before ``index`` (the antecedent of "the two sides")."""
    found: list[str] = []
    for sentence in story.sentences[max(0, index - 2):index][::-1]:
        for code in unique(sentence.states):
            if code not in exclude and code not in found:
                found.append(code)
    return found


def fill_pair(sentence: SentenceFacts, story: StoryFacts) -> Optional[tuple[str, ...]]:
    """Complete a pair of states from context when the sentence names fewer than two."""
    named = unique(sentence.states)
    if len(named) >= 2:
        return None
    ranked = ranked_states(story, named)
    needed = 2 - len(named)
    if len(ranked) < needed:
        return None
    return tuple(sorted(named + ranked[:needed]))


def article_states_and_blocs(story: StoryFacts) -> tuple[str, ...]:
    """Every state and bloc the story names: the parties of a multilateral event."""
    codes = {code for code, weight in story.state_weight.items() if weight >= 1} | story.blocs
    return tuple(sorted(codes))


def pick_two(named: list[str], story: StoryFacts, sentence: Optional[SentenceFacts] = None) -> tuple[str, ...]:
    """The pair the sentence names before its event (``pair_before_event``), else the two most
    prominent of several named states."""
    if sentence is not None and (pair := pair_before_event(sentence)) is not None:
        return pair
    ordered = sorted(named, key=lambda code: (-story.state_weight.get(code, 0), code))
    return tuple(sorted(ordered[:2]))


def signals(kind: str, named_both: bool, sentence: SentenceFacts, year: Optional[int],
            generic: bool) -> tuple[str, ...]:
    """What in the act's sentence speaks for the event (``confidence.py`` weighs them)."""
    found = [kind]
    found += ["both_named"] if named_both else []
    found += ["defence_actor"] if sentence.has("defence_actor") else []
    found += ["plan_year"] if year is not None and kind == PLAN else []
    found += ["bilateral_word"] if sentence.has("bilateral") else []
    found += ["generic_document"] if generic else []
    found += ["lead"] if sentence.index <= 1 else []
    found += ["headline"] if sentence.index == 0 else []
    found += ["act_verb"] if kind in (PLAN, AGREEMENT, RATIFIED) and act_as_verb(sentence) else []
    return tuple(found)


def act_as_verb(sentence: SentenceFacts) -> bool:
    """True when the act is told by a verb ("signed", "ratified"), not only named by a noun ("the
    signing ceremony"): a noun is as often a plan, a ceremony or a purchase as a deed done."""
    nouns = set(sentence.cues.get("act_noun", [])) | set(sentence.cues.get("ratify_noun", []))
    acts = sentence.cues.get("sign", []) + sentence.cues.get("approve", []) + sentence.cues.get("ratify", [])
    return any(position not in nouns for position in acts)


# The words that tell a ratification's own act, and those that tell the signing of the document it
# ratifies (a signing verb, a participle that describes the document, a relative clause on it).
_RATIFYING = ("ratify", "approve")
_SIGNING = ("sign", "signed_attr", MODIFIER)


def documents_own_time(sentence: SentenceFacts, start: int, end: int, signing: tuple[str, ...] = _SIGNING) -> bool:
    """True when a time word or year of a ratification's sentence, at ``start``-``end``, stands nearer to
    the signing of the ratified document than to the ratification's own word: "the agreement, which was
    signed last April, was approved by parliament on Wednesday", "ratified the pact signed in 2023",
    "geçen yıl imzalanan anlaşma Genel Kurulda kabul edildi", "соглашение, подписанное в прошлом году,
    ратифицировала Дума". A document is always signed before it is ratified: when it was signed dates
    the document, not the ratification (the story's news). A word as near the ratification's own word
    stays the ratification's ("ratified last year the agreement signed in 2019"). A year that is part of
    the document's name ("the 2023 military cooperation agreement", "соглашение 2023 года") is the
    document's too."""
    def nearest(categories: tuple[str, ...]) -> Optional[int]:
        distances = [max(0, start - span_end) if span_start < start else max(0, span_start - end)
                     for name in categories for span_start, span_end in sentence.spans.get(name, [])]
        return min(distances) if distances else None

    if _names_the_document(sentence, start, end) or _opens_a_describing_participle(sentence, start, end):
        return True
    nearest_signing = nearest(signing)
    if nearest_signing is None:
        return False
    ratifying = nearest(_RATIFYING)
    return ratifying is None or nearest_signing < ratifying


# How far before a participle that describes a document (``signed_attr``) a date may end and still open its phrase: a
# place between ("15-ин Փարիզում ստորագրված", "15-martda Ostonada imzolangan").
PARTICIPLE_PHRASE_CHARS = 30


def _opens_a_describing_participle(sentence: SentenceFacts, start: int, end: int) -> bool:
    """True when the time at ``start``-``end`` (or the date it is part of) is followed, within
    ``PARTICIPLE_PHRASE_CHARS`` and no comma or semicolon between, by a participle that describes a document: the
    languages that put a participle's words before it (hy, az, tr, kk, uz, ka) date the signing there, whatever the
    distance to the ratification's verb ("վավերացրեց 2025 թվականի մարտի 15-ին Փարիզում ստորագրված համաձայնագիրը",
    "ratifikasiya etdi 2025-ci il martın 15-də Ankarada imzalanmış sazişi")."""
    participles = sentence.spans.get("signed_attr", [])
    if not participles:
        return False
    for mention in sentence.dates:
        if mention.start <= start < mention.end:
            end = max(end, mention.end)
    text = sentence.lowered
    return any(0 <= begin - end <= PARTICIPLE_PHRASE_CHARS and not any(mark in text[end:begin] for mark in ",;")
               for begin, _ in participles)


# A year before a document's noun, a few words of its name between ("the 2023 military cooperation
# agreement"), or right after it, one short word between ("the agreement of 2023", "соглашение 2023 года").
_YEAR_BEFORE_NOUN = re.compile(r"\s+(?:[\w'-]+\s+){0,3}")
_YEAR_AFTER_NOUN = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+(?:\w{1,4}\s+)?")


def _names_the_document(sentence: SentenceFacts, start: int, end: int) -> bool:
    """True when the year at ``start``-``end`` is part of a document's name, right before or after its noun
    with nothing but the name's words between."""
    text = sentence.lowered
    if not text[start:end].isdigit():
        return False  # a year ("last year the agreement ..." is the ratification's time)
    for name in DOCUMENTS:
        for noun_start, noun_end in sentence.spans.get(name, []):
            if end <= noun_start and _YEAR_BEFORE_NOUN.fullmatch(text, end, noun_start):
                return True
            if noun_end <= start <= noun_end + 12 and _YEAR_AFTER_NOUN.fullmatch(text, noun_end, start):
                return True
    return False
