"""Run every notebook in notebooks/ top to bottom with a real kernel; any cell error fails the test.

Needs the venv's `python3` kernel (ipykernel ships its kernelspec into the venv; if a CI image lacks it:
`.venv/bin/python -m ipykernel install --sys-prefix`).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ holds no .ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_without_errors(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    # Run in a scratch directory so nothing lands in the repository.
    client = NotebookClient(nb, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError naming the cell on any error
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    html_outputs = [o for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert any("<iframe srcdoc=" in o["data"]["text/html"] for o in html_outputs), "the interactive view did not display inline"
