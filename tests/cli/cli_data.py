"""Short news texts written for the CLI tests, and builders for every input format ingest reads."""
from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# (title, body) pairs; every body is its own text, so none is a duplicate of another.
RIVER = (
    "Governor sends Guard soldiers to flooded river towns",
    "About 300 members of the Iowa National Guard were ordered on Sunday to help fill sandbags "
    "along the Mississippi River, the governor's office said.\n\n"
    "The soldiers will also carry drinking water to towns whose treatment plants were swamped.",
)
MARINES = (
    "Marines to help immigration offices with paperwork",
    "The Pentagon said Tuesday that about 200 Marines would support Immigration and Customs "
    "Enforcement offices in Florida with administrative and logistics work.\n\n"
    "The Marines will not make arrests, a spokesman for Northern Command said.",
)
BORDER = (
    "Pentagon adds 500 troops to border mission",
    "The Pentagon will send up to 500 more active-duty troops to the southern border, officials "
    "said Monday, to help Customs and Border Protection with surveillance and transportation.\n\n"
    "The troops will report to Joint Task Force-Southern Border.",
)
CAPITAL = (
    "Guard members begin patrols near the Capitol",
    "Roughly 400 District of Columbia National Guard members began patrolling Metro stations and "
    "the National Mall on Wednesday, a spokeswoman for the task force said.\n\n"
    "They serve under Title 32 orders and are unarmed.",
)
STORM = (
    "Soldiers clear roads after ice storm",
    "More than 1,000 Kentucky National Guard soldiers cleared fallen trees and delivered generators "
    "after an ice storm knocked out power across the eastern part of the state.\n\n"
    "The governor declared a state of emergency on Friday.",
)
ELECTION = (
    "Governor puts Guard on standby for election week",
    "The governor placed about 250 members of the state's National Guard on standby for election "
    "week, saying they would help county clerks with cybersecurity and logistics if asked.\n\n"
    "No troops will be posted at polling places, the governor's office said.",
)
BRIDGE = (
    "Engineers from Guard unit rebuild washed-out bridge",
    "A company of about 120 National Guard engineers finished a temporary bridge on Thursday, "
    "reopening the only road into a mountain town cut off by last month's floods.\n\n"
    "State officials said the bridge would stay until a permanent one is built.",
)
WILDFIRE = (
    "Guard helicopters join fight against wildfire",
    "Four National Guard helicopters and about 150 soldiers joined crews battling a wildfire "
    "that has burned more than 20,000 acres in the foothills, state fire officials said.\n\n"
    "Evacuation orders remained in place for two towns.",
)
PARADE = (
    "City police plan large presence for parade",
    "The city police department will put about 2,000 officers on duty for Sunday's parade, "
    "the chief said, and several streets downtown will close from early morning.\n\n"
    "Officers will also staff bag checks at the viewing areas.",
)
AIRLIFT = (
    "Air Guard crews fly supplies to island after hurricane",
    "Air National Guard crews flew about 60 tons of food and water to the island on Saturday, "
    "two days after the hurricane destroyed its only pier, emergency officials said.\n\n"
    "About 80 airmen are staying to run the airfield.",
)
CAFE = (
    "Guard cooks feed shelter residents",
    "About 40 National Guard cooks have served hot meals at the caf\u00e9 of a school turned into a "
    "shelter since the flood, the county said.\n\n"
    "The shelter houses several hundred people.",
)


def text_file(path: Path, story: tuple[str, str]) -> None:
    title, body = story
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def html_page(story: tuple[str, str], *, published: str = "2025-03-04T09:15:00-05:00") -> str:
    """A news page: metadata in the head, menus and a footer around the article."""
    title, body = story
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Valley Courier</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="Valley Courier">'
        f'<meta property="article:published_time" content="{published}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/weather">Weather</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Valley Courier. All rights reserved.</footer></body></html>"
    )


MENU_PAGE = (
    '<!DOCTYPE html><html><head><title>Sections | Valley Courier</title></head><body>'
    '<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sports">Sports</a></nav>'
    "<footer>Valley Courier</footer></body></html>"
)


def record(story: tuple[str, str], article_id: str, published: str = "2025-03-04") -> dict:
    title, body = story
    return {"id": article_id, "title": title, "published": published, "text": body}


def rss(stories: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>https://courier.example/{n}</link>"
        f"<pubDate>Tue, 04 Mar 2025 10:0{n}:00 -0500</pubDate>"
        f"<description><![CDATA[{''.join(f'<p>{p}</p>' for p in body.split(chr(10) * 2))}]]></description></item>"
        for n, (title, body) in enumerate(stories)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Valley Courier</title><link>https://courier.example/</link>{items}</channel></rss>"
    )


def atom(story: tuple[str, str]) -> str:
    title, body = story
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Harbor Gazette</title><id>urn:harbor-gazette</id><updated>2025-03-05T08:00:00Z</updated>"
        f"<entry><title>{title}</title><id>urn:harbor-gazette:1</id><updated>2025-03-05T08:00:00Z</updated>"
        f'<content type="text">{body}</content></entry></feed>'
    )


