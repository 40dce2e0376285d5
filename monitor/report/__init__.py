"""The cooperation report: one self-contained HTML file (charts inline, no network needed to open it)."""
