"""Domain exceptions: errors a user can cause, with a message that says what to do.

Each carries a message key (looked up in the four-language message catalogue)
and its parameters, so the core never formats user text in one language only.
Anything that is not an ``ImilaError`` is a bug.
"""

from __future__ import annotations


class ImilaError(Exception):
    """Base of every error the user can cause and fix."""

    key = "error.generic"

    def __init__(self, key: str | None = None, /, **params):
        self.key = key or self.key
        self.params = params
        super().__init__(self.key, params)

    def message(self, lang: str = "en") -> str:
        from app.models.messages import message

        return message(self.key, lang, **self.params)

    def __str__(self) -> str:  # English text for logs and the CLI default
        return self.message("en")


class StoreError(ImilaError):
    """The project file cannot be used: not a project, newer than the app, locked, full, corrupt."""

    key = "store.error"


class ImportError_(ImilaError):
    """A source file cannot be read or understood."""

    key = "import.error"


class MappingError(ImilaError):
    """A mapping cannot be applied (unknown labels, incompatible recipe)."""

    key = "mapping.error"


class ExportError(ImilaError):
    """The submission package cannot be written (open errors, disk full)."""

    key = "export.error"


class VerifyError(ImilaError):
    """A package is not acceptable (checksums, structure, hostile archive)."""

    key = "verify.error"


class Cancelled(Exception):
    """Raised by long work when the user cancels; the UI swallows it quietly."""
