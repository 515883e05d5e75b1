"""eval/agreement.py: the second annotation's comparison keys and the gold edits it applies."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml

from builder.evaluate import GoldQuote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import agreement

BLOCK = """\
people: [ana-ruiz, Luc Martin]
quotes:
  - {text: "Flow one", speaker: ana-ruiz}
  - text: "Block two"
    continued: ["and more"]  # a comment kept
    speaker: ana-ruiz
    speakers: [ana-ruiz, Luc Martin]
  - {text: "Three, \\"quoted\\"", speaker: null, label: "a source"}
dates: []
"""


def _quotes(text: str) -> list[dict[str, object]]:
    quotes: list[dict[str, object]] = yaml.safe_load(text)["quotes"]
    return quotes


@pytest.mark.parametrize("line, speakers, label, want", [
    (2, ["Luc Martin"], None, {"text": "Flow one", "speaker": "Luc Martin"}),
    (2, ["ana-ruiz", "Luc Martin"], None,
     {"text": "Flow one", "speaker": "ana-ruiz", "speakers": ["ana-ruiz", "Luc Martin"]}),
    (2, [], "an aide", {"text": "Flow one", "speaker": None, "label": "an aide"}),
    (3, ["Luc Martin"], None,
     {"text": "Block two", "continued": ["and more"], "speaker": "Luc Martin"}),
    (3, [], None, {"text": "Block two", "continued": ["and more"], "speaker": None}),
    (7, ["ana-ruiz"], None, {"text": 'Three, "quoted"', "speaker": "ana-ruiz"}),
])
def test_replace_speaker_rewrites_only_the_speaker_fields(
        line: int, speakers: list[str], label: str | None, want: dict[str, object]) -> None:
    lines = BLOCK.split("\n")
    agreement.replace_speaker(lines, line, speakers, label)
    text = "\n".join(lines)
    quotes = _quotes(text)
    before = _quotes(BLOCK)
    index = {2: 0, 3: 1, 7: 2}[line]
    assert quotes[index] == want
    assert [q for i, q in enumerate(quotes) if i != index] == \
        [q for i, q in enumerate(before) if i != index]
    assert "# a comment kept" in text


def test_speakers_reads_null_words_and_joint_lists() -> None:
    assert agreement._speakers({"speaker": "null"}) == ()
    assert agreement._speakers({"speaker": None, "label": "x"}) == ()
    assert agreement._speakers({"speaker": "a", "speakers": ["a", "b", "a"]}) == ("a", "b")


def test_the_shown_order_is_fixed_and_mixed() -> None:
    quote = GoldQuote(text="x")
    orders = {agreement._order(agreement.Item("s", "a", "fr", n, quote)) for n in range(1, 20)}
    assert orders == {True, False}
    item = agreement.Item("s", "a", "fr", 3, quote)
    assert agreement._order(item) == agreement._order(item)


def test_compare_counts_agreement_with_the_scorers_person_keys(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    data = agreement.load_set("dev111")
    article = min(data.golds)
    gold = data.golds[article]
    answers = []
    for n, quote in enumerate(gold.quotes, 1):
        speakers = list(quote.speakers)
        # a registry person written by name instead of id is the same person
        names = [data.registry.people[s].name if s in data.registry.people else s
                 for s in speakers]
        answers.append({"n": n, "speaker": names[0] if names else None,
                        **({"speakers": names} if len(names) > 1 else {})})
    answers[0]["speaker"] = None  # one disagreement
    answers[0].pop("speakers", None)
    (tmp_path / "dev111").mkdir()
    (tmp_path / "dev111" / f"{article}.yml").write_text(yaml.safe_dump({"quotes": answers}))
    agreement.compare(["dev111"], tmp_path, tmp_path / "out")
    out = capsys.readouterr().out
    total = sum(len(g.quotes) for g in data.golds.values())
    answered = len(gold.quotes)
    assert f"{answered - 1} / {answered:5}    ({total - answered:3})" in out
    rows = yaml.safe_load((tmp_path / "out" / "disagreements.yml").read_text())
    key = yaml.safe_load((tmp_path / "out" / "key.yml").read_text())
    assert [r["id"] for r in rows] == [f"dev111/{article}/1"] == [k["id"] for k in key]
    gold_side = rows[0][key[0]["gold"]]
    assert gold_side != rows[0]["B" if key[0]["gold"] == "A" else "A"]
    assert "nobody named" in (rows[0]["A"], rows[0]["B"])


def test_apply_changes_only_the_decided_speakers(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(agreement.ROOT / "eval" / "dev111", tmp_path / "eval" / "dev111")
    monkeypatch.setattr(agreement, "ROOT", tmp_path)
    data = agreement.load_set("dev111")
    article = min(data.golds)
    gold = data.golds[article]
    named = [n for n, q in enumerate(gold.quotes, 1) if len(q.speakers) == 1]
    first, second, third = named[:3]
    other = next(p for p in data.registry.people if p not in gold.quotes[first - 1].speakers)
    keys: list[dict[str, object]] = [{"id": f"dev111/{article}/{first}", "gold": "A", "second": [], "label": "x"},
            {"id": f"dev111/{article}/{second}", "gold": "B", "second": [other]},
            {"id": f"dev111/{article}/{third}", "gold": "A", "second": []}]
    decisions = [{"id": keys[0]["id"], "decision": "B"},  # the second answer: nobody named
                 {"id": keys[1]["id"], "decision": "B"},  # the gold's: kept
                 {"id": keys[2]["id"], "decision": "other",
                  "speaker": data.registry.people[other].name}]  # a name → its registry id
    (tmp_path / "key.yml").write_text(yaml.safe_dump(keys))
    (tmp_path / "d.yml").write_text(yaml.safe_dump(decisions))
    assert agreement.apply([tmp_path / "d.yml"], tmp_path / "key.yml") == 0
    after = agreement.load_set("dev111").golds[article]
    for n, (old, new) in enumerate(zip(gold.quotes, after.quotes, strict=True), 1):
        want = {first: (), third: (other,)}.get(n, old.speakers)
        assert (new.text, new.speakers) == (old.text, want)
    assert after.quotes[first - 1].label == "x"
    with pytest.raises(ValueError, match="no decision"):
        agreement.apply([tmp_path / "d.yml"],
                        _write(tmp_path / "k2.yml", [*keys, {**keys[0], "id": "x/y/1"}]))


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text(yaml.safe_dump(rows))
    return path
