-- The reference for `check`: SQLite's own integrity check alone.
PRAGMA integrity_check;
