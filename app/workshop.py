"""Workshop (training) mode: exercises on the fictional census, with checklists that tick themselves.

Qt-free. An exercise is defined in ``resources/workshop/<id>/exercise.json``:
its title, summary and step-by-step instructions in Spanish, English,
Portuguese and French, the files handed to the trainee (``files/``), how its
starting project is made, and its checklist. Each checklist item carries a
machine-checkable condition evaluated on the project file alone, so the
checklist is right whoever changed the project (GUI, CLI, a script)::

    {"type": "observations", "table": "T00", "min": 1}
    {"type": "value", "table": "T00", "codes": {"NATIVITY": "F"}, "equals": 230375}   # other dimensions at _T
    {"type": "source_file", "file": "files/x.xlsx", "replaces": "demo/y.xlsx", "mapped": true}
    {"type": "label_code", "source": "x.xlsx", "dimension": "COB", "label": "Perú", "code": "604"}
    {"type": "no_finding", "rule": "ADD-002"}            # also "rule_prefix": "ADD", "severity": "error", "cob": "332",
                                                         # "table": "T11" (false while that table has no cell)
    {"type": "explained", "rule": "PLA-001", "cob": "332", "min_chars": 20}
    {"type": "ready_to_export"}                          # data, no error, every warning explained
    {"type": "export_recorded"}
    {"type": "export_verified"}                          # the package file is found, unchanged, and verifies

Conditions on findings run the checks afresh on the project's observations
(nothing is written to the project); a project without observations never
satisfies them. An item marked ``"given": true`` is already true at the start
(it says what the exercise takes for granted).

Starting projects are built by ``build_start`` from the exercise's ``start``
section (metadata, sources with their recipes and label overrides,
explanations already written). ``tools/build_workshop.py`` (run by the set-up)
prebuilds them as ``resources/workshop/<id>/start.imila``; when the prebuilt
file is missing or older than the definition, ``start_exercise`` builds the
project on demand (well under two seconds).

A participant's attempts live in a folder (``default_folder()``: the user's
data folder, ``workshop/``), one sub-folder per exercise holding the project
``<id>.imila``, the files of the exercise, and ``workshop.json`` (which
exercise, when started). ``progress_summary`` / ``export_progress`` report
what was done for the trainer.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from app.errors import ImilaError
from app.export.spreadsheet import CsvWriter
from app.resources import resource_path

LANGUAGES = ("es", "en", "pt", "fr")
MARKER = "workshop.json"
START_FILE = "start.imila"
TRAINER = "trainer"
CONDITION_TYPES = (
    "observations", "value", "source_file", "label_code", "no_finding", "explained",
    "ready_to_export", "export_recorded", "export_verified",
)


class WorkshopError(ImilaError):
    """An exercise cannot be started, reset or reported (unknown id, folder in use)."""

    key = "workshop.error"


def _pick(texts: dict[str, Any], lang: str):
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    labels: dict[str, str]
    condition: dict[str, Any]
    given: bool = False

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class Exercise:
    id: str
    order: int
    minutes: int
    titles: dict[str, str]
    summaries: dict[str, str]
    instructions: dict[str, list[str]]
    files: tuple[str, ...]
    start: dict[str, Any]
    items: tuple[ChecklistItem, ...]
    folder: Path = field(compare=False)

    def title(self, lang: str = "en") -> str:
        return _pick(self.titles, lang)

    def summary(self, lang: str = "en") -> str:
        return _pick(self.summaries, lang)

    def steps(self, lang: str = "en") -> list[str]:
        return list(_pick(self.instructions, lang))

    def file_paths(self) -> list[Path]:
        """The files handed to the trainee, in the bundled resources."""
        return [self.folder / name for name in self.files]

    @property
    def project_name(self) -> str:
        return f"{self.id}.imila"


# -- definitions ---------------------------------------------------------------

def workshop_dir() -> Path:
    return resource_path("workshop")


def _load_exercise(path: Path) -> Exercise:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = tuple(
        ChecklistItem(item["id"], dict(item["label"]), dict(item["condition"]), bool(item.get("given", False)))
        for item in data["checklist"]
    )
    return Exercise(
        id=data["id"],
        order=int(data.get("order", 99)),
        minutes=int(data.get("minutes", 15)),
        titles=dict(data["title"]),
        summaries=dict(data.get("summary", {})),
        instructions={k: list(v) for k, v in data["instructions"].items()},
        files=tuple(data.get("files", [])),
        start=dict(data.get("start", {})),
        items=items,
        folder=path.parent,
    )


@lru_cache(maxsize=1)
def _exercises() -> tuple[Exercise, ...]:
    found = [_load_exercise(p) for p in sorted(workshop_dir().glob("*/exercise.json"))]
    return tuple(sorted(found, key=lambda e: (e.order, e.id)))


def exercises() -> list[Exercise]:
    """Every exercise, in the order a workshop takes them."""
    return list(_exercises())


def exercise(exercise_id: str) -> Exercise:
    for item in _exercises():
        if item.id == exercise_id:
            return item
    raise WorkshopError("workshop.unknown_exercise", exercise=exercise_id)


def default_folder() -> Path:
    """Where a participant's attempts live unless the trainer chooses another folder."""
    from app.paths import user_data_dir

    return user_data_dir() / "workshop"


