"""The CLI's sub-commands, one module each; they parse arguments and call the same functions the daemon calls."""
