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
