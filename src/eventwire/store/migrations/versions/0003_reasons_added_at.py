"""merged_events.reasons (why its sources were merged) and articles.added_at (when stored).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "reasons",
                sa.JSON(),
                nullable=True,
                comment="why its sources were merged, one line per rule part",
            )
        )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "added_at",
                sa.String(length=32),
                nullable=True,
                comment="when this result was stored (UTC, ISO 8601)",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("added_at")
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.drop_column("reasons")
