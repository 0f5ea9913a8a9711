"""Use cases and domain rules. No Qt here: the CLI, briefs and tests run without a window."""
