"""The values extraction hands on (events.article): frozen, compared by value, with defaults."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from events.article import Fact, FactDate, Mention, one_step_init

DAY = FactDate("2024-05-02", "2024-05-02", "2024-05-02", "day", "explicit")


@pytest.mark.parametrize("value, defaults", [
    (DAY, {"text": None, "qualifier": None, "doubt": None, "time": None}),
    (Mention("ASEAN", "organisation", "actor", "ASEAN"), {"wikidata": None, "action": None}),
    (Fact(0, "Rapat digelar.", 0, 14, "meeting", "occurred", DAY), {"place": None, "mentions": ()}),
])
def test_a_value_is_made_with_its_defaults_and_stays_frozen(value, defaults):
    assert {name: getattr(value, name) for name in defaults} == defaults
    assert list(vars(value)) == [f.name for f in dataclasses.fields(value)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.text = "other"


def test_values_with_the_same_fields_are_equal_hash_alike_and_survive_pickling():
    made = Mention("ASEAN", "organisation", "actor", "ASEAN", wikidata="Q7768")
    again = dataclasses.replace(made, role="speaker")
    assert made == Mention("ASEAN", "organisation", "actor", "ASEAN", "Q7768")
    assert hash(made) == hash(Mention("ASEAN", "organisation", "actor", "ASEAN", "Q7768"))
    assert again.role == "speaker" and again != made
    assert pickle.loads(pickle.dumps(made)) == made
    assert repr(made).startswith("Mention(name='ASEAN'")


def test_a_value_whose_init_does_more_than_set_its_fields_is_refused():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        day: str

        def __post_init__(self):
            assert self.day

    with pytest.raises(TypeError):
        one_step_init(Checked)
