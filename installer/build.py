"""Build the offline bundle of IMILA Desk for this platform, prove it works, and package it.

    .venv/bin/python installer/build.py               # build, check, self-test, archive
    .venv/bin/python installer/build.py --no-archive  # build, check and self-test only
    .venv/bin/python installer/build.py --quick       # build only (no checks, no self-test)

Steps:

1. Compile the translations (tools/i18n.py --release) and build the demo
   project (tools/build_demo.py) so the bundle never carries stale ones.
2. Draw the program icon from resources/icons/app.svg (PNG, and ICO on Windows).
3. Run PyInstaller on installer/imila_desk.spec: a one-folder bundle in
   dist/imila-desk/ (``--dist`` to put it elsewhere).
4. On Linux, check that every library in the bundle finds what it links to:
   a library the spec left out by mistake fails the build; a system library
   missing on this machine is reported.
5. Print the bundle's size and its largest parts.
6. Run ``imila-desk --self-test`` from the bundle (offscreen, with a
   throw-away profile) and start the GUI offscreen until its window is
   painted (``--startup-bench``); either failing fails the build.
7. Archive: on Linux a .tar.gz with the .desktop file and install.sh; on
   Windows a portable .zip and, when Inno Setup's ISCC is found, the installer
   (installer/imila_desk.iss).

Exit status 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
NAME = "imila-desk"
IS_WINDOWS = sys.platform.startswith("win")
EXE_NAME = NAME + (".exe" if IS_WINDOWS else "")
ISCC_CANDIDATES = (
    r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
    r"C:\Program Files\Inno Setup 6\ISCC.exe",
)


class BuildFailed(Exception):
    pass


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def platform_tag() -> str:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"{system}-{machine}"


def run(args: list[str], **kwargs) -> None:
    result = subprocess.run(args, cwd=ROOT, **kwargs)
    if result.returncode != 0:
        raise BuildFailed(f"{' '.join(map(str, args))} exited with {result.returncode}")


# -- 1, 2: inputs --------------------------------------------------------------------------------

def prepare_resources() -> None:
    run([sys.executable, "tools/i18n.py", "--release"])
    demo_builder = ROOT / "tools" / "build_demo.py"
    if demo_builder.is_file():
        run([sys.executable, str(demo_builder)])
    if not (ROOT / "resources" / "demo" / "demo.imila").is_file():
        say("WARNING: resources/demo/demo.imila is missing: the bundle will open without the demo project")


def draw_icons(folder: Path) -> None:
    """The program icon as PNG (Linux .desktop, window) and ICO (Windows executable and installer)."""
    folder.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "app = QGuiApplication([])\n"
        "icon = QIcon(sys.argv[1])\n"
        "ok = icon.pixmap(256, 256).save(sys.argv[2], 'PNG')\n"
        "ok = ok and (len(sys.argv) < 4 or icon.pixmap(256, 256).toImage().save(sys.argv[3], 'ICO'))\n"
        "sys.exit(0 if ok else 1)\n"
    )
    args = [sys.executable, "-c", code, str(ROOT / "resources" / "icons" / "app.svg"), str(folder / f"{NAME}.png")]
    if IS_WINDOWS:
        args.append(str(folder / f"{NAME}.ico"))
    run(args, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


# -- 3: PyInstaller ------------------------------------------------------------------------------

def pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        args.append("--clean")
    run([*args, str(INSTALLER / "imila_desk.spec")])
    bundle = dist / NAME
    if not (bundle / EXE_NAME).is_file():
        raise BuildFailed(f"PyInstaller wrote no {bundle / EXE_NAME}")
    return bundle


# -- 4: libraries --------------------------------------------------------------------------------

def check_libraries(bundle: Path) -> None:
    """Linux: every shared library in the bundle resolves its dependencies."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing: dict[str, set[str]] = {}
    libraries = [p for p in bundle.rglob("*") if p.is_file() and ".so" in p.name]
    for path in libraries:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(bundle)))
    if not missing:
        say(f"libraries: all {len(libraries)} resolve their dependencies")
        return
    shipped = _site_packages_files()
    dropped = {name: users for name, users in missing.items() if name in shipped}
    for name, users in sorted(missing.items()):
        kind = "LEFT OUT BY THE SPEC" if name in dropped else "system library, not on this machine"
        say(f"libraries: {name} missing ({kind}), needed by {', '.join(sorted(users)[:3])}")
    if dropped:
        raise BuildFailed("the spec leaves out libraries the bundle needs: " + ", ".join(sorted(dropped)))


def _site_packages_files() -> set[str]:
    import sysconfig

    names: set[str] = set()
    for _, _, files in os.walk(sysconfig.get_paths()["purelib"]):
        names.update(files)
    return names


# -- 5: size -------------------------------------------------------------------------------------

MIB = 1024 * 1024


