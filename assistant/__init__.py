"""minutes-qa: cited, extractive answers from council meeting minutes."""
from .answer import Answer, Quote
from .core import Assistant
from .models import Commitment, Document, Filters, Hit, Passage

__all__ = ["Answer", "Assistant", "Commitment", "Document", "Filters", "Hit", "Passage", "Quote"]
