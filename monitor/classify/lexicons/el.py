"""Greek lexicon: state names through their cases (Ελλάδα, Ελλάδας, Ελλάδος; Κύπρος, Κύπρου) and
adjectives (κυπριακός, ισραηλινός), capitals, and the verbs Greek outlets use for signing
("υπέγραψαν", "υπεγράφη"), ratifying ("κύρωση", "κυρώνεται"), meeting ("συναντήθηκε") and
exercising ("άσκηση", "διεξήχθη").

Headlines are often in capitals, which Greek writes without accents ("ΥΠΕΓΡΑΦΗ"): every entry is
also matched without its accents (added at import from the accented spelling written here).
Pattern syntax: see ``lexicons/__init__.py``."""

import unicodedata

from monitor.classify.lexicons import extend, respell

# Bodies the two defence establishments hold, named by their defence subject (a working group or a
# joint commission on military cooperation, a military dialogue): a meeting of theirs is defence talks
# (SCHEMA.md); civil officials who discuss one hold none (detect._talks).
_BODIES = (
    "re:ομάδ\\w*\\s+εργασίας\\s+(?:για\\s+)?(?:τη\\s+|την\\s+)?(?:στρατιωτική|αμυντική)\\s+συνεργασία", "μικτή στρατιωτική επιτροπή", "επιτροπή* στρατιωτικής συνεργασίας", "στρατιωτικ* διάλογ*",
)

