"""Domain errors, named for the condition. The CLI and UI translate them for users."""


class MinutesQAError(Exception):
    """Base class: every error a user can act on."""


class UnsupportedFile(MinutesQAError):
    """The file type is not one we can read."""


class UnreadableFile(MinutesQAError):
    """The file could not be read as a document (empty, binary junk, corrupt)."""


class NeedsOCR(UnreadableFile):
    """A PDF without a text layer: it must be OCR'd before it can be ingested."""


class IndexNotFound(MinutesQAError):
    """No index at the given folder."""


class ModelMismatch(MinutesQAError):
    """The index was built with a different embedding model."""


class SchemaTooNew(MinutesQAError):
    """The index was written by a newer version of minutes-qa."""


class IndexOutdated(MinutesQAError):
    """The index was written by an older minutes-qa and must be rebuilt."""


class InvalidInput(MinutesQAError, ValueError):
    """A question, filter or count given by the user that cannot be used as it stands."""


class EmptyQuestion(InvalidInput):
    """The question has no text."""


class QuestionTooLong(InvalidInput):
    """The question is longer than the configured limit."""


class InvalidDate(InvalidInput):
    """A date filter that is not a partial ISO date (2019, 2019-07, 2019-07-15)."""


class InvalidCount(InvalidInput):
    """A number of passages outside the allowed range."""


class FilterTooLong(InvalidInput):
    """A council, committee, kind or text filter longer than any real one."""


class SearchFailed(MinutesQAError):
    """The index could not be searched (a damaged or incomplete index)."""


class IndexBusy(MinutesQAError):
    """Another ingest holds the index's write lock."""


class CorrectionError(InvalidInput):
    """A metadata correction that cannot be recorded: an unknown document or field, or a bad value."""
