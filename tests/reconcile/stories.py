"""Weeks of reporting on deployments, written for these tests, with the truth each tells.

BORDER_2025: an active-duty border mission announced in January, reinforced,
given a ceiling, contradicted by two outlets on one day, extended, drawn down,
with a syndicated copy and a retold withdrawal.

LOS_ANGELES_2025: federalized Guard and Marines under one task force, overlapping
the border mission in time, built up and drawn down.

BORDER_2018: a Guard mission under Title 32 from April and an active-duty mission
from October in the same theatre: two deployments. A report a year and a half
later starts a third.

DC_2025: Guard from the District and from several states, added state by state.

The truth is written down per day as the interval the reporting supports.
"""
from __future__ import annotations

from story_kit import F, X, article, syndicate

# ---------------------------------------------------------------- border 2025

b1 = article(
    "border25-01", "2025-01-20", "Pentagon to send up to 1,500 troops to southern border",
    [
        "The Pentagon will send up to 1,500 active-duty troops to the southern border, officials said Monday.",
        "The troops will provide logistics and transportation support to Customs and Border Protection.",
        "The order follows a national emergency declared at the border on Monday.",
        "U.S. Northern Command will oversee the mission.",
    ],
    figures=[F(0, "up to 1,500 active-duty troops", 1500, "up_to", "sent", "active_duty")],
    facts=[
        X(0, "southern border", "place", "southern border"),
        X(1, "logistics", "mission", "logistics"),
        X(1, "transportation", "mission", "transportation"),
        X(1, "Customs and Border Protection", "agency", "CBP"),
        X(2, "national emergency", "authority", "national_emergency", "invoked", "50 U.S.C. 1601"),
        X(3, "U.S. Northern Command", "command", "U.S. Northern Command"),
    ],
    publisher="Capital Wire",
)
b1_copy = syndicate(b1, "border25-01-syndicated", "Valley Courier", "2025-01-21")

b2 = article(
    "border25-02", "2025-01-22", "First soldiers reach Fort Bliss as border mission begins",
    [
        "The first 500 soldiers arrived at Fort Bliss on Wednesday.",
        "They join about 2,500 service members already deployed along the southern border.",
        "The troops are not authorized to make arrests, officials said.",
    ],
    figures=[
        F(0, "500 soldiers", 500, "exact", "sent", "active_duty", place="Fort Bliss, TX"),
        F(1, "about 2,500 service members", 2500, "approx", "present"),
    ],
    facts=[
        X(0, "Fort Bliss", "place", "Fort Bliss, TX"),
        X(1, "southern border", "place", "southern border"),
        X(2, "make arrests", "mission", "law_enforcement", "denied"),
    ],
    publisher="Border Daily",
)

b3 = article(
    "border25-03", "2025-02-24", "Pentagon orders 3,000 more troops to the border",
    [
        "Defense officials on Monday ordered an additional 3,000 active-duty troops to the southern border.",
        "In 2018, more than 5,000 active-duty troops were sent to the border ahead of the midterm elections.",
        "The new units bring engineers to build barriers and roads.",
    ],
    figures=[
        F(0, "an additional 3,000 active-duty troops", 3000, "exact", "sent", "active_duty"),
        F(1, "more than 5,000 active-duty troops", 5000, "more_than", "sent", "active_duty",
          event_date="2018-10-29", background=True),
    ],
    facts=[
        X(0, "southern border", "place", "southern border"),
        X(2, "build barriers and roads", "mission", "engineering"),
    ],
    publisher="Capital Wire",
)

b4 = article(
    "border25-04", "2025-03-20", "Hegseth authorizes up to 10,000 troops for border task force",
    [
        "Defense Secretary Pete Hegseth authorized up to 10,000 troops for Joint Task Force-Southern Border on Thursday.",
        "About 6,000 troops are now at the southern border, a spokesman said.",
        "The president has called the crossings an invasion.",
    ],
    figures=[
        F(0, "up to 10,000 troops", 10000, "up_to", "authorized"),
        F(1, "About 6,000 troops", 6000, "approx", "present"),
    ],
    facts=[
        X(0, "Joint Task Force-Southern Border", "command", "Joint Task Force-Southern Border"),
        X(1, "southern border", "place", "southern border"),
        X(2, "called the crossings an invasion", "condition", "invasion_declared"),
    ],
    publisher="Daily Ledger",
)

