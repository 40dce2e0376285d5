"""The browser side: Datasette over the database, read-only, with pactwatch's metadata, canned
queries, cell rendering and an Atom feed of events."""
