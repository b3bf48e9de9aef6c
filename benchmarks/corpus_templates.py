"""Word lists and sentence templates for the synthetic benchmark corpus.

Kept apart from `generate_corpus.py` so the data can grow without touching the
logic. A template is a plain string with `{name}` fields; `generate_corpus.fill`
looks each name up first in the article's fixed context (one city, one governor,
one agency per article, so the story hangs together) and otherwise calls the
filler of that name for a fresh random value (a new number, a new person).

Every sentence here was written for this benchmark. None is meant to be a good
extraction test case; they are meant to look like a newsroom's ordinary prose
so that tokenization, matching and sentence splitting see realistic load.
"""

# --- fillers: places, people, organisations -----------------------------------

STATES = {
    "Alabama": "AL", "Arizona": "AZ", "California": "CA", "Colorado": "CO",
    "Florida": "FL", "Georgia": "GA", "Illinois": "IL", "Kentucky": "KY",
    "Louisiana": "LA", "Maryland": "MD", "Michigan": "MI", "Minnesota": "MN",
    "Missouri": "MO", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "Ohio": "OH", "Oregon": "OR", "Pennsylvania": "PA", "South Carolina": "SC",
    "Tennessee": "TN", "Texas": "TX", "Virginia": "VA", "Washington": "WA",
    "Wisconsin": "WI",
}

BORDER_CITIES = [
    ("El Paso", "Texas"), ("Laredo", "Texas"), ("McAllen", "Texas"),
    ("Brownsville", "Texas"), ("Del Rio", "Texas"), ("Eagle Pass", "Texas"),
    ("Nogales", "Arizona"), ("Yuma", "Arizona"), ("Tucson", "Arizona"),
    ("Douglas", "Arizona"), ("San Diego", "California"), ("Calexico", "California"),
    ("Las Cruces", "New Mexico"), ("Santa Teresa", "New Mexico"),
]

METRO_CITIES = [
    ("Los Angeles", "California"), ("Chicago", "Illinois"), ("Portland", "Oregon"),
    ("Memphis", "Tennessee"), ("Baltimore", "Maryland"), ("Minneapolis", "Minnesota"),
    ("Louisville", "Kentucky"), ("Atlanta", "Georgia"), ("Seattle", "Washington"),
    ("St. Louis", "Missouri"), ("Kenosha", "Wisconsin"), ("Detroit", "Michigan"),
    ("Philadelphia", "Pennsylvania"), ("Cleveland", "Ohio"), ("Albuquerque", "New Mexico"),
    ("Oakland", "California"), ("Richmond", "Virginia"), ("New York", "New York"),
]

STORM_CITIES = [
    ("Houston", "Texas"), ("Corpus Christi", "Texas"), ("New Orleans", "Louisiana"),
    ("Lake Charles", "Louisiana"), ("Tampa", "Florida"), ("Fort Myers", "Florida"),
    ("Pensacola", "Florida"), ("Savannah", "Georgia"), ("Charleston", "South Carolina"),
    ("Wilmington", "North Carolina"), ("Mobile", "Alabama"), ("Asheville", "North Carolina"),
]

BASES = [
    "Fort Bliss, Texas", "Fort Huachuca, Arizona", "Camp Pendleton, California",
    "Fort Cavazos, Texas", "Joint Base San Antonio", "Fort Campbell, Kentucky",
    "Fort Bragg, North Carolina", "Camp Lejeune, North Carolina",
    "Joint Base Lewis-McChord, Washington", "Fort Carson, Colorado",
    "Fort Riley, Kansas", "Fort Drum, New York", "Fort Stewart, Georgia",
]

UNITS = [
    "the 82nd Airborne Division", "the 1st Armored Division", "the 101st Airborne Division",
    "the 4th Infantry Division", "the 3rd Infantry Division", "the 10th Mountain Division",
    "the 89th Military Police Brigade", "the 1st Marine Expeditionary Force",
    "the 2nd Stryker Brigade Combat Team", "the 11th Airborne Division",
    "a combat aviation brigade", "an engineer battalion",
]

FOREIGN = [
    "Poland", "Romania", "Lithuania", "Germany", "Kuwait", "Iraq", "Syria", "Jordan",
    "Qatar", "South Korea", "Japan", "the Middle East", "the Baltic states", "Estonia",
]

FIRST_NAMES = [
    "Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David",
    "Elizabeth", "Carlos", "Susan", "Daniel", "Karen", "Luis", "Nancy", "Thomas",
    "Angela", "Kevin", "Rosa", "Brian", "Denise", "Anthony", "Grace", "Marcus",
    "Hannah", "Victor", "Yolanda", "Peter", "Keisha", "Samuel",
]

