"""Fact sets modelled on real deployments, written for these tests from the public record.

Each is a deployment as `muster.reconcile` shapes it, cut down to what the rules
read: `facts` and `claims` (figures), with articles and sentences, and a theatre.
"""
from __future__ import annotations

_count = 0


def fact(type, value, sentence, status="stated", article="a1", published="2025-01-01"):
    global _count
    _count += 1
    return {"claim": f"{article}#x{_count}", "article_id": article, "published": published,
            "sentence": sentence, "type": type, "value": value, "status": status}


def figure(component, count, sentence, kind="sent", state=None, background=False, article="a1",
           published="2025-01-01"):
    global _count
    _count += 1
    return {"claim": f"{article}#f{_count}", "article_id": article, "published": published,
            "sentence": sentence, "kind": kind, "count": count, "component": component, "state": state,
            "background": background}


def deployment(id, name, theatre, facts, figures, theatre_name=None):
    return {"id": id, "name": name, "theatre": theatre, "theatre_name": theatre_name or name,
            "facts": facts, "claims": figures}


# 2018: active-duty troops string wire and fly helicopters for Border Patrol; the
# Pentagon says they will not detain migrants. No emergency was declared then.
BORDER_2018_ACTIVE = deployment(
    "border-2018-active", "Southern border, 2018, active duty", "southern_border",
    facts=[
        fact("mission", "engineering", "Army engineers are stringing concertina wire along the river."),
        fact("mission", "aviation", "Helicopter crews will ferry Border Patrol agents."),
        fact("mission", "law_enforcement", "The troops will not detain migrants, the Pentagon said.", "denied"),
        fact("authority", "posse_comitatus",
             "The Posse Comitatus Act bars the troops from arresting anyone.", "mentioned"),
        fact("agency", "CBP", "The soldiers support Customs and Border Protection."),
    ],
    figures=[figure("active_duty", 5200, "The Pentagon is sending 5,200 active-duty troops.")],
)

# 2018: Guard of the border states under Title 32, at their governors' word.
BORDER_2018_GUARD = deployment(
    "border-2018-guard", "Southern border, 2018, National Guard", "southern_border",
    facts=[
        fact("authority", "title_32", "The Guard members serve in Title 32 status.", "invoked"),
        fact("mission", "detection_monitoring", "They operate cameras and sensors."),
        fact("condition", "governor_consent", "Gov. Doug Ducey said Arizona would send 225 troops."),
    ],
    figures=[
        figure("national_guard", 1000, "Texas will send about 1,000 Guard members.", state="Texas"),
        figure("national_guard", 225, "Arizona will send 225.", state="Arizona"),
    ],
)

# 2025: national emergency, active troops, barriers, national defense areas in which
# troops hold trespassers for Border Patrol, and an invasion proclaimed.
BORDER_2025 = deployment(
    "border-2025", "Southern border, 2025, Joint Task Force-Southern Border", "southern_border",
    facts=[
        fact("authority", "national_emergency", "The president declared a national emergency at the border.",
             "invoked"),
        fact("condition", "invasion_declared", "The proclamation calls the crossings an invasion."),
        fact("authority", "article_ii", "He cited his power as commander in chief to repel the invasion.",
             "invoked"),
        fact("mission", "engineering", "Troops are building barriers and roads."),
        fact("condition", "military_zone",
             "The Army took over a strip of land in New Mexico as a National Defense Area."),
        fact("mission", "law_enforcement",
             "Soldiers may apprehend migrants who cross into the zone and hand them to Border Patrol."),
    ],
    figures=[figure("active_duty", 1500, "The Pentagon is sending 1,500 active-duty troops.")],
)

# 1992: Los Angeles riots. The governor asked for help; the President invoked the
# Insurrection Act, federalized the California Guard and sent Marines and soldiers.
LOS_ANGELES_1992 = deployment(
    "la-1992", "Los Angeles, 1992", "los_angeles",
    facts=[
        fact("condition", "governor_request", "Gov. Pete Wilson asked for federal troops.", published="1992-05-01"),
        fact("authority", "insurrection_act", "President Bush invoked the Insurrection Act.", "invoked",
             published="1992-05-01"),
        fact("condition", "federalized", "The California Guard was federalized.", published="1992-05-01"),
        fact("mission", "law_enforcement", "Soldiers rode along with police on patrols.", published="1992-05-02"),
    ],
    figures=[
        figure("active_duty", 1500, "About 1,500 Marines arrived.", published="1992-05-02"),
        figure("national_guard", 4000, "About 4,000 Guard troops were on the streets.", kind="present",
               state="California", published="1992-05-02"),
    ],
)

