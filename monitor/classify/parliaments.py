"""Parliaments known by a name of their own: each names its state, as a capital does.

A ratification told by the parliament that voted it rarely names its own state: "the Milli Majlis
ratified the agreement with Türkiye", "Sejm ratyfikował umowę z Koreą", «Народното събрание
ратифицира споразумението с Румъния». CLDR names states, not their parliaments, so these are
written here, once for every language: the lexicons read each as a capital of its state (a party
when it acts, a venue when something is held in it), and the clustering reads which state's
parliament voted (monitor.analysis.events.houses). Names other states' parliaments share ("the
parliament", "the Senate", Greek «Βουλή», which Cyprus's is called too; «Сейм» in Russian, Poland's
and Lithuania's) are not listed.

ISO code -> how the sources write the name, lowercase, as word beginnings (an inflected ending may
follow), in the scripts and languages the sources write them in.
"""

from __future__ import annotations

NAMED: dict[str, tuple[str, ...]] = {
    "TR": ("büyük millet meclis", "grand national assembly of turk", "turkish grand national assembly", "tbmm",
           "великое национальное собрание", "великого национального собрания", "великим национальным собранием",
           "великі національні збори", "böyük millət məclis", "türkiye büyük millet"),
    "AZ": ("milli məclis", "milli mejlis", "milli majlis", "milli meclis", "милли меджлис", "милли меджлиса",
           "милли меджлисом", "міллі меджліс"),
    "UA": ("verkhovna rada", "verkhovnaya rada", "werchowna rada", "верховна рада", "верховної ради",
           "верховною радою", "верховну раду", "верховная рада", "верховной рады", "верховной радой",
           "ali rada", "ali radası"),
    "RU": ("state duma", "госдум", "государственная дума", "государственной думы", "государственной думой",
           "державна дума", "staatsduma", "dövlət duması", "devlet duması", "federation council",
           "совет федерации", "совета федерации", "советом федерации", "föderationsrat"),
    "PL": ("sejm",),
    "LT": ("seimas", "seimo"),
    "LV": ("saeima",),
    "DE": ("bundestag", "бундестаг", "bundesrat", "бундесрат"),
    "KZ": ("mazhilis", "majilis", "mäjilis", "májilis", "мажилис", "мәжіліс"),
    "UZ": ("oliy majlis", "олий мажлис", "qonunchilik palatasi", "законодательная палата олий"),
    "KG": ("jogorku kenesh", "zhogorku kenesh", "жогорку кенеш"),
    "TJ": ("majlisi oli", "majlisi namoyandagon", "маджлиси оли", "маджлиси намояндагон", "маҷлиси олӣ"),
    "TM": ("mejlis of turkmen", "меджлис туркменистан", "türkmenistanyň mejlisi"),
    "AM": ("azgayin zhoghov", "ազգային ժողով"),
    "BG": ("народно събрание", "народното събрание", "narodno sabranie"),
    "RS": ("народна скупштин", "народне скупштин", "народној скупштин", "народну скупштин", "narodna skupštin",
           "narodne skupštin", "narodnoj skupštin", "narodnu skupštin"),
}
