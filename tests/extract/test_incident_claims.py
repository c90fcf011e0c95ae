"""Claims linked to incidents and tallied: the lead figure, war tolls, and the main incident's own figure."""

from __future__ import annotations

import dataclasses

from harmwatch.extract.incidents.claims import repeated_toll, tally
from harmwatch.extract.incidents.words import war_toll
from harmwatch.records import Claim, Count, Victims


def _claim(cid: str, low: int, start: int, qualifier: str = "exact", victims: str = "people") -> Claim:
    high = None if qualifier in ("at_least", "more_than") else low
    return Claim(
        id=cid,
        kind="killed",
        count=Count(low, high, qualifier, str(low)),  # type: ignore[arg-type]
        victims=Victims(type=victims),
        claimant=None,
        span=(start, start + 5),
    )


def test_a_toll_of_several_leads_over_one_victim_told_first() -> None:
    claims = [_claim("c1", 1, 0, victims="other"), _claim("c2", 25, 10, victims="fighters")]
    assert tally(claims)["killed"].low == 25
    assert tally([_claim("c1", 1, 0)])["killed"].low == 1


def test_more_than_gives_the_figure_the_text_states() -> None:
    # "over 20 killed" is a claim of at least 21 and an incident figure of 20, with or without a body's "20"
    agreeing = [_claim("c1", 21, 0, "more_than"), _claim("c2", 20, 10, "at_least")]
    assert tally(agreeing)["killed"].low == 20
    other = [_claim("c1", 21, 0, "more_than"), _claim("c2", 12, 10)]
    assert tally(other)["killed"].low == 20
    exact = [_claim("c1", 21, 0), _claim("c2", 12, 10)]
    assert tally(exact)["killed"].low == 21


def test_a_sum_with_a_more_than_part_is_the_sum_stated() -> None:
    fighters, others = _claim("c1", 120, 0), _claim("c2", 61, 0, "more_than")
    assert tally([fighters, others])["killed"].low == 180


def test_counts_of_one_coordination_add_up() -> None:
    women, child = _claim("c1", 5, 0, victims="women"), _claim("c2", 1, 0, victims="children")
    assert tally([women, child])["killed"].low == 6
    assert tally([women, child])["killed"].claim_ids == ("c1", "c2")
    total = _claim("c0", 10, 0)
    parts = [_claim("c1", 3, 20, victims="civilians"), _claim("c2", 2, 20, victims="fighters")]
    assert tally([total, *parts])["killed"].low == 10


def test_war_tolls_in_their_many_wordings() -> None:
    tolls = [
        "More than 52000 people have died in Yemens four-year war and many more have fled.",
        "The monitor put the death toll from the decade-long conflict at more than 350000 people.",
        "The war has claimed more than 300000 lives.",
        "More than 90000 people have been killed and millions forced from their homes.",
        "The conflict has so far claimed 280000 lives.",
        "Since then tens of thousands of civilians have been killed.",
    ]
    events = [
        "Twelve people were killed in an air strike on the town on Friday.",
        "Thirty people have been killed in rocket fire overnight, the scene of fighting in Syrias civil war.",
        "A chemical attack killed 72 people, the latest atrocity in the intractable civil war.",
        "Twelve were killed in a war plane attack, the war monitor said.",
    ]
    assert all(war_toll(s) for s in tolls)
    assert not any(war_toll(s) for s in events)


def test_a_war_toll_is_no_incident_count(extract_text) -> None:
    report = extract_text(
        "Strike kills 12\n\nMon Oct 31, 2016\n\n"
        "An air strike killed 12 people in the town of Douma on Monday, a monitor said. "
        "More than 300000 people have died in Syrias six-year war.\n"
    )
    (war,) = [c for c in report["claims"] if c["count"]["low"] == 300_001]
    assert war["incident_id"] is None
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 12


def test_a_vague_main_incident_takes_the_figure_of_its_kind(extract_text) -> None:
    report = extract_text(
        "Dozens killed in air strikes\n\nMon Oct 31, 2016\n\n"
        "Dozens of civilians were killed in air strikes on the city of Homs on Monday, activists said.\n\n"
        "The United Nations condemned the violence.\n\nMore talks were planned.\n\n"
        "The envoy called for calm.\n\nThe talks failed.\n\n"
        "On Sunday, air strikes on the town of Saraqeb in Idlib killed 45 people, a monitor said.\n"
    )
    main = report["incidents"][0]
    assert main["sub_event_type"] == "Air/drone strike"
    assert main["casualties"]["killed"]["low"] == 45


