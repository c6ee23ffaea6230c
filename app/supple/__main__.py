"""`python -m supple` and the `supple` launcher."""

import sys

from supple.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
