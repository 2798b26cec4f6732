"""A binary stream for tests of streamed output: it keeps only how much was written and its last bytes."""
from __future__ import annotations


class CountingSink:
    def __init__(self):
        self.size = 0
        self.tail = b""

    def write(self, data: bytes) -> int:
        self.size += len(data)
        self.tail = (self.tail + data)[-200:]
        return len(data)

    def flush(self) -> None:
        pass


def written_and_peak(write) -> tuple[CountingSink, int]:
    """What ``write(sink)`` wrote, and the most memory Python held while it ran (tracemalloc)."""
    import tracemalloc

    sink = CountingSink()
    tracemalloc.start()
    try:
        write(sink)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return sink, peak
