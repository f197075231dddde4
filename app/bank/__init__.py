"""CELADE's IMILA data bank: verified packages of many countries and rounds in one DuckDB file.

No Qt here. The CLI (``imila-desk bank …``) and the Bank window are front ends
over :mod:`app.bank.store` and :mod:`app.bank.queries`.
"""

from app.bank.store import Bank, BankError, LoadResult, census_round, open_bank

__all__ = ["Bank", "BankError", "LoadResult", "census_round", "open_bank"]
