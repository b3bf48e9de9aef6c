"""`python -m muster` runs the command line."""
from muster.cli import main

main()
