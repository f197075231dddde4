"""What a tabulation reports about the microdata: issues and its domain error.

An *issue* is a fact about the data that did not stop the tabulation (ages of
999, a sex not stated, a country code the recipe does not know, lines of a
truncated CSV that could not be read). Each carries a message key of
``resources/i18n/messages/tabulate.json``, its parameters and a severity with
the meaning of the checks engine (``error`` blocks an export, ``warning``
needs an explanation, ``info`` is shown only), so the checks page can show it
beside the findings. A ``TabulateError`` is a problem the user must fix
before anything can be tabulated (an unreadable file, a recipe that names a
column the file lacks); the project is left as it was.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from app.errors import ImilaError


class TabulateError(ImilaError):
    """The microdata cannot be tabulated as asked: the message says what to do."""

    key = "tabulate.error"


@dataclass
class TabulationIssue:
    key: str  # message key, "tabulate.issue.out_of_range"
    severity: str  # "error" | "warning" | "info"
    count: int = 0  # records concerned (unweighted)
    concept: str | None = None  # recipe concept ("age", "country_of_birth", …)
    variable: str | None = None  # column of the microdata file
    params: dict = field(default_factory=dict)  # what the message shows (examples, lines, …)

    def message(self, lang: str = "en") -> str:
        from app.models.messages import message

        params = {"variable": self.variable or "", "count": self.count, **self.params}
        return " ".join(message(self.key, lang, **params).split())  # an empty field leaves no double blank

    def to_dict(self) -> dict:
        return asdict(self)