LAST_NAMES = [
    "Garcia", "Johnson", "Nguyen", "Smith", "Rodriguez", "Williams", "Brown", "Lopez",
    "Okafor", "Miller", "Hernandez", "Davis", "Kowalski", "Martinez", "Anderson",
    "Patel", "Thompson", "Ramirez", "Walsh", "Jackson", "Chen", "Moore", "Flores",
    "Hughes", "Sullivan", "Reyes", "Bennett", "Castillo", "Fischer", "Delgado",
]

RANKS = ["Maj. Gen.", "Brig. Gen.", "Lt. Gen.", "Col.", "Lt. Col.", "Capt.", "Sgt. Maj."]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]

SEASONS = ["spring", "summer", "fall", "winter"]

# --- fillers: the deployment vocabulary -----------------------------------------

HEDGES = [
    "up to", "as many as", "about", "roughly", "nearly", "more than", "at least",
    "an additional", "some", "an estimated", "approximately", "close to", "fewer than",
    "", "", "", "",
]

GUARD = [
    "National Guard members", "Guard troops", "Guard soldiers and airmen",
    "members of the {state} National Guard", "guardsmen", "National Guard soldiers",
]

ACTIVE = [
    "active-duty troops", "active-duty soldiers", "Marines", "soldiers",
    "paratroopers", "military police soldiers", "active-duty service members",
]

RESERVE = ["reservists", "Army Reserve soldiers", "members of the Air Force Reserve"]

UNSPECIFIED = ["troops", "service members", "military personnel", "U.S. troops"]

AUTHORITIES = [
    "the Insurrection Act", "Title 32", "Title 32 status", "10 U.S.C. 12406",
    "Section 12406 of Title 10", "a national emergency declaration",
    "the National Emergencies Act", "the Posse Comitatus Act", "state active duty orders",
    "the Stafford Act", "10 U.S.C. 284", "32 U.S.C. 502(f)",
    "the president's powers under Article II of the Constitution",
    "the District of Columbia Home Rule Act",
]

MISSIONS = [
    "logistics and transportation", "aerial surveillance", "installing concertina wire",
    "building temporary barriers", "protecting federal buildings",
    "guarding detention facilities", "helicopter support", "clearing debris",
    "handing out water and food", "search and rescue",
    "monitoring remote stretches of ground with mobile sensors", "administrative work",
    "medical support", "traffic control", "patrolling downtown landmarks",
    "vehicle maintenance", "crowd control",
]

AGENCIES = [
    "Customs and Border Protection", "the Border Patrol", "Immigration and Customs Enforcement",
    "ICE", "CBP", "the Federal Emergency Management Agency", "FEMA",
    "the Department of Homeland Security", "the Federal Protective Service", "the FBI",
    "the U.S. Marshals Service", "the Drug Enforcement Administration",
]

COMMANDS = [
    "U.S. Northern Command", "U.S. Army North", "Joint Task Force-North",
    "Joint Task Force-Southern Border", "the National Guard Bureau", "Task Force 51",
    "Joint Task Force-National Capital Region", "U.S. Army Pacific",
]

REASONS = [
    "a rise in crossings", "days of unrest", "the approaching storm", "threats to federal agents",
    "a spike in violent crime", "the scale of the flooding", "protests outside a federal building",
    "a request from local officials",
]

# --- fillers: ordinary news -------------------------------------------------------

TEAMS = [
    "the Riverhawks", "the Comets", "the Tritons", "the Ironmen", "the Blue Herons",
    "the Wolverines", "the Sun Devils", "the Pioneers", "the Red Foxes", "the Mariners",
]

COMPANIES = [
    "Harbor Freight Lines", "Northgate Foods", "Pinecrest Health", "Summit Energy",
    "Blue Mesa Software", "Copperline Steel", "Greenway Grocers", "Tri-County Bank",
    "Atlas Logistics", "Meridian Airlines",
]

ORGS = [
    "the city council", "the county commission", "the school board", "the state attorney general",
    "the transit authority", "the chamber of commerce", "the local teachers union",
    "the water utility", "the police union", "the parks department",
]

SPORTS = ["football", "basketball", "baseball", "soccer", "hockey"]

# --- sentence templates -------------------------------------------------------------

