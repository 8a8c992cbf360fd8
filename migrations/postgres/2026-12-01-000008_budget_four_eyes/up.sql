-- Whether finance approved a revision its own approver generated, which the
-- approval policy's budget_self_approval allows (docs/design.md#procurement-budgets).
ALTER TABLE budgets ADD COLUMN self_approved BOOLEAN NOT NULL DEFAULT FALSE;
