"""Corpus: the claim detector over a whole corpus, written as sharded Parquet.

``extract_corpus`` reads documents from Parquet or JSON Lines files, or a Hugging Face dataset,
runs exactly what `claimkit extract` runs on each text (``extract.parse_sources`` and
``extract.proposals``) and writes two Parquet configs under the output folder:

- ``proposals/<shard>.parquet``: one row per claim proposal (doc id, span, focus, text, type,
  value, entities, check-worthiness, rule, key and cluster);
- ``documents/<shard>.parquet``: one row per document (its noise regions, length, sha256 of
  the text, URL and date, how many proposals, and where in the input it is).

Shards depend on the input alone: shard ``UUUUU-KKKKK`` holds rows ``K*S .. (K+1)*S`` of input
``U`` (inputs sorted by path, ``S`` the shard size). Each shard is written whole (temporary file,
then rename) and recorded with the sha256 of its files in ``manifest.json``; a rerun skips every
shard whose files match the manifest, so a killed run goes on where it stopped and gives the
same bytes as one that was never stopped. Memory holds one shard's rows at a time.

Two engines run the same per-document code: ``local`` and ``ray`` (Ray Data: a dataset of the
pending shards, ``map_batches`` on a pool of actors that each load the pipeline once and read
their shard's rows themselves). With ``n_process`` above 1 the local engine does the same on one
machine: a pool of worker processes, each with the pipeline, extracts whole shards and hands back
their finished Parquet bytes. Only where there are fewer pending shards than processes does it
use spaCy's own ``nlp.pipe(n_process=…)`` inside a shard, which starts its workers again for each
shard and ships every parsed Doc back to the parent (bench/RESULTS.md measures both).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import io
import json
import math
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .digests import sha256_hex, sha256_stream
from .errors import ClaimkitError, UsageError
from .publish import TYPE_INDEX, value_struct

if TYPE_CHECKING:
    from .extract import DocumentResult
    from .ingest import IngestResult

MANIFEST = "manifest.json"
FORMAT = 1
CONFIGS = ("proposals", "documents")
DEFAULT_SHARD_SIZE = 1000
DEFAULT_BATCH_SIZE = 16
PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
# The modules whose code decides what a shard holds. A rerun with other code would mix two
# detectors' output in one folder, so their digest is part of the run's configuration.
DETECTOR_FILES = ("detector.py", "noise.py", "normalize.py", "anchoring.py", "extract.py", "checkworthiness.py", "corpus.py",
                  "model_data/checkworthiness.npz", "model_data/checkworthiness.json")
# Fixed Parquet writer options (as publish uses), so a shard's bytes depend on its rows alone.
PARQUET_OPTIONS = dict(compression="zstd", use_dictionary=True, write_statistics=True, row_group_size=50_000,
                       store_schema=True)

Progress = Callable[["Status"], None]


class CorpusError(ClaimkitError):
    """The corpus cannot be read or the output folder cannot be written as asked."""


# -- features --------------------------------------------------------------------------------


def proposal_features():
    """The ``proposals`` config: the published claims' columns where they mean the same."""
    from datasets import Features, Value

    from .publish import claim_features

    claim = claim_features()
    s = Value("string")
    return Features({
        "doc_id": s,
        "span": claim["span"],
        "text": s,
        "focus": claim["focus"],
        "type": claim["type"],
        "value": claim["value"],
        "entities": claim["entities"],
        "check_worthiness": claim["check_worthiness"],
        "rule": s,
        "key": s,
        "cluster": s,
    })


def document_features():
    from datasets import Features, Value

    from .publish import document_features as published

    s = Value("string")
    return Features({
        "doc_id": s,
        "url": s,
        "published": s,
        "length": Value("int64"),
        "sha256": s,
        "proposals": Value("int32"),
        "regions": published()["regions"],
        "input": s,
        "row": Value("int64"),
    })


def value_record(struct: dict | None) -> dict | None:
    """The claim record's value from the struct: the inverse of ``value_struct``."""
    if struct is None:
        return None
    if struct["kind"] == "quantity":
        amount = struct["amount"]
        # The detector gives whole amounts as int (normalize._clean); Parquet holds float64.
        amount = int(amount) if float(amount).is_integer() else amount
        return {"kind": "quantity", "amount": amount, "unit": struct["unit"], "approximate": struct["approximate"]}
    return {"kind": "date", "value": struct["date"], "precision": struct["precision"], "qualifier": struct["qualifier"]}


# -- the input -------------------------------------------------------------------------------


@dataclass
class Columns:
    text: str = "text"
    id: str = "id"
    date: str | None = None
    url: str | None = None

    def wanted(self) -> list[str]:
        return [c for c in (self.id, self.text, self.date, self.url) if c]


@dataclass
class Unit:
    """One input: a Parquet or JSON Lines file, or a Hugging Face dataset (a folder or a name)."""

    kind: str  # "parquet", "jsonl", "disk" (save_to_disk folder), "folder" (data files), "hub"
    name: str  # how rows name it (`input` column): the path relative to the inputs' common folder, or the dataset
    location: str  # absolute path, or the dataset's name
    rows: int = 0
    fingerprint: str = ""
    split: str | None = None
    offsets: list[int] = field(default_factory=list)  # jsonl: byte offset of each shard's first line


