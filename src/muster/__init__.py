"""muster: a sourced, reconciled record of US military deployments at home."""
import logging

from muster.article import Article, Rejected, content_hash

__all__ = ["Article", "Rejected", "content_hash"]
__version__ = "0.1.0"

logging.getLogger("muster").addHandler(logging.NullHandler())
