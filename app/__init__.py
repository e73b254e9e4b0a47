"""roompanel: touch-panel room control."""

__version__ = "0.1.0"
