"""Every command has help (STYLE: the CLI is thin and documented), and the README's commands stay true."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from paperkg.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def test_expected_commands_exist():
    assert {"extract", "evaluate", "build", "load", "export", "queries", "query", "related", "viz"} <= set(subcommands())


@pytest.mark.parametrize("command", subcommands())
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: paperkg " + command) and "--help" in out and len(out) > 100


def test_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```bash\n(.*?)```", text, re.S).group(1)
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert commands[0].endswith(".venv/bin/paperkg build")
    assert commands[1] == ".venv/bin/python -m pytest"
    assert ".venv/bin/python -m pytest" in (ROOT / ".ci" / "run").read_text()


def test_readme_main_job_runs_on_the_sample_corpus(tmp_path):
    # The main job of the README's first command, as a new user runs it: no arguments, embedded store.
    exe = Path(sys.executable).parent / "paperkg"
    result = subprocess.run([str(exe), "build"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "paperkg.lbdb").exists()
    assert "loaded 55 papers" in result.stdout + result.stderr
    again = subprocess.run([str(exe), "query", "top-benchmarks", "--format", "csv"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0].startswith("benchmark")
    assert len(again.stdout.splitlines()) > 3
