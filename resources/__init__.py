"""LocalPlan's data files (reference data, fonts, translations, guidance, manual, templates),
installed as the package `localplan._resources` (see setup.py) and read through
`localplan.paths` with importlib.resources. No code here."""
