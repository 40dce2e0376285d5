"""`python -m monitor` is the pactwatch command."""

from monitor.cli import main

main()
