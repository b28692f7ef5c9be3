"""The evaluation's numbers as tables on the terminal (rich)."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table


def score_table(res: dict) -> Table:
    t = Table(title=f"{res['documents']} documents, {len(res['missing_predictions'])} missing predictions")
    for col in (
        "label",
        "strict P",
        "strict R",
        "strict F1",
        "lenient F1",
        "norm P",
        "norm R",
        "norm F1",
        "gold",
        "pred",
    ):
        t.add_column(col, justify="right" if col != "label" else "left")
    for lab in res["strict"]:
        s, le, n = res["strict"][lab], res["lenient"][lab], res["normalised"][lab]
        t.add_row(
            lab,
            *(
                f"{x:.3f}"
                for x in (
                    s["precision"],
                    s["recall"],
                    s["f1"],
                    le["f1"],
                    n["precision"],
                    n["recall"],
                    n["f1"],
                )
            ),
            str(n["gold"]),
            str(n["predicted"]),
        )
    return t


def rule_table(gold: dict, pred: dict) -> Table:
    from extractor.evaluate.rule_scores import facts_by_rule

    t = Table(title="predicted facts by rule")
    for col in ("type", "rule", "correct", "wrong"):
        t.add_column(col, justify="right" if col in ("correct", "wrong") else "left")
    for row in facts_by_rule(gold, pred):
        t.add_row(row["type"], escape(row["rule"]), str(row["correct"]), str(row["wrong"]))
    return t


def score_lines(res: dict) -> list[str]:
    """The scores after the table: B-cubed per label, facts, agreement attributes, publication dates."""
    lines = [
        f"B-cubed {lab}: P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f} ({b['items']} mentions)"
        for lab, b in res["clustering"].items()
    ]
    lines += [
        f"facts {k}: P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} "
        f"(gold {v['gold']}, pred {v['predicted']})"
        for k, v in res["facts"].items()
    ]
    return [*lines, f"agreement attributes: {res['agreement_attributes']}", f"published: {res['published']}"]
