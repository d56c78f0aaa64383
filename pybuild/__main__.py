from pybuild.cli import main

raise SystemExit(main())