# Titles per topic. Titles are short and rely on the same fields as the body.
TITLES = {
    "border": [
        "Pentagon to send {troops} to the southern border",
        "{governor} orders {guard_troops} to the border near {city}",
        "More troops head to {city} as border mission grows",
        "Military approves {agency} request for border help",
        "Border deployment extended, officials say",
    ],
    "city": [
        "{guard_troops} deployed to {city} after {reason}",
        "President sends troops into {city} over mayor's objections",
        "Guard arrives in {city}; legal fight looms over {authority}",
        "{city} braces for {troops} as federal mission expands",
        "Judge weighs challenge to troop deployment in {city}",
    ],
    "storm": [
        "{guard_troops} mobilized as storm nears {city}",
        "Troops join rescue effort in flooded {city}",
        "{governor} activates Guard ahead of hurricane landfall",
        "Military helicopters fly supplies to cut-off towns near {city}",
    ],
    "abroad": [
        "Army to rotate {n} soldiers to {foreign}",
        "U.S. troops in {foreign} to stay through next year",
        "Pentagon weighs larger presence in {foreign}",
    ],
    "recruiting": [
        "Army misses recruiting goal by about {n}",
        "{state} National Guard struggles to fill its ranks",
        "Military services turn to new incentives as recruiting lags",
    ],
    "veterans": [
        "Veterans in {city} face long waits for care",
        "New clinic for veterans opens in {city}",
        "Program helps veterans find jobs in {state}",
    ],
    "police": [
        "{city} to flood streets with {officers} officers this summer",
        "Police surge in {city} draws praise and worry",
        "Mayor announces overtime push for {city} police",
    ],
    "metaphor": [
        "Campaign sends its troops door to door in {city}",
        "Volunteer army fans out across {state} before primary",
        "Union rallies the troops ahead of contract vote",
    ],
    "budget": [
        "{city} council passes {money} budget",
        "Budget gap forces hard choices in {city}",
        "Property tax increase on the table in {city}",
    ],
    "weather": [
        "Heat wave grips {city}; temperatures near {temp} degrees",
        "Storms dump {inches} inches of rain on {city}",
        "Winter storm closes schools across {state}",
    ],
    "sports": [
        "{team} beat {rival} {score}",
        "{team} name new coach after losing season",
        "Late rally lifts {team} over {rival}",
    ],
    "courts": [
        "Jury convicts {city} man in {year} shooting",
        "Judge blocks {state} law on voter rolls",
        "Appeals court revives lawsuit against {city} police",
    ],
    "business": [
        "{company} to cut {num} jobs",
        "{company} opens plant outside {city}",
        "{company} profits beat forecasts",
    ],
}

