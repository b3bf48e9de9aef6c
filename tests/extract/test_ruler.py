from muster.extract.pipeline import build_nlp
from muster.extract.ruler import cue_spans


def test_cue_ruler_marks_lexicon_phrases_by_case():
    doc = build_nlp()("The Guard will guard federal buildings under the Insurrection Act.")
    spans = {(s.label_, s.text, s.id_) for s in cue_spans(doc)}
    assert ("COMPONENT", "Guard", "national_guard") in spans
    assert ("AUTHORITY", "Insurrection Act", "insurrection_act") in spans
    assert not any(label == "COMPONENT" and text == "guard" for label, text, _ in spans)
