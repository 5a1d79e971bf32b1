"""``python -m matchmaker`` does what the ``matchmaker`` command does."""

import sys

from matchmaker.cli import main

sys.exit(main())
