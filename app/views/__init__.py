"""Qt widgets: the main window shell, one page per area, dialogs, item models, charts."""
