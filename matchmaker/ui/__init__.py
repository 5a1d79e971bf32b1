"""Everything Qt: the desktop app over the Qt-free core."""