# -- starting projects -----------------------------------------------------------

def _resource(relative: str) -> Path:
    """A file named relative to the bundled resources ("demo/x.xlsx", "workshop/census/y.csv")."""
    return resource_path(relative)


def _merge_labels(recipe: dict, overrides: dict[str, dict[str, str]]) -> dict:
    recipe = json.loads(json.dumps(recipe))
    for source_dim, labels in (overrides or {}).items():
        recipe.setdefault("labels", {}).setdefault(source_dim, {}).update(labels)
    return recipe


def _finding_matches(finding, rule: str | None = None, rule_prefix: str | None = None,
                     severity: str | None = None, cob: str | None = None, table: str | None = None) -> bool:
    if rule and finding.rule != rule:
        return False
    if rule_prefix and not finding.rule.startswith(rule_prefix):
        return False
    if severity and finding.severity != severity:
        return False
    if table and finding.table_id != table:
        return False
    if cob is not None and not any(c.get("COB") == cob for c in finding.cells or []):
        return False
    return True


def build_start(exercise_id: str, target: str | Path) -> Path:
    """Build the starting project of an exercise at ``target`` (replacing it) and return its path.

    The ``start`` section says how: ``metadata`` (a resource file or a dict),
    ``imports`` (each a source ``file`` with its ``recipe`` and optional
    ``labels`` overrides, imported with the recipe, no mapping memory), and
    ``explanations`` already written (a finding picked by ``rule``/``cob``).
    The checks run last, so the project opens with its findings listed.
    """
    from app.store.project import Project
    from app.workflow import check_project, import_file

    item = exercise(exercise_id)
    spec = item.start
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    metadata = spec.get("metadata", {})
    if isinstance(metadata, str):
        metadata = json.loads(_resource(metadata).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="imila-workshop-") as folder:
        tmp = Path(folder) / item.project_name
        project = Project.create(tmp, dict(metadata))
        try:
            for entry in spec.get("imports", []):
                recipe = None
                if entry.get("recipe"):
                    recipe = json.loads(_resource(entry["recipe"]).read_text(encoding="utf-8"))
                    recipe = _merge_labels(recipe, entry.get("labels", {}))
                summary = import_file(project, _resource(entry["file"]), recipe=recipe, memory=False)
                if summary.unresolved:
                    raise WorkshopError("workshop.build_failed", exercise=exercise_id,
                                        detail=f"{entry['file']}: {summary.unresolved}")
            findings = check_project(project)
            for note in spec.get("explanations", []):
                match = [f for f in findings if _finding_matches(f, note.get("rule"), cob=note.get("cob"))]
                if not match:
                    raise WorkshopError("workshop.build_failed", exercise=exercise_id,
                                        detail=f"no finding {note.get('rule')} to explain")
                project.explain(match[0].key, note["text"], note.get("author", TRAINER))
            project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            project.close()
        tmp_copy = target.with_name(target.name + ".part")
        shutil.copyfile(tmp, tmp_copy)
        _remove_project_files(target)
        tmp_copy.replace(target)
    return target


