"""claimkit corpus extract: inputs, shards, resumption, engines, errors, and ingest --from-corpus."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from claimkit import corpus
from claimkit.cli import main

ROOT = Path(__file__).parent.parent
TUNE = ROOT / "tests" / "gold" / "tune"
# The tune articles the small corpus is cut from, named so that a new tune article does not
# change the shard counts the tests expect.
CORPUS_ARTICLES = ("bloomberg-job-woes", "cricket-mcg-draw", "foxnews-russia-iran-nuclear", "nature-china-telescope",
                   "pe-perris-murder-plot", "reuters-airasia-search", "yahoo-jobs-resigns")


def documents(repeat: int = 1) -> list[dict]:
    """About two dozen short news documents cut from the tune articles (real pages, their
    furniture kept), some with a date and a URL; ``repeat`` copies them under new ids."""
    docs = []
    for path in (TUNE / f"{name}.txt" for name in CORPUS_ARTICLES):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        prose = [line for line in lines if len(line.split()) >= 20]
        furniture = [line for line in lines if len(line.split()) < 6]
        for k in range(0, min(len(prose), 9), 3):
            # A headline-like line of the page's furniture, then three paragraphs of its prose.
            body = furniture[k // 3 : k // 3 + 1] + prose[k : k + 3]
            docs.append({"id": f"{path.stem}-{k // 3}", "text": "\n".join(body) + "\n",
                         "date": meta.get("published"), "url": meta.get("url")})
    out = []
    for r in range(repeat):
        out += [dict(d, id=f"{d['id']}-r{r}" if r else d["id"]) for d in docs]
    return out


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def write_parquet(path: Path, docs: list[dict], **columns) -> Path:
    table = pa.Table.from_pylist(docs)
    for name, values in columns.items():
        table = table.set_column(table.schema.get_field_index(name), name, values)
    pq.write_table(table, path, row_group_size=4)  # several row groups, not on shard boundaries
    return path


def shard_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.glob("*/*.parquet"))}


def one_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def pipeline(monkeypatch):
    """The trained pipeline, loaded once per session, for every load_pipeline of the run."""
    import claimkit.extract
    from pipeline_cache import trained_pipeline

    nlp = trained_pipeline()
    monkeypatch.setattr(claimkit.extract, "load_pipeline", lambda model=None: nlp)
    return nlp


@pytest.fixture
def offline(monkeypatch, tmp_path):
    import datasets.config
    import huggingface_hub.constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "hf-home" / "datasets")
    # Both read the variables once, when first imported (an earlier test may have done it).
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)


# -- values and features ---------------------------------------------------------------------


@pytest.mark.parametrize("value", [
    None,
    {"kind": "quantity", "amount": 3000, "unit": "members", "approximate": True},
    {"kind": "quantity", "amount": 7.25, "unit": None, "approximate": False},
    {"kind": "date", "value": "1949-04-16", "precision": "day", "qualifier": None},
    {"kind": "date", "value": "198X", "precision": "decade", "qualifier": "early"},
])
def test_a_value_survives_the_parquet_struct(value):
    struct = corpus.value_struct(value)
    assert corpus.value_record(struct) == value
    if value is not None:
        assert type(corpus.value_record(struct).get("amount", 0)) is type(value.get("amount", 0))


def test_the_features_reuse_the_published_conventions():
    from claimkit.publish import claim_features

    features, published = corpus.proposal_features(), claim_features()
    for name in ("span", "focus", "type", "value", "entities", "check_worthiness"):
        assert features[name] == published[name]
    assert "status" not in features  # a proposal has no verdict


def test_shards_depend_on_the_input_alone():
    units = [corpus.Unit("parquet", "a.parquet", "/x/a.parquet", rows=5), corpus.Unit("jsonl", "b.jsonl", "/x/b.jsonl", rows=0),
             corpus.Unit("jsonl", "c.jsonl", "/x/c.jsonl", rows=2)]
    shards = corpus.plan_shards(units, 2)
    assert [(s.name, s.start, s.end) for s in shards] == [
        ("00000-00000", 0, 2), ("00000-00001", 2, 4), ("00000-00002", 4, 5), ("00002-00000", 0, 2)]


# -- bad input: one Error line ---------------------------------------------------------------


def test_an_empty_glob_is_a_usage_error(tmp_path, capsys):
    assert main(["corpus", "extract", str(tmp_path / "*.parquet"), "--out", str(tmp_path / "out")]) == 2
    assert "no file matches the pattern" in one_error(capsys.readouterr().err)
    assert not (tmp_path / "out").exists()


def test_a_missing_column_is_named_with_the_columns_there(tmp_path, capsys):
    path = write_parquet(tmp_path / "news.parquet", [{"id": "a", "body": "Text."}])
    assert main(["corpus", "extract", str(path), "--out", str(tmp_path / "out")]) == 2
    line = one_error(capsys.readouterr().err)
    assert "no column 'text' (--text-column)" in line and "its columns are body, id" in line
    assert not (tmp_path / "out").exists()


def test_a_text_column_that_holds_numbers_is_refused(tmp_path, capsys):
    path = write_parquet(tmp_path / "news.parquet", [{"id": "a", "text": 1}])
    assert main(["corpus", "extract", str(path), "--out", str(tmp_path / "out")]) == 2
    assert "column 'text' (--text-column) holds int64, not text" in one_error(capsys.readouterr().err)


@pytest.mark.model
def test_a_record_whose_text_is_not_a_string_is_named_by_its_place(tmp_path, capsys, pipeline):
    docs = documents()[:5]
    docs[3]["text"] = 42
    path = write_jsonl(tmp_path / "news.jsonl", docs)
    assert main(["corpus", "extract", str(path), "--out", str(tmp_path / "out"), "--shard-size", "2", "--quiet"]) == 1
    line = one_error(capsys.readouterr().err)
    assert f"{path}: record 4: 'text' is a number, not a string of text (--text-column)" in line
    # The shard before it is finished and kept; the bad one is not written.
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert list(manifest["shards"]) == ["00000-00000"] and not manifest["complete"]


def test_an_unreadable_file_is_named(tmp_path, capsys, monkeypatch):
    from conftest import deny

    path = write_jsonl(tmp_path / "news.jsonl", documents()[:2])
    deny(monkeypatch, path)
    assert main(["corpus", "extract", str(path), "--out", str(tmp_path / "out")]) == 1
    assert f"{path}: cannot read it: Permission denied" in one_error(capsys.readouterr().err)


def test_a_file_that_is_not_parquet_is_named(tmp_path, capsys):
    path = tmp_path / "news.parquet"
    path.write_bytes(b"not parquet at all")
    assert main(["corpus", "extract", str(path), "--out", str(tmp_path / "out")]) == 1
    assert f"{path}: not a readable Parquet file" in one_error(capsys.readouterr().err)


def test_a_line_that_is_not_an_object_is_named(tmp_path, capsys):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n[1, 2]\n', encoding="utf-8")
    assert main(["corpus", "extract", str(path), "--out", str(tmp_path / "out"), "--model", "no_such_model"]) == 2
    # The pipeline is looked up before any row is read: a wrong --model costs nothing.
    assert "cannot find the spaCy pipeline 'no_such_model'" in one_error(capsys.readouterr().err)
    reader = corpus.Reader(corpus.resolve_inputs(str(path)), corpus.Columns())
    corpus.survey(reader.units, reader.columns, 10)
    with pytest.raises(corpus.CorpusError, match=r"record 2: a JSON list, not an object"):
        reader.rows(corpus.plan_shards(reader.units, 10)[0])


@pytest.mark.parametrize("given, expected", [
    ("2019-05-03", "2019-05-03"), ("2019-05-03T10:00:00Z", "2019-05-03"), ("2019-05", "2019-05"), ("", None),
    (None, None),
])
def test_dates_are_read_as_a_document_publication_date(given, expected):
    assert corpus._published(given, "x") == expected


@pytest.mark.parametrize("given", ["May 3, 2019", "2019-13-01", "2019-02-30", 20190503])
def test_a_date_that_is_not_one_is_refused_by_its_place(given):
    with pytest.raises(corpus.CorpusError, match=r"^news.jsonl: record 7: date .* is not a date"):
        corpus._published(given, "news.jsonl: record 7")


def test_an_output_folder_of_something_else_is_refused(tmp_path, capsys):
    path = write_jsonl(tmp_path / "news.jsonl", documents()[:2])
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["corpus", "extract", str(path), "--out", str(out)]) == 2
    assert "holds files but no manifest.json" in one_error(capsys.readouterr().err)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_a_dataset_name_goes_to_load_dataset_with_its_split(monkeypatch, tmp_path):
    import datasets

    local = datasets.Dataset.from_list(documents()[:3])
    asked = []

    def fake_load_dataset(name, split=None, **kw):
        asked.append((name, split))
        return local

    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)
    units = corpus.resolve_inputs("someone/news", "validation")
    corpus.survey(units, corpus.Columns(), 2)
    assert asked == [("someone/news", "validation")] and units[0].kind == "hub" and units[0].rows == 3
    rows = corpus.Reader(units, corpus.Columns()).rows(corpus.plan_shards(units, 2)[1])
    assert [r.doc_id for r in rows] == [documents()[2]["id"]]


def test_a_dataset_name_that_cannot_be_loaded_is_one_error(tmp_path, capsys, offline):
    assert main(["corpus", "extract", "someone/no-such-news", "--out", str(tmp_path / "out")]) == 1
    line = one_error(capsys.readouterr().err)
    assert line.startswith("Error: INPUT someone/no-such-news: cannot load the dataset (split 'train'):")


# -- runs -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The same documents as JSON Lines, Parquet and a dataset saved with save_to_disk."""
    import datasets

    folder = tmp_path_factory.mktemp("inputs")
    docs = documents()
    write_jsonl(folder / "news.jsonl", docs)
    write_parquet(folder / "news.parquet", docs)
    datasets.Dataset.from_list(docs).save_to_disk(str(folder / "saved"))
    return folder


