"""Authorities invoked versus mentioned, missions stated versus denied, agencies, commands, places."""
import pytest


def authority(record, code):
    return code in record["authorities"], code in record["invoked"]


@pytest.mark.parametrize(
    "sentence, code, invoked",
    [
        ("President Bush acted under the Insurrection Act and sent 4,500 troops into the city.", "insurrection_act", True),
        ("Trump did not invoke the Insurrection Act, though 700 Marines were deployed to the city.", "insurrection_act", False),
        ("Trump seems to be bypassing the Insurrection Act as 1,500 troops head to the border.", "insurrection_act", False),
        ("Aides said the president could invoke the Insurrection Act if the 2,000 Guard troops in the city are not enough.", "insurrection_act", False),
        ("The president threatened to invoke the Insurrection Act as 1,600 soldiers deployed to bases outside Washington.", "insurrection_act", False),
        ("The president stopped short of the Insurrection Act and sent 1,600 soldiers to bases near the city.", "insurrection_act", False),
        ("Officials considered the Insurrection Act before sending 1,600 soldiers to the capital.", "insurrection_act", False),
        ("The 4,000 Guard members will serve in Title 32 status at the border.", "title_32", True),
        ("Trump called 2,000 Guard members into federal service under 10 U.S.C. 12406.", "title_10_12406", True),
        ("The order declares a national emergency at the border, where 1,500 troops will deploy.", "national_emergency", True),
        ("The Posse Comitatus Act bars the 5,200 troops at the border from making arrests.", "posse_comitatus", False),
        ("The 6,000 Guard troops stay under the command of their governors while Washington pays for the mission.", "title_32", True),
    ],
)
def test_authorities(extract, sentence, code, invoked):
    assert authority(extract(sentence), code) == (True, invoked)


def test_citations_travel_with_authorities(extract):
    record = extract("Trump called 2,000 Guard members into federal service under 10 U.S.C. 12406.")
    facts = [f for f in record["facts"] if f["type"] == "authority"]
    assert facts and all(f["citation"] == "10 U.S.C. 12406" for f in facts)


def test_denied_missions_are_not_listed(extract):
    record = extract(
        "The 1,500 troops at the border will help Customs and Border Protection with surveillance. "
        "They will not make arrests and will not participate in law enforcement."
    )
    assert "detection_monitoring" in record["missions"]
    assert "law_enforcement" not in record["missions"]
    denied = [f for f in record["facts"] if f["type"] == "mission" and f["status"] == "denied"]
    assert denied


def test_missions_a_court_forbids_or_training_are_not_missions(extract):
    record = extract(
        "About 300 Guard troops remain in the city to protect federal buildings. "
        "The judge's injunction bars the troops from making arrests. The Marines have been trained in crowd control."
    )
    assert record["missions"] == ["protection"]


def test_agencies_are_those_the_troops_support(extract):
    record = extract(
        "About 2,000 Guard troops are deployed in support of Customs and Border Protection, "
        "Homeland Security Secretary Kristi Noem said."
    )
    assert record["agencies"] == ["CBP"]


def test_command_aliases_are_canonical(extract):
    record = extract("Northcom said 1,500 troops would deploy to the border under Joint Task Force-Southern Border.")
    assert set(record["commands"]) == {"U.S. Northern Command", "Joint Task Force-Southern Border"}


def test_places_are_canonical_with_coordinates(extract):
    record = extract(
        "About 1,000 soldiers from Fort Bragg, N.C., were sent to El Paso, Texas, and to the U.S.-Mexico border."
    )
    assert {"Fort Bragg, NC", "El Paso, TX", "southern border"} <= set(record["places"])
    for fact in record["facts"]:
        if fact["type"] == "place":
            assert fact["lat"] is not None and fact["lon"] is not None


def test_a_name_inside_a_longer_name_is_not_a_place(extract):
    record = extract("Guard troops guarded the Lincoln Memorial, Elizabeth Goitein said, as 1,200 soldiers deployed.")
    assert not {"Lincoln, NE", "Elizabeth, NJ"} & set(record["places"])


@pytest.mark.parametrize(
    "text",
    [
        "Biden ordered about 3,000 U.S. troops to Poland and Romania as Russia massed forces near Ukraine.",
        "Chicago police will put about 8,000 officers on the street for the holiday weekend.",
        "The Army ended the year about 15,000 recruits short of its goal.",
        "The campaign sent its troops of volunteers to knock on 126,000 doors in Arizona.",
    ],
)
def test_not_domestic_deployments(extract, text):
    record = extract(text)
    assert record["relevant"] is False
    assert record["figures"] == [] and record["places"] == []


def conditions(record):
    return {f["value"] for f in record["facts"] if f["type"] == "condition"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Trump federalized 2,000 California Guard members over the objection of Gov. Gavin Newsom.", {"federalized", "governor_objection"}),
        ("The governor sued the administration over the 4,000 Guard troops sent to the city.", {"governor_objection"}),
        ("At the request of Gov. Pete Wilson, Bush sent 4,500 troops into Los Angeles.", {"governor_request"}),
        ("Gov. Doug Ducey agreed to send 225 Guard members to the border.", {"governor_consent"}),
        ("The president declared an invasion at the southern border and sent 1,500 troops.", {"invasion_declared"}),
        ("Troops at the border will detain trespassers in a new National Defense Area, where 1,000 soldiers patrol.", {"military_zone"}),
    ],
)
def test_conditions_for_the_legal_rules(extract, sentence, expected):
    assert expected <= conditions(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlawful migration is not an invasion in any legal sense, the scholar said of the 1,500 troops at the border.",
        "Under 12406 a president can call a state's Guard into federal service to repel an invasion; 2,000 Guard troops are in the city.",
        "The governor praised the 2,000 Guard troops in the city.",
        "The president has called the caravans an invasion as 5,200 troops head to the border.",
    ],
)
def test_conditions_not_claimed(extract, sentence):
    found = conditions(extract(sentence))
    assert not found & {"invasion_declared", "governor_objection", "federalized"}


@pytest.mark.parametrize(
    "sentence, present, absent",
    [
        ("About 4,500 troops are working on relief in San Juan, Puerto Rico.", {"San Juan, PR"}, set()),
        ("The USS San Antonio carried 300 Marines toward the coast of New Jersey.", set(), {"San Antonio, TX"}),
        ("About 7,500 Army troops flew in from Fort Hood, Texas, to the city.", {"Fort Hood, TX"}, {"Texas"}),
        ("Inslee said 400 Guard members will report to food banks across Washington state.", {"Washington"}, {"Washington, DC"}),
        ("About 300 Guard troops reached Staten Island to clear debris after the storm.", {"New York, NY"}, set()),
        ("Some 2,000 Guard troops were staged at Selfridge Air Force Base, Mich., north of Detroit.", {"Selfridge Air Force Base, MI"}, set()),
    ],
)
def test_place_forms(extract, sentence, present, absent):
    places = set(extract(sentence)["places"])
    assert present <= places and not (absent & places)


def test_generic_task_forces_and_headquarters_are_commands(extract):
    record = extract("Gen. Throckmorton of Task Force Detroit commands the 4,700 paratroopers sent to the city under the Joint Force Land Component Command.")
    assert {"Task Force Detroit", "Joint Force Land Component Command"} <= set(record["commands"])
