"""The news timeline: articles in, immutable events in a SQLite log, projections out.

Layers import one way only: `article` and `extract` (pure) <- `model` <- `store` and
`project` <- `ingest` <- `cli`. Nothing imports `cli`.
"""
