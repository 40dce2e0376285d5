"""What happens to an article once read: its verdict stored, copies and republications linked, reports
merged into events, and the classifier measured against a labelled corpus."""
