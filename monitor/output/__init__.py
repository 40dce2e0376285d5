"""Output for people and other tools: terminal tables, JSON listings, CSV/JSON exports."""
