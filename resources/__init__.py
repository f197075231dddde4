"""Bundled data of IMILA Desk: schema, translations, demo project, help, icons."""
