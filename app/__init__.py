"""IMILA Desk: prepare census tables of international migration for CELADE's IMILA data bank."""

__version__ = "0.1.0"
APP_NAME = "IMILA Desk"