b5 = article(
    "border25-05", "2025-03-20", "Border force nears 9,000, officials say",
    [
        "Roughly 9,000 troops are deployed at the southern border, according to two officials.",
        "The task force has grown faster than announced.",
    ],
    figures=[F(0, "Roughly 9,000 troops", 9000, "approx", "present")],
    facts=[X(0, "southern border", "place", "southern border")],
    publisher="Evening Herald",
)

b6 = article(
    "border25-06", "2025-04-15", "Troops may now detain migrants in new border military zone",
    [
        "Troops patrolling a new National Defense Area near Santa Teresa may now detain migrants who cross into it.",
        "The zone was transferred to the Army under the national emergency declaration.",
        "About 7,000 troops are stationed along the southern border.",
    ],
    figures=[F(2, "About 7,000 troops", 7000, "approx", "present")],
    facts=[
        X(0, "Santa Teresa", "place", "Santa Teresa, NM"),
        X(0, "National Defense Area", "condition", "military_zone"),
        X(0, "detain migrants", "mission", "law_enforcement"),
        X(1, "national emergency", "authority", "national_emergency", "invoked"),
        X(2, "southern border", "place", "southern border"),
    ],
    publisher="Border Daily",
)

b7 = article(
    "border25-07", "2025-06-10", "Pentagon extends border mission through September",
    [
        "The Pentagon extended the border mission through Sept. 30.",
        "The roughly 7,500 troops at the southern border will stay in place.",
    ],
    figures=[F(1, "roughly 7,500 troops", 7500, "approx", "present")],
    facts=[X(1, "southern border", "place", "southern border")],
    publisher="Capital Wire",
)

b8 = article(
    "border25-08", "2025-08-05", "Pentagon to send home 2,500 border troops",
    ["The Pentagon will send home 2,500 troops from the southern border this month, officials said Tuesday."],
    figures=[F(0, "2,500 troops", 2500, "exact", "withdrawn")],
    facts=[X(0, "southern border", "place", "southern border")],
    publisher="Capital Wire",
)

b9 = article(
    "border25-09", "2025-08-07", "Border drawdown begins",
    [
        "The 2,500 troops being withdrawn from the southern border began leaving Thursday.",
        "Critics said the mission had cost more than expected.",
    ],
    figures=[F(0, "The 2,500 troops", 2500, "exact", "withdrawn")],
    facts=[X(0, "southern border", "place", "southern border")],
    publisher="Evening Herald",
)

BORDER_2025 = [b1, b1_copy, b2, b3, b4, b5, b6, b7, b8, b9]

# day -> (present low, present high, ceiling or None, status)
BORDER_2025_TRUTH = {  # (present, ceiling, status) on each day reports were published
    "2025-01-20": (None, (1500, 1500), "announced"),  # "will send up to 1,500": a plan
    "2025-01-22": ((2250, 2750), None, "under way"),
    "2025-02-24": ((2250, 2750), (5250, 5750), "under way"),
    "2025-03-20": ((5400, 9900), (10000, 10000), "under way"),  # two outlets disagree: spanned
    "2025-04-15": ((6300, 7700), (10000, 10000), "under way"),
    "2025-06-10": ((6750, 8250), (10000, 10000), "extended"),
    "2025-08-05": ((6750, 8250), (10000, 10000), "drawing down"),  # a withdrawal announced, not yet done
    "2025-08-07": ((4250, 5750), None, "drawing down"),  # done: the ceiling lapses with the drawdown
}

# ---------------------------------------------------------------- Los Angeles 2025

