# huunghi: one image for the scheduler, the web endpoints and crawl workers.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# Dependencies first, so code changes do not reinstall them.
COPY pyproject.toml README.md ./
COPY huunghi ./huunghi
COPY crawler ./crawler
COPY notify ./notify
COPY scheduler ./scheduler
RUN pip install ".[distributed]"

COPY config ./config
RUN useradd --create-home --uid 10001 huunghi && mkdir -p /app/data && chown huunghi /app/data
USER huunghi

# Secrets (HUUNGHI_SECRET, database and SMTP passwords) come from the environment at run time.
ENTRYPOINT ["huunghi"]
CMD ["run"]
