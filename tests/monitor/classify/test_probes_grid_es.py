"""Spanish probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "es"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Chile y Perú firman plan", "Los ministros de Defensa de Chile y Perú firmaron ayer el plan de "
     "cooperación militar para 2025.", ("plan_signed", "CL PE", 2025)),
    ("passive", "Plan de cooperación", "Fue firmado en Lima el plan de cooperación militar entre Perú y "
     "Bolivia para el año 2026.", ("plan_signed", "BO PE", 2026)),
    ("reflexive passive", "Acuerdo", "Se firmó en Quito un acuerdo de cooperación en defensa entre Ecuador "
     "y Colombia.", ("agreement_signed", "CO EC")),
    ("perfect", "Memorando", "Los ministerios de Defensa de Argentina y Brasil han suscrito un memorando de "
     "entendimiento sobre formación militar.", ("agreement_signed", "AR BR")),
    ("nominalisation", "Firma del acuerdo de cooperación militar entre Uruguay y Paraguay", "La firma se "
     "realizó en Montevideo con la presencia de ambos ministros de Defensa.", ("agreement_signed", "PY UY")),
    ("programme for a year", "Programa", "Los ejércitos de Chile y Argentina suscribieron el programa de "
     "cooperación militar para 2024.", ("plan_signed", "AR CL", 2024)),
    ("framework", "Acuerdo marco", "El ministro de Defensa de España y su homólogo de Marruecos firmaron un "
     "acuerdo marco de cooperación militar.", ("agreement_signed", "ES MA")),
    ("roadmap", "Hoja de ruta", "Colombia y Perú firmaron una hoja de ruta de cooperación en defensa para "
     "los próximos años.", ("agreement_signed", "CO PE")),
    ("letter of intent", "Carta de intención", "Los ministerios de Defensa de México y Guatemala firmaron una "
     "carta de intención sobre cooperación militar.", ("agreement_signed", "GT MX")),
    ("technical agreement", "Acuerdo técnico", "Las armadas de Chile y Ecuador firmaron un acuerdo técnico "
     "sobre entrenamiento naval.", ("agreement_signed", "CL EC")),
    ("protocol", "Protocolo", "Los ministros de Defensa de Brasil y Paraguay firmaron un protocolo adicional "
     "de cooperación militar.", ("agreement_signed", "BR PY")),
    ("chiefs of general staff", "Jefes de Estado Mayor", "Los jefes del Estado Mayor Conjunto de Perú y Chile "
     "firmaron un acta de cooperación militar.", ("agreement_signed", "CL PE")),
    ("ratified", "Senado", "El Senado de Paraguay ratificó el acuerdo de cooperación en defensa con Brasil.",
     ("agreement_ratified", "BR PY")),
    ("talks", "Reunión", "El ministro de Defensa de Colombia se reunió con su homólogo de Ecuador para "
     "analizar la cooperación militar.", ("talks", "CO EC")),
    ("phone call", "Llamada", "Los ministros de Defensa de España y Portugal mantuvieron una conversación "
     "telefónica sobre cooperación militar.", ("talks", "ES PT")),
    ("exercise begins today", "Ejercicio", "Comienza hoy el ejercicio naval conjunto de las armadas de Perú "
     "y Chile.", ("exercise", "CL PE")),
    ("exercise in a third state", "Ejercicio", "Tropas de Argentina y Brasil realizaron un ejercicio conjunto "
     "en territorio de Uruguay.", ("exercise", "AR BR")),
    ("approval of the signing", "Aprobación", "El presidente aprobó la firma del acuerdo de cooperación "
     "militar entre Perú y Chile.", None),
    ("headline participle after the document", "Acuerdo de cooperación en defensa firmado entre Ecuador y "
     "Colombia", "", ("agreement_signed", "CO EC")),
    ("present with a coming weekday", "Lunes", "El ministro de Defensa de Chile firma el lunes un acuerdo de "
     "cooperación militar con Perú.", None),
    ("decree approving a signed agreement", "Decreto", "El Boletín Oficial del Estado publicó el decreto que "
     "aprueba el acuerdo de cooperación en defensa entre España y Colombia.", ("agreement_ratified", "CO ES")),
    ("future day", "Firma el lunes", "Los ministros de Defensa de Chile y Perú firmarán el lunes un acuerdo de "
     "cooperación militar.", None),
    ("intent", "Intención", "Colombia y Ecuador tienen la intención de firmar un acuerdo de cooperación en "
     "defensa.", None),
    ("draft approved", "Proyecto", "El Gobierno de España aprobó el proyecto de acuerdo de cooperación en "
     "defensa con Marruecos.", None),
    ("authorisation to sign", "Autorización", "El presidente de Bolivia autorizó al ministro de Defensa a "
     "firmar un acuerdo de cooperación militar con Perú.", None),
    ("border service", "Frontera", "Los servicios de guardia fronteriza de Perú y Bolivia firmaron un "
     "protocolo de cooperación.", None),
    ("foreign ministers agree to advance", "Cancilleres", "Los cancilleres de Chile y Argentina acordaron "
     "avanzar en la cooperación en defensa.", None),
    ("trilateral", "Ejercicio trilateral", "Las armadas de Chile, Perú y Colombia iniciaron un ejercicio "
     "trilateral en el Pacífico.", None),
    ("arms purchase", "Compra", "Perú firmó con Corea del Sur el contrato de compra de fragatas en una "
     "ceremonia de firma.", None),
]


test_probe = probe_grid(LANG, PROBES)
