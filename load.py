"""Load news articles into the timeline database: see `python load.py --help`."""

from events.cli import main

if __name__ == "__main__":
    main()