@dataclass
class Shard:
    unit: int
    index: int
    start: int
    end: int

    @property
    def name(self) -> str:
        return f"{self.unit:05d}-{self.index:05d}"

    def file(self, config: str) -> str:
        return f"{config}/{self.name}.parquet"


@dataclass
class Row:
    doc_id: str
    text: str
    url: str | None
    published: str | None
    row: int


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def resolve_inputs(given: str, split: str | None = None) -> list[Unit]:
    """The inputs INPUT names, sorted; each checked to exist and be readable (not yet counted)."""
    path = Path(given)
    if _is_glob(given):
        matches = sorted(glob.glob(given, recursive=True))
        files = [Path(m) for m in matches if Path(m).is_file()]
        if not files:
            raise UsageError(f"INPUT {given!r}: no file matches the pattern; give Parquet (.parquet) or JSON Lines "
                             f"(.jsonl) files, a dataset folder or a dataset name")
        return _file_units(files, given)
    if path.is_file():
        return _file_units([path], given)
    if path.is_dir():
        if (path / "state.json").is_file():  # Dataset.save_to_disk
            return [Unit("disk", path.name, str(path.resolve()))]
        if (path / "dataset_dict.json").is_file():  # DatasetDict.save_to_disk
            if split is None:
                raise UsageError(f"INPUT {given}: a saved dataset with several splits; pick one with --split")
            return [Unit("disk", f"{path.name}[{split}]", str(path.resolve()), split=split)]
        # A folder of data files, read by datasets' own loaders (as load_dataset(folder) does).
        return [Unit("folder", f"{path.name}[{split or 'train'}]", str(path.resolve()), split=split or "train")]
    if os.path.lexists(given):
        raise UsageError(f"INPUT {given}: neither a file nor a folder")
    if path.suffix.lower() in PARQUET_SUFFIXES + JSONL_SUFFIXES or given.startswith(("/", "./", "../", "~")):
        raise UsageError(f"INPUT {given}: no such file or folder")
    if not re.fullmatch(r"[A-Za-z0-9][\w.-]*(/[\w.-]+)?", given):
        raise UsageError(f"INPUT {given!r}: no such file or folder, and not a dataset name like 'owner/name'")
    return [Unit("hub", given, given, split=split or "train")]


def _file_units(files: list[Path], given: str) -> list[Unit]:
    resolved = [f.resolve() for f in files]
    base = Path(os.path.commonpath([str(r.parent) for r in resolved]))
    units = []
    for f, r in zip(files, resolved):
        suffix = f.suffix.lower()
        if suffix in PARQUET_SUFFIXES:
            kind = "parquet"
        elif suffix in JSONL_SUFFIXES:
            kind = "jsonl"
        else:
            raise UsageError(f"{f}: not a Parquet (.parquet) or JSON Lines (.jsonl, .json) file; "
                             f"name the files by their format or narrow the pattern {given!r}")
        units.append(Unit(kind, r.relative_to(base).as_posix(), str(r)))
    return units


def _open_binary(path: str):
    """Open an input for reading; a refusal names the file (os.open, so tests can deny it)."""
    try:
        return os.fdopen(os.open(path, os.O_RDONLY), "rb")
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read it: {exc.strerror or exc}") from None


def _file_sha256(path: str) -> str:
    with _open_binary(path) as handle:
        return sha256_stream(handle)


def _string_type(t) -> bool:
    import pyarrow as pa

    return pa.types.is_string(t) or pa.types.is_large_string(t) or getattr(pa.types, "is_string_view", lambda _: False)(t)


def _check_arrow_columns(schema, columns: Columns, where: str) -> None:
    """The columns must exist and hold what they should: text strings, id strings or integers."""
    import pyarrow as pa

    names = set(schema.names)
    for flag, column in (("--text-column", columns.text), ("--id-column", columns.id), ("--date-column", columns.date),
                         ("--url-column", columns.url)):
        if column is None:
            continue
        if column not in names:
            raise UsageError(f"{where}: no column {column!r} ({flag}); its columns are {', '.join(sorted(names))}")
        t = schema.field(column).type
        ok = (_string_type(t) if flag in ("--text-column", "--url-column")
              else _string_type(t) or pa.types.is_integer(t) if flag == "--id-column"
              else _string_type(t) or pa.types.is_date(t) or pa.types.is_timestamp(t))
        if not ok:
            want = {"--text-column": "text (strings)", "--url-column": "strings", "--id-column": "strings or integers",
                    "--date-column": "dates, timestamps or strings"}[flag]
            raise UsageError(f"{where}: column {column!r} ({flag}) holds {t}, not {want}")


def _load_dataset(unit: Unit):
    """The Hugging Face dataset a unit names (memory-mapped Arrow, not read into memory)."""
    import datasets

    datasets.disable_progress_bars()
    try:
        if unit.kind == "disk":
            ds = datasets.load_from_disk(unit.location)
            if isinstance(ds, datasets.DatasetDict):
                if unit.split not in ds:
                    raise UsageError(f"INPUT {unit.name}: no split {unit.split!r}; its splits are {', '.join(ds)}")
                ds = ds[unit.split]
            return ds
        return datasets.load_dataset(unit.location, split=unit.split)
    except (UsageError, CorpusError):
        raise
    except Exception as exc:  # datasets raises many kinds: not found, offline, bad split, bad files
        what = "dataset folder" if unit.kind != "hub" else "dataset"
        raise CorpusError(f"INPUT {unit.name}: cannot load the {what}"
                          f"{f' (split {unit.split!r})' if unit.split else ''}: {type(exc).__name__}: "
                          f"{str(exc).splitlines()[0] if str(exc) else ''}") from None


