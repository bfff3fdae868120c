"""The footprint benchmark's code; `benches/footprint` is its entry point (usage there)."""