def run(given: Path | str, out: Path, **kw) -> corpus.CorpusResult:
    kw.setdefault("shard_size", 6)
    kw.setdefault("columns", corpus.Columns(date="date", url="url"))
    return corpus.extract_corpus(str(given), out, **kw)


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory):
    """One run of the local engine over the JSON Lines input: what the other runs must equal."""
    from pipeline_cache import trained_pipeline

    out = tmp_path_factory.mktemp("reference") / "out"
    result = run(inputs / "news.jsonl", out, nlp=trained_pipeline())
    return out, result


@pytest.mark.model
def test_every_kind_of_input_gives_the_same_proposals(inputs, reference, tmp_path, pipeline, offline):
    out, result = reference
    assert result.documents == len(documents()) and result.shards == 4 and result.written == 4
    expected = shard_bytes(out)
    folder = tmp_path / "data-files"  # a dataset folder of data files, read by load_dataset(folder)
    folder.mkdir()
    (folder / "news.jsonl").write_bytes((inputs / "news.jsonl").read_bytes())
    for i, given in enumerate((inputs / "news.parquet", inputs / "saved", inputs / "*.parquet", folder)):
        got = run(given, tmp_path / f"out-{i}", nlp=pipeline)
        assert got.proposals == result.proposals
        files = shard_bytes(got.out)
        # Proposals are byte for byte the same; documents differ only in the input they name.
        assert {k: v for k, v in files.items() if k.startswith("proposals/")} == \
               {k: v for k, v in expected.items() if k.startswith("proposals/")}
        rows = pq.read_table(got.out / "documents").drop_columns(["input"])
        assert rows.equals(pq.read_table(out / "documents").drop_columns(["input"]))


