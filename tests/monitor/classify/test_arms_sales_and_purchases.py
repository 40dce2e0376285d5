"""A contract or agreement to buy, acquire, supply or deliver arms is a sale, not a cooperation act
(SCHEMA.md: arms purchases with no cooperation act are negatives), in every language with rules.
Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

SALES = [
    ("bg", "Народното събрание ратифицира споразумението със САЩ за придобиване на осем нови изтребителя F-16."),
    ("bg", "Правителството одобри договора със САЩ за доставка на изтребители F-16."),
    ("pt", "Brasil e Suécia assinaram o contrato para aquisição de 36 caças Gripen."),
    ("pt", "Angola e Rússia assinaram um contrato de fornecimento de helicópteros militares."),
    ("en", "Poland and the United States signed an agreement on the acquisition of 32 F-35 fighter jets."),
    ("en", "Azerbaijan and Israel signed a contract for the delivery of drones."),
    ("ro", "România și SUA au semnat acordul pentru achiziția sistemelor Patriot."),
    ("ro", "Ministerul Apărării Naționale a semnat cu Turcia contractul de livrare a dronelor Bayraktar."),
    ("ru", "Россия и Индия подписали контракт на поставку зенитных ракетных систем С-400."),
    ("az", "Azərbaycan və İsrail PUA-ların alınması barədə müqavilə imzalayıb."),
    ("tr", "Türkiye ile Katar arasında insansız hava aracı satışı için sözleşme imzalandı."),
    ("fr", "La France et l'Inde ont signé un contrat pour l'acquisition de 26 Rafale Marine."),
    ("es", "España y Turquía firmaron un acuerdo para la adquisición de aviones de entrenamiento Hürjet."),
    ("it", "Italia e Qatar hanno firmato un contratto per la fornitura di elicotteri NH90."),
    ("de", "Deutschland und Israel unterzeichneten eine Vereinbarung über die Beschaffung des "
           "Raketenabwehrsystems Arrow 3."),
    ("el", "Η Ελλάδα και η Γαλλία υπέγραψαν σύμβαση για την προμήθεια φρεγατών Belharra."),
    ("pl", "Polska i Korea Południowa podpisały umowę na dostawę czołgów K2."),
    ("sr", "Srbija i Francuska potpisale su ugovor o nabavci 12 aviona Rafal."),
    ("uk", "Україна та Франція підписали угоду про постачання гаубиць Caesar."),
    ("kk", "Қазақстан мен Түркия ұшқышсыз ұшу аппараттарын сатып алу туралы келісімге қол қойды."),
    ("uz", "O'zbekiston va Turkiya harbiy texnika xaridi bo'yicha shartnoma imzoladi."),
    ("ka", "საქართველომ და საფრანგეთმა საჰაერო თავდაცვის სისტემების შესყიდვის ხელშეკრულება გააფორმეს."),
    ("hy", "Հայաստանը և Հնդկաստանը ստորագրել են հրետանային համակարգերի ձեռքբերման պայմանագիր։"),
    ("ar", "وقعت مصر وفرنسا عقدا لشراء 30 طائرة رافال."),
]


@pytest.mark.parametrize("lang, text", SALES, ids=[f"{case[0]}-{i}" for i, case in enumerate(SALES)])
def test_a_contract_to_buy_or_supply_arms_is_no_cooperation_act(lang, text):
    conftest.assert_not_flagged("Contract", text, lang=lang)