la1 = article(
    "la25-01", "2025-06-07", "Trump federalizes 2,000 California Guard troops for Los Angeles",
    [
        "President Trump federalized 2,000 California National Guard troops on Saturday to protect federal buildings in Los Angeles.",
        "He invoked 10 U.S.C. 12406 over the objection of Gov. Gavin Newsom.",
        "The troops will protect Immigration and Customs Enforcement officers.",
    ],
    figures=[F(0, "2,000 California National Guard troops", 2000, "exact", "sent", "national_guard",
               state="California")],
    facts=[
        X(0, "federalized", "condition", "federalized"),
        X(0, "protect federal buildings", "mission", "protection"),
        X(0, "Los Angeles", "place", "Los Angeles, CA"),
        X(1, "10 U.S.C. 12406", "authority", "title_10_12406", "invoked", "10 U.S.C. 12406"),
        X(1, "over the objection of Gov. Gavin Newsom", "condition", "governor_objection"),
        X(2, "Immigration and Customs Enforcement", "agency", "ICE"),
    ],
    publisher="Coast Times",
)

la2 = article(
    "la25-02", "2025-06-09", "Hegseth orders 700 Marines to Los Angeles",
    [
        "Defense Secretary Pete Hegseth ordered 700 Marines to Los Angeles on Monday.",
        "The first 300 Guard troops arrived in the city on Sunday.",
        "The Marines will fall under Task Force 51, which commands the Guard troops.",
        "They will help with crowd control around federal buildings but will not make arrests.",
    ],
    figures=[
        F(0, "700 Marines", 700, "exact", "sent", "active_duty"),
        F(1, "300 Guard troops", 300, "exact", "sent", "national_guard", event_date="2025-06-08"),
    ],
    facts=[
        X(0, "Los Angeles", "place", "Los Angeles, CA"),
        X(2, "Task Force 51", "command", "Task Force 51"),
        X(3, "crowd control", "mission", "crowd_control"),
        X(3, "make arrests", "mission", "law_enforcement", "denied"),
    ],
    publisher="Coast Times",
)

la3 = article(
    "la25-03", "2025-06-10", "Pentagon sends 2,000 more Guard troops to Los Angeles",
    ["The Pentagon is sending 2,000 more National Guard troops to Los Angeles, officials said Tuesday."],
    figures=[F(0, "2,000 more National Guard troops", 2000, "exact", "sent", "national_guard")],
    facts=[X(0, "Los Angeles", "place", "Los Angeles, CA")],
    publisher="Capital Wire",
)

la4 = article(
    "la25-04", "2025-07-15", "Pentagon releases 2,000 Guard troops from Los Angeles",
    ["The Pentagon released 2,000 of the National Guard troops deployed to Los Angeles on Tuesday."],
    figures=[F(0, "2,000 of the National Guard troops", 2000, "exact", "withdrawn", "national_guard")],
    facts=[X(0, "Los Angeles", "place", "Los Angeles, CA")],
    publisher="Coast Times",
)

la5 = article(
    "la25-05", "2025-07-21", "Marines leave Los Angeles",
    ["The 700 Marines sent to Los Angeles have been withdrawn, a spokesman said Monday."],
    figures=[F(0, "The 700 Marines", 700, "exact", "withdrawn", "active_duty")],
    facts=[X(0, "Los Angeles", "place", "Los Angeles, CA")],
    publisher="Coast Times",
)

la6 = article(
    "la25-06", "2025-07-30", "About 250 Guard troops remain in Los Angeles",
    ["About 250 Guard troops remain in Los Angeles, down from more than 4,000 in June."],
    figures=[F(0, "About 250 Guard troops", 250, "approx", "present", "national_guard")],
    facts=[X(0, "Los Angeles", "place", "Los Angeles, CA")],
    publisher="Coast Times",
)

LOS_ANGELES_2025 = [la1, la2, la3, la4, la5, la6]