@pytest.mark.model
def test_the_output_loads_with_datasets_as_class_labels(reference, offline, pipeline):
    import datasets
    from claimkit.extract import document_metadata, parse_sources, proposals
    from claimkit.models import CLAIM_TYPES

    out, result = reference
    datasets.disable_progress_bars()
    ds = datasets.load_dataset("parquet", data_files=str(out / "proposals" / "*.parquet"), split="train")
    assert isinstance(ds.features["type"], datasets.ClassLabel) and ds.features["type"].names == list(CLAIM_TYPES)
    assert len(ds) == result.proposals > 20
    docs = datasets.load_dataset("parquet", data_files=str(out / "documents" / "*.parquet"), split="train")
    assert len(docs) == len(documents()) and sum(docs["proposals"]) == result.proposals

    # A document's rows are what extract's own functions give for its text.
    doc = max(documents(), key=lambda d: sum(r == d["id"] for r in ds["doc_id"]))
    meta = document_metadata(doc_id=doc["id"], url=doc["url"], published=doc["date"])
    [(parsed, text, found, _)] = list(parse_sources(pipeline, [(doc["text"], meta, None)]))
    props = proposals(parsed, text, found)
    rows = [r for r in ds if r["doc_id"] == doc["id"]]
    assert [(r["span"]["start"], r["span"]["end"], r["focus"]["start"], r["focus"]["end"], r["type"], r["rule"],
             r["check_worthiness"], r["entities"]) for r in rows] == \
           [(*p.span, *p.focus, CLAIM_TYPES.index(p.type), p.rule, p.score,
             [dict(e, start=e["start"], end=e["end"]) for e in p.entities]) for p in props]
    keys = [r["key"] for r in rows]
    assert all(r["cluster"] is None or keys.count(r["key"]) >= 2 for r in rows)
    [row] = [r for r in docs if r["doc_id"] == doc["id"]]
    assert row["regions"] == [{"start": r.start, "end": r.end, "kind": r.kind} for r in found]
    assert row["published"] == doc["date"] and row["url"] == doc["url"] and row["input"] == "news.jsonl"


