"""The documentation keeps up with the code: every command has help, the README documents it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(name):
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20, f"kg {name} has no help text"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Usage: " in result.output
    assert f"kg {name}" in README, f"README does not document `kg {name}`"
    for param in command.params:
        if param.param_type_name == "option":
            assert param.help, f"kg {name} {param.opts[0]} has no help"


def _quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, flags=re.S)


def test_quick_start_is_exactly_two_commands():
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert "seeds/" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in script and "README.md" in script
    assert "<!-- test-command -->" in README


def test_readme_shows_the_real_report_of_the_broken_extension(tmp_path):
    from kg.builder import BuildOptions, build

    graph = tmp_path / "seeds.ttl"
    build([str(ROOT / "seeds")], str(graph), BuildOptions(validate=False))
    shown = README.split("$ kg validate seeds.ttl tests/data/extension/summit-broken.ttl\n", 1)[1].split("```", 1)[0]
    result = CliRunner().invoke(cli, ["validate", str(graph), str(ROOT / "tests/data/extension/summit-broken.ttl")])
    assert result.output.strip() == shown.strip()


def test_readme_score_table_is_what_kg_score_prints(tmp_path):
    from kg.builder import BuildOptions, build
    from kg.score import as_table, score

    graph = tmp_path / "seeds.ttl"
    build([str(ROOT / "seeds")], str(graph), BuildOptions(validate=False))
    shown = README.split("<!-- scores -->\n```\n", 1)[1].split("```", 1)[0].split("\n", 1)[1]
    assert as_table(score([str(graph)], str(ROOT / "tests/data/gold/seeds.json"))).strip() == shown.strip()


def test_the_main_command_builds_validates_loads_and_answers(tmp_path, monkeypatch):
    """The README's first command, less the install: every kg step of it, in a fresh folder."""
    import shutil

    main = _quick_start_commands()[0]
    steps = [part.strip().removeprefix(".venv/bin/kg ").split() for part in main.split("&&") if ".venv/bin/kg " in part]
    assert [step[0] for step in steps] == ["build", "validate", "load", "query"]
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    for step in steps:
        result = CliRunner().invoke(cli, step)
        assert result.exit_code == 0, (step, result.output)
    assert "Wang Yi" in result.output and "Nizhn" in result.output


def test_every_package_of_kg_is_in_the_wheel():
    """Regression: kg.extract was missing from pyproject's package list; `pip install .` broke."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_readme_shows_the_summary_kg_build_prints_for_the_seeds(tmp_path, monkeypatch):
    """Regression: the README's summary said 6045 triples after a fix of the extraction had made
    the seeds graph 6044; nothing compared the two."""
    shown = README.split("and prints a summary:\n\n```\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "-o", "seeds.ttl"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == shown.strip()
