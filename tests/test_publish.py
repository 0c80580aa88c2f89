"""Publish and export: the Hub folder loads offline with its labels; the formats have their fields."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from claimkit import publish
from claimkit.cli import main
from claimkit.models import CLAIM_TYPES, STATUSES, Claim
from claimkit.store import Store
from conftest import EXAMPLES, install_example

ROOT = Path(__file__).parent.parent


@pytest.fixture
def reviewed_repo(repo: Path) -> Path:
    for name in ("date-supported.json", "year-refuted.json", "comparison-conflicting.json",
                 "attribution-partially-supported.json", "quantity-unverified.json", "cluster"):
        install_example(repo, EXAMPLES / "valid" / name)
    # A withdrawn record, which must stay out of the dataset.
    withdrawn = json.loads((EXAMPLES / "valid" / "withdrawn.json").read_text()) | {"id": "example-doc-000000ff"}
    Store(repo).write_claim(Claim.model_validate(withdrawn))
    (repo / "DATASHEET.md").write_text("# Datasheet\n\n" + publish.BEGIN.format(name="figures") + "\nold\n"
                                       + publish.END.format(name="figures") + "\n\nHand-written text.\n")
    return repo


def offline_load(folder: Path, tmp_path: Path) -> dict:
    script = (
        "import json, sys, datasets\n"
        "ds = datasets.load_dataset(sys.argv[1], 'claims', split='test')\n"
        "docs = datasets.load_dataset(sys.argv[1], 'documents', split='test')\n"
        "print(json.dumps({'rows': len(ds), 'type': ds.features['type'].names, 'status': ds.features['status'].names,"
        " 'ids': list(ds['id']), 'statuses': [ds.features['status'].int2str(s) for s in ds['status']],"
        " 'docs': len(docs), 'text_ok': all(docs[0]['text'][r['span']['start']:r['span']['end']] == r['text'] for r in ds)}))\n"
    )
    env = os.environ | {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf-home")}
    result = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_published_folder_loads_offline_with_class_labels(reviewed_repo: Path, tmp_path: Path):
    out = tmp_path / "hf"
    snap = publish.build(Store(reviewed_repo), out)
    loaded = offline_load(out, tmp_path)
    assert loaded["rows"] == len(snap.claims) == 7
    assert loaded["type"] == list(CLAIM_TYPES) and loaded["status"] == list(STATUSES)
    assert "example-doc-000000ff" not in loaded["ids"]  # withdrawn left out
    assert sorted(loaded["statuses"]) == sorted(c["status"] for c in snap.claims)
    assert loaded["docs"] == 1 and loaded["text_ok"]


def test_label_names_live_in_the_parquet_files(reviewed_repo: Path, tmp_path: Path):
    import pyarrow.parquet as pq

    publish.build(Store(reviewed_repo), tmp_path / "hf")
    meta = pq.read_schema(tmp_path / "hf" / publish.parquet_path("claims")).metadata[b"huggingface"]
    features = json.loads(meta)["info"]["features"]
    assert features["status"] == {"names": list(STATUSES), "_type": "ClassLabel"}
    assert features["type"]["names"] == list(CLAIM_TYPES)
    assert features["evidence"]["_type"] == "List"


def test_two_publishes_are_byte_identical(reviewed_repo: Path, tmp_path: Path):
    publish.build(Store(reviewed_repo), tmp_path / "a")
    publish.build(Store(reviewed_repo), tmp_path / "b")
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert [f.as_posix() for f in files] == [publish.MARKER, "README.md", publish.parquet_path("claims"),
                                             publish.parquet_path("documents")]
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f


def test_card_yaml_and_sections(reviewed_repo: Path, tmp_path: Path):
    publish.build(Store(reviewed_repo), tmp_path / "hf")
    card = (tmp_path / "hf" / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    assert header["task_categories"] == ["text-classification"] and header["task_ids"] == ["fact-checking"]
    assert header["language"] == ["en"] and header["size_categories"] == ["n<1K"]
    assert header["pretty_name"] and header["license"]
    configs = {c["config_name"]: c for c in header["configs"]}
    assert configs["claims"]["default"] is True and "default" not in configs["documents"]
    infos = {i["config_name"]: i for i in header["dataset_info"]}
    status = next(f for f in infos["claims"]["features"] if f["name"] == "status")
    assert list(status["dtype"]["class_label"]["names"].values()) == list(STATUSES)
    assert infos["claims"]["splits"] == [{"name": "test", "num_bytes": infos["claims"]["splits"][0]["num_bytes"], "num_examples": 7}]
    for section in ("## Dataset summary", "## How to load", "## Figures", "## Dataset structure", "## Dataset creation",
                    "## Bias, risks and limitations", "## Citation", "```json"):
        assert section in card
    assert "| `supported` | 1 |" in card and "| `refuted` | 1 |" in card


def test_datasheet_figures_are_generated_and_checked(reviewed_repo: Path, tmp_path: Path, capsys):
    root = str(reviewed_repo)
    assert main(["--root", root, "publish", "--check"]) == 1
    assert "DATASHEET.md" in capsys.readouterr().err
    assert main(["--root", root, "publish", "--out", str(tmp_path / "hf"), "--no-load"]) == 0
    text = (reviewed_repo / "DATASHEET.md").read_text()
    assert "- claims published: 7 (withdrawn records left out: 1)" in text and "Hand-written text." in text
    assert main(["--root", root, "publish", "--check", "--out", str(tmp_path / "hf")]) == 0
    # A review changes the data: both the datasheet and the built folder are now stale.
    from claimkit.review import Reviewer

    Reviewer(Store(reviewed_repo), "bob").set_status("example-doc-00000001", "not_enough_evidence", "Nothing found in the archive.")
    assert main(["--root", root, "publish", "--check", "--out", str(tmp_path / "hf")]) == 1
    err = capsys.readouterr().err
    assert "DATASHEET.md: the generated figures differ" in err and "claims/test-00000-of-00001.parquet: differs" in err


def test_the_repository_datasheet_matches_the_data():
    assert publish.check(Store(ROOT), None) == []


def test_publish_refuses_invalid_data(reviewed_repo: Path, tmp_path: Path, capsys):
    install_example(reviewed_repo, EXAMPLES / "invalid" / "CK104-supported-without-supports.json")
    assert main(["--root", str(reviewed_repo), "publish", "--out", str(tmp_path / "hf")]) == 1
    assert "nothing published" in capsys.readouterr().err
    assert not (tmp_path / "hf").exists()


class FakeHub:
    def __init__(self):
        self.calls = []

    def create_repo(self, repo_id, **kw):
        self.calls.append(("create_repo", repo_id, kw))

    def upload_folder(self, **kw):
        self.calls.append(("upload_folder", kw["repo_id"], kw))
        return "https://hub.invalid/commit/1"


def test_push_uploads_the_folder_as_a_dataset(reviewed_repo: Path, tmp_path: Path):
    out = tmp_path / "hf"
    publish.build(Store(reviewed_repo), out)
    hub = FakeHub()
    assert publish.push(out, "someone/claimkit", api=hub) == "https://hub.invalid/commit/1"
    assert hub.calls[0][:2] == ("create_repo", "someone/claimkit") and hub.calls[0][2]["repo_type"] == "dataset"
    assert hub.calls[1][2]["folder_path"] == str(out) and hub.calls[1][2]["repo_type"] == "dataset"
    with pytest.raises(Exception, match="repository id"):
        publish.push(out, "not a repo", api=hub)


def test_push_dry_run_lists_files_and_sends_nothing(reviewed_repo: Path, tmp_path: Path, capsys, monkeypatch):
    import huggingface_hub

    monkeypatch.setattr(huggingface_hub, "HfApi", lambda *a, **k: pytest.fail("dry run must not reach the Hub"))
    assert main(["--root", str(reviewed_repo), "publish", "--out", str(tmp_path / "hf"), "--push", "someone/claimkit", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "README.md" in out and publish.parquet_path("claims") in out and "nothing sent" in out


# -- where publish may write -----------------------------------------------------------------


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes (symlinks as their target)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink():
            out[path.relative_to(root).as_posix()] = os.readlink(path).encode()
        elif path.is_file():
            out[path.relative_to(root).as_posix()] = path.read_bytes()
    return out


@pytest.mark.parametrize(
    "out",
    [".", "claims", "sources", "claims/example-doc", "sources/new", "claims/../claims", "./sources/", "..",
     ".git", ".git/hf", "schema", "tests", "tools/claimkit", ".claimkit", "dist/../claims"],
)
def test_publish_never_replaces_the_repository_or_its_folders(reviewed_repo: Path, tmp_path: Path, capsys, out: str):
    for name in (".git/objects", "schema", "tests", "tools/claimkit", ".claimkit"):
        (reviewed_repo / name).mkdir(parents=True, exist_ok=True)
        (reviewed_repo / name / "keep.txt").write_text("precious\n")
    before = tree(tmp_path)
    assert main(["--root", str(reviewed_repo), "publish", "--out", out, "--no-load"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: refusing to publish to ") and err.count("\n") == 1, err
    assert "nothing was touched" in err
    assert tree(tmp_path) == before
    assert main(["--root", str(reviewed_repo), "validate"]) == 0


def test_publish_resolves_symlinks_before_deciding(reviewed_repo: Path, tmp_path: Path, capsys):
    (tmp_path / "to-claims").symlink_to(reviewed_repo / "claims")
    (tmp_path / "to-repo").symlink_to(reviewed_repo)
    before = tree(reviewed_repo)
    for out in (tmp_path / "to-claims", tmp_path / "to-repo" / "sources", tmp_path / "to-repo"):
        assert main(["--root", str(reviewed_repo), "publish", "--out", str(out), "--no-load"]) == 2
        err = capsys.readouterr().err
        assert f"refusing to publish to {out} (that is " in err and "repository" in err
    with pytest.raises(publish.UnsafeOutput, match="contains the repository"):
        publish.build(Store(reviewed_repo), tmp_path)
    assert tree(reviewed_repo) == before


def test_publish_replaces_only_its_own_output(reviewed_repo: Path, tmp_path: Path, capsys):
    root = str(reviewed_repo)
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "thesis.txt").write_text("two years of work\n")
    assert main(["--root", root, "publish", "--out", str(mine), "--no-load"]) == 2
    err = capsys.readouterr().err
    assert f"refusing to publish to {mine}: it exists and was not written by claimkit publish" in err
    assert (mine / "thesis.txt").read_text() == "two years of work\n" and len(list(mine.iterdir())) == 1
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert main(["--root", root, "publish", "--out", str(a_file), "--no-load"]) == 2
    assert "it is not a folder" in capsys.readouterr().err and a_file.read_text() == "x"

    # An empty folder may be used; the output carries the marker, so the next run replaces it.
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--root", root, "publish", "--out", str(empty), "--no-load"]) == 0
    assert (empty / publish.MARKER).is_file() and (empty / "README.md").is_file()
    (empty / "stray.txt").write_text("left by hand in the output\n")
    assert main(["--root", root, "publish", "--out", str(empty), "--no-load"]) == 0
    assert not (empty / "stray.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "empty", "notes", "repo"]  # nothing left beside it

    # A folder written before the marker existed (exactly the card and the two Parquet files).
    (empty / publish.MARKER).unlink()
    assert publish.is_publish_output(empty)
    assert main(["--root", root, "publish", "--out", str(empty), "--no-load"]) == 0
    (empty / publish.MARKER).unlink()
    (empty / "extra.txt").write_text("x")
    assert not publish.is_publish_output(empty)


def test_check_compares_only_a_publish_output(reviewed_repo: Path, tmp_path: Path, capsys):
    root = str(reviewed_repo)
    assert main(["--root", root, "publish", "--out", str(tmp_path / "hf"), "--no-load"]) == 0
    (tmp_path / "hf" / publish.MARKER).unlink()  # as built before the marker: still compared, and equal
    assert main(["--root", root, "publish", "--check", "--out", str(tmp_path / "hf")]) == 0
    capsys.readouterr()
    assert main(["--root", root, "publish", "--check", "--out", "."]) == 2
    assert "it is the repository root" in capsys.readouterr().err


def folder_problems(root: Path, out: Path) -> list[str]:
    """What `publish --check` finds in the built folder (DATASHEET.md is not updated by build)."""
    return [p for p in publish.check(Store(root), out) if not p.startswith(publish.DATASHEET)]


KILL_DURING = """
import os, signal, shutil, sys
from pathlib import Path
from claimkit import publish
from claimkit.store import Store

