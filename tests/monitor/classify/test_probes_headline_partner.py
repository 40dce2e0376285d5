"""Recall probes: a headline act that names one party takes its partner from the sentence that tells the same act
with both (issue 15; session s11, helper c1). Short articles written for these tests, headline and text.

A headline names one state ("Senate ratifies defence pact with Japan") and the lead tells the same act with both
("The Philippine Senate ... ratified the agreement with Japan"); a closing line names a third state ("a similar
agreement with Australia"). The headline's act is the lead's: its partner is the state named there, not the
story's most prominent other state by count, which a closing line can tie. The headline's act comes first in the
story, so it decided the main event's pair.

Each entry: (principle, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    (
        "headline names one party, the lead both, a third state closes",
        "Senate ratifies defence pact with Japan",
        "MANILA - The Philippine Senate on Wednesday ratified the reciprocal access agreement with Japan, clearing the way for joint training of the two countries' forces. Senators voted 19-0 in favour. Manila has a similar agreement with Australia and is negotiating one with France.",
        ("agreement_ratified", "JP PH"),
    ),
]

RU = [
    (
        "headline names one party, the lead both, a third state closes",
        "Госдума ратифицировала соглашение с Египтом",
        "Российские депутаты ратифицировали соглашение о военном сотрудничестве с Египтом. За закон проголосовали 400 депутатов. Подобное соглашение действует с Алжиром.",
        ("agreement_ratified", "EG RU"),
    ),
]

TR = [
    (
        "headline names one party, the lead both, a third state closes",
        "Meclis'ten Fas ile askeri anlaşmaya onay",
        "TBMM Genel Kurulu, Türkiye ile Fas arasındaki askeri çerçeve anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti. Benzer bir anlaşma Cezayir ile de imzalanmıştı.",
        ("agreement_ratified", "MA TR"),
    ),
]

PT = [
    (
        "headline names one party, the lead both, a third state closes",
        "Acordo com Angola assinado",
        "Os ministros da Defesa de Portugal e de Angola assinaram um acordo de cooperação técnico-militar. Um acordo semelhante foi assinado com Cabo Verde.",
        ("agreement_signed", "AO PT"),
    ),
]

test_en = probe_grid("en", EN)
test_ru = probe_grid("ru", RU)
test_tr = probe_grid("tr", TR)
test_pt = probe_grid("pt", PT)
