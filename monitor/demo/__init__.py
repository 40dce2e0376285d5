"""The offline demo: a bundled site of fictional outlets, served on loopback and crawled end to end."""
