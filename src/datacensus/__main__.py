"""`python -m datacensus`: the command line."""

from datacensus.cli.app import main

if __name__ == "__main__":
    main()
