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
    ("signed past", "Acordo",
     "Os ministros da Defesa de Portugal e Cabo Verde assinaram ontem um acordo de cooperação "
     "técnico-militar.", ("agreement_signed", "CV PT")),
    ("foi assinado", "Memorando",
     "Foi assinado em Luanda um memorando de entendimento entre os ministérios da Defesa de "
     "Angola e do Brasil.", ("agreement_signed", "AO BR")),
    ("rubricaram", "Programa",
     "Portugal e Moçambique rubricaram o programa-quadro de cooperação no domínio da defesa para"
     " 2024-2028.", ("plan_signed", "MZ PT", 2024)),
    ("firmaram", "Acordo",
     "Os exércitos do Brasil e da Argentina firmaram um acordo de cooperação em instrução "
     "militar.", ("agreement_signed", "AR BR")),
    ("ratified decree", "Ratificação",
     "O Presidente da República ratificou o acordo de cooperação no domínio da defesa entre "
     "Portugal e Timor-Leste.", ("agreement_ratified", "PT TL")),
    ("parliament approved", "Parlamento",
     "A Assembleia da República aprovou o acordo de cooperação técnico-militar entre Portugal e "
     "a Guiné-Bissau, assinado em 2022.", ("agreement_ratified", "GW PT")),
    ("met", "Encontro",
     "O ministro da Defesa de Angola reuniu-se com o seu homólogo português para analisar a "
     "cooperação militar.", ("talks", "AO PT")),
    ("exercise", "Exercício",
     "Militares do Brasil e dos Estados Unidos realizaram um exercício conjunto na Amazônia.",
     ("exercise", "BR US")),
    ("exercise begins", "Exercício",
     "Começou hoje o exercício militar conjunto entre as forças armadas de Angola e Portugal.",
     ("exercise", "AO PT")),
    ("will sign", "Assinatura",
     "Portugal e Angola vão assinar na próxima semana um acordo de cooperação no domínio da "
     "defesa.", None),
    ("future tense", "Acordo",
     "Os ministros da Defesa do Brasil e do Chile assinarão um acordo de cooperação militar.", None),
    ("approved draft", "Conselho de Ministros",
     "O Conselho de Ministros aprovou o projeto de acordo de cooperação no domínio da defesa "
     "entre Portugal e a Tunísia.", None),
    ("authorised to sign", "Autorização",
     "O governo autorizou o ministro da Defesa a assinar o acordo de cooperação militar com São "
     "Tomé e Príncipe.", None),
    ("approved the signing", "Aprovação",
     "O Conselho de Ministros aprovou a assinatura do acordo de cooperação em defesa entre "
     "Portugal e o Senegal.", None),
    ("border police", "Fronteiras",
     "As polícias de fronteira do Brasil e do Paraguai assinaram um protocolo de cooperação.", None),
    ("CPLP", "CPLP", "Os ministros da Defesa da CPLP assinaram uma declaração sobre cooperação militar.",
     None),
    ("purchase", "Compra",
     "O Ministério da Defesa do Brasil assinou o contrato de compra de caças Gripen com a "
     "Suécia.", None),
    ("foreign ministers", "Chanceleres",
     "Os chanceleres do Brasil e da Argentina concordaram em avançar na cooperação em defesa.", None),
    ("economic", "Comércio", "Brasil e Angola assinaram um acordo de cooperação económica e comercial.",
     None),
    ("trilateral", "Exercício",
     "As marinhas do Brasil, da Argentina e do Uruguai iniciaram um exercício trilateral no "
     "Atlântico.", None),
    ("intends", "Intenção",
     "Portugal e Cabo Verde pretendem assinar um novo programa de cooperação na defesa.", None),
    ("negotiations for concluding", "Negociações",
     "O governo aprovou o início das negociações para a celebração de um acordo de cooperação "
     "militar entre Portugal e a Indonésia.", None),
    ("decree authorising", "Decreto",
     "O decreto autoriza o ministro da Defesa a assinar o acordo de cooperação técnico-militar "
     "entre Angola e o Brasil.", None),
    ("should sign", "Acordo",
     "Os ministros da Defesa do Brasil e de Moçambique deverão assinar um acordo de cooperação "
     "militar durante a visita.", None),
    ("expected", "Acordo",
     "Espera-se que Portugal e Cabo Verde assinem o novo programa de cooperação no domínio da "
     "defesa.", None),
    ("agreed to sign", "Acordo",
     "Os dois ministros acordaram assinar, até ao final do ano, um acordo de cooperação militar "
     "entre Angola e Moçambique.", None),
    ("multilateral CPLP exercise", "Exercício",
     "Militares de Portugal, Angola, Brasil e Moçambique participam no exercício Felino da CPLP.", None),
    ("company", "Embraer",
     "A Embraer e a empresa portuguesa OGMA assinaram um contrato para a manutenção de aeronaves"
     " militares.", None),
    ("proposal", "Proposta",
     "O ministro da Defesa do Brasil propôs ao seu homólogo argentino a assinatura de um acordo "
     "de cooperação.", None),
    ("the navy attends a fair", "Feira",
     "A Marinha do Brasil e a Marinha de Portugal participaram numa feira de defesa em Lisboa.", None),
    ("civil protection", "Proteção Civil",
     "As autoridades de proteção civil de Portugal e Espanha assinaram um protocolo de "
     "cooperação.", None),
    ("talks nominal", "Reunião",
     "A reunião entre os ministros da Defesa de Portugal e de Angola decorreu em Luanda e "
     "abordou a cooperação militar.", ("talks", "AO PT")),
    ("celebraram acordo", "Acordo",
     "Portugal e Marrocos celebraram um acordo de cooperação no domínio da defesa.",
     ("agreement_signed", "MA PT")),
]


test_probe = probe_grid(LANG, PROBES)