# Body sentences per topic. Lead sentences open the article; body sentences follow.
LEADS = {
    "border": [
        "The Pentagon will send {troops} to the southern border to support {agency}, defense officials said on {weekday}.",
        "{governor} ordered {guard_troops} to the border near {city_state} on {weekday}, citing {reason}.",
        "The Defense Department has approved a request from {agency} for {troops} to help along the southern border, officials said {weekday}.",
        "{active_troops} from {base} began arriving in {city_state} on {weekday}, the first wave of a mission that officials said could last months.",
    ],
    "city": [
        "The president on {weekday} ordered {troops} into {city_state}, saying local officials had lost control after {reason}.",
        "{guard_troops} took up positions around federal buildings in {city} on {weekday}, a day after the administration invoked {authority}.",
        "Defense officials said {weekday} that {active_troops} from {base} were placed on standby for a possible deployment to {city_state}.",
        "{governor} sent {guard_troops} to {city_state} late {weekday} after {reason}, the largest such call-up in the state in years.",
    ],
    "storm": [
        "{governor} activated {guard_troops} on {weekday} as the storm strengthened offshore and forecasters warned of a dangerous surge near {city_state}.",
        "{guard_troops} were moving high-water vehicles and helicopters toward {city_state} on {weekday} ahead of the hurricane's expected landfall.",
        "The Pentagon said {weekday} it would send {active_troops} from {base} to help with rescue and relief around {city_state}.",
    ],
    "abroad": [
        "The Army will rotate {n} soldiers from {unit} to {foreign} this {season}, part of a long-planned effort to reassure allies, officials said {weekday}.",
        "The United States will keep about {n} troops in {foreign} through next year, a defense official said on {weekday}.",
        "Pentagon planners are weighing whether to add {n} troops to the force in {foreign}, according to two officials familiar with the discussions.",
    ],
    "recruiting": [
        "The Army fell short of its recruiting goal by about {n} soldiers this year, the service said on {weekday}, the latest sign of a tight labor market.",
        "The {state} National Guard is short roughly {n} members, its adjutant general told lawmakers on {weekday}.",
        "Recruiters in {city_state} say fewer young people than ever meet the military's fitness and education standards.",
    ],
    "veterans": [
        "Veterans in {city_state} waited an average of {days} days for a first appointment at the local VA clinic last year, a federal audit found.",
        "A new clinic for veterans opened in {city_state} on {weekday}, with room for about {num} patients a month.",
        "A program that helps veterans move into civilian jobs placed {num} people in {state} last year, its director said {weekday}.",
    ],
    "police": [
        "{city} will put {officers} officers on the streets this summer, Mayor {mayor} said {weekday}, promising a visible presence in neighborhoods hit by shootings.",
        "Police in {city_state} will work mandatory overtime through the end of the month as part of a surge announced on {weekday}.",
        "The {city} Police Department said {weekday} it would reassign {num} detectives to patrol after a violent weekend.",
    ],
    "metaphor": [
        "The campaign sent its troops into the field on {weekday}: about {num} volunteers who will knock on doors across {city_state} before the primary.",
        "Organizers rallied the troops in a union hall in {city} on {weekday}, urging members to reject the contract offer.",
        "With {days} days to go, the candidate's ground troops are spread across {state} in what aides call the largest volunteer effort in the state's history.",
    ],
    "budget": [
        "The {city} City Council approved a {money} budget on {weekday} after a late-night session that ran past midnight.",
        "{city} faces a {money} shortfall next year, the city's finance director told council members on {weekday}.",
        "Homeowners in {city_state} could see their property taxes rise by {pct} percent under a plan unveiled {weekday}.",
    ],
    "weather": [
        "Temperatures in {city_state} climbed to {temp} degrees on {weekday}, breaking a record that had stood since {year_old}.",
        "Storms dropped {inches} inches of rain on {city} overnight, flooding underpasses and knocking out power to about {num} customers.",
        "A winter storm closed schools across {state} on {weekday} and left highways glazed with ice.",
    ],
    "sports": [
        "{team} beat {rival} {score} on {weekday} night behind a career game from {name}.",
        "{team} named {name} their new head coach on {weekday}, a week after a losing season ended.",
        "A late rally carried {team} past {rival} {score} on {weekday}, extending their winning streak to {small} games.",
    ],
    "courts": [
        "A jury in {city_state} convicted a {age}-year-old man on {weekday} in a {year_old} shooting that killed two people.",
        "A federal judge on {weekday} blocked a {state} law that would have purged thousands of names from the voter rolls.",
        "An appeals court on {weekday} revived a lawsuit accusing the {city} Police Department of excessive force during a {year_old} traffic stop.",
    ],
    "business": [
        "{company} said on {weekday} it would cut about {num} jobs, most of them at its offices in {city_state}.",
        "{company} will open a new plant outside {city_state} next year, bringing {num} jobs and a {money} investment.",
        "{company} reported quarterly profits of {money} on {weekday}, beating analysts' forecasts.",
    ],
}

