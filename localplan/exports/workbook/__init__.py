"""The Excel workbook for the ministry, derived from the specs (openpyxl)."""
