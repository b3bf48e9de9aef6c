"""A figure's home state, place, unit and background flag, on sentences written for these tests."""


def only_figure(record, count):
    return next(f for f in record["figures"] if f["count"] == count)


def test_home_state_of_guard_troops(extract):
    figure = only_figure(extract("The first 225 Arizona National Guard members headed for the border on Monday."), 225)
    assert figure["state"] == "Arizona"
    figure = only_figure(extract("About 150 Guard members from New Jersey arrived in Washington, D.C., on Tuesday."), 150)
    assert figure["state"] == "New Jersey"


def test_active_duty_figures_have_no_home_state(extract):
    figure = only_figure(extract("About 700 Marines from Twentynine Palms were sent to Los Angeles."), 700)
    assert figure["state"] is None


def test_place_is_where_the_troops_go(extract):
    figure = only_figure(extract("The Pentagon sent 1,500 soldiers from Fort Bragg, N.C., to El Paso, Texas."), 1500)
    assert figure["place"] == "El Paso, TX"


def test_unit_named_near_the_figure(extract):
    figure = only_figure(extract("About 500 Marines of the 2nd Battalion, 7th Marines were placed on standby for Los Angeles."), 500)
    assert figure["unit"] == "2nd Battalion, 7th Marines"
    figure = only_figure(extract("Roughly 300 soldiers of the 79th Infantry Brigade Combat Team deployed in Los Angeles."), 300)
    assert figure["unit"] == "79th Infantry Brigade Combat Team"


def test_background_figures_from_earlier_years(extract):
    record = extract("President Barack Obama ordered 1,200 Guard troops to the border in 2010.", published="2018-04-05")
    assert only_figure(record, 1200)["background"] is True
    record = extract("The president ordered 1,200 Guard troops to the border on Monday.", published="2018-04-05")
    assert only_figure(record, 1200)["background"] is False
