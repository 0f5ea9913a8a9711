"""Entry point of the frozen program (PyInstaller): the same ``main`` as ``python -m app``
(which also makes redirected output UTF-8)."""

import sys

if __name__ == "__main__":
    from app.__main__ import main

    sys.exit(main())
