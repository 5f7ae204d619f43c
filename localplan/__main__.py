import multiprocessing
import sys

from localplan.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen app re-enters here for export processes
    sys.exit(main())