root, out, when = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
if when == "writing":
    publish.render_card = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
else:  # between swapping the folders and removing the old one
    rmtree = shutil.rmtree
    shutil.rmtree = lambda path, *a, **k: (os.kill(os.getpid(), signal.SIGKILL) if (Path(path) / "old").is_dir()
                                           else rmtree(path, *a, **k))
publish.build(Store(root), out)
"""


@pytest.mark.slow
def test_a_publish_killed_midway_leaves_nothing_the_next_run_keeps(reviewed_repo: Path, tmp_path: Path):
    out = tmp_path / "dist" / "hf"
    publish.build(Store(reviewed_repo), out)
    env = os.environ | {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    seen = set()
    for when in ("writing", "swapping"):
        result = subprocess.run([sys.executable, "-c", KILL_DURING, str(reviewed_repo), str(out), when], env=env,
                                capture_output=True, text=True)
        assert result.returncode == -9, result.stderr
        # Each killed run leaves one marked folder (the one before it was cleaned by this run).
        left = [p for p in out.parent.iterdir() if p.name != "hf"]
        assert len(left) == 1 and left[0].name.startswith(".hf.claimkit-publish-"), left
        assert (left[0] / publish.MARKER).is_file() and left[0].name not in seen
        seen.add(left[0].name)
    assert (out / publish.MARKER).is_file()  # the swap finished before the kill
    # Folders publish did not mark stay, whatever their name.
    foreign = [out.parent / ".hf.claimkit-publish-mine", out.parent / ".hf.old", out.parent / ".hf.x1y2z3"]
    for folder in foreign:
        folder.mkdir()
        (folder / "keep.txt").write_text("not publish's\n")
    publish.build(Store(reviewed_repo), out)
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(["hf", *(f.name for f in foreign)])
    assert all((f / "keep.txt").exists() for f in foreign)
    assert folder_problems(reviewed_repo, out) == []


def test_staging_folders_are_ignored_by_git():
    result = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "-q", "site/.hf.claimkit-publish-abc123/x"],
                            capture_output=True)
    if result.returncode == 128:
        pytest.skip("not a git checkout")
    assert result.returncode == 0


def test_concurrent_publishes_take_turns(reviewed_repo: Path, tmp_path: Path, monkeypatch):
    import threading
    import time

    out = tmp_path / "hf"
    publish.build(Store(reviewed_repo), out)
    render = publish.render_card
    inside, most, errors = [0], [0], []
    guard = threading.Lock()

    def slow_render(*args, **kwargs):
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.5)  # long enough for the other run to catch up if nothing holds it back
        with guard:
            inside[0] -= 1
        return render(*args, **kwargs)

    monkeypatch.setattr(publish, "render_card", slow_render)

    def run():
        try:
            publish.build(Store(reviewed_repo), out)  # a Store each, as two processes would have
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and most[0] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hf", "repo"]
    monkeypatch.setattr(publish, "render_card", render)
    assert folder_problems(reviewed_repo, out) == []


def test_check_compares_under_the_lock(reviewed_repo: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "hf"
    publish.build(Store(reviewed_repo), out)
    store = Store(reviewed_repo)
    held = []
    files = publish._dataset_files

    def spy(folder):
        held.append(store.lock()._depth > 0)  # type: ignore[attr-defined]
        return files(folder)

    monkeypatch.setattr(publish, "_dataset_files", spy)
    assert [p for p in publish.check(store, out) if not p.startswith(publish.DATASHEET)] == []
    assert held and all(held)


def test_a_refused_output_is_refused_before_anything_else(repo: Path, capsys):
    install_example(repo, EXAMPLES / "valid" / "date-supported.json")
    before = tree(repo)
    assert main(["--root", str(repo), "publish", "--out", "claims", "--no-load"]) == 2
    assert main(["--root", str(repo), "publish", "--check", "--out", "."]) == 2
    assert tree(repo) == before and not (repo / ".claimkit").exists()  # not even the lock file


# -- the card --------------------------------------------------------------------------------

PROJECT = """\
[tool.claimkit]
name = "harbor-claims"
pretty-name = "Harbor claims"
version = "1.2.0"
authors = ["Ada Lovelace", "Grace Hopper"]
organization = "Harbor Fact Check"
homepage = "https://factcheck.harbor-town.example/data/"
license-link = "https://factcheck.harbor-town.example/license"
"""


def card_of(folder: Path) -> tuple[dict, str]:
    card = (folder / "README.md").read_text(encoding="utf-8")
    _, header, body = card.split("---\n", 2)
    return yaml.safe_load(header), body


def block(body: str, heading: str, fence: str) -> str:
    """The first fenced block of ``fence`` after ``heading``."""
    after = body[body.index(heading):]
    start = after.index(f"```{fence}\n") + len(fence) + 4
    return after[start:after.index("\n```", start)]


CARD_LOAD = """
import json, sys, datasets
folder, wanted = sys.argv[1], sys.argv[2]
claims = datasets.load_dataset(folder, 'claims', split='test')
documents = datasets.load_dataset(folder, 'documents', split='test')
snippet = sys.stdin.read()
exec(snippet)  # the card's own lines for selecting the reviewed claims
print(json.dumps({'license': claims.info.license, 'citation': claims.info.citation, 'homepage': claims.info.homepage,
                  'doc_license': documents.info.license, 'reviewed': len(reviewed),
                  'row': next(r for r in claims if r['id'] == wanted)}))