def _remove_project_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def prebuilt_start(exercise_id: str) -> Path | None:
    """The prebuilt starting project, when it exists and is not older than the exercise's definition."""
    item = exercise(exercise_id)
    path = item.folder / START_FILE
    definition = item.folder / "exercise.json"
    try:
        if path.is_file() and path.stat().st_mtime >= definition.stat().st_mtime:
            return path
    except OSError:
        pass
    return None


def exercise_folder(exercise_id: str, folder: str | Path | None = None) -> Path:
    return Path(folder or default_folder()) / exercise(exercise_id).id


def exercise_project(exercise_id: str, folder: str | Path | None = None) -> Path | None:
    """The participant's project of an exercise, or None when it was not started."""
    path = exercise_folder(exercise_id, folder) / exercise(exercise_id).project_name
    return path if path.is_file() else None


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def start_exercise(exercise_id: str, folder: str | Path | None = None) -> Path:
    """Set up an exercise in the participant's ``folder`` and return the path of its project.

    An exercise already started is left as it is (the trainee carries on
    where they stopped); ``reset_exercise`` starts it over.
    """
    from app import __version__

    item = exercise(exercise_id)
    where = exercise_folder(exercise_id, folder)
    project = where / item.project_name
    if project.is_file() and (where / MARKER).is_file():
        return project
    try:
        where.mkdir(parents=True, exist_ok=True)
        for source in item.file_paths():
            shutil.copyfile(source, where / source.name)
        prebuilt = prebuilt_start(exercise_id)
        if prebuilt is not None:
            part = project.with_name(project.name + ".part")
            shutil.copyfile(prebuilt, part)
            _remove_project_files(project)
            part.replace(project)
        else:
            build_start(exercise_id, project)
        marker = {"exercise": item.id, "started_at": _now(), "app_version": __version__}
        (where / MARKER).write_text(json.dumps(marker, indent=1), encoding="utf-8")
    except OSError as exc:
        raise WorkshopError("workshop.cannot_start", exercise=item.id, folder=str(where), detail=str(exc)) from exc
    return project


def reset_exercise(exercise_id: str, folder: str | Path | None = None) -> Path:
    """Throw the attempt away and start the exercise again; returns the project path.

    Only a folder this module made (it holds ``workshop.json``) is removed.
    Close the project first: an open file cannot be removed on Windows.
    """
    where = exercise_folder(exercise_id, folder)
    if where.exists():
        if not (where / MARKER).is_file():
            raise WorkshopError("workshop.not_exercise_folder", folder=str(where))
        try:
            shutil.rmtree(where)
        except OSError as exc:
            raise WorkshopError("workshop.reset_failed", exercise=exercise_id, folder=str(where), detail=str(exc)) from exc
    return start_exercise(exercise_id, folder)


