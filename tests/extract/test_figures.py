"""Troop figures on sentences written for these tests: hedges, kinds, components, distractors."""
import pytest



def figures_of(record: dict) -> dict[int, dict]:
    return {f["count"]: f for f in record["figures"]}


@pytest.mark.parametrize(
    "sentence, count, qualifier",
    [
        ("The Pentagon will send up to 1,500 troops to the southern border.", 1500, "up_to"),
        ("The Pentagon will send as many as 1,500 troops to the southern border.", 1500, "up_to"),
        ("The Pentagon will send about 1,500 troops to the southern border.", 1500, "approx"),
        ("The Pentagon will send roughly 1,500 troops to the southern border.", 1500, "approx"),
        ("The Pentagon will send nearly 1,500 troops to the southern border.", 1500, "approx"),
        ("The Pentagon will send an estimated 1,500 troops to the southern border.", 1500, "approx"),
        ("The Pentagon will send at least 1,500 troops to the southern border.", 1500, "at_least"),
        ("The Pentagon will send more than 1,500 troops to the southern border.", 1500, "more_than"),
        ("The Pentagon will send fewer than 1,500 troops to the southern border.", 1500, "fewer_than"),
        ("The Pentagon will send 1,500 troops to the southern border.", 1500, "exact"),
        ("The Pentagon will send fifteen hundred troops to the southern border.", 1500, "exact"),
        ("The Pentagon will send 1.5k troops to the southern border.", 1500, "exact"),
        ("Guard strength on the border will drop to 3,000 or fewer.", 3000, "up_to"),
    ],
)
def test_hedges(extract, sentence, count, qualifier):
    figure = figures_of(extract(sentence))[count]
    assert figure["qualifier"] == qualifier


def test_interval_follows_the_hedge(extract):
    figures = figures_of(extract("Officials said up to 4,000 Guard members and about 2,000 Marines would deploy to the border."))
    assert (figures[4000]["low"], figures[4000]["high"]) == (0, 4000)
    assert figures[2000]["low"] < 2000 < figures[2000]["high"]
    more = figures_of(extract("More than 2,000 soldiers remain deployed along the border."))[2000]
    assert more["low"] == 2001 and more["high"] is None


def test_range_gives_two_figures(extract):
    figures = figures_of(extract("The president said he wants between 2,000 and 4,000 Guard troops on the border."))
    assert figures[2000]["qualifier"] == "at_least"
    assert figures[4000]["qualifier"] == "up_to"
    assert figures[2000]["component"] == figures[4000]["component"] == "national_guard"


def test_elided_thousands_in_a_range(extract):
    figures = figures_of(extract('Trump said he would send "anywhere between 10 and 15,000 military personnel" to the border.'))
    assert set(figures) == {10000, 15000}


@pytest.mark.parametrize(
    "sentence, count, kind",
    [
        ("The Pentagon said it will send 2,000 troops to the border next week.", 2000, "sent"),
        ("An additional 700 Marines arrived in Los Angeles on Tuesday.", 700, "sent"),
        ("About 5,800 active-duty troops are deployed in Texas, Arizona and California.", 5800, "present"),
        ("Roughly 2,100 National Guard members remain on the border.", 2100, "present"),
        ("The Pentagon ordered another 2,000 Guard troops to the city, bringing the total to about 4,100.", 4100, "present"),
        ("Defense officials authorized up to 4,000 Guard members for the border mission.", 4000, "authorized"),
        ("The task force has up to 4,000 troops authorized for the mission.", 4000, "authorized"),
        ("More than 2,000 of the active-duty troops sent to the border are back at their home bases.", 2000, "withdrawn"),
        ("The Pentagon is withdrawing about 3,000 Guard soldiers from the city.", 3000, "withdrawn"),
        ("About 500 Marines were placed on standby for the mission in Los Angeles.", 500, "sent"),
        ("The 3,000 Guard troops sent to the capital in June could begin going home next week.", 3000, "withdrawn"),
        ("The 1,600 soldiers, who had been moved to bases near the city, have all returned to their home posts.", 1600, "withdrawn"),
        ("About 2,400 Guard members from nine states are now in the city.", 2400, "present"),
        ("The Pentagon ordered the last of the roughly 900 soldiers back to their home bases.", 900, "withdrawn"),
        ("Officials released 1,000 of the 3,000 Guard troops deployed in the city.", 3000, "present"),
        ("The brigade's departure leaves about 1,800 Guard troops in the city.", 1800, "present"),
        ("The state withdrew 2,000 soldiers from a force that topped 9,000 at the height of the unrest.", 9000, "present"),
        ("Engineers arrived to reinforce the 1,100 Guard members already at the border.", 1100, "present"),
        ("The 5,000 troops the president ordered to the coast began arriving on Friday.", 5000, "sent"),
        ("The Guard force in the state fell from 2,400 troops to 1,200.", 2400, "present"),
        ("The District's own Guard, about 1,100 strong, will stay on duty.", 1100, "present"),
    ],
)
def test_kinds(extract, sentence, count, kind):
    assert figures_of(extract(sentence))[count]["kind"] == kind