def size_of(path: Path) -> int:
    """Bytes in ``path`` (a file or a folder), symbolic links not followed nor counted twice."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def report_size(bundle: Path) -> int:
    total = size_of(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    internal = bundle / "_internal"
    parts = sorted(((size_of(child), child.name) for child in internal.iterdir()), reverse=True) if internal.is_dir() else []
    say("largest parts: " + ", ".join(f"{name} {size / MIB:.1f}" for size, name in parts[:10]) + " (MiB)")
    say(f"bundle {bundle}: {total / MIB:.1f} MiB in {files} files")
    return total


# -- 6: self-test and GUI ------------------------------------------------------------------------

def _isolated_env(profile: Path) -> dict[str, str]:
    """Offscreen, and every user folder in ``profile``: the build never touches the builder's settings."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IMILA_DESK_HOME": str(profile / "home")}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        env[var] = str(profile / var.lower())
    return env


def _run_bundle(exe: Path, args: list[str], env: dict[str, str], timeout: int) -> tuple[int, str]:
    """Run the bundled program, echoing its output; returns (exit status, output)."""
    lines = []
    process = subprocess.Popen([str(exe), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, encoding="utf-8", errors="replace")
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        print("    " + line.rstrip(), flush=True)
        if time.monotonic() > deadline:
            process.kill()
            break
    try:
        status = process.wait(timeout=max(1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        process.kill()
        status = -9
    return status, "".join(lines)


def self_test(bundle: Path) -> None:
    exe = bundle / EXE_NAME
    with tempfile.TemporaryDirectory(prefix="imila-build-") as profile:
        say(f"{exe.name} --self-test")
        status, out = _run_bundle(exe, ["--self-test"], _isolated_env(Path(profile)), timeout=600)
        if status != 0 or "OK self-test" not in out:
            raise BuildFailed(f"the bundle's self-test failed (exit status {status})")
        say(f"{exe.name} --startup-bench (the GUI, offscreen)")
        started = time.monotonic()
        status, out = _run_bundle(exe, ["--startup-bench"], _isolated_env(Path(profile)), timeout=120)
        if status != 0 or "IMILA_READY" not in out:
            raise BuildFailed(f"the bundle's GUI did not start (exit status {status})")
        say(f"GUI painted its window and quit in {time.monotonic() - started:.1f} s")


# -- 7: archives ---------------------------------------------------------------------------------

def archive_linux(bundle: Path, icons: Path, dist: Path, name: str) -> Path:
    for source in (INSTALLER / "linux" / f"{NAME}.desktop", INSTALLER / "linux" / "install.sh", icons / f"{NAME}.png"):
        shutil.copy2(source, bundle / source.name)
    (bundle / "install.sh").chmod(0o755)
    target = dist / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
    return target


def archive_windows(bundle: Path, dist: Path, name: str) -> list[Path]:
    made = []
    portable = dist / f"{name}-portable.zip"
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(bundle.rglob("*")):
            archive.write(path, f"{name}/{path.relative_to(bundle).as_posix()}")
        archive.writestr(f"{name}/portable", "Settings and mapping memory live in the data folder beside this file.\n")
    made.append(portable)
    iscc = shutil.which("iscc") or next((c for c in ISCC_CANDIDATES if Path(c).is_file()), None)
    if iscc is None:
        say("Inno Setup (ISCC.exe) not found: no installer; install Inno Setup 6 to build it")
        return made
    run([iscc, "/Q", f"/DAppVersion={version()}", f"/DBundleDir={bundle}", f"/DOutputDir={dist}",
         f"/DIconFile={ROOT / 'build' / 'icons' / (NAME + '.ico')}", str(INSTALLER / "imila_desk.iss")])
    made.append(dist / f"{NAME}-{version()}-setup.exe")
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-archive", action="store_true", help="skip the tarball / zip / installer")
    parser.add_argument("--quick", action="store_true", help="build only: no library check, self-test or archive")
    args = parser.parse_args(argv)
    started = time.monotonic()
    dist = args.dist.resolve()
    try:
        prepare_resources()
        icons = ROOT / "build" / "icons"
        draw_icons(icons)
        say(f"PyInstaller {INSTALLER.name}/imila_desk.spec -> {dist / NAME}")
        bundle = pyinstaller(dist, args.work.resolve(), args.clean)
        say(f"bundle built in {time.monotonic() - started:.0f} s")
        if not args.quick:
            check_libraries(bundle)
        size = report_size(bundle)
        if not args.quick:
            self_test(bundle)
        if not (args.quick or args.no_archive):
            name = f"{NAME}-{version()}-{platform_tag()}"
            made = archive_windows(bundle, dist, name) if IS_WINDOWS else [archive_linux(bundle, icons, dist, name)]
            for path in made:
                say(f"archive {path}: {path.stat().st_size / MIB:.1f} MiB")
    except BuildFailed as exc:
        say(f"FAILED: {exc}")
        return 1
    say(f"done in {time.monotonic() - started:.0f} s; bundle {size / MIB:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
