"""Rule-based recognizers: quantities, periods, entities.

Each is a class built from a rules directory and called on an Analysis; it
returns schema objects whose offsets index `analysis.text`.
"""
