"""pactwatch's monitor: configuration, classification, events, the daemon and the CLI."""