# 2025: Los Angeles. Guard federalized under 12406 over the governor's objection,
# Marines sent, troops protecting federal buildings and holding crowds back.
LOS_ANGELES_2025 = deployment(
    "la-2025", "Los Angeles, 2025, Task Force 51", "los_angeles",
    facts=[
        fact("authority", "title_10_12406", "The president invoked 10 U.S.C. 12406.", "invoked"),
        fact("condition", "federalized", "He federalized 4,000 California Guard troops."),
        fact("condition", "governor_objection", "Gov. Gavin Newsom objected and sued."),
        fact("mission", "protection", "The troops guard federal buildings and ICE officers."),
        fact("mission", "crowd_control", "Guard troops formed a line to push back protesters."),
        fact("authority", "insurrection_act", "The president has not invoked the Insurrection Act.", "mentioned"),
    ],
    figures=[
        figure("national_guard", 4000, "4,000 California Guard troops were federalized.", state="California"),
        figure("active_duty", 700, "About 700 Marines were sent."),
    ],
)

# 2025: Washington DC. The DC Guard and Guard from several states under Title 32,
# patrolling the city; no governor, the District's mayor did not ask.
DC_2025 = deployment(
    "dc-2025", "Washington DC, 2025, National Guard", "washington_dc",
    facts=[
        fact("authority", "title_32", "The out-of-state troops serve under Title 32.", "invoked"),
        fact("authority", "home_rule_act", "He invoked the Home Rule Act over the police.", "invoked"),
        fact("mission", "security_support", "Guard troops patrol the National Mall and Union Station."),
        fact("condition", "governor_consent", "Gov. Patrick Morrisey agreed to send troops."),
    ],
    figures=[
        figure("national_guard", 800, "800 DC Guard troops are deployed.", state="District of Columbia"),
        figure("national_guard", 400, "West Virginia is sending up to 400 Guard troops.", state="West Virginia"),
        figure("national_guard", 200, "South Carolina is sending 200.", state="South Carolina"),
    ],
)

# 2025: Portland. Oregon Guard federalized over the governor's objection to protect an
# ICE building; then California Guard federalized and sent to Oregon.
PORTLAND_2025 = deployment(
    "portland-2025", "Portland, 2025, National Guard", "portland",
    facts=[
        fact("condition", "federalized", "Hegseth federalized 200 Oregon Guard troops."),
        fact("authority", "title_10_12406", "The order cites 10 U.S.C. 12406.", "invoked"),
        fact("condition", "governor_objection", "Gov. Tina Kotek said Oregon did not want the troops."),
        fact("mission", "protection", "The troops are to protect the ICE facility."),
    ],
    figures=[
        figure("national_guard", 200, "200 Oregon Guard troops were federalized.", state="Oregon"),
        figure("national_guard", 200, "200 California Guard troops were sent to Portland.", state="California"),
    ],
)

# 2025: Chicago. Texas Guard federalized and sent to Illinois over the governor's
# objection to protect an ICE facility in Broadview.
CHICAGO_2025 = deployment(
    "chicago-2025", "Chicago, 2025, National Guard", "chicago",
    facts=[
        fact("condition", "federalized", "About 300 Illinois Guard troops and 400 from Texas were federalized."),
        fact("condition", "governor_objection", "Gov. JB Pritzker called the deployment an invasion of Illinois."),
        fact("mission", "protection", "They will protect the ICE processing center in Broadview."),
    ],
    figures=[
        figure("national_guard", 400, "About 400 Texas Guard troops arrived near Chicago.", state="Texas"),
        figure("national_guard", 300, "About 300 Illinois Guard troops were federalized.", state="Illinois"),
    ],
)

# 2005: Katrina. Guard of many states under Title 32 at Louisiana's request: the
# cross-state question is raised, with the request shown beside it.
KATRINA_2005 = deployment(
    "katrina-2005", "New Orleans and the Gulf Coast, 2005", "gulf_coast",
    facts=[
        fact("condition", "governor_request", "Gov. Kathleen Blanco asked other states for Guard troops."),
        fact("authority", "title_32", "The Guard served in Title 32 status under the governors.", "invoked"),
        fact("mission", "disaster_relief", "They rescued residents and handed out water."),
    ],
    figures=[figure("national_guard", 1200, "About 1,200 Ohio Guard troops arrived in New Orleans.", state="Ohio")],
)
