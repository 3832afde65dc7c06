from huunghi.db.engine import Database, make_engine, upgrade
from huunghi.db.models import (
    URL_MAX,
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
    "Subscriber", "URL_MAX", "Visit", "VisitArticle", "VisitParty", "make_engine", "upgrade", "utcnow",
]
