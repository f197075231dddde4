"""``imila-desk --self-test``: the whole workflow on the bundled demo census, headless.

Run by the bundle build on every fresh bundle, and by support staff on an
installed copy: it proves that this copy of the program finds its resources
(schema, messages, translations, babel's locale data, the demo) and can load
every module the workflow imports lazily, by doing what a user does. In a
temporary folder it creates a project, imports every demo source with its
recipe (``resources/demo/recipes/<source stem>.json``; a source without one
is imported with the suggested mapping; a microdata file whose recipe is a
tabulation or emigrant recipe is tabulated), checks, explains the warnings,
exports the submission package and verifies it; it also opens the bundled
demo project. It prints one line per step, ``OK <step> …`` or
``FAIL <step>: …``, and returns 0 only when every step passed.

The demo carries seeded errors, and errors block the export. The self-test
first makes sure the export is refused, then sets aside the sources whose
cells carry the errors and exports the rest.

Qt-free: the self-test must run where the GUI cannot.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from app.errors import ImilaError
from app.paths import HOME_VARIABLE

SOURCE_SUFFIXES = (".csv", ".xlsx", ".xls", ".ods", ".sav", ".dta")
LANGUAGES = ("es", "en", "pt", "fr")
# The census of the project when no demo project is bundled to take its metadata from.
FALLBACK_COUNTRY, FALLBACK_YEAR = "CHL", 2020
EXPLANATION = "Written by the self-test of the installation; not a real explanation."
AUTHOR = "self-test"


class StepFailed(Exception):
    """A step found something wrong (as opposed to crashing)."""


@dataclass
class SelfTest:
    workdir: Path
    write: Callable[[str], None] = print
    results: list[tuple[str, bool]] = field(default_factory=list)

    @contextmanager
    def step(self, name: str) -> Iterator[list[str]]:
        """Run one step; the body appends what it found to the yielded list, shown after ``OK <name>``."""
        said: list[str] = []
        try:
            yield said
        except StepFailed as exc:
            self._record(name, False, str(exc))
        except ImilaError as exc:
            self._record(name, False, exc.message("en"))
        except Exception as exc:  # noqa: BLE001 - a bug or a broken bundle: say which, keep going
            traceback.print_exc(file=sys.stderr)
            self._record(name, False, f"{type(exc).__name__}: {exc}")
        else:
            self._record(name, True, " ".join(said))

    def _record(self, name: str, ok: bool, text: str) -> None:
        self.results.append((name, ok))
        line = f"OK {name} {text}" if ok else f"FAIL {name}: {text}"
        self.write(line.rstrip())

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(ok for _, ok in self.results)


# -- steps -----------------------------------------------------------------

def demo_sources() -> list[tuple[Path, dict | None]]:
    """The bundled demo source files, each with its recipe (None when it has none)."""
    from app.resources import resource_path

    folder = resource_path("demo")
    recipes = resource_path("demo/recipes")
    found = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES:
            recipe_file = recipes / f"{path.stem}.json"
            recipe = json.loads(recipe_file.read_text(encoding="utf-8")) if recipe_file.is_file() else None
            found.append((path, recipe))
    return found


def check_resources(said: list[str]) -> None:
    """Schema, messages and number formats in every language (babel's locale data), compiled translations."""
    from app.models.messages import catalogue, format_number
    from app.models.schema import load_schema
    from app.resources import resource_path

    schema = load_schema()
    said.append(f"schema {schema.version} ({len(schema.tables)} tables),")
    if not catalogue():
        raise StepFailed("the message catalogue is empty (resources/i18n/messages)")
    numbers = {lang: format_number(1234567.5, lang) for lang in LANGUAGES}
    if len(set(numbers.values())) < 2:
        raise StepFailed(f"numbers are not formatted per language: {numbers}")
    missing = [f"app_{lang}.qm" for lang in LANGUAGES if not resource_path(f"i18n/app_{lang}.qm").is_file()]
    if missing:
        raise StepFailed("compiled translations missing: " + ", ".join(missing) + " (run tools/i18n.py --release)")
    said.append("messages and numbers in " + "/".join(LANGUAGES) + f" ({numbers['es']} / {numbers['en']}),")
    said.append(f"{len(LANGUAGES)} translations")


def open_bundled_demo(said: list[str], workdir: Path) -> dict | None:
    """Open a copy of the bundled demo project (the bundled file stays untouched); returns its metadata."""
    from app.resources import resource_path
    from app.workflow import check_project, open_project, project_info

    bundled = resource_path("demo/demo.imila")
    if not bundled.is_file():
        said.append("demo.imila is not bundled: skipped")
        return None
    copy = workdir / "demo-copy.imila"
    shutil.copyfile(bundled, copy)
    with open_project(copy) as project:
        info = project_info(project)
        findings = check_project(project)
    meta = info["metadata"]
    severities = [f.severity for f in findings]
    said.append(
        f"demo.imila: {meta.get('country_iso3')} {meta.get('census_year')}, {len(info['sources'])} sources, "
        f"{info['observations']} observations; {_counts(severities)}"
    )
    if not info["sources"] or not info["observations"]:
        raise StepFailed("the bundled demo project holds no data")
    return meta


def _counts(severities: list[str]) -> str:
    return ", ".join(f"{kind}s {severities.count(kind)}" for kind in ("error", "warning", "info"))


def _error_sources(project, errors) -> set[int]:
    """The sources whose observations carry the cells of ``errors``."""
    observations = project.observations()
    source_of = dict(zip(observations["id"].tolist(), observations["source_id"].tolist()))
    sources = set()
    for finding in errors:
        for cell in finding.cells:
            source = source_of.get(cell.get("obs_id"))
            if source is not None:
                sources.add(int(source))
    return sources


def _tamper(package: Path, target: Path) -> None:
    """A copy of ``package`` with one byte of ``metadata.json`` changed and the manifest left as it was."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "metadata.json":
                data = data.replace(b"{", b"{ ", 1)
            out.writestr(info, data)


def run(test: SelfTest) -> bool:
    from app import workflow
    from app.errors import ExportError
    from app.store.project import Project

    workdir = test.workdir
    with test.step("resources") as said:
        check_resources(said)

    demo_metadata = None
    with test.step("demo") as said:
        demo_metadata = open_bundled_demo(said, workdir)

    project = None
    with test.step("project") as said:
        path = workdir / "self-test.imila"
        if demo_metadata:  # the demo's fictional census, as tools/build_demo.py creates it
            project = Project.create(path, demo_metadata, overwrite=True)
        else:
            project = workflow.new_project(path, FALLBACK_COUNTRY, FALLBACK_YEAR, overwrite=True)
        meta = project.metadata()
        said.append(f"{path.name} ({meta['country_iso3']} {meta['census_year']})")
    if project is None:
        return test.passed

    from app.mapping import MappingMemory

    # A memory of its own: the user's memory neither steers the self-test nor learns from it.
    memory = MappingMemory(workdir / "mapping_memory.sqlite")
    try:
        with test.step("import") as said:
            sources = demo_sources()
            if not sources:
                raise StepFailed("no demo source files under resources/demo")
            said.append(f"{len(sources)} demo sources, {sum(1 for _, r in sources if r)} with a recipe")
        for path, recipe in sources:
            summary = None
            if recipe is not None and recipe.get("kind") in ("tabulation", "emigrants"):  # microdata: tabulated
                with test.step("tabulate") as said:
                    result = workflow.tabulate_microdata(project, path, recipe)
                    if not result.written:
                        raise StepFailed(f"{path.name}: no observations written")
                    tables = ", ".join(f"{t} {len(f)}" for t, f in result.tables.items())
                    said.append(f"{path.name}: {result.records} records -> {tables} observations "
                                f"(recipe {recipe.get('name', path.stem)})")
                continue
            with test.step("import") as said:
                if recipe is not None:
                    summary = workflow.import_file(project, path, recipe=recipe, memory=memory)
                else:
                    summary = workflow.import_file(project, path, auto=True, memory=memory)
                said.append(f"{path.name}: {summary.format}, " + "; ".join(summary.understood[:1]))
            if summary is None:
                continue
            with test.step("map") as said:
                if summary.unresolved:
                    labels = "; ".join(f"{dim}: {', '.join(labels[:5])}" for dim, labels in summary.unresolved.items())
                    raise StepFailed(f"{path.name}: labels without a code: {labels}")
                if not summary.tables or not sum(summary.tables.values()):
                    raise StepFailed(f"{path.name}: no observations written")
                how = "recipe " + str(recipe.get("name", path.stem)) if recipe else "suggested mapping"
                tables = ", ".join(f"{table} {count}" for table, count in summary.tables.items())
                said.append(f"{path.name} -> {tables} observations ({how})")

        findings = []
        with test.step("check") as said:
            started = time.perf_counter()
            findings = workflow.check_project(project)
            seconds = time.perf_counter() - started
            severities = [f.severity for f in findings]
            said.append(f"{project.observation_count()} observations in {seconds:.1f} s: {_counts(severities)};")
            _, unexplained = workflow.open_findings(project, findings)
            for finding in unexplained:
                project.explain(finding.key, EXPLANATION, AUTHOR)
            said.append(f"{len(unexplained)} warnings explained")

        package = None
        errors, unexplained = workflow.open_findings(project, findings)
        if errors:
            with test.step("export") as said:
                try:
                    workflow.export_package(project, workdir, lang="en")
                except ExportError:
                    pass
                else:
                    raise StepFailed(f"the package was written although {len(errors)} errors are open")
                said.append(f"refused while errors are open ({len(errors)}: {', '.join(sorted({f.rule for f in errors}))})")
        with test.step("export") as said:
            set_aside: list[str] = []
            for _ in range(len(project.sources())):
                if not errors:
                    break
                culprits = _error_sources(project, errors)
                if not culprits:
                    break
                for source_id in sorted(culprits):
                    set_aside.append(project.source(source_id)["name"])
                    project.delete_source(source_id)
                errors, unexplained = workflow.open_findings(project, workflow.check_project(project))
            if errors:
                raise StepFailed(f"{len(errors)} errors remain ({', '.join(sorted({f.rule for f in errors}))})")
            if not project.observation_count():
                raise StepFailed("no source is free of errors: nothing left to export")
            for finding in unexplained:  # new ones, if setting sources aside raised any
                project.explain(finding.key, EXPLANATION, AUTHOR)
            package = workflow.export_package(project, workdir, lang="en")
            with zipfile.ZipFile(package) as archive:
                files = len(archive.namelist())
            said.append(f"{package.name}: {files} files")
            if set_aside:
                said.append("(set aside for their seeded errors: " + ", ".join(set_aside) + ")")

        if package is not None:
            with test.step("verify") as said:
                report = workflow.verify_package(package)
                if not report.ok:
                    raise StepFailed(" | ".join(report.lines("en")))
                tampered = workdir / ("tampered-" + package.name)
                _tamper(package, tampered)
                if workflow.verify_package(tampered).ok:
                    raise StepFailed("a package with a changed file passed verification")
                said.append(f"{package.name}: {report.files} files, {report.observations} observations; "
                            "a tampered copy is refused")
    finally:
        memory.close()
        project.close()
    return test.passed


@contextmanager
def _isolated_profile(folder: Path) -> Iterator[None]:
    """Keep settings, mapping memory and logs of the self-test out of the user's profile."""
    previous = os.environ.get(HOME_VARIABLE)
    os.environ[HOME_VARIABLE] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(HOME_VARIABLE, None)
        else:
            os.environ[HOME_VARIABLE] = previous


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="imila-desk --self-test", description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="FOLDER", help="work in FOLDER and keep the project and package there")
    args = parser.parse_args([] if argv is None else argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a file name the console's code page cannot show
    started = time.perf_counter()

    def write(line: str) -> None:
        print(line, flush=True)

    with tempfile.TemporaryDirectory(prefix="imila-self-test-", ignore_cleanup_errors=True) as scratch:
        workdir = Path(args.keep) if args.keep else Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        test = SelfTest(workdir, write)
        with _isolated_profile(Path(scratch) / "profile"):
            passed = run(test)
    failed = sum(1 for _, ok in test.results if not ok)
    seconds = time.perf_counter() - started
    if passed:
        write(f"OK self-test: {len(test.results)} steps passed in {seconds:.1f} s")
        return 0
    write(f"FAIL self-test: {failed} of {len(test.results)} steps failed ({seconds:.1f} s)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