def exercise_for_project(project_path: str | Path) -> str | None:
    """The exercise whose project this is (the GUI shows its checklist), or None for an ordinary project."""
    path = Path(project_path)
    try:
        marker = json.loads((path.parent / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    exercise_id = marker.get("exercise")
    try:
        item = exercise(exercise_id)
    except WorkshopError:
        return None
    return item.id if path.name == item.project_name else None


# -- the checklist -----------------------------------------------------------------

class _State:
    """What the conditions look at, read from the project once per evaluation."""

    def __init__(self, project, item: Exercise, search: Iterable[str | Path]):
        self.project = project
        self.exercise = item
        self.search = [Path(p) for p in search]
        self._frame = None
        self._findings = None
        self._sources = None

    @property
    def frame(self):
        if self._frame is None:
            self._frame = self.project.observations()
        return self._frame

    @property
    def has_data(self) -> bool:
        return self.project.observation_count() > 0

    @property
    def findings(self):
        if self._findings is None:
            from app.checks import run_checks

            self._findings = run_checks(self.frame, self.project.metadata()) if self.has_data else []
        return self._findings

    @property
    def sources(self):
        if self._sources is None:
            self._sources = self.project.sources()
        return self._sources


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _exercise_file(item: Exercise, name: str) -> Path:
    """A file of the exercise ("files/x.xlsx") or of the resources ("demo/x.xlsx")."""
    own = item.folder / name
    return own if own.is_file() else _resource(name)


def _c_observations(state: _State, cond: dict) -> bool:
    table = cond.get("table")
    frame = state.frame
    count = int((frame["table_id"] == table).sum()) if table else len(frame)
    return count >= int(cond.get("min", 1))


def _c_value(state: _State, cond: dict) -> bool:
    from app.models.schema import load_schema

    table = cond["table"]
    frame = state.frame
    frame = frame[frame["table_id"] == table]
    codes = dict(cond.get("codes", {}))
    for dim in load_schema().tables[table].dimensions:
        frame = frame[frame[dim] == codes.get(dim, "_T")]
    frame = frame[frame["kind"] == ""]
    if len(frame) != 1 or frame["value"].isna().any():
        return False
    return abs(float(frame["value"].iloc[0]) - float(cond["equals"])) <= float(cond.get("tolerance", 0))


def _c_source_file(state: _State, cond: dict) -> bool:
    wanted = _sha256(_exercise_file(state.exercise, cond["file"]))
    present = [s for s in state.sources if s["sha256"] == wanted]
    if not present:
        return False
    if cond.get("mapped") and not any(s["observations"] > 0 for s in present):
        return False
    if cond.get("replaces"):
        old = _sha256(_exercise_file(state.exercise, cond["replaces"]))
        if any(s["sha256"] == old for s in state.sources):
            return False
    return True


def _latest_recipes(project, source_name: str) -> list[dict]:
    """The recipes now in force for the (latest) source of that file name: the latest mapping per table."""
    ids = [s["id"] for s in project.sources() if s["name"] == source_name]
    if not ids:
        return []
    latest: dict[str, dict] = {}
    for mapping in project.mappings():
        if mapping["source_id"] == ids[-1]:
            latest[mapping["recipe"].get("table", "")] = mapping["recipe"]
    return list(latest.values())


def _c_label_code(state: _State, cond: dict) -> bool:
    recipes = _latest_recipes(state.project, cond["source"])
    if not recipes:
        return False
    for recipe in recipes:
        for source_dim, target in recipe.get("bindings", {}).items():
            if target != cond["dimension"]:
                continue
            if recipe.get("labels", {}).get(source_dim, {}).get(cond["label"]) != cond["code"]:
                return False
    return any(cond["dimension"] in r.get("bindings", {}).values() for r in recipes)


def _c_no_finding(state: _State, cond: dict) -> bool:
    if not state.has_data:
        return False
    if cond.get("table") and not (state.frame["table_id"] == cond["table"]).any():
        return False  # nothing of that table to be free of findings yet
    keys = ("rule", "rule_prefix", "severity", "cob", "table")
    return not any(_finding_matches(f, **{k: cond.get(k) for k in keys}) for f in state.findings)


def _active_explanations(state: _State) -> dict[str, dict]:
    from app.checks import active_explanations

    return active_explanations(state.project, state.findings)


def _c_explained(state: _State, cond: dict) -> bool:
    matching = [f for f in state.findings if _finding_matches(f, cond.get("rule"), cob=cond.get("cob"))]
    if not matching:
        return False
    active = _active_explanations(state)
    minimum = int(cond.get("min_chars", 20))
    return all(len((active.get(f.key) or {}).get("text", "").strip()) >= minimum for f in matching)


def _c_ready_to_export(state: _State, cond: dict) -> bool:
    if not state.has_data:
        return False
    active = _active_explanations(state)
    return not any(f.severity == "error" or (f.severity == "warning" and f.key not in active) for f in state.findings)


def _c_export_recorded(state: _State, cond: dict) -> bool:
    return bool(state.project.exports())


_VERIFIED: dict[tuple, bool] = {}


def find_package(project_path: str | Path, filename: str, sha256: str, search: Iterable[str | Path] = ()) -> Path | None:
    """The package file an export recorded: by name, under the project's folder or ``search``, unchanged."""
    roots = [Path(project_path).parent, *[Path(p) for p in search]]
    for root in roots:
        candidates = [root / filename, *sorted(root.glob(f"*/{filename}")), *sorted(root.glob(f"*/*/{filename}"))]
        for candidate in candidates:
            try:
                if candidate.is_file() and _sha256(candidate) == sha256:
                    return candidate
            except OSError:
                continue
    return None


def _c_export_verified(state: _State, cond: dict) -> bool:
    from app.workflow import verify_package

    for record in reversed(state.project.exports()):
        path = find_package(state.project.path, record["filename"], record["sha256"], state.search)
        if path is None:
            continue
        key = (str(path), record["sha256"])
        if key not in _VERIFIED:
            try:
                _VERIFIED[key] = bool(verify_package(path).ok)
            except ImilaError:
                _VERIFIED[key] = False
        if _VERIFIED[key]:
            return True
    return False


_CONDITIONS = {
    "observations": _c_observations,
    "value": _c_value,
    "source_file": _c_source_file,
    "label_code": _c_label_code,
    "no_finding": _c_no_finding,
    "explained": _c_explained,
    "ready_to_export": _c_ready_to_export,
    "export_recorded": _c_export_recorded,
    "export_verified": _c_export_verified,
}


def checklist(project, exercise_id: str, *, search: Iterable[str | Path] = ()) -> list[tuple[ChecklistItem, bool]]:
    """Each checklist item of the exercise with whether the project satisfies it now.

    ``project`` is an open ``Project`` (the GUI's; nothing is written to it)
    or the path of a project file. ``search`` adds folders where an exported
    package may have been written (the project's folder and its sub-folders
    are always searched).
    """
    from app.store.project import Project

    item = exercise(exercise_id)
    opened = None
    if not isinstance(project, Project):
        opened = project = Project.open(project)
    try:
        state = _State(project, item, search)
        return [(entry, bool(_CONDITIONS[entry.condition["type"]](state, entry.condition))) for entry in item.items]
    finally:
        if opened is not None:
            opened.close()


def is_complete(results: list[tuple[ChecklistItem, bool]]) -> bool:
    return all(done for _, done in results)


# -- progress for the trainer -------------------------------------------------------

def _last_activity(project_path: Path) -> str | None:
    from app.store.project import Project

    with Project.open(project_path) as project:
        log = project.audit_log(limit=1)
    return log[0]["at"] if log else None


def progress_summary(folder: str | Path | None = None, participant: str = "", lang: str = "en") -> dict[str, Any]:
    """What a participant did: per exercise, started or not, checklist items done, when, and the app version."""
    from app import __version__

    folder = Path(folder or default_folder())
    rows = []
    for item in exercises():
        where = folder / item.id
        project = where / item.project_name
        row: dict[str, Any] = {
            "exercise": item.id, "title": item.title(lang), "started": False, "started_at": None,
            "last_activity": None, "items_total": len(item.items), "items_done": 0, "complete": False, "items": [],
        }
        if project.is_file():
            try:
                marker = json.loads((where / MARKER).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                marker = {}
            try:
                results = checklist(project, item.id, search=[where])
                row["last_activity"] = _last_activity(project)
            except ImilaError as exc:
                row["error"] = exc.message(lang)
                results = [(entry, False) for entry in item.items]
            row.update(
                started=True,
                started_at=marker.get("started_at"),
                items_done=sum(1 for _, done in results if done),
                complete=is_complete(results),
                items=[{"id": entry.id, "label": entry.label(lang), "done": done, "given": entry.given}
                       for entry, done in results],
            )
        rows.append(row)
    return {
        "participant": participant,
        "app_version": __version__,
        "generated_at": _now(),
        "folder": str(folder),
        "exercises_complete": sum(1 for r in rows if r["complete"]),
        "exercises_total": len(rows),
        "exercises": rows,
    }


CSV_COLUMNS = ("participant", "exercise", "title", "started", "items_done", "items_total", "complete",
               "started_at", "last_activity", "app_version", "generated_at")


def export_progress(folder: str | Path | None, path: str | Path, participant: str = "",
                    lang: str = "en") -> tuple[Path, Path]:
    """Write the progress summary as JSON at ``path`` and as CSV beside it (same name, ``.csv``).

    Returns (json path, csv path). The CSV has one row per exercise, UTF-8
    with a byte-order mark so that spreadsheet programs read the accents.
    """
    summary = progress_summary(folder, participant, lang)
    path = Path(path)
    json_path = path if path.suffix.lower() != ".csv" else path.with_suffix(".json")
    csv_path = json_path.with_suffix(".csv")
    try:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
        with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = CsvWriter(fh, lineterminator="\r\n")  # every text cell neutralised (a participant's name)
            writer.writerow(CSV_COLUMNS)
            for row in summary["exercises"]:
                writer.writerow([
                    participant, row["exercise"], row["title"], int(row["started"]), row["items_done"],
                    row["items_total"], int(row["complete"]), row["started_at"] or "", row["last_activity"] or "",
                    summary["app_version"], summary["generated_at"],
                ])
    except OSError as exc:
        raise WorkshopError("workshop.cannot_write", path=str(json_path), detail=str(exc)) from exc
    return json_path, csv_path


# -- the trainer's roll-up ----------------------------------------------------------

def _progress_files(paths: Iterable[str | Path]) -> list[Path]:
    """The progress files named, a folder standing for every ``*.json`` in it, each file once, in name order."""
    found: dict[Path, None] = {}
    for entry in paths:
        entry = Path(entry)
        if entry.is_dir():
            for child in sorted(entry.glob("*.json")):
                found[child.resolve()] = None
            for child in sorted(entry.glob("*.csv")):
                if not child.with_suffix(".json").is_file():
                    found[child.resolve()] = None
        elif entry.suffix.lower() == ".csv" and entry.with_suffix(".json").is_file():
            found[entry.with_suffix(".json").resolve()] = None  # the JSON twin says the same, with more
        else:
            found[entry.resolve()] = None
    return sorted(found, key=lambda p: (p.name.casefold(), str(p)))


def _read_progress_csv(path: Path) -> dict[str, Any]:
    """A progress CSV ``export_progress`` wrote, read back as its JSON twin would be."""
    from app.export.spreadsheet import restore

    with path.open(encoding="utf-8-sig", newline="") as fh:
        records = [{k: restore(v) for k, v in row.items()} for row in csv.DictReader(fh)]
    if not records or "exercise" not in records[0]:
        raise ValueError("not a progress file")
    first = records[0]
    return {"participant": first.get("participant", ""), "app_version": first.get("app_version", ""),
            "generated_at": first.get("generated_at", ""),
            "exercises": [{"exercise": r["exercise"], "items_done": r.get("items_done") or 0,
                           "items_total": r.get("items_total") or 0, "complete": r.get("complete") == "1",
                           "started": r.get("started") == "1"} for r in records]}


def merge_progress(paths: Iterable[str | Path], lang: str = "en") -> dict[str, Any]:
    """The progress files of a workshop's participants as one table, for the trainer.

    ``paths``: the JSON files ``export_progress`` wrote (their CSV twin or a
    folder of them will do). Returns ``exercises`` [{id, title}] in the
    workshop's order, ``participants`` [{participant, file, app_version,
    generated_at, exercises_complete, exercises_total, items_done,
    items_total, by_exercise: {id: {items_done, items_total, complete,
    started}}}] in name order, ``totals`` per exercise (how many started and
    completed it), and ``problems``: files that could not be read, with why.
    A participant exported twice counts once, with the later export.
    """
    known = [{"id": item.id, "title": item.title(lang)} for item in exercises()]
    order = [e["id"] for e in known]
    rows: dict[str, dict[str, Any]] = {}
    problems = []
    for path in _progress_files(paths):
        try:
            data = _read_progress_csv(path) if path.suffix.lower() == ".csv" else \
                json.loads(path.read_text(encoding="utf-8-sig"))
            if not isinstance(data, dict) or not isinstance(data.get("exercises"), list):
                raise ValueError("not a progress file")
        except (OSError, ValueError) as exc:
            problems.append({"file": str(path), "problem": str(exc)})
            continue
        name = str(data.get("participant") or "").strip() or path.stem
        by_exercise = {}
        for entry in data["exercises"]:
            if isinstance(entry, dict) and entry.get("exercise"):
                by_exercise[str(entry["exercise"])] = {
                    "items_done": int(entry.get("items_done") or 0), "items_total": int(entry.get("items_total") or 0),
                    "complete": bool(entry.get("complete")), "started": bool(entry.get("started"))}
        for exercise_id in by_exercise:
            if exercise_id not in order:
                order.append(exercise_id)
                known.append({"id": exercise_id, "title": exercise_id})
        row = {
            "participant": name, "file": path.name, "app_version": str(data.get("app_version") or ""),
            "generated_at": str(data.get("generated_at") or ""),
            "exercises_complete": sum(1 for e in by_exercise.values() if e["complete"]),
            "exercises_total": len(known),
            "items_done": sum(e["items_done"] for e in by_exercise.values()),
            "items_total": sum(e["items_total"] for e in by_exercise.values()),
            "by_exercise": by_exercise,
        }
        previous = rows.get(name.casefold())
        if previous is None or row["generated_at"] >= previous["generated_at"]:
            rows[name.casefold()] = row
    participants = sorted(rows.values(), key=lambda r: r["participant"].casefold())
    for row in participants:
        row["exercises_total"] = len(known)
    totals = {e["id"]: {"started": sum(1 for r in participants if r["by_exercise"].get(e["id"], {}).get("started")),
                        "complete": sum(1 for r in participants if r["by_exercise"].get(e["id"], {}).get("complete"))}
              for e in known}
    return {"exercises": known, "participants": participants, "totals": totals, "problems": problems,
            "generated_at": _now()}


def rollup_table(rollup: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """The roll-up as a header and rows: participant, one "done/total" column per exercise, complete, items."""
    header = ["participant", *[e["id"] for e in rollup["exercises"]], "exercises_complete", "exercises_total",
              "items_done", "items_total", "app_version", "generated_at", "file"]
    rows = []
    for r in rollup["participants"]:
        cells = []
        for e in rollup["exercises"]:
            entry = r["by_exercise"].get(e["id"])
            cells.append(f"{entry['items_done']}/{entry['items_total']}" if entry and entry["started"] else "")
        rows.append([r["participant"], *cells, r["exercises_complete"], r["exercises_total"], r["items_done"],
                     r["items_total"], r["app_version"], r["generated_at"], r["file"]])
    return header, rows


def write_rollup(paths: Iterable[str | Path], out: str | Path, lang: str = "en") -> tuple[Path, dict[str, Any]]:
    """``merge_progress`` as a CSV table at ``out`` (UTF-8 with a byte-order mark), every text cell neutralised."""
    rollup = merge_progress(paths, lang)
    out = Path(out)
    header, rows = rollup_table(rollup)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = CsvWriter(fh, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(rows)
    except OSError as exc:
        raise WorkshopError("workshop.cannot_write", path=str(out), detail=str(exc)) from exc
    return out, rollup
