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
    ("signed passive plural", "Acuerdos",
     "Fueron firmados en Madrid dos acuerdos de cooperación en defensa entre España y Chile.",
     ("agreement_signed", "CL ES")),
    ("han firmado", "Memorando",
     "Los ministros de Defensa de Perú y Brasil han firmado un memorándum de entendimiento sobre"
     " cooperación militar.", ("agreement_signed", "BR PE")),
    ("suscribieron convenio", "Convenio",
     "Las Fuerzas Armadas de Ecuador y Perú suscribieron un convenio de cooperación "
     "interinstitucional.", ("agreement_signed", "EC PE")),
    ("rubricaron", "Acuerdo",
     "Los titulares de Defensa de Argentina y Chile rubricaron un acuerdo para crear una fuerza "
     "de paz binacional.", ("agreement_signed", "AR CL")),
    ("se suscribió", "Acta",
     "Se suscribió el acta de la reunión bilateral de Estados Mayores entre Perú y Ecuador.",
     ("agreement_signed", "EC PE")),
    ("plan anual", "Plan anual",
     "Los ejércitos de Colombia y Ecuador firmaron el plan anual de cooperación militar 2025.",
     ("plan_signed", "CO EC", 2025)),
    ("plan bienal", "Plan",
     "Chile y Argentina firmaron el plan de trabajo bilateral en defensa para el período "
     "2025-2026.", ("plan_signed", "AR CL", 2025)),
    ("ratificó congress", "Congreso",
     "El Congreso de Colombia aprobó la ley que ratifica el acuerdo de cooperación en defensa "
     "con España.", ("agreement_ratified", "CO ES")),
    ("canje", "Ratificación", "El Senado de México ratificó el convenio de cooperación militar con Guatemala.",
     ("agreement_ratified", "GT MX")),
    ("se reunieron", "Reunión",
     "Los ministros de Defensa de Chile y Perú se reunieron en Santiago para revisar la "
     "cooperación militar.", ("talks", "CL PE")),
    ("sostuvo reunión", "Reunión",
     "El ministro de Defensa de Uruguay sostuvo una reunión con su par de Argentina sobre "
     "cooperación militar.", ("talks", "AR UY")),
    ("recibió", "Visita", "El ministro de Defensa de Perú recibió a su homólogo de Bolivia en Lima.",
     ("talks", "BO PE")),
    ("visita oficial", "Visita",
     "El jefe del Comando Conjunto de las Fuerzas Armadas de Ecuador realizó una visita oficial "
     "a Colombia.", ("talks", "CO EC")),
    ("ronda de conversaciones", "Conversaciones",
     "Las delegaciones de defensa de España y Marruecos celebraron en Rabat una ronda de "
     "conversaciones sobre cooperación militar.", ("talks", "ES MA")),
    ("ejercicio se desarrolló", "Ejercicio",
     "El ejercicio combinado entre las armadas de Chile y Perú se desarrolló frente a las costas"
     " de Arica.", ("exercise", "CL PE")),
    ("ejercicio concluyó", "Ejercicio",
     "Concluyó el ejercicio militar conjunto de los ejércitos de Argentina y Brasil.", ("exercise", "AR BR")),
    ("maniobras combinadas", "Maniobras",
     "Efectivos de las fuerzas armadas de Colombia y Estados Unidos realizaron maniobras "
     "combinadas en el Caribe.", ("exercise", "CO US")),
    ("ejercicio se lleva a cabo", "Ejercicio",
     "Se lleva a cabo el ejercicio binacional de las fuerzas aéreas de Chile y Argentina.",
     ("exercise", "AR CL")),
    ("se firmará", "Firma",
     "El acuerdo de cooperación en defensa entre Chile y Perú se firmará la próxima semana.", None),
    ("firmarían", "Acuerdo",
     "Los ministros de Defensa de Colombia y Ecuador firmarían un acuerdo de cooperación "
     "militar.", None),
    ("buscan firmar", "Acuerdo", "Argentina y Chile buscan firmar un acuerdo de cooperación en defensa.",
     None),
    ("acordaron avanzar", "Acuerdo",
     "Los ministros de Defensa de Perú y Chile acordaron avanzar hacia la firma de un acuerdo de"
     " cooperación.", None),
    ("port call", "Buque escuela",
     "El buque escuela de la Armada de Argentina arribó al puerto de El Callao, en Perú, y sus "
     "cadetes visitaron la Escuela Naval.", None),
    ("training ship visit", "Visita",
     "Los guardiamarinas de la Armada de Chile visitaron el museo naval de Lima durante la "
     "escala del buque en Perú.", None),
    ("coast guard", "Guardacostas",
     "Las guardias costeras de Chile y Perú firmaron un convenio de cooperación.", None),
    ("police", "Policía", "Las policías nacionales de Colombia y Ecuador firmaron un acuerdo de cooperación.",
     None),
    ("purchase", "Compra",
     "El Ministerio de Defensa de Colombia firmó el contrato de adquisición de aviones de "
     "combate con Suecia.", None),
    ("multilateral", "Ejercicio",
     "Las armadas de Chile, Perú, Colombia y Ecuador participaron en el ejercicio multinacional.", None),
    ("cancilleres", "Cancilleres",
     "Los cancilleres de Perú y Bolivia firmaron un acuerdo sobre cooperación fronteriza.", None),
    ("port call with counterparts' talks", "Escala",
     "Durante la escala del buque escuela en Callao, el comandante de la Armada de Argentina se "
     "reunió con su homólogo de Perú para analizar la cooperación naval.", ("talks", "AR PE")),
    ("tras firmar", "Acuerdo",
     "Tras firmar el acuerdo de cooperación militar, los ministros de Defensa de Chile y Perú "
     "ofrecieron una conferencia de prensa.", ("agreement_signed", "CL PE")),
]


test_probe = probe_grid(LANG, PROBES)
