"""merged_events.reasons: why the sources of a merged event were merged.

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


def downgrade() -> None:
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.drop_column("reasons")