def test_a_toll_repeated_as_its_figure_is_the_same_event() -> None:
    headline = dataclasses.replace(_claim("c1", 101, 0, "more_than", "fighters"), incident_id="i1")
    body = dataclasses.replace(_claim("c2", 100, 50, "at_least", "fighters"), incident_id="i2")
    civilians = dataclasses.replace(body, victims=Victims(type="civilians"))
    war = dataclasses.replace(body, incident_id=None)
    assert repeated_toll([headline, body], "i1") == "i2"
    assert repeated_toll([headline, civilians], "i1") is None
    assert repeated_toll([headline, war], "i1") is None


def test_a_vague_toll_told_first_bounds_the_figures_after_it() -> None:
    dozens = _claim("c1", 24, 0, "vague")
    claims = [dozens, _claim("c2", 3, 10), _claim("c3", 86, 20, "at_least")]
    assert tally(claims)["killed"].low == 86
    # no figure reaches the bound: the lead figure stays
    assert tally([dozens, _claim("c2", 3, 10)])["killed"].low == 3


def test_the_main_incident_is_the_one_of_the_first_precise_toll(extract_text) -> None:
    report = extract_text(
        "Jets pound the city\n\nThu Oct 13, 2016\n\n"
        "In fresh strikes, jets pounded the city early on Thursday, a monitor said. "
        "Severe shelling on the city has killed at least 84 civilians, the monitor said.\n\n"
        "Warplanes killed 13 people on Thursday in raids on several districts.\n"
    )
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 84


def test_exact_children_lead_over_a_vague_toll() -> None:
    claims = [_claim("c1", 3, 0, "at_least", "women"), _claim("c2", 24, 20, "vague")]
    assert tally(claims)["killed"].low == 3
    # an exact toll of all the dead still outranks the children among them
    assert tally([_claim("c1", 3, 0, victims="children"), _claim("c2", 9, 20)])["killed"].low == 9


def test_a_sum_over_separate_attacks_is_not_the_event_toll(extract_text) -> None:
    report = extract_text(
        "Air strikes hit towns\n\nMon Feb 2, 2015\n\n"
        "Government jets bombing towns across the country killed at least 38 people on Monday, a monitor "
        "said. In the town of Jassem, 16 civilians were killed in four air strikes.\n"
    )
    main = report["incidents"][0]
    assert main["casualties"]["killed"]["low"] == 16
    (total,) = [c for c in report["claims"] if c["count"]["low"] == 38]
    assert total["incident_id"] is None


def test_a_smaller_later_toll_does_not_displace_a_vague_one(extract_text) -> None:
    report = extract_text(
        "Hundreds killed in street battles\n\nTue Oct 7, 2014\n\n"
        "Fighters fought fierce street battles on Tuesday in an assault that has left hundreds dead.\n\n"
        "Elsewhere a suicide bomber blew himself up at a checkpoint, and at least 17 people were killed.\n"
    )
    assert report["incidents"][0]["sub_event_type"] == "Armed clash"


def test_one_victim_told_twice_is_the_toll() -> None:
    def one(cid: str, start: int, written: str) -> Claim:
        return dataclasses.replace(_claim(cid, 1, start), count=Count(1, 1, "exact", written))

    earlier = _claim("c3", 87, 40)
    assert tally([one("c1", 0, "One"), one("c2", 20, "One woman"), earlier])["killed"].low == 1
    # "one of the commanders" and 10 fighters: the ten lead
    named = [one("c1", 0, "Emir"), one("c2", 20, "one of the commanders"), _claim("c3", 10, 40)]
    assert tally(named)["killed"].low == 10


def test_a_toll_of_an_event_dated_from_the_story_is_not_its_toll(extract_text) -> None:
    report = extract_text(
        "Blast kills a guard\n\nMon Mar 6, 2017\n\n"
        "A guard was killed in a bombing at a checkpoint in the town of Qasr Belan on Monday, a week after a "
        "similar attack in the town killed 30 people, a monitor said.\n"
    )
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 1
    (earlier,) = [c for c in report["claims"] if c["count"]["low"] == 30]
    assert earlier["incident_id"] is None


