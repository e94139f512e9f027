"""Commands a clinic runs against its tracker store (the one the endpoints file names: SQLite in
a local run, PostgreSQL in production): retention, forgetting one person, and the activity
report. None of them prints or stores what a runner wrote."""
