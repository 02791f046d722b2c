"""The database tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("doc_id", String(32), primary_key=True),  # sha256 prefix of the cleaned text
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("language", String(8)),
    Column("title", Text),
    Column("published", String(10)),  # ISO date or --MM-DD
    Column("dateline", String(200)),
    Column("fetched", String(32)),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("actor_id", String(200), primary_key=True),
    Column("name_en", String(300), nullable=False),
    Column("country", String(3)),
)

actor_names = Table(  # every spelling and title an actor was seen with, per document
    "actor_names", metadata,
    Column("actor_id", String(200), ForeignKey("actors.actor_id"), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("name", String(300), primary_key=True),
    Column("title", Text),
    Column("country", String(3)),
    Column("start", Integer),
    Column("end", Integer),
)

events = Table(
    "events", metadata,
    Column("event_id", String(64), primary_key=True),  # doc_id:index
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("type", String(32), nullable=False),
    Column("plover", String(32)),
    Column("cameo", String(8)),
    Column("source_actor", String(32)),
    Column("target_actor", String(32)),
    Column("date", String(10)),
    Column("date_inferred", Boolean, default=False),
    Column("location", String(200)),
    Column("start", Integer),
    Column("end", Integer),
    Column("cluster_id", String(64)),  # the same real-world event across reports
)

participants = Table(
    "participants", metadata,
    Column("event_id", String(64), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(200), ForeignKey("actors.actor_id"), primary_key=True),
    Column("name", String(300)),
    Column("title", Text),
    Column("country", String(3)),
)

agreements = Table(
    "agreements", metadata,
    Column("agreement_id", String(64), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("title", Text, nullable=False),
    Column("kind", String(32)),
    Column("parties", JSON),
    Column("date", String(10)),
    Column("start", Integer),
    Column("end", Integer),
)

figures = Table(
    "figures", metadata,
    Column("figure_id", String(64), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("text", Text),
    Column("metric", String(32), nullable=False),
    Column("value", Float, nullable=False),
    Column("currency", String(3)),
    Column("unit", String(100)),
    Column("period", String(40)),
    Column("qualifier", String(16)),
    Column("countries", JSON),
    Column("pair", String(7)),  # sorted ISO3 pair "BLR-KAZ": the key claims are grouped by
    Column("forecast", Boolean, default=False),
    Column("speaker_en", String(300)),
    Column("start", Integer),
    Column("end", Integer),
)

quotes = Table(
    "quotes", metadata,
    Column("quote_id", String(64), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(200)),
    Column("speaker_en", String(300)),
    Column("text", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
)

fetches = Table(  # what the collector has fetched: conditional GET and change detection
    "fetches", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("content_hash", String(64)),
    Column("doc_id", String(32)),
    Column("status", Integer),
    Column("fetched_at", String(32)),
)

# Documents whose events still wait to be linked with other reports. A row is written in the
# document's own transaction and deleted once linking is done, so a run killed between the two
# leaves a note the next run finishes (linking is a separate, cross-document step).
unlinked = Table(
    "unlinked", metadata,
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
)

Index("ix_events_date", events.c.date)
Index("ix_events_doc", events.c.doc_id)
# Linking gathers the reports of the clusters a new report joins; the events list pages over clusters.
Index("ix_events_cluster", events.c.cluster_id)
Index("ix_events_type", events.c.type)  # the type filter and facet counts, from the index alone
# Lists sort by the document's date; linking finds reports without a date of their own by it.
Index("ix_documents_published", documents.c.published)
# Facets count documents per outlet and language from these alone, not by reading every text.
Index("ix_documents_outlet", documents.c.outlet)
Index("ix_documents_language", documents.c.language)
# Claims are grouped and paged by this key in SQL (dyad.store.claims).
Index("ix_figures_group", figures.c.pair, figures.c.metric, figures.c.period, figures.c.forecast,
      figures.c.currency, figures.c.unit)
Index("ix_actors_name", actors.c.name_en)
Index("ix_figures_pair_metric", figures.c.pair, figures.c.metric)
Index("ix_figures_doc", figures.c.doc_id)
Index("ix_quotes_doc", quotes.c.doc_id)
Index("ix_quotes_actor", quotes.c.actor_id)
Index("ix_actor_names_doc", actor_names.c.doc_id)
# The names and titles of a page of actors, with a document of each, aggregated from the index alone
# (queries.people): no row of actor_names or documents per document naming them.
Index("ix_actor_names_wording", actor_names.c.actor_id, actor_names.c.name, actor_names.c.title,
      actor_names.c.doc_id)
Index("ix_participants_actor", participants.c.actor_id)

TABLES = [documents, actors, actor_names, events, participants, agreements, figures, quotes, fetches]