"""


def load_card_facts(folder: Path, tmp_path: Path, wanted: str, snippet: str) -> dict:
    env = os.environ | {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf-home")}
    result = subprocess.run([sys.executable, "-c", CARD_LOAD, str(folder), wanted], input=snippet, capture_output=True,
                            text=True, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_card_cites_the_project_and_datasets_fills_info_from_it(reviewed_repo: Path, tmp_path: Path):
    (reviewed_repo / "pyproject.toml").write_text(PROJECT, encoding="utf-8")
    snap = publish.build(Store(reviewed_repo), tmp_path / "hf")
    header, body = card_of(tmp_path / "hf")
    assert header["pretty_name"] == "Harbor claims" and header["license"] == "other"
    assert header["license_link"] == "https://factcheck.harbor-town.example/license"
    cited = block(body, "## Citation", "bibtex")
    assert cited == publish.citation(snap)
    for line in ("@misc{harbor_claims_2026,", "author       = {Ada Lovelace and Grace Hopper}",
                 "title        = {{Harbor claims}}", "year         = {2026}", "version      = {1.2.0}",
                 "url          = {https://factcheck.harbor-town.example/data/}"):
        assert line in cited, line
    assert "- **Homepage:** https://factcheck.harbor-town.example/data/" in body
    assert "- **Curated by:** Ada Lovelace, Grace Hopper" in body and "- **Version:** 1.2.0" in body

    snippet = block(body, "## Reviewed and unverified claims", "python")
    example = json.loads(block(body, "A row of `claims` as `load_dataset` returns it", "json"))
    facts = load_card_facts(tmp_path / "hf", tmp_path, example["id"], snippet)
    assert facts["citation"] == cited and facts["homepage"] == "https://factcheck.harbor-town.example/data/"
    assert facts["license"].startswith("Annotations: CC BY 4.0.") and "https://factcheck.harbor-town.example/license" in facts["license"]
    assert facts["doc_license"] == facts["license"]
    assert facts["reviewed"] == snap.reviewed == 4
    # The example record is a row as load_dataset gives it, not a copy of the stored record.
    assert example == facts["row"]
    assert example["value"] is None or "date" in example["value"]


def test_an_organization_is_cited_whole(reviewed_repo: Path, tmp_path: Path):
    (reviewed_repo / "pyproject.toml").write_text('[tool.claimkit]\norganization = "Harbor Fact Check"\n', encoding="utf-8")
    snap = publish.build(Store(reviewed_repo), tmp_path / "hf")
    assert re.search(r"\n  author +\= \{\{Harbor Fact Check\}\},\n", publish.citation(snap))


def test_the_example_record_shows_value_date_as_loaded(reviewed_repo: Path, tmp_path: Path):
    publish.build(Store(reviewed_repo), tmp_path / "hf")
    _, body = card_of(tmp_path / "hf")
    example = json.loads(block(body, "A row of `claims` as `load_dataset` returns it", "json"))
    assert example["id"] == "example-doc-00000002"  # the first reviewed claim with evidence
    assert example["value"]["date"] == "2021-03-03" and "value" not in example["value"]
    assert example["type"] == CLAIM_TYPES.index("date") and example["status"] == STATUSES.index("supported")
    assert f"Here `type` {CLAIM_TYPES.index('date')} is `date` and `status` 1 is `supported`." in body


def test_the_field_tables_are_the_models_descriptions(reviewed_repo: Path, tmp_path: Path):
    from claimkit.models import Document

    publish.build(Store(reviewed_repo), tmp_path / "hf")
    _, body = card_of(tmp_path / "hf")
    rows = publish.field_rows("claims")
    columns = [name for name, _, _ in rows]
    assert [c for c in columns if "." not in c] == list(publish.claim_features())
    assert {"value.date", "evidence.stance", "history.from", "span.start"} <= set(columns)
    meaning = {name: m for name, _, m in rows}
    for name, info in Claim.model_fields.items():
        if name in publish.claim_features():
            assert meaning[name].startswith(info.description), name
    assert meaning["evidence.summary"] == "What the source says, in the reviewer's own words"
    for name, kind, m in rows:
        assert f"| `{name}` | {kind} | {m} |" in body
    doc_meaning = {name: m for name, _, m in publish.field_rows("documents")}
    assert doc_meaning["published"] == Document.model_fields["published"].description
    # And the JSON Schema carries the same words.
    schema = json.loads((ROOT / "schema" / "claim.schema.json").read_text())
    assert schema["properties"]["statement"]["description"] == Claim.model_fields["statement"].description


def test_a_column_without_description_stops_the_card(monkeypatch):
    from claimkit.models import Claim as ClaimModel

    monkeypatch.setattr(ClaimModel.model_fields["cluster"], "description", None)
    with pytest.raises(publish.PublishError, match=r"column claims.cluster has no description"):
        publish.field_rows("claims")


def test_the_card_defines_every_status_and_type(reviewed_repo: Path, tmp_path: Path):
    assert list(publish.STATUS_GUIDE) == list(STATUSES) and list(publish.TYPE_GUIDE) == list(CLAIM_TYPES)
    publish.build(Store(reviewed_repo), tmp_path / "hf")
    _, body = card_of(tmp_path / "hf")
    for status, (meaning, needs, example) in publish.STATUS_GUIDE.items():
        assert f"| `{status}` | {meaning} | {needs} | {example} |" in body
    for claim_type, (focus, example) in publish.TYPE_GUIDE.items():
        assert f"| `{claim_type}` | {focus} | {example} |" in body
    assert "partially_supported" in publish.STATUS_GUIDE["conflicting_evidence"][0] or \
        "partial support" in publish.STATUS_GUIDE["conflicting_evidence"][0]


def test_published_files_are_readable_by_others(reviewed_repo: Path, tmp_path: Path):
    import stat

    os.chmod(reviewed_repo / "DATASHEET.md", 0o644)
    old = os.umask(0o022)
    try:
        assert main(["--root", str(reviewed_repo), "publish", "--out", str(tmp_path / "hf"), "--no-load"]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "hf").stat().st_mode) == 0o755  # not the 0700 of a temporary folder
    for path in (tmp_path / "hf").rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o755 if path.is_dir() else 0o644), path
    # DATASHEET.md was rewritten (its figures changed) and keeps its mode.
    assert "- claims published: 7" in (reviewed_repo / "DATASHEET.md").read_text()
    assert stat.S_IMODE((reviewed_repo / "DATASHEET.md").stat().st_mode) == 0o644


def test_the_repository_keeps_its_metadata_in_one_place():
    from claimkit.project import load

    project = load(ROOT)
    assert project.configured and project.homepage and project.review_base_url and project.organization
    assert project.license_link and project.version
    card = (Path(publish.__file__).parent / "card.md").read_text(encoding="utf-8")
    assert project.homepage not in card and "2026" not in card  # the card template copies none of it


def test_the_double_review_is_reported_from_its_agreement_file(reviewed_repo: Path, tmp_path: Path, capsys):
    """The figures carry the double review once data/review-agreement.json holds what
    `review agreement --json` printed; a file that is not that is refused, naming the field."""
    from claimkit.review import Reviewer, agreement, blind_copy
    from claimkit.review_cli import agreement_json

    root = str(reviewed_repo)
    second = tmp_path / "second"
    blind_copy(Store(reviewed_repo), second)
    reviewer = Reviewer(Store(second), "second reviewer")
    reviewer.set_status("example-doc-00000002", "not_enough_evidence", "Searched the archive, found nothing.")
    result = agreement_json(agreement(reviewed_repo, second))
    assert result["compared"] == 1 and result["agreed"] == 0
    (reviewed_repo / "data").mkdir()
    (reviewed_repo / publish.AGREEMENT).write_text(json.dumps(result), encoding="utf-8")
    assert main(["--root", root, "publish", "--out", str(tmp_path / "hf"), "--no-load"]) == 0
    for text in ((reviewed_repo / "DATASHEET.md").read_text(), (tmp_path / "hf" / "README.md").read_text()):
        assert "- claims both reviewers gave a verdict: 1" in text
        assert "- raw agreement: 0.000 (0 of 1)" in text
        assert "- disagreements, each adjudicated with a note in the claim's history: 1" in text
        assert "| `not_enough_evidence` | 0 | 1 | 0 | 0.000 |" in text
    assert main(["--root", root, "publish", "--check"]) == 0
    # A hand edit that makes the figures up is refused before anything is written.
    (reviewed_repo / publish.AGREEMENT).write_text(json.dumps(result | {"agreed": 3}), encoding="utf-8")
    before = (reviewed_repo / "DATASHEET.md").read_bytes()
    assert main(["--root", root, "publish", "--out", str(tmp_path / "hf"), "--no-load"]) != 0
    err = capsys.readouterr().err
    assert "data/review-agreement.json: `agreed` is larger than `compared`" in err
    assert (reviewed_repo / "DATASHEET.md").read_bytes() == before
    # Nor is a link followed out of the repository.
    outside = tmp_path / "elsewhere.json"
    outside.write_text(json.dumps(result), encoding="utf-8")
    (reviewed_repo / publish.AGREEMENT).unlink()
    (reviewed_repo / publish.AGREEMENT).symlink_to(outside)
    assert main(["--root", root, "publish", "--out", str(tmp_path / "hf"), "--no-load"]) != 0
    assert "data/review-agreement.json: is a symbolic link" in capsys.readouterr().err
