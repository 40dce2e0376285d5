"""English probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "en"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Plan signed", "The defence ministers of Greece and Cyprus signed the military cooperation plan "
     "for 2025 in Nicosia on Tuesday.", ("plan_signed", "CY GR", 2025)),
    ("passive", "Agreement", "A defence cooperation agreement was signed between Indonesia and the "
     "Philippines in Manila.", ("agreement_signed", "ID PH")),
    ("perfect", "Memorandum", "The defence ministries of Japan and Australia have signed a memorandum on "
     "military training.", ("agreement_signed", "AU JP")),
    ("headline participle after the document", "Defence cooperation roadmap signed between Poland and "
     "Lithuania", "", ("agreement_signed", "LT PL")),
    ("nominalisation", "Signing", "The signing of the military cooperation protocol between Egypt and Sudan "
     "took place in Cairo yesterday.", ("agreement_signed", "EG SD")),
    ("programme for a year", "Programme", "The armed forces of Serbia and Hungary signed the military "
     "cooperation programme for 2024.", ("plan_signed", "HU RS", 2024)),
    ("framework", "Framework", "Defence ministers of Kenya and Ethiopia signed a framework agreement on "
     "defence cooperation.", ("agreement_signed", "ET KE")),
    ("arrangement", "Arrangement", "The defence ministries of Canada and Norway signed an arrangement on "
     "Arctic military training.", ("agreement_signed", "CA NO")),
    ("letter of intent", "Letter of intent", "The defence ministers of Sweden and Finland signed a letter of "
     "intent on military cooperation.", ("agreement_signed", "FI SE")),
    ("technical agreement", "Technical agreement", "The navies of India and Oman signed a technical "
     "agreement on joint training.", ("agreement_signed", "IN OM")),
    ("chiefs of general staff", "Chiefs of staff", "The chiefs of the general staff of Azerbaijan and "
     "Pakistan signed a protocol on military cooperation.", ("agreement_signed", "AZ PK")),
    ("ratified", "Parliament", "Parliament ratified the defence cooperation agreement between Georgia and "
     "Ukraine.", ("agreement_ratified", "GE UA")),
    ("talks", "Talks", "The defence minister of Chile met his Argentine counterpart to discuss military "
     "cooperation.", ("talks", "AR CL")),
    ("phone call", "Phone call", "The defence ministers of France and Italy held a phone call on military "
     "cooperation.", ("talks", "FR IT")),
    ("exercise begins today", "Exercise", "A joint exercise of the armies of Mongolia and India begins today "
     "in Ulaanbaatar.", ("exercise", "IN MN")),
    ("exercise in a third state", "Exercise", "Turkish and Pakistani special forces held a joint exercise "
     "in Qatar.", ("exercise", "PK TR")),
    ("future day", "Monday", "The defence ministers of Greece and Cyprus will sign the cooperation plan on "
     "Monday.", None),
    ("intent", "Intent", "Kenya and Uganda intend to sign a defence cooperation agreement.", None),
    ("draft approved", "Draft", "The cabinet approved the draft defence cooperation agreement between "
     "Moldova and Romania.", None),
    ("authorisation to sign", "Authorisation", "The president authorised the defence minister to sign a "
     "military cooperation agreement between Bulgaria and Qatar.", None),
    ("entry into force", "In force", "The defence cooperation agreement between Estonia and Latvia entered "
     "into force.", None),
    ("border service", "Border guards", "The border guard services of Poland and Ukraine signed a "
     "cooperation protocol.", None),
    ("foreign ministers agree to advance", "Foreign ministers", "The foreign ministers of Latvia and "
     "Lithuania agreed to advance defence cooperation.", None),
    ("trilateral", "Trilateral", "The navies of Greece, Cyprus and Egypt began a trilateral exercise.", None),
    ("arms purchase", "Purchase", "Indonesia signed a contract for the purchase of fighter jets from France "
     "at a signing ceremony.", None),
    ("port call ashore", "Training ship in port",
     "The Indian Navy training ship arrived in Colombo for a four-day port call. Its cadets "
     "visited the Sri Lanka Naval Academy and the naval museum.", None),
    ("port call with counterparts' talks", "Port call",
     "During the port call of the Pakistani training ship in Istanbul, the Pakistan Navy chief "
     "met his Turkish counterpart to discuss naval cooperation.", ("talks", "PK TR")),
    ("talks with trilateral aside", "Azerbaijani, Pakistani defense officials discuss military cooperation",
     "Baku, 12 March. Azerbaijan's Defense Minister met with the Pakistani delegation led by the"
     " Chief of the Army Staff. During the meeting, the sides discussed the current state and "
     "prospects of military, military-technical and military-educational cooperation between "
     "Azerbaijan and Pakistan. The minister noted that cooperation with Türkiye and Pakistan in "
     "the trilateral format is developing successfully. The guest thanked the minister for the "
     "hospitality.", ("talks", "AZ PK")),
    ("plan with war context", "Belarus and Russia sign military cooperation plan for 2025",
     "Minsk. The defence ministers of Belarus and Russia signed the plan of military cooperation"
     " for 2025 on Tuesday. The ministers also discussed the situation around Ukraine and NATO "
     "activity near the borders of the Union State. The plan includes more than 150 joint "
     "activities.", ("plan_signed", "BY RU", 2025)),
    ("short wire phone call", "",
     "Georgian Defence Minister held a phone conversation with his Ukrainian counterpart on "
     "Monday, the ministry said.", ("talks", "GE UA")),
    ("mid-article excerpt", "",
     "the document, signed by the chiefs of general staff of Kazakhstan and Uzbekistan, provides"
     " for joint exercises and exchanges of cadets. The two sides also agreed to continue "
     "consultations next year.", ("agreement_signed", "KZ UZ")),
    ("exercise started", "Joint exercise kicks off",
     "A joint tactical exercise of the armed forces of Azerbaijan and Türkiye kicked off in Baku"
     " on Monday, the Defense Ministry reported. The drills will last until 20 May.", ("exercise", "AZ TR")),
    ("signing next week", "Armenia, France to sign defence deal",
     "Armenia and France are expected to sign a defence cooperation agreement next week, the "
     "Armenian defence ministry said. The document will cover training and procurement.", None),
    ("authorisation to sign", "President approves signing",
     "The President of Kazakhstan approved the signing of the military cooperation agreement "
     "between Kazakhstan and Turkey, his press service said.", None),
    ("government approves draft", "Government approves draft",
     "The Cabinet of Ministers approved the draft agreement on defence cooperation between "
     "Uzbekistan and Azerbaijan.", None),
    ("foreign ministers", "FMs meet",
     "The foreign ministers of Georgia and Azerbaijan met in Tbilisi and agreed to deepen "
     "cooperation in defence and security.", None),
    ("arms sale ceremony", "Signing ceremony",
     "A signing ceremony was held in Ankara for the sale of Turkish drones to Indonesia, worth "
     "300 million dollars.", None),
    ("trilateral exercise", "Trilateral drill",
     "Troops from Azerbaijan, Türkiye and Georgia completed a trilateral exercise near Tbilisi.", None),
    ("border guards", "Border",
     "The border services of Kazakhstan and Kyrgyzstan signed a protocol on cooperation along "
     "their common border.", None),
    ("domestic", "Armenia drills",
     "Armenia's armed forces held large-scale exercises amid tensions with Azerbaijan.", None),
    ("inked", "Deal", "The defence ministries of India and Vietnam inked a memorandum on military training.",
     ("agreement_signed", "IN VN")),
    ("clinched", "Deal", "Greece and France clinched a defence cooperation agreement in Paris.",
     ("agreement_signed", "FR GR")),
    ("struck a deal", "Deal",
     "The defence ministers of Japan and the Philippines struck a deal on reciprocal access for "
     "their troops.", ("agreement_signed", "JP PH")),
    ("put pen to paper", "Pact",
     "Armenia and India's defence ministries put pen to paper on a military cooperation plan for"
     " 2025.", ("plan_signed", "AM IN", 2025)),
    ("exchanged memoranda", "MoU",
     "Defence officials of Egypt and Greece exchanged signed memoranda of understanding on "
     "military cooperation.", ("agreement_signed", "EG GR")),
    ("wrapped up", "Drill",
     "Troops from Mongolia and the United States wrapped up a joint exercise near Ulaanbaatar.",
     ("exercise", "MN US")),
    ("kicked off", "Drill", "The Indian and Egyptian armies kicked off their joint exercise in Rajasthan.",
     ("exercise", "EG IN")),
    ("hosted counterpart", "Visit", "Georgia's defence minister hosted his Lithuanian counterpart in Tbilisi.",
     ("talks", "GE LT")),
    ("paid a visit", "Visit",
     "The chief of the general staff of Azerbaijan paid an official visit to Pakistan, meeting "
     "the Pakistani army chief.", ("talks", "AZ PK")),
    ("spoke by phone", "Call",
     "The defence ministers of Ukraine and Lithuania spoke by phone about military aid and "
     "cooperation.", ("talks", "LT UA")),
    ("conferred", "Talks",
     "Armenia's defence minister conferred with the French armed forces minister on defence "
     "cooperation.", ("talks", "AM FR")),
    ("ratified parliament", "Ratified",
     "Georgia's parliament ratified the defence cooperation agreement with Azerbaijan.",
     ("agreement_ratified", "AZ GE")),
    ("law signed", "Law",
     "President signed into law the ratification of the military cooperation agreement between "
     "Kazakhstan and Turkey.", ("agreement_ratified", "KZ TR")),
    ("set to", "Sign", "India and Vietnam are set to ink a defence pact during the minister's visit.", None),
    ("slated", "Sign", "A defence cooperation agreement between Greece and France is slated for signing next "
     "month.", None),
    ("poised", "Sign", "Japan and the Philippines are poised to sign a reciprocal access agreement.", None),
    ("mulls", "Talks", "Armenia mulls defence cooperation with India, the minister said.", None),
    ("Balikatan multilateral", "Balikatan",
     "Troops from the Philippines, the United States and Australia began the annual Balikatan "
     "exercise.", None),
]

test_probe = probe_grid(LANG, PROBES)
