"""The long-running service: APScheduler 3.x jobs for crawls, digests and health alerts."""