@pytest.mark.model
def test_two_runs_are_byte_identical_and_a_rerun_redoes_nothing(inputs, reference, tmp_path, pipeline):
    out, _ = reference
    again = run(inputs / "news.jsonl", tmp_path / "again", nlp=pipeline)
    assert shard_bytes(again.out) == shard_bytes(out)
    stats = {p: p.stat() for p in again.out.glob("*/*.parquet")}
    rerun = run(inputs / "news.jsonl", again.out, nlp=pipeline)
    assert (rerun.written, rerun.skipped) == (0, 4)
    assert {p: (s.st_ino, s.st_mtime_ns) for p, s in stats.items()} == \
           {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in stats}


@pytest.mark.model
def test_a_damaged_shard_is_redone_and_only_it(inputs, reference, tmp_path, pipeline):
    out, _ = reference
    first = run(inputs / "news.jsonl", tmp_path / "out", nlp=pipeline)
    damaged = first.out / "proposals" / "00000-00002.parquet"
    damaged.write_bytes(b"half a file")
    rerun = run(inputs / "news.jsonl", first.out, nlp=pipeline)
    assert (rerun.written, rerun.skipped) == (1, 3)
    assert shard_bytes(first.out) == shard_bytes(out)


@pytest.mark.model
def test_a_rerun_with_other_settings_is_refused(inputs, reference, tmp_path, pipeline, capsys):
    out = tmp_path / "out"
    run(inputs / "news.jsonl", out, nlp=pipeline)
    assert main(["corpus", "extract", str(inputs / "news.jsonl"), "--out", str(out), "--shard-size", "8",
                 "--date-column", "date", "--url-column", "url"]) == 2
    assert "holds the output of another run (it differs in shard_size)" in one_error(capsys.readouterr().err)


