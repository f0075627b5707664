"""newsgraph: who said what, who did what to whom, where, when — with evidence."""

__version__ = "0.1.0"

from .errors import NewsgraphError  # noqa: E402
from .model import SCHEMA_VERSION, ErrorRecord, Record  # noqa: E402
from .pipeline import ArticleInput, Pipeline, extract, extract_many  # noqa: E402

__all__ = [
    "SCHEMA_VERSION", "ArticleInput", "ErrorRecord", "NewsgraphError", "Pipeline", "Record",
    "extract", "extract_many", "__version__",
]
