"""The optional compiled extraction modules (setup.py, session 14): used only while their sources are unchanged,
and the plain modules give the same output."""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import paperkg.extract as pkg
from paperkg.extract import _compiled_state


def _folder(tmp_path: Path, sources: dict[str, str], stamp: dict[str, str] | None, built=("resolve",)) -> Path:
    for name, text in sources.items():
        (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    for name in built:
        (tmp_path / f"{name}{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"")  # only its name counts
    if stamp is not None:
        (tmp_path / "_compiled.json").write_text(json.dumps(stamp), encoding="utf-8")
    return tmp_path


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_no_compiled_modules_is_plain(tmp_path):
    assert _compiled_state(_folder(tmp_path, {"resolve": "x = 1\n"}, None, built=())) == ([], "not compiled")


def test_stamped_sources_run_compiled(tmp_path, monkeypatch):
    monkeypatch.delenv("PAPERKG_COMPILED", raising=False)
    here = _folder(tmp_path, {"resolve": "x = 1\n", "junk": "y = 2\n"},
                   {"resolve": _sha("x = 1\n"), "junk": _sha("y = 2\n")})
    assert _compiled_state(here) == (["junk", "resolve"], "")


def test_an_edited_source_makes_every_module_plain(tmp_path, monkeypatch):
    monkeypatch.delenv("PAPERKG_COMPILED", raising=False)
    here = _folder(tmp_path, {"resolve": "x = 1  # edited\n", "junk": "y = 2\n"},
                   {"resolve": _sha("x = 1\n"), "junk": _sha("y = 2\n")})
    compiled, why = _compiled_state(here)
    assert compiled == [] and "resolve" in why and "junk" not in why


def test_a_build_without_its_stamp_is_plain(tmp_path, monkeypatch):
    monkeypatch.delenv("PAPERKG_COMPILED", raising=False)
    compiled, why = _compiled_state(_folder(tmp_path, {"resolve": "x = 1\n"}, None))
    assert compiled == [] and "stamp" in why


def test_switch_off(tmp_path, monkeypatch):
    monkeypatch.setenv("PAPERKG_COMPILED", "0")
    here = _folder(tmp_path, {"resolve": "x = 1\n"}, {"resolve": _sha("x = 1\n")})
    assert _compiled_state(here) == ([], "PAPERKG_COMPILED=0")


def _run(env_extra: dict[str, str]) -> list[str]:
    """Extract two made-up abstracts in a fresh process; the modules' files and the output."""
    code = (
        "import json, paperkg.extract as e\n"
        "from paperkg.extract import resolve, rules\n"
        "from paperkg.extract.pipeline import extract_papers\n"
        "from paperkg.extract.records import Paper\n"
        "ps = [Paper(id='a', title='WombatNet: Fast Graphs', abstract='We propose WombatNet, a graph neural network "
        "(GNN). WombatNet beats GCN on the Cora dataset with 91.2% accuracy.'),\n"
        "      Paper(id='b', title='On Quokka', abstract='Latent Quokka Allocation (LQA) is a topic model. We evaluate "
        "LQA on the ImageNet benchmark and the Penn Treebank.')]\n"
        "print(json.dumps([resolve.__file__.endswith('.py'), rules.__file__.endswith('.py'), e.COMPILED]))\n"
        "for p in extract_papers(ps, n_process=1): print(json.dumps(p.to_dict(), sort_keys=True))\n"
    )
    env = {**os.environ, **env_extra}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def test_plain_and_installed_modules_give_the_same_output():
    plain = _run({"PAPERKG_COMPILED": "0"})
    installed = _run({"PAPERKG_COMPILED": "1"})
    assert json.loads(plain[0]) == [True, True, []]  # the switch imports the .py files
    assert plain[1:] == installed[1:] and len(plain) == 3
    assert any('"WombatNet"' in line for line in plain[1:])
    # where the install compiled them, they are what ran
    if pkg.COMPILED:
        assert json.loads(installed[0]) == [False, False, pkg.COMPILED]


def test_a_compiled_install_compiles_every_listed_module():
    """setup.py falls back to plain Python for a module mypyc refuses, silently for the user: where the install
    compiled anything, it compiled every module of setup.py's COMPILED (session 23: two modules had dropped out)."""
    import ast

    setup_py = Path(__file__).resolve().parents[2] / "setup.py"
    tree = ast.parse(setup_py.read_text(encoding="utf-8"))
    listed = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets))
    stamp = Path(pkg.__file__).parent / "_compiled.json"
    if not stamp.exists():  # a PAPERKG_COMPILE=0 install, or no compiler: nothing was compiled, nothing dropped out
        return
    assert sorted(json.loads(stamp.read_text(encoding="utf-8"))) == sorted(listed)