def survey(units: list[Unit], columns: Columns, shard_size: int) -> None:
    """Count each input's rows, fingerprint it and check its columns; nothing is parsed yet."""
    import pyarrow.parquet as pq

    for unit in units:
        if unit.kind == "parquet":
            unit.fingerprint = _file_sha256(unit.location)
            try:
                meta = pq.ParquetFile(unit.location)
            except Exception as exc:
                raise CorpusError(f"{unit.location}: not a readable Parquet file ({type(exc).__name__}: {exc})") from None
            _check_arrow_columns(meta.schema_arrow, columns, unit.location)
            unit.rows = meta.metadata.num_rows
        elif unit.kind == "jsonl":
            unit.fingerprint, unit.rows, unit.offsets = _survey_jsonl(unit.location, shard_size)
        else:
            ds = _load_dataset(unit)
            _check_arrow_columns(ds.features.arrow_schema, columns, f"INPUT {unit.name}")
            unit.rows = len(ds)
            unit.fingerprint = ds._fingerprint


def _survey_jsonl(path: str, shard_size: int) -> tuple[str, int, list[int]]:
    """sha256, number of records (non-blank lines) and each shard's starting byte offset."""
    digest = hashlib.sha256()
    rows, offsets, pos = 0, [], 0
    with _open_binary(path) as handle:
        for line in handle:
            digest.update(line)
            if line.strip():
                if rows % shard_size == 0:
                    offsets.append(pos)
                rows += 1
            pos += len(line)
    return digest.hexdigest(), rows, offsets


def plan_shards(units: list[Unit], shard_size: int) -> list[Shard]:
    shards = []
    for u, unit in enumerate(units):
        for k in range(math.ceil(unit.rows / shard_size)):
            shards.append(Shard(u, k, k * shard_size, min(unit.rows, (k + 1) * shard_size)))
    return shards


# -- reading rows ----------------------------------------------------------------------------


def _published(value, where: str) -> str | None:
    """A date cell as YYYY-MM-DD, YYYY-MM or YYYY (what a document's `published` holds)."""
    from .ingest import check_published

    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        head = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|[T ])", text)
        if head:
            try:
                return check_published(head.group(0))
            except UsageError:
                pass
    raise CorpusError(f"{where}: date {value!r} is not a date: give YYYY-MM-DD (a time after it is ignored), "
                      f"YYYY-MM or YYYY, or leave it empty")


def _row(record: dict, columns: Columns, where: str, row: int) -> Row:
    from .ingest import normalize_text

    text = record.get(columns.text, _MISSING)
    doc_id = record.get(columns.id, _MISSING)
    for column, value in ((columns.text, text), (columns.id, doc_id)):
        if value is _MISSING:
            raise CorpusError(f"{where}: no {column!r} field; every record needs {columns.id!r} and {columns.text!r} "
                              f"(--id-column, --text-column)")
    if not isinstance(text, str):
        raise CorpusError(f"{where}: {columns.text!r} is {_kind(text)}, not a string of text (--text-column)")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or (isinstance(doc_id, str) and not doc_id.strip()):
        raise CorpusError(f"{where}: {columns.id!r} is {_kind(doc_id)}; a document id must be a non-empty string "
                          f"or an integer (--id-column)")
    url = record.get(columns.url) if columns.url else None
    if url is not None and not isinstance(url, str):
        raise CorpusError(f"{where}: {columns.url!r} is {_kind(url)}, not a string (--url-column)")
    published = _published(record.get(columns.date), where) if columns.date else None
    return Row(str(doc_id), normalize_text(text), url or None, published, row)


_MISSING = object()


