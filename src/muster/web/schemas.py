"""The shapes the JSON API returns: plain objects, every figure with its evidence."""
from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from muster.law import LEGAL_REVIEW_NOTE

T = TypeVar("T")


class Evidence(BaseModel):
    """Where a figure or fact was read: the article, the words' offsets in its title or text, the sentence."""

    article_id: str
    key: str = Field(description='Stable name of the claim or fact: "article#f0" (figure 0), "article#x3" (fact 3).')
    id: int | None = Field(description="Row id of the claim or fact (changes if the article is extracted again).")
    field: str | None = Field(description='"text" or "title": which part of the article the offsets index.')
    start: int | None
    end: int | None
    text: str | None = Field(description="The words, equal to the field's [start:end].")
    sentence: str | None
    sentence_start: int | None
    url: str = Field(description="The article page, with these words marked.")


class Interval(BaseModel):
    low: int | None
    high: int | None = Field(description="null: no upper bound")


class Estimate(Interval):
    evidence: list[Evidence] = Field(description="The figures behind it: each part's newest total and the changes since.")


class Links(BaseModel):
    self: str
    page: str
    timeline: str | None = None
    claims: str | None = None


class Authorities(BaseModel):
    invoked: list[str]
    mentioned: list[str] = Field(description="Named in reports but never invoked.")


class FindingTitle(BaseModel):
    rule: str | None
    title: str | None


class ComponentAnswer(Interval):
    ceiling: Interval | None
    status: str | None
    as_of: str | None = Field(description="The date the number is from.")


class AnswerEvidence(BaseModel):
    component: str
    for_: str = Field(alias="for", description='"troops" or "ceiling": which number the sentence supports.')
    claim: str
    article_id: str
    published: str | None
    publisher: str | None
    sentence: str | None
    count: int | None
    kind: str | None


class Answer(BaseModel):
    """The deployment as reported up to one date: what `muster status --as-of` prints."""

    as_of: str
    status: str | None
    estimate: Interval | None = Field(description="Troops present, all components.")
    estimate_date: str | None = Field(description="The date of the latest report the answer rests on.")
    by_component: dict[str, ComponentAnswer]
    ceiling: Interval | None
    days_since_report: int | None
    answer: str = Field(description="The answer in words, with the date its number is from and its source.")
    staleness: str | None = Field(description='"no report since ..." where the newest report is well before the date.')
    evidence: list[AnswerEvidence] = Field(description="The sentences each number rests on.")


class DeploymentSummary(BaseModel):
    id: str
    name: str
    theatre: str | None
    theatre_name: str | None
    force: str | None
    components: list[str]
    command: str | None
    status: str | None
    start: str | None
    first_report: str | None
    last_report: str | None
    estimate: Estimate | None = Field(description="Troops present at the last report.")
    ceiling: Estimate | None = Field(description="Troops authorized at the last report.")
    disputed: bool = Field(description="Reports of the last day disagree; the estimate spans them.")
    authorities: Authorities
    missions: list[str]
    agencies: list[str]
    places: list[str]
    home_states: list[str]
    reports: int
    figures: int
    points: int
    findings: list[FindingTitle]
    links: Links
    answer: Answer | None = Field(None, description="With `as_of`: the deployment as reported up to that date.")


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int | None = None
    total: int | None = None
    next: str | None = Field(description="The next page, or null at the end.")


class DeploymentList(Page[DeploymentSummary]):
    filters: dict[str, str]
    legal_review_note: str = LEGAL_REVIEW_NOTE


class FactGroup(BaseModel):
    value: str
    status: str | None
    citation: str | None
    mentions: int
    evidence: list[Evidence] = Field(description="Up to five sentences naming it.")


class PlaceGroup(FactGroup):
    lat: float | None
    lon: float | None
    place_kind: str | None


class Trigger(BaseModel):
    fact: str | None = None
    value: str | None = None
    status: str | None = None
    figure: str | None = None
    count: int | None = None
    component: str | None = None
    published: str | None = None
    evidence: Evidence


class Finding(BaseModel):
    rule: str | None
    title: str | None
    question: str | None
    citations: list[str]
    absent: list[str]
    note: str | None = Field(description="A finding is a question for legal review, not a conclusion.")
    triggers: list[Trigger]


class Copy(BaseModel):
    article_id: str | None
    publisher: str | None
    published: str | None
    url: str


class Source(BaseModel):
    article_id: str | None
    title: str | None
    published: str | None
    publisher: str | None
    url: str
    copies: list[Copy]


class DeploymentDetail(DeploymentSummary):
    authority_facts: list[FactGroup]
    mission_facts: list[FactGroup]
    agency_facts: list[FactGroup]
    command_facts: list[FactGroup]
    condition_facts: list[FactGroup]
    place_facts: list[PlaceGroup]
    missions_denied: list[str]
    commands: list[str]
    conditions: list[str]
    findings: list[Finding] = Field(validation_alias="finding_details",  # type: ignore[assignment]
                                    description="Legal questions with citations and the reports that raise them.")
    legal_review_note: str = LEGAL_REVIEW_NOTE
    sources: list[Source]


class Figure(BaseModel):
    key: str
    article_id: str
    position: int
    published: str | None
    publisher: str | None
    count: int | None
    qualifier: str | None
    kind: str | None
    component: str | None
    state: str | None
    place: str | None
    low: int | None
    high: int | None
    date: str | None
    background: bool | None
    additional: bool
    evidence: Evidence


class Change(BaseModel):
    op: str | None
    component: str | None = None
    state: str | None = None
    low: int | None = None
    high: int | None = None
    claims: list[str] = Field(description="Keys of the figures that made this change.")


class Part(BaseModel):
    component: str | None = None
    state: str | None = None
    present: Interval | None = None
    ceiling: Interval | None = None


class ConflictReport(BaseModel):
    low: int | None
    high: int | None
    article_id: str | None
    figures: list[str]


class Conflict(BaseModel):
    quantity: str | None
    component: str | None
    state: str | None
    reports: list[ConflictReport]


class TimelinePoint(BaseModel):
    date: str | None
    present: Interval | None
    ceiling: Interval | None
    status: str | None
    parts: list[Part]
    changes: list[Change]
    conflicts: list[Conflict]
    figures: list[Figure]
    restated: list[Figure]
    reports: list[str]


class Timeline(Page[TimelinePoint]):
    deployment_id: str
    name: str


class Claim(BaseModel):
    id: int
    key: str
    article_id: str
    position: int
    count: int
    qualifier: str | None
    kind: str | None
    component: str | None
    low: int | None
    high: int | None
    state: str | None
    place: str | None
    unit: str | None
    event_date: str | None
    background: bool
    deployments: list[str]
    evidence: Evidence


class ClaimList(Page[Claim]):
    filters: dict[str, str]


class Fact(BaseModel):
    id: int
    key: str
    article_id: str
    position: int
    type: str
    value: str
    status: str
    citation: str | None
    lat: float | None
    lon: float | None
    place_kind: str | None
    evidence: Evidence


class Article(BaseModel):
    id: str
    title: str
    text: str
    published: str | None
    url: str | None
    publisher: str | None
    source: str | None
    relevant: bool | None
    extracted_at: str | None
    claims: list[Claim]
    facts: list[Fact]
    deployments: list[str]


class SearchHit(BaseModel):
    id: str
    title: str
    published: str | None
    publisher: str | None
    snippet: str
    highlights: list[list[int]] = Field(description="[start, end] of each match in the snippet.")
    title_highlights: list[list[int]]
    rank: float | None
    url: str


class SearchResults(Page[SearchHit]):
    q: str
