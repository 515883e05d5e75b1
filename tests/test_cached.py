"""The annotators' lock-free cached_property (builder/annotate/_cached.py)."""

from __future__ import annotations

from builder.annotate._cached import cached_property


class _Counted:
    def __init__(self) -> None:
        self.calls = 0

    @cached_property
    def value(self) -> list[int]:
        """The docstring is kept."""
        self.calls += 1
        return [self.calls]


def test_the_value_is_computed_once_per_instance_and_kept_in_its_dict() -> None:
    a, b = _Counted(), _Counted()
    assert a.value is a.value and a.calls == 1
    assert a.__dict__["value"] == [1]
    assert b.value == [1] and b.calls == 1


def test_deleting_the_value_computes_it_again_and_the_class_sees_the_descriptor() -> None:
    a = _Counted()
    assert a.value == [1]
    del a.value
    assert a.value == [2]
    assert isinstance(_Counted.value, cached_property)
    assert _Counted.value.__doc__ == "The docstring is kept."