BODY = {
    "deployment": [
        "The troops will handle {mission} and {mission2}, freeing up federal agents for other work, according to a Pentagon statement.",
        "Officials said the service members would not make arrests or conduct searches, restrictions rooted in {authority2}.",
        "{official_role} said {hedge_troops} were expected to be in place by {weekday2}, though the number could change.",
        "The mission is overseen by {command}, which coordinates military support for civilian agencies inside the country.",
        "{rank} {last} of {command} told reporters the force would consist primarily of {guard_kind}, with a smaller group of {active_kind}.",
        "The deployment brings the total on the mission to {hedge_troops}, according to figures provided by the Defense Department.",
        "Administration lawyers pointed to {authority} as the legal basis for the order, a reading that several legal scholars disputed.",
        "The order relies on {authority}, which allows the federal government to pay for Guard troops who remain under the command of their governors.",
        "Critics noted that the administration had not invoked {authority}, even as officials publicly floated the idea.",
        "{active_troops} from {unit} were told to be ready to move within {small} days, a defense official said.",
        "Roughly {n} of the troops were expected to leave by the end of the month, with the rest staying through {month}.",
        "The Pentagon said it had authorized {hedge_troops} for the mission but expected to send fewer at first.",
        "The troops have been assigned to help {agency} with {mission}, according to a memo reviewed by reporters.",
        "A spokesman for {agency} said the agency welcomed the help and would share details of the arrangement later.",
        "The cost of the deployment could reach {money}, according to an estimate prepared for lawmakers.",
        "Lawyers for the state filed suit on {weekday2}, arguing that the deployment violated {authority2} and the state's sovereignty.",
        "A federal judge in {city} scheduled a hearing for {weekday2} on the state's request to halt the deployment.",
        "Some of the {guard_kind} come from {state2}, whose governor agreed to send them at the administration's request.",
        "Defense officials said the {active_kind} would be based at {base} and travel to work sites each day.",
        "In {year_old}, a similar deployment sent {n} {guard_kind} to the same area for nearly a year.",
        "{governor} said the state would keep its own troops on state active duty rather than place them under federal orders.",
        "The troops are armed, officials said, but their rules for the use of force are limited to self-defense.",
        "By {weekday2}, {hedge_troops} had arrived and set up a staging area near {city}, according to local officials.",
        "Members of Congress from both parties asked the Pentagon for a briefing on the scope and length of the mission.",
        "The number of troops has fluctuated from week to week as units rotate in and out, officials acknowledged.",
    ],
    "border": [
        "Agents in the {city} sector reported about {num} apprehensions last month, according to agency figures.",
        "The troops will rotate through {base} before moving to camps closer to the river.",
        "Military engineers have begun grading dirt roads so patrol vehicles can reach remote stretches of the border.",
        "Officials in {city} said they had asked for help with shelters, not soldiers.",
        "Crossings near {city} have risen and fallen sharply over the past year, and agents say the busiest stretches change by the week.",
        "Soldiers have strung coils of wire along the riverbank east of {city}, and more is expected to arrive in the coming days.",
        "{agency} officials said the troops would operate surveillance cameras and sensors so that more agents could patrol.",
        "The {state} governor has stationed state troopers and Guard members along the border under a separate state operation.",
        "Residents of {city} said they had noticed military trucks on the highway but little change in daily life.",
        "Some ranchers near the border welcomed the troops, while others worried about damage to their land.",
    ],
    "city": [
        "Some troops were seen carrying rifles on the steps of the federal building, while others directed traffic nearby.",
        "City council members passed a resolution asking the governor to withdraw the Guard.",
        "A curfew remained in effect from {hour} p.m. to 6 a.m. in the downtown district.",
        "Protest organizers said they would continue to march each evening until the troops left {city}.",
        "Mayor {mayor} called the deployment unnecessary and said the city's own police had the situation under control.",
        "Guard members stood in pairs outside the federal courthouse in {city} on {weekday2} as a small crowd of protesters chanted nearby.",
        "The {city} Police Department said it had not been consulted before the troops arrived.",
        "Business owners downtown said the sight of armored vehicles was keeping shoppers away.",
        "Civil liberties groups said the deployment set a troubling precedent for the use of the military in American cities.",
        "Local officials asked for a clear end date; the Pentagon said only that the mission would last as long as needed.",
    ],
    "storm": [
        "The Guard said its soldiers had delivered {num} cases of water and {num} meals to distribution points by {weekday2}.",
        "Engineers worked to reopen a highway bridge that was the only route into several coastal towns.",
        "County officials said {small} people had died in the storm and dozens were still unaccounted for.",
        "Officials asked residents to boil tap water until the treatment plant was back in service.",
        "The storm was expected to bring winds of more than {mph} miles per hour and as much as {inches} inches of rain.",
        "Guard units prepositioned high-water vehicles, generators and pallets of bottled water at armories across the state.",
        "{agency} said it was coordinating with state officials and would open distribution sites once the storm passed.",
        "Helicopter crews from the Guard pulled dozens of people from rooftops in low-lying neighborhoods.",
        "Power was out for more than {num} customers, and officials warned that repairs could take weeks.",
        "Shelters in {city} were filling quickly, and the county asked residents with somewhere else to go to stay away.",
    ],
    "abroad": [
        "The deployment to {foreign} is expected to last about {small} months before another unit takes its place.",
        "Allied officials in {foreign} said they would welcome a permanent American presence, a step the Pentagon has resisted.",
        "Soldiers will bring tanks, artillery and about {num} vehicles, shipped by sea and then moved by rail.",
        "{rank} {last}, who will lead the troops in {foreign}, said the unit had trained for the mission for most of the year.",
        "The cost of keeping troops in {foreign} has drawn questions from some members of Congress.",
        "Diplomats said the move was discussed with allied governments weeks before it was announced.",
        "A smaller group of Marines will stay aboard ships in the region for several more weeks.",
        "The soldiers will train alongside allied forces and take part in exercises near the eastern flank of NATO.",
        "The rotation replaces a unit that has been in {foreign} since {month}, so the total number of troops will not change much.",
        "Officials said the buildup was meant to deter aggression, not to prepare for a fight.",
        "About {n} American troops are based in the region, a figure that has grown steadily over the past decade.",
        "Commanders said the troops would also help maintain equipment stored in warehouses across the region.",
        "Families at {base} said goodbye to the soldiers at a ceremony on {weekday2}.",
    ],
    "recruiting": [
        "The Army has set a goal of {num} new soldiers for next year, slightly higher than this year's.",
        "Recruiters in {city} now spend more time at community colleges and job fairs than at high schools.",
        "{name}, a recruiter in {city_state}, said many applicants are turned away over old injuries or medications.",
        "The service raised its maximum enlistment bonus and shortened some training courses to attract recruits.",
        "Guard leaders in {state} said the shortfall was worst among junior enlisted soldiers.",
        "Retention has held up better than recruiting, with most soldiers choosing to reenlist.",
        "Advertising spending rose by {pct} percent as the services tried to reach younger audiences online.",
        "The Navy and the Air Force also missed their targets, while the Marine Corps and the Space Force met theirs.",
        "Recruiters said the military's fitness and medical standards rule out a large share of young Americans.",
        "The Guard has offered bonuses of up to {money_small} to new enlistees who sign up for critical jobs.",
        "Officials said the shortfall could leave some units short of mechanics, medics and truck drivers.",
        "A prep course that helps applicants meet fitness and academic standards has graduated {num} recruits since it opened.",
        "Lawmakers have asked the services to explain how the shortfall will affect readiness.",
    ],
    "veterans": [
        "The clinic in {city} is expected to serve about {num} veterans from across the region.",
        "Veterans waited an average of {small2} days for mental health appointments, the audit found.",
        "{name}, a former Marine who lives outside {city}, said finding a job after leaving the service took almost a year.",
        "The state offers free tuition at public colleges to veterans who have lived in {state} for at least a year.",
        "A job fair for veterans drew about {num} people and more than {small2} employers on {weekday2}.",
        "Homelessness among veterans in {city} has fallen by {pct} percent since {year_old}, according to a county count.",
        "Lawmakers in {state} are considering a bill to expand property tax breaks for disabled veterans.",
        "The clinic will offer primary care, mental health services and physical therapy, officials said.",
        "{name}, who served two tours overseas, said it took months to get an appointment for a knee injury.",
        "The department said it had hired {num} new doctors and nurses in the region over the past year.",
        "Advocates said many veterans in rural areas still drive hours to reach the nearest clinic.",
        "A local nonprofit helps veterans apply for benefits and find housing, its director said.",
        "The audit recommended that the department improve how it tracks appointment wait times.",
    ],
    "police": [
        "The mayor said the plan would add the equivalent of about {num} officers without new hiring.",
        "Neighborhood leaders in {city} asked for more foot patrols and fewer traffic stops.",
        "The police union said officers were exhausted and that overtime could not replace new hires.",
        "State troopers will help patrol highways that run through the city during the surge.",
        "Last summer's surge in {city2} was followed by a drop in shootings, though experts disagree on why.",
        "{chief} said the department would publish weekly figures on arrests and calls for service.",
        "The department has about {officers} sworn officers, down from its peak a decade ago.",
        "The surge will cost about {money} in overtime, according to the city's budget office.",
        "Police Chief {chief} said officers would focus on a small number of blocks where most shootings occur.",
        "Community groups said they supported more patrols but wanted more money for youth programs as well.",
        "The department has lost about {num} officers to retirement and resignation over the past two years.",
        "Officers will work twelve-hour shifts, and vacation days have been canceled through the end of the month.",
        "Shootings in {city} are down {pct} percent from last year, according to department figures.",
    ],
    "metaphor": [
        "Volunteers worked from a list of about {num} voters who had not yet made up their minds.",
        "\"These are my troops,\" the candidate said, pointing to a room of volunteers in matching shirts.",
        "The campaign said it had opened {small2} field offices across {state}.",
        "Phone banks ran every night from a rented storefront in downtown {city}.",
        "The volunteers include retirees, college students and a few parents with strollers in tow.",
        "Union stewards have been visiting job sites before dawn to talk to members on the early shift.",
        "{name}, a volunteer from {city2}, said she had knocked on doors for {small} weekends in a row.",
        "Campaign aides said the volunteers had already knocked on more than {num} doors.",
        "The candidate thanked the troops at a rally in a high school gym, calling them the backbone of the campaign.",
        "Organizers handed out clipboards, maps and boxed lunches before sending volunteers out in pairs.",
        "A rival campaign said it had its own army of volunteers and would match the effort block for block.",
        "Union leaders told members that the vote would set the terms of their work for the next {small} years.",
        "Polls show the race within a few points, and both sides expect turnout to decide it.",
    ],
    "budget": [
        "The fire department will add a new engine company in the fast-growing north end of {city}.",
        "Library hours, which were cut during the pandemic, will return to six days a week.",
        "The city will borrow {money} to repair bridges and replace aging water mains.",
        "Pension costs rose by {money} this year, squeezing other parts of the budget.",
        "Mayor {mayor} said the budget kept property taxes flat for a third straight year.",
        "A proposal to add {small2} police officers was scaled back to half that number.",
        "Bus service on {small} routes will be trimmed on weekends to save money.",
        "The budget adds money for road repairs and parks but freezes hiring in most departments.",
        "The police department's share of the budget grew by {pct} percent, to {money}.",
        "Council member {name} voted against the plan, saying it relied too heavily on one-time money.",
        "The city expects sales tax revenue to grow by about {pct} percent next year.",
        "Residents lined up for hours to speak during the public comment period.",
        "The budget takes effect on July 1 and must be balanced under state law.",
    ],
    "weather": [
        "Highs are expected to reach {temp} degrees again on {weekday2} before a slight cooling trend.",
        "The heat index in parts of {state} topped 110 degrees, the weather service said.",
        "Rainfall totals in some neighborhoods were the highest since records began in {city}.",
        "Schools in {city} dismissed students early, and several summer camps moved activities indoors.",
        "Farmers in {state} said the dry spell had already cut into yields.",
        "Firefighters rescued {small} drivers whose cars stalled in high water.",
        "Snowfall totals ranged from {small} to {small2} inches across the region.",
        "Cooling centers opened in libraries and community centers across {city}.",
        "Forecasters said relief would not arrive until at least {weekday2}, when a cold front is expected.",
        "The utility asked customers to set thermostats higher during the late afternoon to ease strain on the grid.",
        "Crews worked through the night to clear fallen trees and restore power.",
        "The National Weather Service issued a flood watch for much of {state} through the weekend.",
        "Emergency rooms reported a rise in heat-related illness, mostly among older residents and outdoor workers.",
    ],
    "sports": [
        "{name} threw for {num} yards over the season, the most in the conference.",
        "The loss dropped {rival} to {small}-{small2} on the season.",
        "Attendance at home games has risen by {pct} percent since the new arena opened in {city}.",
        "{team} traded for a veteran guard at the deadline, and he has started every game since.",
        "The coach, who spent {small2} years as an assistant, said the job was the one he had always wanted.",
        "Tickets for the playoff game sold out within hours.",
        "{name} left in the second half with an ankle injury and did not return.",
        "{name} scored {small} times, including the go-ahead goal with under a minute left.",
        "The crowd of about {num} stayed on its feet for most of the final quarter.",
        "{team} have won {small} of their last {small2} games and sit second in the division.",
        "The coach said the team had been working on its defense all week.",
        "{rival} were missing two starters because of injuries.",
        "The teams meet again next month in {city}.",
    ],
    "courts": [
        "The defense argued that the witnesses had been too far away to identify anyone.",
        "The jury deliberated for about {small} hours over two days before reaching a verdict.",
        "The ruling applies only to {state} and does not affect similar laws in other states.",
        "The city has paid more than {money} to settle police misconduct claims over the past decade.",
        "Relatives of the victims hugged in the hallway outside the courtroom after the verdict was read.",
        "The case was one of {small2} homicide trials in {city} this year.",
        "Judge {name} gave both sides {small2} days to file written arguments.",
        "Prosecutors said the defendant fired several shots into a crowd outside a convenience store.",
        "Sentencing is scheduled for {month} {day}, and he faces up to {small2} years in prison.",
        "Police said they arrested the man a week after the shooting, following a tip from a neighbor.",
        "The judge wrote that the state had failed to show the law was needed to prevent fraud.",
        "The state attorney general said he would appeal the ruling.",
        "Lawyers for the city said officers followed department policy during the stop.",
    ],
    "business": [
        "The plant in {city} will make parts for electric vehicles and heat pumps.",
        "{company} has closed {small} stores in {state} this year.",
        "Revenue rose {pct} percent from a year earlier, to {money}.",
        "Workers at the {city} warehouse learned of the cuts in an email on {weekday2}.",
        "The company said hiring for the new plant would begin in {month}.",
        "Union officials said they had not been told how many of their members would lose their jobs.",
        "{company} has been based in {city} for more than {small2} years.",
        "Shares of {company} rose {pct} percent in early trading after the announcement.",
        "The company said it would offer severance and help finding new jobs to affected workers.",
        "Chief executive {name} said the changes would make the company leaner and faster.",
        "Analysts said demand had softened in recent months as consumers cut back.",
        "State officials offered {money} in tax incentives to win the project.",
        "The company employs about {num} people worldwide.",
    ],
    "generic": [
        "\"We are watching this closely,\" said {name}, a spokesperson for {org}.",
        "{name}, {age}, who has lived in {city} for {small2} years, said the news caught many neighbors by surprise.",
        "A spokeswoman for {org} declined to comment on {weekday2}.",
        "Officials did not respond to requests for comment.",
        "The figures could not be independently verified.",
        "The announcement came as {org} was preparing for a vote on an unrelated measure.",
        "\"People want answers, and they want them now,\" {name} said in an interview.",
        "More details are expected later this week, officials said.",
        "The issue has divided residents, with some calling it overdue and others calling it a mistake.",
        "{name} said at a news conference that the plan would be reviewed in {month}.",
        "The next public meeting is scheduled for {month} {day} at {hour} p.m.",
        "Reporting for this article was contributed by {name} in {city}.",
        "Similar debates have played out in {city2} and {city3} in recent years.",
        "{org} plans to publish a full report by the end of the year.",
        "{name}, a professor at a state university who studies the issue, said the long-term effects were hard to predict.",
        "It was not immediately clear how many people would be affected.",
        "The decision drew swift reaction on social media, where supporters and critics traded sharp words.",
        "Earlier this year, {org} estimated the cost at {money}, a figure critics called too low.",
        "{name} said the timing was no accident, pointing to elections this fall.",
        "Records obtained through a public records request show the plan was discussed as early as {month}.",
        "\"Nobody asked us,\" said {name}, who runs a small restaurant near the center of {city}.",
        "The measure passed {small2} to {small}, with little debate.",
        "Supporters argued that waiting any longer would only raise the cost.",
        "Opponents said they would keep pressing the issue at the next election.",
        "The state has seen similar fights before, most recently in {year_old}.",
        "A survey released on {weekday2} found that {pct} percent of residents approved of the way officials handled the matter.",
        "The office of {name}, a state senator who represents part of {city}, said she was reviewing the details.",
        "Local television stations carried the announcement live.",
        "{name} contributed reporting from {city2}.",
        "The change is expected to take effect within {small2} days.",
    ],
    "military_misc": [
        "The Defense Department employs about 1.3 million active-duty service members and roughly 800,000 in the reserve components.",
        "{rank} {last}, who commands the unit, said morale was high despite the long stretch away from home.",
        "The Army has spent the past year reorganizing some of its brigades around drones and air defense.",
        "A Pentagon spokesman said the department does not discuss future troop movements in detail.",
        "Military families have long complained about frequent moves and the strain they put on spouses' careers.",
        "The Guard's dual role, serving both governors and the president, makes planning unusually complicated.",
        "The department's budget request for next year includes a pay raise of {pct} percent for service members.",
        "Congress must approve the plan before the money can be spent.",
        "Some of the soldiers are on their second or third rotation, the unit said.",
        "Veterans groups have urged lawmakers to pay closer attention to what happens after troops come home.",
        "An Army spokeswoman said the service would release updated figures at the end of the fiscal year.",
        "The Marine Corps has set its own goals and says it is on track to meet them.",
    ],
    "civic": [
        "The city has about {num} employees, and salaries make up the largest share of its spending.",
        "Police said no one was injured, and the road reopened after about {small} hours.",
        "The county's population has grown by roughly {pct} percent since the last census.",
        "Residents can watch the meetings online or attend in person at City Hall.",
        "The school district said classes would resume on {weekday2}.",
        "{org} said it would hold a series of listening sessions in neighborhoods across {city}.",
        "Traffic on the interstate was backed up for several miles during the evening commute.",
        "The local newspaper first reported the plan on {weekday2}.",
        "Officials estimate that about {num} households will feel the change directly.",
        "Two people were taken to a hospital with minor injuries, police said.",
        "The city's unemployment rate stood at {small}.{small} percent last month.",
        "Volunteers spent the weekend cleaning up a park along the river.",
    ],
}

# Which topics belong to which slice of the mix. The generator picks the slice
# first (one in five, one in five, three in five), then a topic inside it.
DEPLOYMENT_TOPICS = ["border", "city", "storm"]
MILITARY_OTHER_TOPICS = ["abroad", "recruiting", "veterans", "police", "metaphor"]
ORDINARY_TOPICS = ["budget", "weather", "sports", "courts", "business"]
