"""The README is the front door: it must stay true to the code and to CI."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r'TEST_COMMAND="(.+)"', ci).group(1)
    assert f"\n{command}\n" in README


def test_the_readme_gives_the_run_command_for_the_bundled_article():
    assert "\npython3 -m venv .venv && . .venv/bin/activate && pip install -e . && python load.py && python load.py serve\n" in README


@pytest.mark.parametrize(
    "command", ["load", "rebuild", "verify", "serve", "reextract", "correct", "retract"])
def test_the_readme_repeats_each_commands_help(command):
    result = subprocess.run([sys.executable, str(ROOT / "load.py"), command, "--help"],
                            capture_output=True, text=True, check=True)
    help_text = result.stdout.replace("python -m pytest", "")
    body = help_text.split("Options:")[0]
    for line in body.splitlines()[2:]:
        assert line.strip() in README, f"{command} --help line missing from README: {line!r}"
    assert f"Usage: load.py {command} [OPTIONS]" in README
