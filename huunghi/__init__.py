"""huunghi — Vietnam–Laos exchange watcher: crawl, classify, extract visits, email digests."""

__version__ = "0.1.0"
