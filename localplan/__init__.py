"""LocalPlan: human mobility in the PDOT of Ecuador's local governments."""

__version__ = "0.1.0"
APP_NAME = "LocalPlan"