def test_the_toll_of_another_day_leaves_the_incident(extract_text) -> None:
    cases = [
        (
            "A week after a car bomb killed 30 people in the market of Ain Sorvik, a second blast killed five "
            "people there on Monday, a monitor said.",
            5,
            30,
        ),
        (
            "Two days after shelling killed 14 civilians in the town of Dar Helwan, jets struck the town again "
            "on Monday, killing three people.",
            3,
            14,
        ),
    ]
    for sentence, toll, other in cases:
        report = extract_text(f"Strikes hit town\n\nMon Mar 6, 2017\n\n{sentence}\n")
        assert report["incidents"][0]["casualties"]["killed"]["low"] == toll
        (earlier,) = [c for c in report["claims"] if c["count"]["low"] == other]
        assert earlier["incident_id"] is None


def test_a_telling_dated_from_the_event_leaves_its_toll(extract_text) -> None:
    # "a day after it was announced that": the day dates the announcement, the harm is the story's
    report = extract_text(
        "Strikes on town\n\nMon Mar 6, 2017\n\n"
        "A day after it was announced that air strikes killed 41 civilians in the town of Sarvin Ala, the agency "
        "said 12 of them were children.\n"
    )
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 41


def test_an_earlier_attack_s_toll_is_not_the_incident_s(extract_text) -> None:
    for sentence in (
        "An earlier attack on the same checkpoint killed 30 people.",
        "Thirty people were killed in a previous raid on the town.",
    ):
        report = extract_text(
            "Blast kills a guard\n\nMon Mar 6, 2017\n\n"
            "A guard was killed in a bombing at a checkpoint in the town of Qasr Belan on Monday, a monitor "
            f"said. {sentence}\n"
        )
        assert report["incidents"][0]["casualties"]["killed"]["low"] == 1
        (earlier,) = [c for c in report["claims"] if c["count"]["low"] == 30]
        assert earlier["incident_id"] is None


def test_an_earlier_toll_of_the_same_strike_stays_with_it(extract_text) -> None:
    report = extract_text(
        "Strike kills 18\n\nMon Mar 6, 2017\n\n"
        "An air strike killed 18 people in the town of Qasr Belan on Monday, a monitor said. An earlier toll "
        "from the strike said 15 people were killed.\n"
    )
    assert all(c["incident_id"] == "i1" for c in report["claims"])
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 18


def test_a_toll_of_dead_or_hurt_does_not_lead_the_killed_figure(extract_text) -> None:
    for sentence in (
        "Shelling killed or wounded 40 people in the town of Qasr Belan on Monday, a monitor said. Nine of "
        "them died.",
        "Shelling on the town of Qasr Belan caused 40 casualties on Monday, a monitor said. Nine people were "
        "killed.",
    ):
        report = extract_text(f"Shelling hits town\n\nMon Mar 6, 2017\n\n{sentence}\n")
        assert report["incidents"][0]["casualties"]["killed"]["low"] == 9


_TOLL = "Officials in Tarvin say at least 12 people died on Monday."
_MARCH = "Hundreds of students held a peaceful protest in Dorvan on Tuesday to demand reforms."
_RAID = "In the north, jets bombed two villages near Tarvin on Wednesday, killing five people."


def _incident_of(report: dict, written: str) -> dict | None:
    claim = next(c for c in report["claims"] if c["count"]["as_written"] == written)
    return next((i for i in report["incidents"] if i["id"] == claim["incident_id"]), None)


def test_a_toll_told_apart_goes_to_an_act_of_violence_not_to_a_protest_beside_it(extract_text) -> None:
    # the toll's sentence names no kind of event: by nearness it would fall to the peaceful march after it,
    # which harms no one; the air raid is the story's violence and leads with the toll
    report = extract_text(f"{_TOLL} {_MARCH} {_RAID}")
    incident = _incident_of(report, "at least 12 people")
    assert incident is not None and incident["sub_event_type"] != "Peaceful protest"
    assert report["incidents"][0]["casualties"]["killed"]["low"] == 12


def test_a_toll_beside_a_protest_alone_stays_with_it(extract_text) -> None:
    report = extract_text(f"{_TOLL} {_MARCH}")
    incident = _incident_of(report, "at least 12 people")
    assert incident is not None and incident["sub_event_type"] == "Peaceful protest"
