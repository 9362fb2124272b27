"""``python -m newslab``: the same as the ``newslab`` command."""

from newslab.cli import main

raise SystemExit(main())