def _kind(value) -> str:
    """What a JSON-like value is, in the words of JSON."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, (list, tuple)) else "an object" if isinstance(value, dict) else \
        f"a {type(value).__name__}"


class Reader:
    """Reads the rows of shards; keeps datasets open between shards (an actor reuses it)."""

    def __init__(self, units: list[Unit], columns: Columns) -> None:
        self.units = units
        self.columns = columns
        self._datasets: dict[int, Any] = {}  # datasets.Dataset (untyped)

    def rows(self, shard: Shard) -> list[Row]:
        unit = self.units[shard.unit]
        if unit.kind == "parquet":
            return self._parquet(unit, shard)
        if unit.kind == "jsonl":
            return self._jsonl(unit, shard)
        return self._dataset(shard)

    def _parquet(self, unit: Unit, shard: Shard) -> list[Row]:
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(unit.location)
            groups, first, at = [], None, 0
            for i in range(pf.metadata.num_row_groups):
                n = pf.metadata.row_group(i).num_rows
                if at < shard.end and at + n > shard.start:
                    groups.append(i)
                    first = at if first is None else first
                at += n
            table = pf.read_row_groups(groups, columns=self.columns.wanted())
        except (CorpusError, UsageError):
            raise
        except Exception as exc:
            raise CorpusError(f"{unit.location}: cannot read rows {shard.start}..{shard.end} "
                              f"({type(exc).__name__}: {exc})") from None
        table = table.slice(shard.start - (first or 0), shard.end - shard.start)
        return [_row(r, self.columns, f"{unit.location}: row {shard.start + i}", shard.start + i)
                for i, r in enumerate(table.to_pylist())]

    def _jsonl(self, unit: Unit, shard: Shard) -> list[Row]:
        out = []
        with _open_binary(unit.location) as handle:
            handle.seek(unit.offsets[shard.index])
            row = shard.start
            while row < shard.end:
                line = handle.readline()
                if not line:
                    raise CorpusError(f"{unit.location}: ends before record {shard.end}; it changed while being read")
                if not line.strip():
                    continue
                where = f"{unit.location}: record {row + 1}"
                try:
                    record = json.loads(line)
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    raise CorpusError(f"{where}: not a JSON object on one line ({exc}); JSON Lines hold one object "
                                      f"per line") from None
                if not isinstance(record, dict):
                    raise CorpusError(f"{where}: a JSON {type(record).__name__}, not an object; JSON Lines hold one "
                                      f"object per line")
                out.append(_row(record, self.columns, where, row))
                row += 1
        return out

    def _dataset(self, shard: Shard) -> list[Row]:
        unit = self.units[shard.unit]
        ds = self._datasets.get(shard.unit)
        if ds is None:
            ds = self._datasets[shard.unit] = _load_dataset(unit).select_columns(self.columns.wanted())
        table = ds.with_format("arrow")[shard.start : shard.end]
        return [_row(r, self.columns, f"INPUT {unit.name}: row {shard.start + i}", shard.start + i)
                for i, r in enumerate(table.to_pylist())]


# -- one document, one shard -----------------------------------------------------------------


def document_rows(parsed, text: str, found: list, row: Row, unit_name: str) -> tuple[list[dict], dict]:
    """The proposals rows and the documents row of one parsed document (both engines use this)."""
    from .extract import cluster_id, proposals

    props = proposals(parsed, text, found)
    keys = Counter(p.key for p in props if p.key)
    out = []
    for p in props:
        (ss, se), (fs, fe) = p.span, p.focus
        out.append({
            "doc_id": row.doc_id,
            "span": {"start": ss, "end": se},
            "text": text[ss:se],
            "focus": {"start": fs, "end": fe, "text": text[fs:fe]},
            "type": TYPE_INDEX[p.type],
            "value": value_struct(p.value),
            "entities": p.entities,
            "check_worthiness": p.score,
            "rule": p.rule,
            "key": p.key,
            # As extract gives it: a key shared by two or more of the document's claims.
            "cluster": cluster_id(row.doc_id, p.key) if p.key and keys[p.key] >= 2 else None,
        })
    document = {
        "doc_id": row.doc_id,
        "url": row.url,
        "published": row.published,
        "length": len(text),
        "sha256": sha256_hex(text.encode("utf-8")),
        "proposals": len(out),
        "regions": [{"start": r.start, "end": r.end, "kind": r.kind} for r in found],
        "input": unit_name,
        "row": row.row,
    }
    return out, document


def parquet_bytes(rows: list[dict], features) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=features.arrow_schema)
    buffer = io.BytesIO()
    if table.num_rows:
        pq.write_table(table, buffer, **PARQUET_OPTIONS)
    else:
        # No row group at all: datasets' Parquet loader fails on an empty one ("BatchSize must be
        # greater than 0"), which write_table would write for a shard without proposals.
        options = {k: v for k, v in PARQUET_OPTIONS.items() if k != "row_group_size"}
        pq.ParquetWriter(buffer, table.schema, **options).close()
    return buffer.getvalue()


@dataclass
class ShardOutput:
    shard: str
    documents: int
    proposals: int
    files: dict[str, bytes]


def shard_output(shard: Shard, proposals: list[dict], documents: list[dict]) -> ShardOutput:
    return ShardOutput(shard.name, len(documents), len(proposals), {
        shard.file("proposals"): parquet_bytes(proposals, proposal_features()),
        shard.file("documents"): parquet_bytes(documents, document_features()),
    })


def _metadata(row: Row) -> dict:
    from .extract import document_metadata

    return document_metadata(doc_id=row.doc_id, url=row.url, published=row.published)


def extract_shards(nlp, reader: Reader, shards: list[Shard], *, n_process: int = 1,
                   batch_size: int = DEFAULT_BATCH_SIZE, on_document: Callable[[], None] | None = None) -> Iterator[ShardOutput]:
    """Parse each shard's documents and yield its output; a bad row stops the run at its shard.

    Each shard is parsed in its own ``nlp.memory_zone()`` and its own ``nlp.pipe``: the strings
    and vocabulary entries its texts add are freed when it is done (spaCy otherwise keeps every
    new word for good), and worker processes (``n_process``) end with it, so memory does not grow
    with the corpus. Everything kept from a Doc is copied into plain rows inside the zone.
    """
    from .extract import parse_sources

    for shard in shards:
        rows = reader.rows(shard)
        proposals: list[dict] = []
        documents: list[dict] = []
        with nlp.memory_zone():
            items = ((row.text, _metadata(row), row) for row in rows)
            for parsed, text, found, row in parse_sources(nlp, items, n_process=min(n_process, len(rows)),
                                                          batch_size=batch_size):
                props, document = document_rows(parsed, text, found, row, reader.units[shard.unit].name)
                proposals += props
                documents.append(document)
                if on_document is not None:
                    on_document()
        yield shard_output(shard, proposals, documents)


# -- the run ---------------------------------------------------------------------------------


def detector_digest() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in DETECTOR_FILES:
        path = here / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return digest.hexdigest()[:16]


def pipeline_meta(model: str) -> str:
    """The pipeline's name and version as extract records it, read from its meta (not loaded)."""
    import spacy

    try:
        if spacy.util.is_package(model):
            meta = spacy.util.get_model_meta(spacy.util.get_package_path(model))
        elif Path(model).is_dir():
            meta = spacy.util.get_model_meta(Path(model))
        else:
            raise OSError(model)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot find the spaCy pipeline {model!r}: install it (see requirements/model.txt) or "
                         f"pass --model") from exc
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"


