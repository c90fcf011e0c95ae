"""Text repair (ingest.repair) on composed text: each rule undoes its damage and leaves sound text alone."""

from __future__ import annotations

from harmwatch.config import Settings
from harmwatch.ingest.repair import RULES, repair_text
from harmwatch.ingest.text import make_article

# A composed report whose punctuation marks were stripped the way some archives strip them: no apostrophe,
# no comma left anywhere.
STRIPPED = (
    "Shelling hits northern town\n\n"
    "Government artillery pounded the town of Saraqeb for a second day on Monday killing nine people "
    "a local doctor said. Assads forces have tried to retake the town since the spring and Syrias army "
    "said it had cleared two villages to the south. Residents said Mondays shelling was the heaviest in weeks. "
    "Rebels said they had pushed back an attack on the western edge of the town and Hamas issued no statement. "
    "Syrians who fled the town said Aleppos hospitals were full. The United States called for calm and Russia "
    "said its jets had not flown over the area. Assad has not commented. Syria denies hitting civilians. "
    "Aid groups said food was running short and that more families would leave if the shelling went on "
    "for much longer than a week."
)


def test_stripped_possessives_get_their_apostrophe_back() -> None:
    repaired = repair_text(STRIPPED)
    for possessive in ("Assad's forces", "Syria's army", "Monday's shelling", "Aleppo's hospitals"):
        assert possessive in repaired
    # plurals and names that end in s stay as they are
    for word in ("Rebels said", "Hamas issued", "Syrians who", "United States called"):
        assert word in repaired
    assert len(repaired) == len(STRIPPED) + 4


def test_a_possessive_weekday_named_nowhere_else_gets_its_apostrophe_back() -> None:
    # no bare "Thursday" anywhere: the weekday is a name by itself; "on Fridays" is a habit, not a possessive
    text = STRIPPED.replace(
        "Residents said Mondays shelling", "Rescuers searched the ruins of Thursdays raid and"
    )
    text = text.replace("Aid groups said", "Markets open on Fridays and aid groups said")
    repaired = repair_text(text)
    assert "Thursday's raid" in repaired
    assert "on Fridays and" in repaired


def test_text_that_kept_its_apostrophes_is_not_touched() -> None:
    text = STRIPPED.replace("Residents said", "Residents' leaders said")
    assert repair_text(text) == text
    commas = STRIPPED.replace("Residents said", "Residents, shaken, said")
    assert repair_text(commas) == commas
    short = "Assads forces shelled the town. Assad has not commented."
    assert repair_text(short) == short  # too short to tell lost apostrophes from none


def test_a_date_glued_to_its_year() -> None:
    assert repair_text("Last updated at Oct 082017 BEIRUT Shells fell.") == (
        "Last updated at Oct 08 2017 BEIRUT Shells fell."
    )
    assert repair_text("Published Jun 132016 and read 3 times") == "Published Jun 13 2016 and read 3 times"
    for sound in ("in October 2017 and 082017", "the May 2016 report", "Oct 8 2017"):
        assert repair_text(sound) == sound


def test_a_glued_dateline_dates_the_article() -> None:
    article = make_article("Last updated at Apr 152017 A convoy was hit near the bridge.", Settings())
    assert article.published == "2017-04-15"
    assert "Apr 15 2017" in article.text


def test_a_tag_list_run_into_the_text_is_cut_up_to_the_body() -> None:
    text = (
        "Blast hits a bus station in the city. Tags Syria Homs bus station car bomb Syrian Observatory "
        "At least 12 people were killed when a car bomb went off."
    )
    assert repair_text(text) == (
        "Blast hits a bus station in the city.\n\nAt least 12 people were killed when a car bomb went off."
    )
    on_its_line = "The report ends here.\nTags: Yemen, Taiz, shelling\nA second story starts."
    assert repair_text(on_its_line) == "The report ends here.\n\nA second story starts."
    # no end in sight within a keyword list's length: nothing is cut
    endless = "It ended. Tags " + " ".join(["word"] * 60)
    assert repair_text(endless) == endless
    assert repair_text("Price tags rose. Tags were printed.") == "Price tags rose. Tags were printed."


def test_picture_notes_and_trailing_furniture_are_dropped() -> None:
    text = (
        "Title\n\nThe minister (pictured) spoke at the port (file photo) on Monday. The crowd (seen below) "
        "cheered.\n\nLeave a Reply\nRead more\n"
    )
    assert repair_text(text) == "Title\n\nThe minister spoke at the port on Monday. The crowd cheered."
    assert repair_text("The ship (photo: Harbour Agency) left.") == "The ship left."
    kept = "He said (below the bridge) that they would comment later."
    assert repair_text(kept) == kept


def test_line_breaks_and_a_repeated_title() -> None:
    assert repair_text("Title\r\nTitle\r\n\r\nBody\u00a0text.") == "Title\n\nBody text."


def test_every_rule_names_its_damage() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    assert all(r.damage for r in RULES)


def test_a_noun_in_a_consonant_and_ys_is_a_possessive() -> None:
    text = STRIPPED.replace("Government artillery pounded", "The armys artillery pounded")
    text = text.replace("Aid groups said", "Aid groups in the countrys north said on both days")
    repaired = repair_text(text)
    assert "The army's artillery" in repaired
    assert "the country's north" in repaired
    # a vowel before the y makes a plural ("days"), and so do "why" and the words in "by"
    assert "on both days" in repaired
    sound = STRIPPED.replace("Aid groups said", "Aid groups asked the whys and kept standbys and said")
    assert "the whys and kept standbys" in repair_text(sound)
    # text that kept its apostrophes is not touched
    kept = STRIPPED.replace("Residents said", "Residents' leaders said the armys")
    assert repair_text(kept) == kept


def test_an_actors_acronym_with_an_s_is_a_possessive() -> None:
    text = STRIPPED.replace("Rebels said they had", "The SDFs commander and ISILs emirs said they had")
    text = text.replace("Aid groups said", "NGOs and aid groups said IEDs")
    repaired = repair_text(text)
    assert "The SDF's commander and ISIL's emirs" in repaired
    # acronyms of things take plurals: they are no actor of the registry
    assert "NGOs and aid groups said IEDs" in repaired
