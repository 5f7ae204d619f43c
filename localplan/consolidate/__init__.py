"""Roll many plans up: compare workshop exercises, consolidate every GAD of the country."""
