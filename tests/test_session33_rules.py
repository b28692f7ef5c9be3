"""Rules added or widened in the thirty-third session, each fired on a release's text and held back on
another."""

from __future__ import annotations

from extractor.lang.textnorm import unwrap_lines

from .record_views import roles as _roles

_WRAPPED = [
    "To promote cooperation between the EAEU countries in science",
    "and higher education, the following institutions concluded a four-party agreement",
    "on creating a centre of competences in the selection and genetics of agricultural",
    "plants and animals: Voronezh State Agrarian University, Belgorod",
    "State Agrarian University, Kuban State Agrarian University and the",
    "Belarusian State Agricultural Academy. The agreement was signed by the Rector of Voronezh",
    "University Alexander Agibalov, First Pro-Rector of Belgorod University Alexander",
    "Prostenko, Pro-Rector of Academics at Kuban University Alexei Petukh, and",
    "Rector of Belarusian State",
    "Agricultural Academy Vitaly Velikanov.",
]


def test_a_short_line_that_goes_on_wrapping_a_sentence_is_unwrapped(extractor):
    """read.unwrap: in a hard-wrapped page, a line shorter than the wrap width that goes on the sentence the
    line before broke ("Rector of Belarusian State\\nAgricultural Academy") is joined too."""
    text = "\n".join(_WRAPPED) + "\n\nThe agreement will make it possible to draft joint programmes.\n"
    assert (
        unwrap_lines(text)
        == " ".join(_WRAPPED) + "\n\nThe agreement will make it possible to draft joint programmes.\n"
    )
    roles = _roles(extractor.extract(text))
    assert ("Vitaly Velikanov", "rector", "Belarusian State Agricultural Academy") in roles


def test_a_short_line_after_an_unbroken_one_stays_a_line():
    """read.unwrap held back: a short line after a line that ended its sentence is a heading of its own."""
    lines = [*_WRAPPED[:-2], "Agricultural Academy Vitaly Velikanov.", "Rector of Belarusian State", "News"]
    out = unwrap_lines("\n".join(lines))
    assert out.endswith("Velikanov.\nRector of Belarusian State\nNews")


def test_a_generic_name_after_and_takes_the_place_named_before_it(extractor):
    """org.span.place_and_prefix: "Volgograd Social and Pedagogic University" is one name (the model reads
    "Volgograd Social" and "Pedagogic University"); held back: "Huawei and Technical University of Munich"."""
    rec = extractor.extract(
        "A delegation of Volgograd Social and Pedagogic University visited Turkmenistan. The agreement with "
        "Zhengzhou Railway Vocational and Technical College was signed on Monday."
    )
    orgs = {m.text for m in rec.mentions if m.label == "ORG"}
    assert {
        "Volgograd Social and Pedagogic University",
        "Zhengzhou Railway Vocational and Technical College",
    } <= orgs
    rec = extractor.extract("Huawei and Technical University of Munich signed a memorandum.")
    assert {m.text for m in rec.mentions if m.label == "ORG"} == {"Huawei", "Technical University of Munich"}
