import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLE, SEED_GOLD, needs_shared
from newsgraph.cli import app
from newsgraph.schema import SCHEMA_FILE

runner = CliRunner()


def test_extract_example_json_validates():
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    jsonschema.validate(record, json.loads(SCHEMA_FILE.read_text()))
    assert record["article"]["pub_date"] == "2012-06-01"  # from the .meta.json beside the example
    assert record["article"]["pub_date_source"] == "metadata"


def test_extract_text_report_lists_every_section():
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--format", "text"])
    assert result.exit_code == 0
    for heading in ("ACTORS", "QUOTES", "EVENTS", "STANCES", "TIMES"):
        assert heading in result.stdout


def test_jsonl_batch_keeps_order_and_reports_failures(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in [
        {"id": "one", "text": "The minister said the talks would resume.", "pub_date": "2015-03-02"},
        {"id": "two", "text": ""},
        {"id": "one", "text": "The minister said the talks would resume.", "pub_date": "2015-03-02"},
    ]) + "\nnot json\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "--jsonl", str(src), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["article"]["id"] for line in lines] == ["one", "two", "one", "line 4"]
    assert "error" in lines[1] and "error" in lines[3] and "error" not in lines[0]


def test_several_paths_give_a_json_array(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Police said two people were arrested on Monday.")
    b.write_text("The company said profits rose.")
    result = runner.invoke(app, ["extract", str(a), str(b), "--pub-date", "2015-03-04"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [d["article"]["id"] for d in data] == ["a", "b"]
    assert all(d["article"]["pub_date"] == "2015-03-04" for d in data)


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03" * 100])
def test_unreadable_input_exits_2(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2


def test_bad_usage_exits_2(tmp_path):
    assert runner.invoke(app, ["extract", str(EXAMPLE), "--pub-date", "01/06/2012"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(tmp_path / "missing.txt")]).exit_code == 2
    assert runner.invoke(app, ["extract"]).exit_code == 2


def test_stdin_is_read():
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input="Police said two people were arrested.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["id"] == "stdin"


@needs_shared
def test_eval_seed_prints_metrics():
    result = runner.invoke(app, ["eval", str(SEED_GOLD)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert {"actors", "quotes", "times", "events", "stances"} <= metrics.keys()


def test_help_everywhere():
    for args in ([], ["extract"], ["eval"]):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout


def test_console_script_runs():
    result = subprocess.run([sys.executable, "-m", "newsgraph", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "extract" in result.stdout
