"""Portuguese probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "pt"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Plano assinado", "Os ministros da Defesa de Portugal e Angola assinaram ontem o plano de "
     "cooperação militar para 2025.", ("plan_signed", "AO PT", 2025)),
    ("passive", "Acordo", "Foi assinado em Maputo um acordo de cooperação no domínio da defesa entre "
     "Moçambique e Portugal.", ("agreement_signed", "MZ PT")),
    ("reflexive passive", "Memorando", "Assinou-se em Brasília um memorando de entendimento sobre "
     "cooperação militar entre o Brasil e a Argentina.", ("agreement_signed", "AR BR")),
    ("perfect", "Protocolo", "Os ministérios da Defesa de Cabo Verde e de Portugal têm assinado protocolos "
     "de cooperação técnico-militar.", ("agreement_signed", "CV PT")),
    ("headline participle", "Assinado acordo de cooperação militar entre Brasil e Paraguai", "",
     ("agreement_signed", "BR PY")),
    ("programme for a year", "Programa-quadro", "Portugal e São Tomé e Príncipe assinaram o programa de "
     "cooperação técnico-militar para 2024.", ("plan_signed", "PT ST", 2024)),
    ("framework", "Acordo-quadro", "O ministro da Defesa do Brasil e o seu homólogo chileno assinaram um "
     "acordo-quadro de cooperação em defesa.", ("agreement_signed", "BR CL")),
    ("roadmap", "Roteiro", "Angola e Brasil assinaram um roteiro de cooperação na área da defesa.",
     ("agreement_signed", "AO BR")),
    ("letter of intent", "Carta de intenções", "Os ministérios da Defesa de Portugal e da Guiné-Bissau "
     "assinaram uma carta de intenções sobre formação militar.", ("agreement_signed", "GW PT")),
    ("technical agreement", "Acordo técnico", "As marinhas do Brasil e de Portugal assinaram um acordo "
     "técnico sobre treino naval.", ("agreement_signed", "BR PT")),
    ("chiefs of general staff", "Chefes de Estado-Maior", "Os chefes do Estado-Maior-General das Forças "
     "Armadas de Angola e de Moçambique assinaram um protocolo de cooperação.", ("agreement_signed", "AO MZ")),
    ("ratified", "Parlamento", "A Assembleia da República ratificou o acordo de cooperação no domínio da "
     "defesa entre Portugal e Timor-Leste.", ("agreement_ratified", "PT TL")),
    ("talks", "Encontro", "O ministro da Defesa de Angola reuniu-se com o seu homólogo português para "
     "discutir a cooperação militar.", ("talks", "AO PT")),
    ("phone call", "Telefonema", "Os ministros da Defesa do Brasil e da Argentina mantiveram uma conversa "
     "telefónica sobre cooperação militar.", ("talks", "AR BR")),
    ("exercise begins today", "Exercício", "Começa hoje o exercício militar conjunto das forças armadas de "
     "Portugal e Cabo Verde.", ("exercise", "CV PT")),
    ("approval of the signing", "Aprovação", "O Presidente aprovou a assinatura do acordo de cooperação "
     "militar entre Angola e Portugal.", None),
    ("headline participle after the document", "Acordo de cooperação militar assinado entre Angola e Cuba", "",
     ("agreement_signed", "AO CU")),
    ("present with a coming weekday", "Sexta-feira", "O ministro da Defesa de Angola assina na sexta-feira "
     "um acordo de cooperação militar com Portugal.", None),
    ("decree approving a signed agreement", "Decreto", "Foi publicado em Diário da República o decreto que "
     "aprova o acordo de cooperação técnico-militar entre Portugal e Cabo Verde.", ("agreement_ratified", "CV PT")),
    ("programme for a span of years", "Programa-Quadro", "Portugal e Moçambique assinaram o Programa-Quadro de "
     "Cooperação no Domínio da Defesa para 2024-2026.", ("plan_signed", "MZ PT", 2024)),
    ("signing planned", "Prevista", "Está prevista a assinatura de um protocolo de cooperação técnico-militar "
     "entre Portugal e Angola.", None),
    ("gendarmerie", "GNR", "A Guarda Nacional Republicana e a Gendarmerie de Marrocos assinaram um protocolo "
     "de cooperação entre Portugal e Marrocos.", None),
    ("future day", "Assinatura na segunda-feira", "Os ministros da Defesa de Portugal e Angola vão assinar "
     "na segunda-feira um acordo de cooperação militar.", None),
    ("intent", "Intenção", "O Brasil e o Paraguai têm a intenção de assinar um acordo de cooperação em "
     "defesa.", None),
    ("draft approved", "Conselho de Ministros", "O Conselho de Ministros aprovou o projeto de acordo de "
     "cooperação no domínio da defesa com Marrocos.", None),
    ("authorisation to sign", "Autorização", "O Presidente autorizou o ministro da Defesa a assinar um "
     "acordo de cooperação militar entre Moçambique e Angola.", None),
    ("border service", "Fronteiras", "As polícias de fronteira do Brasil e do Paraguai assinaram um "
     "protocolo de cooperação.", None),
    ("foreign ministers agree to advance", "Chanceleres", "Os ministros dos Negócios Estrangeiros de Portugal "
     "e de Angola acordaram avançar na cooperação em defesa.", None),
    ("trilateral", "Exercício trilateral", "As marinhas do Brasil, da Argentina e do Uruguai iniciaram um "
     "exercício trilateral no Atlântico.", None),
    ("arms purchase", "Compra", "O Brasil assinou com a Suécia o contrato de compra de caças numa cerimónia "
     "de assinatura.", None),
]


test_probe = probe_grid(LANG, PROBES)
