"""The crawler: one generic Scrapy spider driven by config/sources.yaml, and plain extraction functions."""
