"""Per-room state fed by reads, long polling and (later) event streams. No Qt here."""
