"""Submission package writer and verifier."""