@pytest.mark.slow
@pytest.mark.model
def test_two_processes_give_what_one_gives(inputs, reference, tmp_path, pipeline, monkeypatch):
    """Four shards for two processes: a pool of workers takes whole shards; the bytes are the same."""
    out, _ = reference
    pools = []
    real = corpus._run_pool
    monkeypatch.setattr(corpus, "_run_pool", lambda *a, **kw: pools.append(len(a[1])) or real(*a, **kw))
    two = run(inputs / "news.jsonl", tmp_path / "two", nlp=pipeline, n_process=2, batch_size=2)
    assert pools == [4] and two.written == 4
    assert shard_bytes(two.out) == shard_bytes(out)


@pytest.mark.model
def test_one_shard_left_for_two_processes_is_split_by_the_pipeline(inputs, reference, tmp_path, pipeline, monkeypatch):
    """Fewer shards than processes: spaCy's own worker processes share the shard's documents."""
    out, _ = reference
    first = run(inputs / "news.jsonl", tmp_path / "out", nlp=pipeline)
    (first.out / "proposals" / "00000-00001.parquet").unlink()
    monkeypatch.setattr(corpus, "_run_pool", lambda *a, **kw: pytest.fail("one shard needs no pool"))
    rerun = run(inputs / "news.jsonl", first.out, nlp=pipeline, n_process=2, batch_size=2)
    assert (rerun.written, rerun.skipped) == (1, 3)
    assert shard_bytes(first.out) == shard_bytes(out)


@pytest.mark.model
def test_processes_inside_each_shard_give_the_same_bytes(inputs, reference, tmp_path, pipeline, monkeypatch):
    """parallel="pipe", the strategy the benchmark compares the pool with, writes the same shards."""
    out, _ = reference
    monkeypatch.setattr(corpus, "_run_pool", lambda *a, **kw: pytest.fail("asked for processes inside shards"))
    pipe = run(inputs / "news.jsonl", tmp_path / "pipe", nlp=pipeline, n_process=2, batch_size=2, parallel="pipe")
    assert shard_bytes(pipe.out) == shard_bytes(out)
    with pytest.raises(corpus.UsageError, match="choose shards or pipe"):
        run(inputs / "news.jsonl", tmp_path / "other", nlp=pipeline, parallel="threads")


@pytest.mark.model
def test_the_command_shows_progress_in_documents_per_second(inputs, tmp_path, pipeline, capsys):
    assert main(["corpus", "extract", str(inputs / "news.parquet"), "--out", str(tmp_path / "out"),
                 "--shard-size", "8"]) == 0
    captured = capsys.readouterr()
    assert "documents/s" in captured.err and f"{len(documents())}/{len(documents())} documents" in captured.err
    assert "3 shard(s): 3 written, 0 already finished" in captured.out


@pytest.mark.slow
@pytest.mark.model
def test_a_killed_run_resumes_to_the_same_bytes(tmp_path, pipeline):
    """SIGKILL a real run after its first shards, run again: only the rest is parsed, and every
    shard is byte for byte what an uninterrupted run writes."""
    docs = documents(repeat=3)
    path = write_jsonl(tmp_path / "news.jsonl", docs)
    clean = run(path, tmp_path / "clean", shard_size=3, nlp=pipeline)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "claimkit", "corpus", "extract", str(path), "--out", str(out), "--shard-size", "3",
               "--date-column", "date", "--url-column", "url", "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                done = json.loads((out / "manifest.json").read_text())["shards"]
            except (OSError, ValueError, KeyError):
                done = {}
            if len(done) >= 2:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        proc.stderr.close()
    manifest = json.loads((out / "manifest.json").read_text())
    finished = set(manifest["shards"])
    assert 2 <= len(finished) < clean.shards and not manifest["complete"], "the run ended before it could be killed"
    kept = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.glob("*/*.parquet") if p.stem in finished}
    resumed = run(path, out, shard_size=3, nlp=pipeline)
    assert resumed.skipped == len(finished) and resumed.written == clean.shards - len(finished)
    assert shard_bytes(out) == shard_bytes(clean.out)
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in kept} == kept  # finished shards never redone
    assert not list(out.rglob(".*.tmp"))
    assert json.loads((out / "manifest.json").read_text())["complete"]