LOS_ANGELES_2025_TRUTH = {  # points on the days reports were published, not on the days they tell of
    "2025-06-07": (None, (2000, 2000), "ordered"),  # federalized: a ceiling, no troops reported in place
    "2025-06-09": ((300, 300), (2700, 2700), "under way"),  # 300 Guard arrived; 700 Marines ordered
    "2025-06-10": ((300, 300), (4700, 4700), "under way"),  # 2,000 more on the way: the ceiling grows
    "2025-07-15": (None, (700, 700), "drawing down"),  # 2,000 released: more than last counted, count stale
    "2025-07-21": ((0, 0), None, "drawing down"),  # the Marines are gone; the Guard's count is unknown
    "2025-07-30": ((225, 275), None, "under way"),
}

# ---------------------------------------------------------------- border 2018

g1 = article(
    "border18-01", "2018-04-06", "Governors send Guard to the border under Title 32",
    [
        "About 1,600 National Guard members will deploy to the southern border in Title 32 status.",
        "Texas will send about 1,000 Guard members, Arizona Gov. Doug Ducey said his state would send 225.",
        "They will do surveillance and maintenance, not law enforcement.",
    ],
    figures=[
        F(0, "About 1,600 National Guard members", 1600, "approx", "sent", "national_guard"),
        F(1, "about 1,000 Guard members", 1000, "approx", "sent", "national_guard", state="Texas"),
        F(1, "225", 225, "exact", "sent", "national_guard", state="Arizona"),
    ],
    facts=[
        X(0, "southern border", "place", "southern border"),
        X(0, "Title 32", "authority", "title_32", "invoked", "32 U.S.C. 502(f)"),
        X(1, "Texas", "place", "Texas"),
        X(1, "Arizona", "place", "Arizona"),
        X(2, "surveillance", "mission", "detection_monitoring"),
        X(2, "maintenance", "mission", "logistics"),
        X(1, "Gov. Doug Ducey said his state would send", "condition", "governor_consent"),
    ],
    publisher="Capital Wire",
)

g2 = article(
    "border18-02", "2018-06-20", "About 2,100 Guard troops now at the border",
    ["About 2,100 National Guard troops are now at the southern border, the National Guard Bureau said."],
    figures=[F(0, "About 2,100 National Guard troops", 2100, "approx", "present", "national_guard")],
    facts=[
        X(0, "southern border", "place", "southern border"),
        X(0, "National Guard Bureau", "command", "National Guard Bureau"),
    ],
    publisher="Border Daily",
)

g3 = article(
    "border18-03", "2018-09-10", "Guard border mission carries on",
    ["The roughly 2,000 Guard troops at the southern border will remain there through September."],
    figures=[F(0, "roughly 2,000 Guard troops", 2000, "approx", "present", "national_guard")],
    facts=[X(0, "southern border", "place", "southern border")],
    publisher="Border Daily",
)

d1 = article(
    "border18-04", "2018-10-29", "Pentagon sending 5,200 active-duty troops to the border",
    [
        "The Pentagon is sending 5,200 active-duty troops to the southern border, U.S. Northern Command said.",
        "More than 2,000 National Guard members are already there.",
        "The soldiers will string wire and fly helicopters for Border Patrol.",
    ],
    figures=[
        F(0, "5,200 active-duty troops", 5200, "exact", "sent", "active_duty"),
        F(1, "More than 2,000 National Guard members", 2000, "more_than", "present", "national_guard"),
    ],
    facts=[
        X(0, "southern border", "place", "southern border"),
        X(0, "U.S. Northern Command", "command", "U.S. Northern Command"),
        X(2, "string wire", "mission", "engineering"),
        X(2, "fly helicopters", "mission", "aviation"),
        X(2, "Border Patrol", "agency", "CBP"),
    ],
    publisher="Capital Wire",
)

d2 = article(
    "border18-05", "2018-11-07", "Active-duty border force passes 5,600",
    ["More than 5,600 active-duty troops are now deployed at the southern border."],
    figures=[F(0, "More than 5,600 active-duty troops", 5600, "more_than", "present", "active_duty")],
    facts=[X(0, "southern border", "place", "southern border")],
    publisher="Evening Herald",
)

d3 = article(
    "border18-06", "2018-12-14", "Pentagon pulls 2,000 troops back from the border",
    ["About 2,000 active-duty troops will leave the southern border before Christmas, officials said."],
    figures=[F(0, "About 2,000 active-duty troops", 2000, "approx", "withdrawn", "active_duty")],
    facts=[X(0, "southern border", "place", "southern border")],
    publisher="Capital Wire",
)

