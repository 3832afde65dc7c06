from huunghi.db.engine import Database, make_engine, upgrade
from huunghi.db.models import (
    Alert,
    Article,
    Base,
    CrawlRun,
    Delivery,
    FetchCache,
    FrontierURL,
    JobRun,
    RateEvent,
    Source,
    Subscriber,
    Visit,
    VisitArticle,
    VisitParty,
    utcnow,
)

__all__ = [
    "Alert", "Article", "Base", "CrawlRun", "Database", "Delivery", "FetchCache", "FrontierURL", "JobRun", "RateEvent", "Source",
    "Subscriber", "Visit", "VisitArticle", "VisitParty", "make_engine", "upgrade", "utcnow",
]
