"""The daemon: scheduled crawls, each in a subprocess, followed by the alert step."""