LEXICON = {
    "stopwords": ("και", "το", "του", "της", "την", "τον", "των", "με", "για", "στο", "στη", "στην", "στις",
                  "στους", "από", "που", "είναι", "οι", "τα", "τις", "τους", "ότι", "μεταξύ", "ενώ", "θα"),
    "countries": {
        "GR": ("ελλάδ*", "ελλην*", "έλλην*", "ελληνικ*",
               # the ministry and general staff by their own names, which only Greece's bear ("Εθνικής Άμυνας")
               "υπουργ* εθνικής άμυνας", "γενικ* επιτελεί* εθνικής άμυνας", "=ΓΕΕΘΑ", "=ΥΠΕΘΑ"), "CY": ("κύπρ*", "κυπρι*", "κύπρι*", "κυπριακ*"),
        "IL": ("ισραήλ", "ισραηλιν*"), "TR": ("τουρκ*", "τούρκ*"), "EG": ("αίγυπτ*", "αιγύπτ*", "αιγυπτι*"),
        "FR": ("γαλλ*", "γάλλ*"), "US": ("ηνωμένες πολιτείες", "ηνωμένων πολιτειών", "=ΗΠΑ", "αμερικαν*", "αμερικάν*"),
        "GB": ("μεγάλη βρετανία", "μεγάλης βρετανίας", "μεγάλη βρεταννία", "βρετανί*", "βρετανικ*", "βρετανός",
               "βρετανοί", "ηνωμένο βασίλειο", "ηνωμένου βασιλείου"),
        "DE": ("γερμαν*",), "IT": ("ιταλ*",), "ES": ("ισπαν*",), "PT": ("πορτογαλ*",),
        "RU": ("ρωσί*", "ρωσικ*", "ρώσ*"), "UA": ("ουκραν*",), "AM": ("αρμενί*", "αρμένι*", "αρμενικ*"),
        "AZ": ("αζερμπαϊτζάν*", "αζέρ*", "αζερικ*"), "GE": ("γεωργία", "γεωργίας", "γεωργιαν*"),
        "BG": ("βουλγαρ*", "βούλγαρ*"), "RS": ("σερβί*", "σέρβ*", "σερβικ*"), "RO": ("ρουμανί*", "ρουμάν*", "ρουμανικ*"),
        "PL": ("πολωνί*", "πολων*"), "JO": ("ιορδανί*", "ιορδαν*"), "AE": ("ηνωμένα αραβικά εμιράτα",
                                                                        "ηνωμένων αραβικών εμιράτων", "εμιράτ*"),
        "SA": ("σαουδ*",), "IN": ("ινδία", "ινδίας", "ινδικ*", "ινδός", "ινδοί"), "CN": ("κίνα", "κίνας", "κινέζ*",
                                                                                  "κινεζικ*"),
        "JP": ("ιαπωνί*", "ιάπων*", "ιαπωνικ*"), "LB": ("λίβαν*", "λιβάν*", "λιβαν*"), "LY": ("λιβύ*",),
        "SY": ("συρί*", "σύριο*", "σύροι"), "IR": ("ιράν", "ιραν*"), "IQ": ("ιράκ", "ιρακιν*"), "NL": ("ολλανδ*",),
        "AU": ("αυστραλ*",), "AT": ("αυστρί*", "αυστριακ*"), "MK": ("βόρεια μακεδονία", "βόρειας μακεδονίας", "σκόπια"),
        "AL": ("αλβαν*",), "MT": ("μάλτα", "μάλτας"), "HR": ("κροατ*",), "SI": ("σλοβενί*",),
        "CZ": ("τσεχ*", "τσέχ*"), "SK": ("σλοβακ*",), "HU": ("ουγγαρ*", "ουγγρ*", "ούγγρ*"), "BE": ("βέλγι*", "βελγικ*", "βέλγ*"),
        "SE": ("σουηδ*",), "NO": ("νορβηγ*",), "FI": ("φινλανδ*",), "DK": ("δανί*", "δανός", "δανοί", "δανικ*"), "CA": ("καναδ*",),
        "QA": ("κατάρ",), "KW": ("κουβέιτ",), "OM": ("ομάν",), "BH": ("μπαχρέιν",), "MA": ("μαρόκ*", "μαροκιν*"),
        "DZ": ("αλγερί*", "αλγεριν*"), "TN": ("τυνησί*", "τυνήσι*"), "PK": ("πακιστάν*", "πακισταν*"), "KR": ("νότια κορέα", "νότιας κορέας"),
        "LT": ("λιθουαν*",), "LV": ("λετονί*", "λετον*"), "EE": ("εσθονί*", "εσθον*"), "MD": ("μολδαβ*",),
        "KZ": ("καζακστάν*", "καζάχ*"), "UZ": ("ουζμπεκιστάν*", "ουζμπέκ*"), "BR": ("βραζιλ*",), "ME": ("μαυροβούνι*",),
        "PS": ("παλαιστιν*", "παλαιστίν*"), "AR": ("αργεντιν*",), "ID": ("ινδονησ*", "ινδονήσ*"), "VN": ("βιετνάμ", "βιετναμ*"),
    },
    # A compound adjective names Greece and a partner in one word ("ελληνοαιγυπτιακή άσκηση"): it counts
    # for both (a "GR+XX" key, countries.find_mentions).
    "compound_partners": {
        "CY": ("ελληνοκυπριακ*",), "IL": ("ελληνοϊσραηλιν*", "ελληνοισραηλιν*"), "US": ("ελληνοαμερικαν*",),
        "FR": ("ελληνογαλλικ*",), "EG": ("ελληνοαιγυπτιακ*",), "TR": ("ελληνοτουρκικ*",),
        "BG": ("ελληνοβουλγαρικ*",), "IN": ("ελληνοϊνδικ*", "ελληνοινδικ*"), "IT": ("ελληνοϊταλικ*",
                                                                                   "ελληνοιταλικ*"),
        "DE": ("ελληνογερμανικ*",), "RU": ("ελληνορωσικ*",), "AM": ("ελληνοαρμενικ*",),
        "SA": ("ελληνοσαουδαραβικ*",), "AE": ("ελληνοεμιρατιν*",),
    },
    "capitals": {"GR": ("αθήνα", "αθήνας", "αθηνών"), "CY": ("λευκωσία", "λευκωσίας"), "IL": ("ιερουσαλήμ",
                                                                                            "τελ αβίβ"),
                 "TR": ("άγκυρα", "άγκυρας"), "US": ("ουάσιγκτον",), "FR": ("παρίσι",), "GB": ("λονδίνο",),
                 "RU": ("μόσχα", "μόσχας"), "EG": ("κάιρο",), "DE": ("βερολίνο",), "IT": ("ρώμη",),
                 "UA": ("κίεβο",), "AM": ("ερεβάν",), "AZ": ("μπακού",)},
    "blocs": {"NATO": ("=ΝΑΤΟ", "=NATO"), "EU": ("ευρωπαϊκή ένωση", "ευρωπαϊκής ένωσης", "=ΕΕ", "=Ε.Ε.")},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=ΟΑΣΕ",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:τέσσερις|τεσσάρων|πέντε|έξι|επτά|εφτά|οκτώ|οχτώ|εννέα|εννιά|δέκα|έντεκα|δώδεκα|είκοσι|αρκετές|αρκετών)\\s+(?:χώρες|χωρών|κράτη|κρατών)","τριμερ*", "τριμέρ*", "πολυμερ*", "πολυμέρ*", "τριών χωρών", "τρεις χώρες", "τριών κρατών",
                     "τρία κράτη", "κράτη μέλη", "κρατών μελών", "# χωρών", "# χώρες", "πολυεθνικ*"),
    "bilateral": ("διμερ*", "διμέρ*", "δύο χωρών", "δύο χώρες", "των δύο πλευρών", "δύο πλευρές",
                  "οι δύο υπουργοί", "δύο κρατών"),
    "between": ("μεταξύ",),
    "counterpart": ("με τον υπουργό", "με την υπουργό", "με τον αρχηγό", "ομόλογ*", "ομολόγ*", "δύο πλευρ*", "οι δύο", "συνομιλητ*"),
    "sidelines": ("στο περιθώριο", "περιθώριο"),
    "sign": ("υπέγραψ*", "υπεγράφ*", "υπογράφ*", "υπογραφ*", "υπογράφτηκ*", "υπογράφηκ*", "συνυπέγραψ*",
             "μονογράφ*", "ανανέωσ*"),
    "sign_participle": ("υπογεγραμμέν*",),
    "determiners": (),
    "aux": (),
    "approve": ("ενέκριν*", "εγκρίθηκ*", "εγκρίν*", "ψήφισ*", "ψηφίστηκ*", "υπερψηφίστηκ*", "υπερψήφισ*"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("επιτροπή εξωτερικών", "επιτροπή άμυνας", "επιτροπή εθνικής άμυνας",),
    "ratify": ("κύρωσ*", "κυρώθηκ*", "κυρώνε*", "κυρώνοντ*", "επικύρωσ*", "επικυρώθηκ*"),
    "authority": ("βουλή", "βουλής", "ολομέλεια*", "κυβέρνησ*", "υπουργικό συμβούλιο", "υπουργικού συμβουλίου",
                  "πρόεδρος της δημοκρατίας", "νόμο", "νόμου", "νομοσχέδι*", "βουλευτ*"),
    "plan_nouns": ("σχέδιο", "σχεδίου", "σχέδια", "σχεδίων", "σχέδιο δράσης", "σχεδίου δράσης"),
    "programme_nouns": ("πρόγραμμα", "προγράμματος", "προγράμματα", "προγραμμάτων"),
    # (stems cut before the syllable whose accent moves in the genitive: "μνημόνιο", "μνημονίου";
    # "πρωτόκολλο", "πρωτοκόλλου")
    "agreement_nouns": ("συμφωνί*", "μνημόνι*", "μνημον*", "πρωτόκολλ*", "πρωτοκόλλ*",
                        "στρατηγικ* εταιρικ* σχέσ*", "συνθήκ*", "σύμβασ*", "συμβάσ*",
                        "οδικό χάρτη", "οδικός χάρτης", "οδικού χάρτη", "επιστολή προθέσεων", "δήλωση προθέσεων",
                        "διακανονισμ*", "διακήρυξ*", "κοινή δήλωση"),
    "generic_doc_nouns": ("έγγραφ*", "εγγράφ*"),
    # Meeting verbs in the past and in the subjunctive that "θα"/"να" make future ("θα συναντηθεί",
    # "θα επισκεφθεί"): the future word then tells the meeting is still to come.
    "meeting": ("συνεδρίασ*", "συναντήθηκ*", "συναντηθ*", "συνάντησ*", "συναντήσ*", "συνάντηση είχε", "συνομίλησ*",
                "συνομιλήσ*", "συνομιλί*", "επισκεφθ*", "επισκεφτ*",
                "επίσκεψ*", "επισκέψ*", "επισκέφθηκ*", "επισκέφτηκ*", "δέχθηκε", "δέχτηκε", "υποδέχθηκε", "υποδέχτηκε",
                "συζήτησ*", "συζητήσ*", "συζήτη*", "διαβουλεύσ*", "τηλεφωνική επικοινωνία", "τηλεφωνική συνομιλία",
                "τηλεδιάσκεψ*", "ομάδα εργασίας", "αντάλλαξαν απόψεις"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("επίσκεψη", "επίσκεψης", "επισκέψεις", "συνάντηση", "συνάντησης", "συναντήσεις", "συνομιλίες",
                     "συνομιλιών", "διαβουλεύσεις", "τηλεδιάσκεψη"),
    "exercise": ("άσκησ*", "ασκήσ*", "άσκηση*", "συνεκπαίδευσ*", "συνεκπαιδεύσ*", "κοινή εκπαίδευση",
                 "γυμνάσι*"),
    "conduct": ("διεξάγ*", "διεξήγαγ*", "διεξήχθ*", "διοργάνωσ*", "διεξαγωγή", "πραγματοποιήθηκ*", "πραγματοποιείται", "πραγματοποιούνται",
                "πραγματοποίησ*", "ξεκίνησ*", "ξεκινά", "ξεκινούν", "αρχίζει", "αρχίζουν", "ολοκληρώθηκ*", "ολοκληρών*", "έλαβε χώρα", "έλαβαν χώρα",
                "λαμβάνει χώρα", "λαμβάνουν μέρος", "συμμετέχ*", "συμμετείχ*"),
    "discussion": ("προοπτικ*", "πρόσκλησ*", "προσκάλεσ*"),
    "defence_actor": (*_BODIES, "υπουργ* εθνικής άμυνας", "υπουργ* άμυνας", "υπουργείο* άμυνας", "υπουργείου άμυνας",
                      "=ΥΕΘΑ", "=ΥΠΕΘΑ", "=ΓΕΕΘΑ", "=ΥΦΕΘΑ", "γενικό επιτελείο*", "γενικού επιτελείου",
                      "αρχηγ* γενικού επιτελείου", "ένοπλ* δυνάμε*", "ενόπλων δυνάμεων", "στρατός", "στρατού", "στρατό", "πολεμικό ναυτικό",
                      "πολεμικού ναυτικού", "πολεμική αεροπορία", "πολεμικής αεροπορίας", "ακόλουθ* άμυνας",
                      "στρατιωτικ* ακόλουθ*", "στρατιωτική αντιπροσωπεία", "αμυντική βιομηχανία",
                      "αμυντικής βιομηχανίας", "υφυπουργ* εθνικής άμυνας",
                      # the head of defence and the services by the names the press uses
                      "=ΓΕΣ", "=ΓΕΝ", "=ΓΕΑ", "αρχηγ* ενόπλων δυνάμεων", "αρχηγ* στρατού", "ειδικές δυνάμεις",
                      "ειδικών δυνάμεων"),
    "defence_topic": ("άμυνα", "άμυνας", "αμυντικ*", "στρατιωτικ*", "εξοπλιστικ*", "εξοπλισμ*", "στρατεύματ*"),
    "civil_actor": (
                    # civil defence and civil protection are emergency services, not armed forces
                    "πολιτική άμυνα", "πολιτικής άμυνας", "πολιτική προστασία", "πολιτικής προστασίας",
                    "αστυνομ*", "συνοριοφυλακ*", "λιμενικ*", "προστασίας του πολίτη", "πολιτικής προστασίας",
                    "εσωτερικών", "εξωτερικών", "τελωνει*", "πυροσβεστικ*", "υπηρεσία πληροφοριών",
                    "μετανάστευσ*"),
    "civil_topic": ("ενέργει*", "ενεργεια*", "ενεργειακ*", "πετρέλαι*", "φυσικό αέριο", "εμπόρι*", "οικονομ*",
                    "επενδύσ*", "τουρισμ*", "υγεία*", "παιδεία*", "πολιτισμ*", "αθλητ*", "ποδόσφαιρ*",
                    "μεταφορ*", "κυρώσεις", "γεωργικ*", "ναυτιλ*"),
    # (not "εταιρικ*": "εταιρική σχέση" is a partnership)
    "company": ("ναυπηγεί*", "εταιρεί*", "εταιρία", "εταιρίας", "εταιρίες", "εταιριών", "όμιλ*", "κατασκευαστ*"),
    "future": (
               # a signing or a meeting set for a date ("is scheduled for March"): still to come
               "προγραμματ*", "προγραμμάτ*",
               "αύριο", "θα", "πρόκειται να", "αναμένεται", "αναμένονται", "προγραμματίζ*", "σχεδιάζ*", "προτίθε*",
               "επικείμεν*", "προσεχ*", "ερχόμεν*", "διαπραγματε*", "πρόταση", "προτείν*", "ενδέχεται",
               "μπορεί να", "θα μπορούσε", "ενέκριν* την υπογραφή", "έγκριση της υπογραφής", "για την υπογραφή",
               "εξουσιοδότησ*",
               # the signing a verb of discussing governs is still to come ("συζητούν την υπογραφή")
               "re:(?:συζητ|συζήτ|εξετάζ|εξέτα|διαπραγματ)\\w*\\s+(?:την\\s+|της\\s+)?υπογραφ\\w*"),
    # The act named as a noun: the verb of its clause, a little further on, gives it its tense ("η
    # υπογραφή της συμφωνίας θα γίνει ...").
    "act_noun": ("υπογραφή", "υπογραφής", "υπογραφές", "υπογραφών", "κύρωση", "κύρωσης", "επικύρωση",
                 "επικύρωσης"),
    # The procedure named as a noun ("στάλθηκε στη Βουλή για κύρωση"): only a verb reports that the
    # ratification happened.
    "ratify_noun": ("κύρωση", "κύρωσης", "επικύρωση", "επικύρωσης"),
    # Buying arms: a contract for so many items is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("κοινή", "κοινής", "κοινό", "κοινού", "κοινές", "κοινών", "από κοινού"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("με",),
    "purchase": ("αγορά", "αγοράς", "αγορές", "αγορών", "αγόρασ*", "προμήθεια", "προμήθειας", "προμήθειες",
                 "απόκτηση", "απόκτησης"),
    # A state named as a place, not a party ("στα σύνορα με την Τουρκία", "τα τουρκικά σύνορα").
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("στην", "στη", "στο", "στις", "στα"),
    "place": ("σύνορα με", "συνόρων με", "μεθόριο με", "μεθορίου με"),
    "place_after": ("σύνορα", "συνόρων", "μεθόρι*"),
    # A story turning to another item: what follows is secondary to its own news.
    "turn": ("εν τω μεταξύ", "σε άλλη εξέλιξη", "σε άλλο θέμα"),
    "draft": ("σχέδιο νόμου", "σχεδίου νόμου", "προσχέδι*", "σχέδιο συμφωνίας", "σχεδίου συμφωνίας",
              "σχέδιο μνημονίου", "σχεδίου μνημονίου", "σχέδιο πρωτοκόλλου", "σχέδιο σύμβασης"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# χρόνια από", "πριν από # χρόνια", "# χρόνια μετά", "επέτει* από την υπογραφή",
                "επέτει* της υπογραφής", "re:(?:δέκα|δεκαπέντε|είκοσι|τριάντα)\\s+χρόνια\\s+από"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "πριν από * χρόνια", "επέτει* από την υπογραφή", "χρόνια από την υπογραφή",
                   "νωρίτερα", "προηγουμένως", "πέρυσι", "πέρσι", "το προηγούμενο έτος", "παλαιότερα",
                   "από το #", "υπενθυμίζεται",
                   # an act recalled ("recalled that ...", "years ago"): not the story's news
                   "υπενθύμισε ότι", "υπενθύμισαν ότι", "θυμίζεται ότι", "πριν από # χρόνια"),
    "reporting": ("δήλωσ*", "ανέφερ*", "αναφέρει", "ανακοίνωσ*", "ανακοινώθηκε", "σύμφωνα με", "τόνισ*",
                  "υπογράμμισ*", "επισήμαν*", "ανάρτησ*"),
    "start": ("ξεκίνησ*", "ξεκινά", "άρχισ*", "αρχίζ*", "έναρξ*"),
    "date_joiners": (),
    "range_words": ("έως", "εώς", "και", "μέχρι"),
    "months": {"ιανουαρίου": 1, "ιανουάριος": 1, "ιανουάριο": 1, "φεβρουαρίου": 2, "φεβρουάριος": 2,
               "φεβρουάριο": 2, "μαρτίου": 3, "μάρτιος": 3, "μάρτιο": 3, "απριλίου": 4, "απρίλιος": 4,
               "απρίλιο": 4, "μαΐου": 5, "μαίου": 5, "μάιος": 5, "μάιο": 5, "ιουνίου": 6, "ιούνιος": 6,
               "ιούνιο": 6, "ιουλίου": 7, "ιούλιος": 7, "ιούλιο": 7, "αυγούστου": 8, "αύγουστος": 8,
               "αύγουστο": 8, "σεπτεμβρίου": 9, "σεπτέμβριος": 9, "σεπτέμβριο": 9, "οκτωβρίου": 10,
               "οκτώβριος": 10, "οκτώβριο": 10, "νοεμβρίου": 11, "νοέμβριος": 11, "νοέμβριο": 11,
               "δεκεμβρίου": 12, "δεκέμβριος": 12, "δεκέμβριο": 12},
    # Act verbs in the present tense: with a day to come, the act is announced ("υπογράφουν τη Δευτέρα").
    "present": ("υπογράφει", "υπογράφουν", "υπογράφεται", "υπογράφονται", "κυρώνει", "κυρώνουν"),
    # Time words that point ahead.
    "coming": ("την επόμενη εβδομάδα", "τον επόμενο μήνα", "αύριο", "τις επόμενες ημέρες", "προσεχώς"),
    "weekdays": {"δευτέρα": 0, "τρίτη": 1, "τετάρτη": 2, "πέμπτη": 3, "παρασκευή": 4, "σάββατο": 5,
                 "κυριακή": 6},
    "today": ("σήμερα", "σημερινή", "σημερινής"),
    "yesterday": ("χθες", "χτες", "χθεσινή"),
    "plan_year": (r"(?<!\w)για το (?:έτος |ετος )?(20\d\d)\b", r"\b(20\d\d)\s*(?:-|–|/|και)\s*20\d\d\b",
                  r"(?<!\w)(?:έτους|ετους|έτος|ετος) (20\d\d)\b",
                  # the programme "of 2025" ("το πρόγραμμα αμυντικής συνεργασίας του 2025"), accented or in capitals
                  r"(?<!\w)(?:πρ[οό]γραμμα|προγρ[άα]μματος|σχ[έε]διο|σχεδ[ίι]ου)(?:\s+[^\s\d]+){0,5}?\s+του\s+(20\d\d)(?!\d)"),
    "story_end": ("σχόλια", "σχολιάστε*", "ακολουθήστε*", "δείτε όλες τις τελευταίες*", "τελευταία νέα",
                  "τελευταίες ειδήσεις", "περισσότερα νέα", "δημοφιλή", "κοινοποιήστε*", "ετικέτες"),
    "story_skip": ("πηγή*",),
    "story_aside": ("διαβάστε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα", "δείτε επίσης", "σχετικά άρθρα",
                    "σχετικές ειδήσεις"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("τηλεφων*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("συνεργασ*", "σχέσε*", "σχέσεων", "εταιρικ* σχέσ*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("κατάσταση*", "πόλεμο*", "σύγκρουσ*", "κρίση*", "μέτωπο*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("εκεχειρία*", "κατάπαυση του πυρός", "αιχμαλώτ*", "αποκλιμάκωση*",
                         "ειρηνευτικές συνομιλίες", "συμφωνία ειρήνης")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("διαπραγματ*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("πρότυπ*",)
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("στο πλαίσιο", "σύμφωνα με", "βάσει")


def _unaccented(entry: str) -> str:
    """The entry as Greek capitals are written, lowercased: without tonos or dialytika."""
    decomposed = unicodedata.normalize("NFD", entry)
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if unicodedata.category(char) != "Mn"))


def _add_compounds(lexicon: dict) -> None:
    """Compound adjectives name Greece and the partner (longer entries win over "ελλην*")."""
    for code, entries in lexicon.pop("compound_partners").items():
        lexicon["countries"][f"GR+{code}"] = lexicon["countries"].get(f"GR+{code}", ()) + entries


_add_compounds(LEXICON)
respell(LEXICON, lambda entry: [_unaccented(entry)], skip=("plan_year", "stopwords"))
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("πρέσβ*", "πρεσβεί*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("κατήγγειλ*", "καταγγελία*", "αναστολ*", "ανέστειλ*", "ακύρωσ*")


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("ευχές", "συγχαρ*", "συλλυπητήρι*", "ευχήθηκ*",),
    "habitual": ("# φορές", "επανειλημμένα", "τακτικά", "πολλές φορές",),
    "future": ("αναβλήθηκε", "αναβολή", "ακυρώθηκε", "ματαιώθηκε", "αναβάλλεται", "απέρριψε", "δεν κύρωσε",),
    "civil_actor": ("υπουργ* οικονομικών", "υπουργ* ανάπτυξης", "υπουργ* υγείας", "υπουργ* παιδείας",
                    "υπουργ* πολιτισμού", "υπουργ* δικαιοσύνης",),
    "submission": ("κατατέθηκε", "κατέθεσε", "κατάθεση", "κατατίθεται",),
    "interview": ("συνέντευξη*",),
    "company": ("περίπτερο*",),
    "former": ("πρώην",),
    "settlement": ("ειρηνευτικ*", "ομήρ*",),
    "works": ("εργοστάσι*", "ναυπηγεί*",),
    "other_law": ("τροποποιήσ*", "προϋπολογισμ*",),
}
respell(_PRECISION, lambda entry: [_unaccented(entry)], skip=("plan_year", "stopwords"))
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('διαγωνισμ*', 'αγών*', 'πρωτάθλημα*', 'τουρνουά', 'ολυμπιάδ*', 'φεστιβάλ', 'παρέλασ*', 'κύπελλ*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("υπήκοο*", "υπήκοοι",), "citizen_after": ("υπήκοο*", "υπήκοοι",)}
respell(_CITIZENSHIP, lambda entry: [_unaccented(entry)])
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("αποχαιρετιστήρι*", "αποχαιρέτησ*",)}
respell(_FAREWELLS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("δόκιμοι", "δοκίμων", "σπουδαστ*", "φοιτητ*", "δημοσιογράφ*",)}
respell(_LAY_VISITORS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# Exercises named as what officials discussed ("συζήτησαν ... τις κοινές ασκήσεις") are a topic of their talks, not held (the verb of discussing
# was only a meeting word).
_WHOLE_ARTICLES = {"discussion": ("συζήτ*", "συζητ*",)}
extend(LEXICON, _WHOLE_ARTICLES)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("φωτογραφία αρχείου", "φωτ. αρχείου", "φωτογραφία από το αρχείο",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("δάνει*",)}
extend(LEXICON, _LOANS)
# A parliament's committee named by its bare noun ("Η επιτροπή ενέκρινε τη συμφωνία") takes a step towards
# ratification.
_COMMITTEES = {"stage": ("επιτροπή", "η επιτροπή",)}
extend(LEXICON, _COMMITTEES)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('έκτακτο', 'εκτακτο', 'τελευταία νέα', 'τελευταια νεα', 'live')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'υπουργ* υγείας', 'υπουργ* παιδείας', 'υπουργ* εργασίας', 'υπουργ* κοινωνικής συνοχής',
    'υπουργ* πολιτισμού', 'υπουργ* οικονομικών', 'υπουργ* δικαιοσύνης', 'υπουργ* αγροτικής ανάπτυξης',
    'υπουργ* τουρισμού',
)}
respell(_CIVIL_MINISTRIES, lambda entry: [_unaccented(entry)])
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('ομογένει*', 'ομογενεί*', 'διασπορ*', 'παροικί*')}
respell(_COMPATRIOTS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('βουλευτ*',)}
respell(_PARLIAMENTARIANS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('στεφάνι', 'στεφάνια', 'στεφάνου')}
respell(_WREATHS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
_OFFICIAL_KOREA = {"countries": {"KR": ("δημοκρατία της κορέας", "δημοκρατίας της κορέας",)}}
respell(_OFFICIAL_KOREA, lambda entry: [_unaccented(entry)])
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + _OFFICIAL_KOREA["countries"]["KR"]

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("επισκέπτ*", "φιλοξενούμεν*",)}
respell(_GUESTS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _GUESTS)

# --- Recall (c1, s12): two states joined in one word ---
# Greek writes a pair of states as one compound adjective, Greece first and no hyphen ("η ελληνοαιγυπτιακή άσκηση",
# "ελληνογαλλική συμφωνία", "ελληνοκυπριακή"), where other languages write two words ("greco-egiziana"): a key
# "GR+XX" names both states (countries.find_mentions). The compound_partners above counted for the partner alone
# (Greece left to the rest of the story), so a headline "Ξεκίνησε η ελληνοαιγυπτιακή άσκηση" named one state; they
# now count for both, and these stems add the adjectives they lacked.
_COMPOUND_PAIRS = {"countries": {
    f"GR+{code}": tuple(f"ελληνο{stem}*" for stem in stems) for code, stems in {
        "EG": ("αιγυπτ",), "FR": ("γαλλ",), "CY": ("κυπρ",), "IL": ("ισραηλ", "ϊσραηλ"), "US": ("αμερικ",),
        "TR": ("τουρκ",), "IT": ("ιταλ",), "BG": ("βουλγαρ",), "RO": ("ρουμαν",), "RS": ("σερβ",), "AL": ("αλβαν",),
        "DE": ("γερμαν",), "GB": ("βρεταν",), "IN": ("ινδ",), "SA": ("σαουδ",), "AM": ("αρμεν",), "JO": ("ιορδαν",),
        "PL": ("πολων",), "ES": ("ισπαν",), "PT": ("πορτογαλ",), "UA": ("ουκραν",), "RU": ("ρωσ",), "CN": ("κινεζ",),
        "JP": ("ιαπων",), "AU": ("αυστραλ",), "CA": ("καναδ",), "NL": ("ολλανδ",), "BE": ("βελγ",), "NO": ("νορβηγ",),
        "SE": ("σουηδ",), "FI": ("φινλανδ",), "MA": ("μαροκ",), "TN": ("τυνησ",), "DZ": ("αλγερ",), "LB": ("λιβαν",),
        "AE": ("εμιρατ",), "PK": ("πακιστ",), "AZ": ("αζερ",), "GE": ("γεωργ",), "HR": ("κροατ",), "CZ": ("τσεχ",),
        "HU": ("ουγγρ",), "AT": ("αυστριακ",), "LT": ("λιθουαν",), "EE": ("εσθον",), "LV": ("λετον",), "KR": ("κορε",),
    }.items()}}
respell(_COMPOUND_PAIRS, lambda entry: [_unaccented(entry)])
for _code, _names in _COMPOUND_PAIRS["countries"].items():
    LEXICON["countries"][_code] = LEXICON["countries"].get(_code, ()) + _names

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:συνομιλ|διαβουλε|διαβουλέ)\\w*\\s+(?:[\\w'-]+\\s+){0,12}?(?:για|σχετικά με|περί)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("επιτελεί*", "επιτελει*",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("κατά τη συνάντηση", "στη συνάντηση", "κατά τη διάρκεια της συνάντησης", "συναντήθηκαν", "συναντήθηκε", "συνομίλησαν", "συνομίλησε", "επισκέφθηκε", "επισκέφτηκε", "πραγματοποιήθηκαν", "πραγματοποιήθηκε", "συζήτησαν", "είχε συνάντηση", "είχαν συνάντηση", "υποδέχθηκε",),
                 "future": ("συμφώνησαν να", "συμφώνησε να", "αποφάσισαν να",)}
respell(_TOLD_AS_DONE, lambda entry: [_unaccented(entry)])
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s12): a technical arrangement ---
# "τεχνική διευθέτηση" (technical arrangement), signed by two defence ministries, is an agreement (SCHEMA.md).
_ARRANGEMENTS = {"agreement_nouns": ("τεχνική διευθέτηση", "τεχνικής διευθέτησης", "τεχνικές διευθετήσεις", "τεχνικών διευθετήσεων",)}
respell(_ARRANGEMENTS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _ARRANGEMENTS)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("είχε υπογραφεί", "είχαν υπογραφεί", "είχε υπογράψει", "είχαν υπογράψει", "είχε κυρωθεί", "είχαν κυρωθεί", "είχε κυρώσει", "είχε συναφθεί", "είχαν συναφθεί", "είχε εγκριθεί", "είχε εγκρίνει", "είχε πραγματοποιηθεί", "είχαν πραγματοποιηθεί", "είχε διεξαχθεί", "είχαν διεξαχθεί", "είχαν συναντηθεί", "είχε συναντηθεί")}
respell(_PLUPERFECT, lambda entry: [_unaccented(entry)])
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("συμφώνησαν", "συμφωνούν", "συμφώνησε")}
respell(_AGREED_EXERCISE, lambda entry: [_unaccented(entry)])
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("εδώ και χρόνια", "εδώ και πολλά χρόνια", "κάθε χρόνο", "ετησίως")}
respell(_HABITUAL_EXERCISES, lambda entry: [_unaccented(entry)])
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("που", "το οποίο", "την οποία", "τα οποία", "οποίο", "οποία")}
respell(_RELATIVE, lambda entry: [_unaccented(entry)])
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("την περασμένη εβδομάδα", "πρόσφατα", "πριν από μία εβδομάδα", "πριν από λίγες ημέρες")}
respell(_PAST_PERIODS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Ο υπουργός είχε επικοινωνία με ...") names the outlet's own minister, as
# its press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("ο υπουργός", "η υπουργός",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("στρατιωτικοί της Ελλάδας και της Κύπρου εκπαιδεύτηκαν") tells troops exercising:
# with the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as
# ru "отработали" already reads).
_DRILLS = {"conduct": ("εκπαιδεύτηκαν", "εξασκήθηκαν")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("το πρόγραμμα συνεργασίας του επόμενου έτους") binds it to a
# year: a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a
# future word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("του επόμενου έτους", "για το επόμενο έτος", "του επόμενου χρόνου", "για τον επόμενο χρόνο", "για το προσεχές έτος", "του προσεχούς έτους")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("κοινές πτήσεις", "κοινών πτήσεων", "re:κοιν\\w*\\s+(?:[\\w-]+\\s+){0,2}?εκπα[ιί]δευσ\\w*"),
                            "civil_topic": ("αεροπορικ* εταιρ*",)}
respell(_EXERCISES_BY_OTHER_NAMES, lambda entry: [_unaccented(entry)])
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so).
_DEFENCE_CONSULTATIONS = {"defence_actor": ("στρατιωτικ* διαβουλεύσ*",)}
respell(_DEFENCE_CONSULTATIONS, lambda entry: [_unaccented(entry)])
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("υπουργό εσωτερικών", "υπουργός εσωτερικών", "υπουργού εσωτερικών", "υπουργείο εσωτερικών", "υπουργείου εσωτερικών", "αστυνομ*", "συνοριοφυλακ*", "λιμενικ*", "τελωνει*", "πυροσβεστικ*", "πολιτικής προστασίας", "πολιτική προστασία")}
respell(_SECURITY_BODIES, lambda entry: [_unaccented(entry)])
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("η κύρια διάσκεψη σχεδίασης της κοινής άσκησης"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("διάσκεψη σχεδίασης", "διάσκεψης σχεδίασης", "διάσκεψη σχεδιασμού", "διάσκεψης σχεδιασμού", "σύσκεψη σχεδίασης", "σύσκεψη σχεδιασμού", "στο πλαίσιο της προετοιμασίας", "για την προετοιμασία",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("η οποία θα τεθεί σε ισχύ μετά την κύρωσή της"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("μετά την κύρωσή της", "μετά την κύρωσή του", "μετά την κύρωση", "μετά την επικύρωση", "μετά την επικύρωσή της", "μετά την επικύρωσή του", "υπόκειται σε κύρωση", "πρέπει να κυρωθεί", "πρέπει να επικυρωθεί",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, and names whose every word declines, armed forces known by their own name, and capitals the press names
# as their governments ("Καμπέρα signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "ET": ("αιθίοπ*",), "CO": ("κολομβιαν*",), "PE": ("περουβιαν*",), "PH": ("φιλιππινέζ*",), "TH": ("ταϊλανδ*",),
    "MY": ("μαλαισιαν*",), "SG": ("σιγκαπουριαν*",), "QA": ("καταριαν*",), "KW": ("κουβεϊτιαν*",),
    "VE": ("βενεζουελαν*",), "BO": ("βολιβιαν*",), "UY": ("ουρουγουαν*",), "CU": ("κουβαν*",), "GH": ("γκανέζ*",),
    "SN": ("σενεγαλέζ*",), "AO": ("αγκολέζ*",), "NP": ("νεπαλέζ*",), "MN": ("μογγόλ*",),
    "NG": ("νιγηριαν*",), "ZA": ("νοτιοαφρικαν*", "νότιας αφρικής"), "KE": ("κενυατ*",), "CL": ("χιλιαν*",),
}, "capitals": {
    "ZA": ("πρετόρια*",), "AU": ("καμπέρα*",), "ID": ("τζακάρτα*",), "NG": ("αμπούτζα*",), "SA": ("ριάντ",),
    "BR": ("μπραζίλια*",), "KE": ("ναϊρόμπι",), "IN": ("νέο δελχί", "νέου δελχί"), "JP": ("τόκιο",), "EG": ("κάιρο*",),
}}
respell(_REST_OF_WORLD, lambda entry: [_unaccented(entry)])
extend(LEXICON, _REST_OF_WORLD)

# --- The rest of the world (c4, s15; issue 15): an exercise completed ---
# "ολοκλήρωσαν κοινή άσκηση" (the navies completed a joint exercise): the active past of completing, beside the passive
# and present forms above, tells an exercise held (detect._exercise).
_EXERCISE_COMPLETED = {"conduct": ("ολοκλήρωσ*",)}
respell(_EXERCISE_COMPLETED, lambda entry: [_unaccented(entry)])
extend(LEXICON, _EXERCISE_COMPLETED)
