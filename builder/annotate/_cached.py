"""A lock-free ``cached_property`` for the annotators' per-paragraph objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_T = TypeVar("_T")


class cached_property(Generic[_T]):  # named as functools' own
    """``functools.cached_property`` without its lock (Python 3.11 takes an ``RLock`` on each
    first access; 3.12 dropped it): the value is computed on first access and kept in the
    instance's ``__dict__``, which then answers every later access without calling this
    descriptor. Objects that are not shared between threads, as the annotators' are, need no
    lock: two threads computing the same value would store equal values.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None,
                owner: type | None = None) -> _T | cached_property[_T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
