"""Every registered rule id is exercised.

The ordered rule lists (``TIE_RULES``, ``ROLE_ORG_RULES``, ``PARTY_RULES``, ``COMPLETIONS``,
``MODEL_ORG_REJECTS``) carry their ids as data (``lang.rules``). Each id must show up in the records of
the bundled corpus, the real releases and the unseen set (a fact's ``rule``, ``tie_rule`` or
``party_rule``, a discarded candidate's ``rule``), or, for a rule whose decision leaves no trace in a
record (a document with no party gives no fact), on a short text here.
"""

import pytest

from extractor.facts.party_rules import COMPLETIONS, PARTY_RULES, mention_parties
from extractor.facts.role_org import ROLE_ORG_RULES
from extractor.find.org_model import MODEL_ORG_REJECTS
from extractor.find.role_ties import TIE_RULES
from extractor.lang.rules import rule, rule_ids
from extractor.models import AgreementFact, DocumentRecord, RoleFact

from .conftest import CORPUS, SHARED

REGISTRY = {
    "TIE_RULES": TIE_RULES,
    "ROLE_ORG_RULES": ROLE_ORG_RULES,
    "PARTY_RULES": PARTY_RULES,
    "COMPLETIONS": COMPLETIONS,
    "MODEL_ORG_REJECTS": MODEL_ORG_REJECTS,
}
FOLDERS = (CORPUS, CORPUS / "unseen", SHARED / "real" / "corpus")
# Agreement mentions whose party rule gives no party: no fact records them, so the rule is read directly.
NO_PARTY_TEXTS = {
    "agreement.parties.with_them_respectively": "Kunming University of Science and Technology sent a delegation. "
    "It visited Angkor University, the Royal University of Phnom Penh and the Royal Academy of Cambodia, and "
    "signed the Memorandum of Cooperation with them respectively.",
    "agreement.parties.topic_only": "A draft memorandum on the BRICS Network University was discussed.",
    "agreement.reject.between_states": "The activities are regulated by the Agreement between the Republic of "
    "Kazakhstan and the Republic of Belarus on economic cooperation.",
    "agreement.reject.earlier_documents": "Sultan Qaboos University fostered existing agreements with Kazan "
    "Federal University and Tomsk State University.",
}
PARTY_TEXTS = {
    "agreement.parties.with_them_respectively": "Kunming University of Science and Technology sent a delegation. "
    "It visited Angkor University, the Royal University of Phnom Penh and the Royal Academy of Cambodia, and "
    "signed the Memorandum of Cooperation with them respectively.",
    "agreement.parties.between_pairs": "Memoranda were signed between Tomsk Polytechnic University and Tsinghua "
    "University, Kazan Federal University and Peking University, and Ural Federal University and Fudan University.",
    "agreement.parties.signed_by": "A trilateral agreement was signed on May 29 by Tomsk Polytechnic University, "
    "Zhejiang University and the Hangzhou City Government.",
    "agreement.parties.signers_distributive": "Tsinghua University, Peking University and Fudan University signed "
    "memoranda of understanding with Tomsk Polytechnic University.",
}
ROLE_TEXTS = {
    "role.org.next_title": "Mukhitdin Kalonov, Vice-Rector, Director of the Research Center of Tashkent State "
    "University of Economics (TSEU), visited Minsk."
}


def _ids(record: DocumentRecord) -> set[str]:
    """The rule ids a record names: fact rules (a composed party rule split into its parts) and discards."""
    found: set[str] = {d.rule for d in record.discarded}
    for f in record.facts:
        names = [f.rule, f.tie_rule] if isinstance(f, RoleFact) else [f.rule, f.party_rule]
        for name in filter(None, names):
            base, *more = name.split("+")
            found |= {base, *(f"+{m}" for m in more)}
    return found


@pytest.fixture(scope="module")
def exercised(extractor) -> set[str]:
    texts = [(p.read_bytes().decode("utf-8"), p.stem, None) for d in FOLDERS for p in sorted(d.glob("*.txt"))]
    assert len(texts) > 250, "the corpora were not found"
    found = set().union(*(_ids(r) for r in extractor.pipe(texts)))
    found |= set().union(*(_ids(extractor.extract(t)) for t in [*ROLE_TEXTS.values(), *PARTY_TEXTS.values()]))
    for text in NO_PARTY_TEXTS.values():
        doc = extractor.nlp(extractor.make_doc(text).text)
        found |= {mention_parties(m, None, None)[1] for m in doc.ents if m.label_ == "AGREEMENT"}
    return found


@pytest.mark.parametrize("name", REGISTRY)
def test_every_registered_rule_id_is_exercised(name, exercised):
    ids = rule_ids(REGISTRY[name])
    assert ids, f"{name} registers no id"
    assert not set(ids) - exercised, f"{name}: never fired on the corpora or the texts here"


def test_rule_ids_are_unique_within_a_list():
    for name, rules in REGISTRY.items():
        ids = rule_ids(rules)
        assert len(ids) == len(set(ids)), name


def test_an_unexercised_rule_is_caught(monkeypatch, exercised):
    @rule("role.org.never_fires")
    def never(_: object) -> None:
        return None

    monkeypatch.setitem(REGISTRY, "ROLE_ORG_RULES", (*ROLE_ORG_RULES, never))
    with pytest.raises(AssertionError, match="never fired"):
        test_every_registered_rule_id_is_exercised("ROLE_ORG_RULES", exercised)


def test_the_ids_of_a_record_are_read_from_facts_and_discards():
    record = DocumentRecord(
        doc_id="d",
        facts=[
            RoleFact(person="A", role="rector", rule="role.org.attached", tie_rule="role.tie.apposition"),
            AgreementFact(
                kind="agreement",
                parties=["X", "Y"],
                rule="agreement.fact.mention",
                party_rule="agreement.parties.sentence+host+release_home",
            ),
        ],
    )
    assert _ids(record) == {
        "role.org.attached",
        "role.tie.apposition",
        "agreement.fact.mention",
        "agreement.parties.sentence",
        "+host",
        "+release_home",
    }