# -- Ray ---------------------------------------------------------------------------------------


def _descendants() -> set[int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _listening(pids: set[int]) -> list[str]:
    """The addresses that the processes ``pids`` listen on (TCP, from /proc)."""
    inodes = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with_link = os.readlink(fd)
                if with_link.startswith("socket:["):
                    inodes.add(with_link[8:-1])
        except OSError:
            continue
    out = []
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # LISTEN
                out.append(fields[1].split(":")[0].rjust(width, "0"))
    return out


def _loopback(hex_address: str) -> bool:
    raw = bytes.fromhex(hex_address)
    # /proc prints each 32-bit word in host (little-endian) order.
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    if len(words) == 4:
        return words[0] == 127
    return words == bytes(15) + b"\x01" or (words[:12] == bytes(10) + b"\xff\xff" and words[12] == 127)


def test_the_loopback_check_reads_proc_addresses():
    assert _loopback("0100007F") and not _loopback("00000000") and not _loopback("020000C0")
    assert _loopback("0000000000000000FFFF00000100007F") and _loopback("00000000000000000000000001000000")
    assert not _loopback("00000000000000000000000000000000")


@pytest.mark.model
@pytest.mark.slow
def test_ray_in_local_mode_writes_what_the_local_engine_writes(inputs, reference, tmp_path):
    """Two actors of a local Ray (no dashboard, loopback only) give the local engine's rows, row for row."""
    pytest.importorskip("ray")
    out, _ = reference
    seen: list[str] = []

    def watch(status: corpus.Status) -> None:
        if status.shards_done and not seen:  # Ray is up and its workers are busy
            seen.extend(_listening(_descendants()))

    result = run(inputs / "news.parquet", tmp_path / "ray", engine="ray", n_process=2, progress=watch)
    assert result.engine == "ray" and result.written == 4 and result.documents == len(documents())
    assert seen and all(_loopback(a) for a in seen), f"Ray listened beyond loopback: {seen}"
    for config in corpus.CONFIGS:
        ray_rows = pq.read_table(result.out / config).to_pylist()
        local_rows = pq.read_table(out / config).to_pylist()
        if config == "documents":
            for r in ray_rows + local_rows:
                r.pop("input")  # news.parquet here, news.jsonl there
        assert ray_rows == local_rows
    assert {k: v for k, v in shard_bytes(result.out).items() if k.startswith("proposals/")} == \
           {k: v for k, v in shard_bytes(out).items() if k.startswith("proposals/")}


# -- ingest --from-corpus ----------------------------------------------------------------------


@pytest.mark.model
def test_ingest_from_corpus_stores_the_document_and_its_proposals(reference, tmp_path, pipeline, capsys):
    out, _ = reference
    table = pq.read_table(out / "documents")
    row = max(table.to_pylist(), key=lambda r: r["proposals"])
    repo = tmp_path / "repo"
    (repo / "claims").mkdir(parents=True)
    assert main(["--root", str(repo), "ingest", "--from-corpus", str(out), "--doc", row["doc_id"], "--rights", "test"]) == 0
    text = capsys.readouterr().out
    assert f"{row['proposals']} new claim(s)" in text
    doc_id = row["doc_id"]
    stored = json.loads((repo / "sources" / f"{doc_id}.json").read_text())
    assert stored["sha256"] == row["sha256"] and stored["published"] == row["published"] and stored["url"] == row["url"]
    assert stored["regions"] == row["regions"]
    assert len(list((repo / "claims" / doc_id).glob("*.json"))) == row["proposals"]
    assert main(["--root", str(repo), "validate"]) == 0
    # What extract itself proposes for the stored text is exactly what came from the corpus.
    assert main(["--root", str(repo), "extract", doc_id, "--quiet"]) == 0
    assert f"{doc_id}: {row['proposals']} claim(s): 0 new, 0 re-anchored, {row['proposals']} unchanged" in \
           capsys.readouterr().out
    # Again: nothing changes.
    assert main(["--root", str(repo), "ingest", "--from-corpus", str(out), "--doc", doc_id]) == 0
    assert f"0 new claim(s) from the corpus's proposals, {row['proposals']} already there" in capsys.readouterr().out


@pytest.mark.model
def test_ingest_from_corpus_names_a_doc_id_and_refuses_an_unknown_one(reference, tmp_path, capsys):
    out, _ = reference
    repo = tmp_path / "repo"
    (repo / "claims").mkdir(parents=True)
    assert main(["--root", str(repo), "ingest", "--from-corpus", str(out), "--doc", "no-such-doc"]) == 2
    assert "--doc 'no-such-doc': no such document in" in one_error(capsys.readouterr().err)
    assert main(["--root", str(repo), "ingest", "--from-corpus", str(out)]) == 2
    assert "--from-corpus needs --doc ID" in one_error(capsys.readouterr().err)
    assert corpus.corpus_doc_id("business/001") == "business-001"
    assert corpus.corpus_doc_id("ok-id") == "ok-id"
    assert not (repo / "sources").exists()


@pytest.mark.model
def test_ingest_from_corpus_refuses_an_input_that_changed(inputs, tmp_path, pipeline, capsys):
    docs = documents()[:4]
    path = write_jsonl(tmp_path / "news.jsonl", docs)
    out = run(path, tmp_path / "out", nlp=pipeline).out
    docs[1]["text"] += "A line added later.\n"
    write_jsonl(path, docs)
    repo = tmp_path / "repo"
    (repo / "claims").mkdir(parents=True)
    assert main(["--root", str(repo), "ingest", "--from-corpus", str(out), "--doc", docs[1]["id"]]) == 1
    assert "is no longer the text that was extracted" in one_error(capsys.readouterr().err)


@pytest.mark.model
@pytest.mark.slow
def test_a_bad_row_under_ray_is_one_error_and_the_other_shards_are_kept(tmp_path, capsys):
    pytest.importorskip("ray")
    docs = documents()[:8]
    docs[5]["text"] = None
    path = write_jsonl(tmp_path / "news.jsonl", docs)
    out = tmp_path / "out"
    assert main(["corpus", "extract", str(path), "--out", str(out), "--shard-size", "2", "--engine", "ray",
                 "--n-process", "2", "--quiet"]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Error")]
    assert err == [f"Error: {path}: record 6: 'text' is null, not a string of text (--text-column)"]
    assert sorted(json.loads((out / "manifest.json").read_text())["shards"]) == ["00000-00000", "00000-00001", "00000-00003"]


def test_a_shard_without_proposals_loads_with_datasets(tmp_path, offline):
    import datasets

    folder = tmp_path / "proposals"
    folder.mkdir()
    row = {"doc_id": "a", "span": {"start": 0, "end": 9}, "text": "It rained.", "focus": {"start": 3, "end": 9, "text": "rained"},
           "type": 2, "value": None, "entities": [], "check_worthiness": 0.5, "rule": "event.x", "key": None, "cluster": None}
    (folder / "00000-00000.parquet").write_bytes(corpus.parquet_bytes([], corpus.proposal_features()))
    (folder / "00000-00001.parquet").write_bytes(corpus.parquet_bytes([row], corpus.proposal_features()))
    datasets.disable_progress_bars()
    ds = datasets.load_dataset("parquet", data_files=str(folder / "*.parquet"), split="train")
    assert ds.to_list() == [row] and ds.features["type"].int2str(2) == "event"
