"""Pictures: interactive offline HTML (pyvis, wrapped), static SVG/PNG/PDF, heatmap."""
