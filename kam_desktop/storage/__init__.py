"""Persistence: SQLAlchemy 2 models, engine, Alembic migrations, repositories, search. No Qt."""
