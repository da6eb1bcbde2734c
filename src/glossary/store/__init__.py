"""Storage: the only package that speaks SQL."""
from .sqlite import Store

__all__ = ["Store"]
