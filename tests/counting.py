"""For tests of streamed output and flat memory: a binary stream that keeps only how much was
written and its last bytes, and the peak of what Python held while some work ran."""
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


def peak_while(work):
    """What ``work()`` returned, and the most memory Python held while it ran (tracemalloc)."""
    import tracemalloc

    tracemalloc.start()
    try:
        result = work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def written_and_peak(write) -> tuple[CountingSink, int]:
    """What ``write(sink)`` wrote, and the most memory Python held while it ran."""
    sink = CountingSink()
    _, peak = peak_while(lambda: write(sink))
    return sink, peak
