"""Desk Pilkada: the election desk of a provincial Kesbangpol."""

__version__ = "0.1.0"
APP_NAME = "Desk Pilkada"
ORG_NAME = "Kesbangpol"
