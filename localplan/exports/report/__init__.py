"""The PDF report: «Informe de transversalización de la movilidad humana en el PDOT»."""