@dataclass
class Spec:
    """What the output depends on, and where the inputs are; a worker rebuilds its reader from it."""

    units: list[Unit]
    columns: Columns
    shard_size: int
    model: str
    pipeline: str
    detector: str

    def config(self) -> dict:
        """The part that must match for a rerun to reuse shards (locations may move)."""
        return {
            "format": FORMAT,
            "claimkit": __version__,
            "detector": self.detector,
            "model": self.model,
            "pipeline": self.pipeline,
            "shard_size": self.shard_size,
            "columns": asdict(self.columns),
            "inputs": [{"name": u.name, "kind": u.kind, "split": u.split, "rows": u.rows, "fingerprint": u.fingerprint}
                       for u in self.units],
        }


@dataclass
class Status:
    """What the progress callback is told."""

    documents: int  # done, those of skipped shards included
    total: int
    shards_done: int
    shards: int
    skipped: int
    processed: int  # parsed by this run
    seconds: float

    @property
    def per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0


@dataclass
class CorpusResult:
    out: Path
    shards: int
    written: int
    skipped: int
    documents: int
    proposals: int
    seconds: float
    pipeline: str
    engine: str


class Output:
    """The output folder: its lock, its manifest and atomic shard files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest_path = folder / MANIFEST
        self._lock_fd: int | None = None

    def open(self, spec: Spec) -> dict:
        """Take the folder for this run; the manifest's finished shards, checked against ``spec``."""
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(f"--out {self.folder}: is a file; give a folder (new, or one this command wrote)")
        manifest = None
        if self.folder.is_dir():
            if self.manifest_path.is_file():
                try:
                    manifest = json.loads(self.manifest_path.read_text(encoding="utf-8"))
                    assert isinstance(manifest, dict) and isinstance(manifest.get("shards"), dict)
                except (OSError, ValueError, AssertionError):
                    raise CorpusError(f"{self.manifest_path}: not a manifest this command can read; remove the "
                                      f"folder or give a new --out") from None
            elif not self._fresh():
                raise UsageError(f"--out {self.folder}: exists and holds files but no {MANIFEST}, so it is not "
                                 f"a corpus output; give a new or empty folder")
        try:
            for config in CONFIGS:
                (self.folder / config).mkdir(parents=True, exist_ok=True)
            self._lock()
        except OSError as exc:
            raise CorpusError(f"--out {self.folder}: cannot write there: {exc.strerror or exc}") from None
        if manifest is not None and manifest.get("config") != spec.config():
            self.close()
            old, new = manifest.get("config") or {}, spec.config()
            what = ", ".join(k for k in new if old.get(k) != new[k]) or "its format"
            raise UsageError(f"--out {self.folder}: holds the output of another run (it differs in {what}); "
                             f"give a new --out, or remove the folder to start again")
        self._clean_temporary()
        return (manifest or {}).get("shards", {})

    def _fresh(self) -> bool:
        """Empty, or as a run killed before its first manifest left it (empty config folders)."""
        for entry in self.folder.iterdir():
            if entry.name == ".lock":
                continue
            if entry.name not in CONFIGS or not entry.is_dir():
                return False
            if any(not (p.name.startswith(".") and p.name.endswith(".tmp")) for p in entry.iterdir()):
                return False
        return True

    def _lock(self) -> None:
        import fcntl

        fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise CorpusError(f"--out {self.folder}: another `claimkit corpus extract` is writing it; wait for it "
                              f"or give another folder") from None
        self._lock_fd = fd

    def close(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    def _clean_temporary(self) -> None:
        # A run killed mid-write leaves atomic_write's temporary files (".<name>.<random>.tmp").
        for config in (".", *CONFIGS):
            for path in (self.folder / config).glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    path.unlink()

    def finished(self, shard: Shard, entry: dict | None) -> bool:
        """Whether a shard's files are on disk as the manifest recorded them."""
        if not entry:
            return False
        for rel, digest in entry.get("files", {}).items():
            path = self.folder / rel
            try:
                if sha256_hex(path.read_bytes()) != digest:
                    return False
            except OSError:
                return False
        return set(entry.get("files", {})) == {shard.file(c) for c in CONFIGS}

    def write(self, output: ShardOutput) -> dict:
        from .store import atomic_write

        mode = 0o666 & ~_umask()
        for rel, data in sorted(output.files.items()):
            path = self.folder / rel
            atomic_write(path, data)
            os.chmod(path, mode)  # atomic_write's temporary file is private (0600)
        return {"documents": output.documents, "proposals": output.proposals,
                "files": {rel: sha256_hex(data) for rel, data in sorted(output.files.items())}}

    def save_manifest(self, spec: Spec, shards: dict, complete: bool) -> None:
        from .store import atomic_write

        data = {"config": spec.config(), "locations": [u.location for u in spec.units], "complete": complete,
                "shards": dict(sorted(shards.items()))}
        atomic_write(self.manifest_path, (json.dumps(data, indent=2, sort_keys=False) + "\n").encode("utf-8"))
        os.chmod(self.manifest_path, 0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def extract_corpus(
    given: str,
    out: Path,
    *,
    columns: Columns | None = None,
    split: str | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    model: str | None = None,
    nlp=None,
    engine: str = "local",
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    address: str | None = None,
    progress: Progress | None = None,
    parallel: str = "shards",
) -> CorpusResult:
    """Run the detector over the corpus ``given`` (files, a glob, a dataset folder or name) into ``out``.

    ``parallel`` says how the local engine uses ``n_process`` processes: ``"shards"`` (a pool of
    workers, each extracting whole shards) or ``"pipe"`` (spaCy's ``nlp.pipe`` processes inside
    each shard; kept to measure the two against each other, see bench/RESULTS.md).
    """
    from .extract import DEFAULT_MODEL, pipeline_name

    for flag, value in (("--shard-size", shard_size), ("--n-process", n_process), ("--batch-size", batch_size)):
        if value < 1:
            raise UsageError(f"{flag} must be 1 or more, not {value}")
    if engine not in ("local", "ray"):
        raise UsageError(f"--engine {engine!r}: choose local or ray")
    if parallel not in ("shards", "pipe"):
        raise UsageError(f"parallel={parallel!r}: choose shards or pipe")
    if address is not None and engine != "ray":
        raise UsageError("--address is for --engine ray (the Ray cluster to run on)")
    columns = columns or Columns()
    model = model or DEFAULT_MODEL
    started = time.monotonic()
    units = resolve_inputs(given, split)
    survey(units, columns, shard_size)
    pipeline = pipeline_name(nlp) if nlp is not None else pipeline_meta(model)
    spec = Spec(units, columns, shard_size, model, pipeline, detector_digest())
    shards = plan_shards(units, shard_size)
    output = Output(Path(out))
    recorded = output.open(spec)
    try:
        done = {s.name: recorded[s.name] for s in shards if output.finished(s, recorded.get(s.name))}
        pending = [s for s in shards if s.name not in done]
        total = sum(u.rows for u in units)
        counter = {"documents": 0, "written": 0}
        before = sum(e["documents"] for e in done.values())
        skipped = len(done)
        output.save_manifest(spec, done, complete=not pending)

        def tell() -> None:
            if progress is not None:
                progress(Status(before + counter["documents"], total, len(done), len(shards), skipped,
                                counter["documents"], time.monotonic() - running))

        def finish(result: ShardOutput) -> None:
            done[result.shard] = output.write(result)
            counter["written"] += 1
            output.save_manifest(spec, done, complete=len(done) == len(shards))
            tell()

        running = time.monotonic()  # the rate counts parsing, not the survey of the inputs
        tell()
        if pending:
            if engine == "local":
                _run_local(spec, pending, nlp, n_process, batch_size, finish, counter, tell, pool=parallel == "shards")
            else:
                _run_ray(spec, pending, n_process, batch_size, address, finish, counter)
    finally:
        output.close()
    return CorpusResult(Path(out), len(shards), counter["written"], skipped, before + counter["documents"],
                        sum(e["proposals"] for e in done.values()), time.monotonic() - started, pipeline, engine)


def _run_local(spec: Spec, pending: list[Shard], nlp, n_process: int, batch_size: int,
               finish: Callable[[ShardOutput], None], counter: dict, tell: Callable[[], None], *, pool: bool = True) -> None:
    from .extract import load_pipeline, pipeline_name

    nlp = nlp or load_pipeline(spec.model)
    if pipeline_name(nlp) != spec.pipeline:
        raise CorpusError(f"the loaded pipeline is {pipeline_name(nlp)}, not {spec.pipeline}")
    reader = Reader(spec.units, spec.columns)
    last = [0.0]

    def on_document() -> None:
        counter["documents"] += 1
        now = time.monotonic()
        if now - last[0] >= 0.5:  # the bar is redrawn twice a second at most
            last[0] = now
            tell()

    if pool and n_process > 1 and len(pending) >= n_process:
        _run_pool(spec, pending, nlp, n_process, batch_size, finish, counter)
        return
    for result in extract_shards(nlp, reader, pending, n_process=n_process, batch_size=batch_size,
                                 on_document=on_document):
        finish(result)


# The shard worker of this process, when it is one of _run_pool's workers.
_POOL_WORKER: ShardWorker | None = None


def _pool_start(spec: Spec, batch_size: int, nlp) -> None:
    global _POOL_WORKER
    _POOL_WORKER = ShardWorker(spec, batch_size, nlp=nlp)


def _pool_shard(name: str) -> dict:
    assert _POOL_WORKER is not None, "a pool worker runs _pool_start first"
    return {key: values[0] for key, values in _POOL_WORKER({"shard": [name]}).items()}


def _run_pool(spec: Spec, pending: list[Shard], nlp, n_process: int, batch_size: int,
              finish: Callable[[ShardOutput], None], counter: dict) -> None:
    """Whole shards spread over ``n_process`` worker processes, each holding the pipeline for the
    whole run (inherited from this process where processes are forked, else loaded once)."""
    import multiprocessing

    forked = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forked else "spawn")
    # A forked worker shares the loaded pipeline; a spawned one must load its own.
    with context.Pool(n_process, initializer=_pool_start, initargs=(spec, batch_size, nlp if forked else None)) as pool:
        _collect(pool.imap(_pool_shard, [s.name for s in pending]), finish, counter)


# -- Ray -------------------------------------------------------------------------------------


def _ray(local: bool):
    """Import Ray, set so that a local instance listens on loopback only and reports nothing."""
    if local:
        # Ray binds its servers to the node's address; with clusters disabled it takes the
        # loopback address instead of the machine's network one. Read when Ray is imported,
        # and by the constant below when it was imported already.
        os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage report sent anywhere
    try:
        import ray
        import ray.data
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install 'claimkit[ray]'") from None
    if local:
        from ray._private import ray_constants

        ray_constants.ENABLE_RAY_CLUSTER = False
    return ray


class ShardWorker:
    """A Ray actor or a local pool's worker: loads the pipeline once (or takes the one given),
    then extracts whole shards (one per batch row)."""

    def __init__(self, spec: Spec, batch_size: int, nlp=None) -> None:
        from .extract import load_pipeline, pipeline_name

        self.spec = spec
        self.batch_size = batch_size
        self.nlp = nlp if nlp is not None else load_pipeline(spec.model)
        # A cluster node with another model or claimkit would write other shards: refuse.
        if pipeline_name(self.nlp) != spec.pipeline or detector_digest() != spec.detector:
            raise CorpusError(f"a Ray worker has {pipeline_name(self.nlp)} and detector {detector_digest()}, not "
                              f"{spec.pipeline} and {spec.detector}; install the same claimkit and model on every node")
        self.reader = Reader(spec.units, spec.columns)
        self.shards = {s.name: s for s in plan_shards(spec.units, spec.shard_size)}

    def __call__(self, batch: dict) -> dict:
        out: dict[str, list] = {"shard": [], "documents": [], "proposals": [], "files": [], "data": [], "error": []}
        for name in batch["shard"]:
            try:
                [o] = extract_shards(self.nlp, self.reader, [self.shards[str(name)]], batch_size=self.batch_size)
            except ClaimkitError as exc:
                # Returned as data: Ray passes a raised exception on only as text inside its own.
                o, error = ShardOutput(str(name), 0, 0, {}), f"{type(exc).__name__}\0{exc}"
            else:
                error = ""
            out["shard"].append(o.shard)
            out["documents"].append(o.documents)
            out["proposals"].append(o.proposals)
            out["files"].append(json.dumps(sorted(o.files)))
            out["data"].append(b"".join(len(d).to_bytes(8, "big") + d for _, d in sorted(o.files.items())))
            out["error"].append(error)
        return out


def _unpack(row: dict) -> ShardOutput:
    names, data, files, at = json.loads(row["files"]), bytes(row["data"]), {}, 0
    for name in names:
        n = int.from_bytes(data[at : at + 8], "big")
        files[name] = data[at + 8 : at + 8 + n]
        at += 8 + n
    return ShardOutput(str(row["shard"]), int(row["documents"]), int(row["proposals"]), files)


def _collect(rows, finish: Callable[[ShardOutput], None], counter: dict) -> None:
    """Write each shard a worker finished; then raise the first error a shard met, if any."""
    failed = []
    for row in rows:
        if row["error"]:
            failed.append(row["error"].split("\0", 1))
            continue  # the other shards are still finished and kept
        output = _unpack(row)
        counter["documents"] += output.documents
        finish(output)
    if failed:
        kind, message = min(failed, key=lambda f: f[1])
        raise (UsageError if kind == "UsageError" else CorpusError)(message)


def _run_ray(spec: Spec, pending: list[Shard], n_process: int, batch_size: int, address: str | None,
             finish: Callable[[ShardOutput], None], counter: dict) -> None:
    import logging

    ray = _ray(local=address is None)
    started_here = not ray.is_initialized()
    if started_here:
        if address is None:
            ray.init(num_cpus=n_process, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING,
                     configure_logging=False)
        else:
            ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING, configure_logging=False)
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)  # Ray Data logs every execution at INFO
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        workers = n_process if address is None else max(1, min(len(pending), int(ray.cluster_resources().get("CPU", 1))))
        ds = ray.data.from_items([{"shard": s.name} for s in pending], override_num_blocks=len(pending))
        # One shard per batch, so that shards spread over the actors; each actor loads the pipeline
        # once. A shard's output depends on its rows alone, so Ray may retry one anywhere.
        results = ds.map_batches(ShardWorker, fn_constructor_kwargs={"spec": spec, "batch_size": batch_size},
                                 batch_size=1, compute=ray.data.ActorPoolStrategy(size=min(workers, len(pending))),
                                 num_cpus=1)
        _collect(results.iter_rows(), finish, counter)
    finally:
        if started_here:
            ray.shutdown()


