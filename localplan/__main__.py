import sys

from localplan.cli import main

sys.exit(main())
