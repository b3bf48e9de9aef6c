"""'Washington' the government is no place troops are."""


def places(record):
    return set(record["places"])


def test_help_from_washington_is_the_government(extract):
    record = extract("About 1,900 Guard members were at work in Homestead, Fla., on Tuesday. "
                     "The military help from Washington has so far been limited.")
    assert "Washington, DC" not in places(record)


def test_troops_sent_to_washington_are_there(extract):
    record = extract("About 800 Guard members were sent to Washington on Monday to patrol the Mall.")
    assert "Washington, DC" in places(record)
