"""Unicode helpers: matching keys, script classes, language tags."""
from .normalize import nfc, key
from .langtags import normalize_lang

__all__ = ["nfc", "key", "normalize_lang"]