later = article(
    "border20-01", "2020-08-03", "Pentagon sends 1,000 more troops to border in new mission",
    ["The Pentagon approved sending 1,000 active-duty troops to the southern border for a new support mission."],
    figures=[F(0, "1,000 active-duty troops", 1000, "exact", "sent", "active_duty")],
    facts=[X(0, "southern border", "place", "southern border")],
    publisher="Capital Wire",
)

BORDER_2018 = [g1, g2, g3, d1, d2, d3, later]

# ---------------------------------------------------------------- Washington DC 2025

dc1 = article(
    "dc25-01", "2025-08-11", "Trump sends 800 DC Guard troops into the capital",
    [
        "President Trump ordered 800 District of Columbia National Guard troops onto the streets of Washington on Monday.",
        "He also invoked the Home Rule Act to take control of the city's police.",
    ],
    figures=[F(0, "800 District of Columbia National Guard troops", 800, "exact", "sent", "national_guard",
               state="District of Columbia")],
    facts=[
        X(0, "Washington", "place", "Washington, DC"),
        X(1, "Home Rule Act", "authority", "home_rule_act", "invoked"),
        X(0, "onto the streets", "mission", "security_support"),
    ],
    publisher="Capital Wire",
)

dc2 = article(
    "dc25-02", "2025-08-16", "States send Guard troops to Washington",
    [
        "West Virginia will send 300 to 400 Guard troops to Washington under Title 32, Gov. Patrick Morrisey said.",
        "South Carolina is sending 200 Guard members, and Ohio 150.",
    ],
    figures=[
        F(0, "300", 300, "at_least", "sent", "national_guard", state="West Virginia"),
        F(0, "400 Guard troops", 400, "up_to", "sent", "national_guard", state="West Virginia"),
        F(1, "200 Guard members", 200, "exact", "sent", "national_guard", state="South Carolina"),
        F(1, "150", 150, "exact", "sent", "national_guard", state="Ohio"),
    ],
    facts=[
        X(0, "Washington", "place", "Washington, DC"),
        X(0, "Title 32", "authority", "title_32", "invoked", "32 U.S.C. 502(f)"),
        X(0, "Gov. Patrick Morrisey said", "condition", "governor_consent"),
    ],
    publisher="Capital Wire",
)

dc3 = article(
    "dc25-03", "2025-08-20", "Another 135 Louisiana Guard troops head to DC",
    ["Louisiana is sending an additional 135 Guard troops to Washington."],
    figures=[F(0, "an additional 135 Guard troops", 135, "exact", "sent", "national_guard", state="Louisiana")],
    facts=[X(0, "Washington", "place", "Washington, DC")],
    publisher="Gulf Post",
)

dc4 = article(
    "dc25-04", "2025-08-25", "More than 2,000 Guard troops now patrol Washington",
    ["More than 2,000 National Guard troops are now patrolling Washington's streets and landmarks."],
    figures=[F(0, "More than 2,000 National Guard troops", 2000, "more_than", "present", "national_guard")],
    facts=[
        X(0, "Washington", "place", "Washington, DC"),
        X(0, "patrolling Washington's streets and landmarks", "mission", "security_support"),
    ],
    publisher="Capital Wire",
)

DC_2025 = [dc1, dc2, dc3, dc4]

DC_2025_TRUTH = {
    "2025-08-11": ((800, 800), None, "under way"),  # ordered onto the streets: in place
    "2025-08-16": ((800, 800), None, "under way"),  # states will send: plans, not troops present
    "2025-08-20": ((800, 800), (935, 935), "under way"),  # 135 more on the way, on top of the 800
    "2025-08-25": ((2001, None), None, "under way"),
}

IRRELEVANT = {
    "id": "noise-01", "title": "Police add 200 officers downtown", "published": "2025-03-01",
    "relevant": False, "figures": [], "facts": [],
}