# -- from the corpus into the repository -----------------------------------------------------


@dataclass
class CorpusDocument:
    """One document of a corpus output, its text read back from the input and checked."""

    doc_id: str
    text: str
    url: str | None
    published: str | None
    regions: list[dict]
    proposals: list[dict]
    pipeline: str


def read_manifest(folder: Path) -> dict:
    path = Path(folder) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(manifest, dict) and "config" in manifest
        return manifest
    except FileNotFoundError:
        raise UsageError(f"--from-corpus {folder}: no {MANIFEST}; give a folder written by `claimkit corpus extract`") from None
    except (OSError, ValueError, AssertionError) as exc:
        raise CorpusError(f"{path}: not a manifest this command can read ({exc})") from None


def find_document(folder: Path, doc_id: str) -> CorpusDocument:
    """The document ``doc_id`` of a corpus output with its proposals and its text from the input."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    folder = Path(folder)
    manifest = read_manifest(folder)
    config = manifest["config"]
    found = []
    for name in sorted(manifest.get("shards", {})):
        table = pq.read_table(folder / "documents" / f"{name}.parquet")
        hits = table.filter(pc.equal(table["doc_id"], doc_id))
        found += [(name, r) for r in hits.to_pylist()]
    if not found:
        more = "" if manifest.get("complete") else " (the run has not finished: run `claimkit corpus extract` again)"
        raise UsageError(f"--doc {doc_id!r}: no such document in {folder}{more}")
    if len(found) > 1:
        raise UsageError(f"--doc {doc_id!r}: {len(found)} documents of the corpus have this id (rows "
                         f"{', '.join(str(r['input']) + ':' + str(r['row']) for _, r in found)}); ids must be unique to pick one")
    shard_name, document = found[0]
    table = pq.read_table(folder / "proposals" / f"{shard_name}.parquet")
    proposals = table.filter(pc.equal(table["doc_id"], doc_id)).to_pylist()
    units = [Unit(u["kind"], u["name"], location, u["rows"], u["fingerprint"], u["split"])
             for u, location in zip(config["inputs"], manifest["locations"])]
    index = next((i for i, u in enumerate(units) if u.name == document["input"]), None)
    if index is None:
        raise CorpusError(f"{folder / MANIFEST}: names no input {document['input']!r}")
    unit, shard_size = units[index], config["shard_size"]
    k = document["row"] // shard_size
    if unit.kind == "jsonl":
        _, _, unit.offsets = _survey_jsonl(unit.location, shard_size)
    shard = Shard(index, k, k * shard_size, min(unit.rows, (k + 1) * shard_size))
    try:
        rows = Reader(units, Columns(**config["columns"])).rows(shard)
    except CorpusError as exc:
        raise CorpusError(f"cannot read the document's text back from the input: {exc}") from None
    row = rows[document["row"] - shard.start]
    if row.doc_id != doc_id or sha256_hex(row.text.encode("utf-8")) != document["sha256"]:
        raise CorpusError(f"{unit.location}: row {document['row']} is no longer the text that was extracted "
                          f"(its sha256 differs); the input changed since `claimkit corpus extract`")
    return CorpusDocument(doc_id, row.text, document["url"], document["published"], document["regions"], proposals,
                          config["pipeline"])


def corpus_doc_id(corpus_id: str) -> str:
    """A repository doc_id for a corpus id: itself if it is one, else its words joined by hyphens."""
    from .models import MAX_DOC_ID, is_name

    if is_name(corpus_id) and len(corpus_id) <= MAX_DOC_ID:
        return corpus_id
    slug = re.sub(r"[^a-z0-9]+", "-", corpus_id.lower()).strip("-")[:MAX_DOC_ID].strip("-")
    if not slug:
        raise UsageError(f"--doc {corpus_id!r} gives no usable doc_id; pass --doc-id")
    return slug


@dataclass
class FromCorpus:
    ingest: IngestResult
    merge: DocumentResult
    corpus_id: str


def ingest_from_corpus(store, folder: Path, corpus_id: str, *, doc_id: str | None = None, now: datetime | None = None,
                       **options) -> FromCorpus:
    """Store a corpus document under sources/ and its proposals under claims/, as ingest and extract
    would have: the same text, regions, ids, clusters and records (no second parse)."""

    from .extract import ParsedText, Proposal, _merge, is_anchored
    from .ingest import ingest_text
    from .models import CLAIM_TYPES, Region, format_time

    found = find_document(folder, corpus_id)
    doc_id = doc_id or corpus_doc_id(corpus_id)
    given = {k: v for k, v in options.items() if v is not None}
    given.setdefault("url", found.url)
    given.setdefault("published", found.published)
    now = now or datetime.now(UTC)
    props = [Proposal(span=(p["span"]["start"], p["span"]["end"]), focus=(p["focus"]["start"], p["focus"]["end"]),
                      type=CLAIM_TYPES[p["type"]], value=value_record(p["value"]), score=p["check_worthiness"],
                      rule=p["rule"], key=p["key"], entities=p["entities"]) for p in found.proposals]
    regions = [Region(start=r["start"], end=r["end"], kind=r["kind"]) for r in found.regions]
    with store.lock():
        if store.has_document(doc_id):
            stale = [c.id for c in store.iter_claims(doc_id) if not is_anchored(c, found.text)]
            if stale:
                # Moving claims needs the parse, which the corpus does not keep: extract does it.
                raise UsageError(f"claims/{doc_id}/ holds claims that would need re-anchoring ({', '.join(stale[:3])}"
                                 f"{' …' if len(stale) > 3 else ''}); ingest the text and run `claimkit extract {doc_id}`")
        result = ingest_text(store, found.text, doc_id, now=now, read_as=f"corpus {Path(folder).name}", **given)
        # A fresh document has no claim to re-anchor, and neither has one whose claims all
        # still hold (checked above): the parse, which only re-anchoring reads, is not needed.
        merged = _merge(store, doc_id, found.text, ParsedText([]), props, regions, found.pipeline, format_time(now))
    return FromCorpus(result, merged, corpus_id)
