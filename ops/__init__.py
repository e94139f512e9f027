"""Commands a clinic runs against the production tracker store: retention, forgetting one
person, and the activity report. None of them prints or stores what a runner wrote."""