def warc(path: Path, story: tuple[str, str]) -> None:
    """A gzipped WARC: one article page, and a 404 page that must be skipped."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    pages = [
        ("https://courier.example/guard-bridge", "200 OK", html_page(story).encode("utf-8")),
        ("https://courier.example/missing", "404 Not Found", b"<html><body><p>Page not found</p></body></html>"),
    ]
    for uri, status, payload in pages:
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
        )
    path.write_bytes(buffer.getvalue())


def mixed_folder(folder: Path) -> dict:
    """Every format ingest reads, plus broken files. Returns what a run should report."""
    folder.mkdir()
    text_file(folder / "river.txt", RIVER)
    (folder / "marines.html").write_text(html_page(MARINES), encoding="utf-8")
    (folder / "border.json").write_text(json.dumps(record(BORDER, "cli-border")), encoding="utf-8")
    lines = [json.dumps(record(CAPITAL, "cli-capital")), '{"id": "cli-broken", "text": ', json.dumps(record(STORM, "cli-storm"))]
    (folder / "wires.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "courier.rss").write_text(rss([ELECTION, WILDFIRE]), encoding="utf-8")
    (folder / "gazette.atom").write_text(atom(AIRLIFT), encoding="utf-8")
    warc(folder / "crawl.warc.gz", BRIDGE)
    # A Latin-1 file: its article is kept, the bad byte replaced and the file named in a warning.
    title, body = CAFE
    (folder / "shelter.txt").write_bytes(f"{title}\n\n{body}\n".encode("latin-1"))
    # Broken inputs, each rejected with a reason; the brackets check that names are printed as given.
    (folder / "scan [draft].bin").write_bytes(b"\x00\x01\x02\x03PK\x00\x00" * 64)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "sections.html").write_text(MENU_PAGE, encoding="utf-8")
    return {
        "new": 10,
        "rejected": {
            "scan [draft].bin": "binary",
            "empty.txt": "empty",
            "wires.jsonl:2": "malformed JSON",
            "sections.html": "no article",
        },
        "warned": {"shelter.txt": "invalid UTF-8"},
    }


# Articles for `muster extract`: a figure in a title, figures and facts in bodies, and a negative.
EXTRACT_ARTICLES = [
    {
        "id": "cli-x-border",
        "title": "Pentagon sends 500 more troops to the southern border",
        "published": "2025-02-03",
        "text": (
            "The Pentagon said Monday it would send up to 500 additional active-duty troops to the "
            "southern border to help U.S. Customs and Border Protection with surveillance and "
            "transportation.\n\n"
            "The troops will report to Joint Task Force-Southern Border at Fort Huachuca, Arizona. "
            "About 2,400 National Guard members are already assigned to the mission, officials said, "
            "under the national emergency the president declared in January."
        ),
    },
    {
        "id": "cli-x-storm",
        "title": "Guard soldiers deliver water after hurricane",
        "published": "2024-10-12",
        "text": (
            "More than 3,000 Florida National Guard soldiers were on state active duty on Saturday, "
            "handing out water and clearing debris after the hurricane, the governor said.\n\n"
            "FEMA opened two recovery centers in Tampa under the Stafford Act declaration."
        ),
    },
    {
        "id": "cli-x-council",
        "title": "Council approves library repairs",
        "published": "2025-01-15",
        "text": (
            "The city council voted 7 to 2 on Tuesday to spend $4 million repairing the main library's "
            "roof, which has leaked since a storm in 2023.\n\n"
            "Work is expected to start in the spring and last about 18 months."
        ),
    },
]


# Annotated articles for `muster eval`, with the gold records a careful reader would write.
GOLD_ARTICLES = [
    dict(
        EXTRACT_ARTICLES[0],
        id="gold-border",
        gold={
            "relevant": True,
            "figures": [
                {"count": 500, "qualifier": "up_to", "kind": "sent", "component": "active_duty"},
                {"count": 2400, "qualifier": "approx", "kind": "present", "component": "national_guard"},
            ],
            "authorities": ["national_emergency"],
            "invoked": ["national_emergency"],
            "missions": ["detection_monitoring", "transportation"],
            "agencies": ["CBP"],
            "commands": ["Joint Task Force-Southern Border"],
            "places": ["southern border", "Fort Huachuca, AZ"],
        },
    ),
    dict(
        EXTRACT_ARTICLES[1],
        id="gold-storm",
        gold={
            "relevant": True,
            "figures": [{"count": 3000, "qualifier": "more_than", "kind": "present", "component": "national_guard"}],
            "authorities": ["state_active_duty", "stafford_act"],
            "invoked": ["state_active_duty", "stafford_act"],
            "missions": ["disaster_relief"],
            "agencies": ["FEMA"],
            "commands": [],
            "places": ["Florida", "Tampa, FL"],
        },
    ),
    dict(
        EXTRACT_ARTICLES[2],
        id="gold-council",
        gold={
            "relevant": False, "figures": [], "authorities": [], "invoked": [], "missions": [],
            "agencies": [], "commands": [], "places": [],
        },
    ),
]