@pytest.mark.parametrize(
    "sentence, count, component",
    [
        ("The Pentagon will send 1,500 active-duty troops to the border.", 1500, "active_duty"),
        ("About 700 Marines were sent to Los Angeles.", 700, "active_duty"),
        ("The governor sent 400 National Guard members to the border.", 400, "national_guard"),
        ("Some 1,200 members of the D.C. National Guard are on duty in the city.", 1200, "national_guard"),
        ("About 300 Army reservists were mobilized for the border mission.", 300, "reserve"),
        ("The Pentagon is sending 1,500 troops to the border.", 1500, "unspecified"),
        ("The task force has up to 4,000 troops, primarily from the National Guard, at the border.", 4000, "unspecified"),
        ("The governor called up as many as 600 soldiers on state active duty for the summit.", 600, "national_guard"),
        ("More than 7,000 active-duty and reserve troops were still supporting the relief effort.", 7000, "unspecified"),
        ("At Fort Indiantown Gap, about 2,700 active-duty soldiers and Army reservists run the camp.", 2700, "unspecified"),
    ],
)
def test_components(extract, sentence, count, component):
    assert figures_of(extract(sentence))[count]["component"] == component


def test_anaphora_carries_the_component(extract):
    figures = figures_of(extract(
        "About 5,900 active-duty troops are deployed along the border, roughly 2,800 of them in Texas."
    ))
    assert figures[2800]["component"] == "active_duty"
    assert figures[2800]["kind"] == "present"


def test_bare_numbers_after_a_troop_sentence(extract):
    record = extract(
        "The first 225 Arizona National Guard members left for the border on Monday. "
        "Another 113 are scheduled to leave Tuesday; in all, the state plans to send about 338."
    )
    assert {225, 113, 338} <= set(figures_of(record))


@pytest.mark.parametrize(
    "sentence",
    [
        "The department will supply riot gear for 500 Border Patrol agents at the border.",
        "About 2,500 police officers will patrol the convention while Guard troops stand by.",
        "The lead caravan of roughly 3,500 migrants is still far from the border where troops wait.",
        "Police made more than 3,000 arrests as Guard troops deployed in the city.",
        "The troop deployment at the border will cost about $72 million, the Pentagon said.",
        "Guard troops were deployed to the border for 30 days under the 2018 order.",
        "Soldiers of the 82nd Airborne Division deployed to the border.",
        "The Pentagon sent 3,000 troops to Poland and Germany to reassure NATO allies.",
        "Hundreds of troops and thousands of Guard members were deployed to the border.",
        "Five Guard members were hurt when protesters threw bricks at the deployment.",
        "The mission under Task Force 51 deployed troops to the city.",
        "The soldiers of Joint Task Force 40 still patrol the island at night.",
        "As Guard troops patrolled the city, the death toll reached 43 on Thursday.",
    ],
)
def test_distractors_are_not_figures(extract, sentence):
    assert extract(sentence)["figures"] == []


def test_a_figure_repeated_with_and_without_a_hedge_is_one_hedged_figure(extract):
    record = extract(
        "The Pentagon is sending up to 1,500 troops to the southern border, officials said.",
        title="Pentagon sending 1,500 troops to the border",
    )
    assert [(f["count"], f["qualifier"]) for f in record["figures"]] == [(1500, "up_to")]


def test_event_date_resolves_weekdays_against_publication(extract):
    record = extract("On Monday the governor ordered 250 Guard members to the border.", published="2018-04-07")
    assert record["figures"][0]["event_date"] == "2018-04-02"


def test_a_bare_count_takes_the_component_its_copula_names(extract):
    record = extract("About 4,200 service members remain in Puerto Rico. Roughly 3,300 are National Guard "
                     "members, most of them from the island, and about 900 are active-duty troops.")
    assert figures_of(record)[3300]["component"] == "national_guard"
    assert figures_of(record)[900]["component"] == "active_duty"


def test_troops_ordered_to_leave_are_withdrawn_whatever_the_verb(extract):
    record = extract("The Pentagon on Monday ordered the 700 Marines sent to Los Angeles last month to leave the city.")
    assert figures_of(record)[700]["kind"] == "withdrawn" and figures_of(record)[700]["role"] == "leaving"
