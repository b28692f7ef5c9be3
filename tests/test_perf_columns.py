"""The per-Doc token columns (``lang.tokens.column``) hold exactly what the Token attributes return."""

from __future__ import annotations

from extractor.lang.tokens import column, forget_doc

_ATTRS = {
    "lower": "lower_",
    "text": "text",
    "tag": "tag_",
    "ent_type": "ent_type_",
    "ent_iob": "ent_iob_",
    "ws": "whitespace_",
    "idx": "idx",
    "punct": "is_punct",
    "space": "is_space",
    "title": "is_title",
    "is_lower": "is_lower",
    "upper": "is_upper",
    "alpha": "is_alpha",
    "stop": "is_stop",
}


def test_columns_are_the_token_attributes(extractor, corpus_texts):
    for text in list(corpus_texts.values())[:5]:
        doc = extractor.nlp(text + "\n\n  Ré-sumé  (ТАСС) 12 May 2024,\tMIT’s lab.")
        forget_doc(doc)
        for name, attr in _ATTRS.items():
            assert column(doc, name) == [getattr(t, attr) for t in doc], name
            assert column(doc, name) is column(doc, name)


def test_entity_columns_follow_new_model_ents(extractor):
    from spacy.tokens import Span

    from extractor.lang.tokens import keep_model_ents

    doc = extractor.nlp.make_doc("Tomsk State University met Ivan Petrov.")
    forget_doc(doc)
    assert column(doc, "ent_type") == [""] * len(doc)
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    keep_model_ents(doc)
    assert column(doc, "ent_type") == [t.ent_type_ for t in doc]
    assert column(doc, "ent_iob") == [t.ent_iob_ for t in doc]
