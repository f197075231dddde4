"""A source file is streamed into the project: the same bytes, size and SHA-256 as ``add_source`` stores."""

from __future__ import annotations

import hashlib
import os

from app import workflow


def test_streamed_source_is_the_file(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(os.urandom(9 * 1024 * 1024 + 17))
    project = workflow.new_project(tmp_path / "p.imila", "ARG", 2022)
    source_id = project.add_source_file(path.name, path, "csv", {"delimiter": ","})
    small = tmp_path / "small.csv"
    small.write_bytes(b"a,b\n1,2\n")
    small_id = project.add_source_file(small.name, small, "csv")
    for sid, p in ((source_id, path), (small_id, small)):
        data = p.read_bytes()
        src = project.source(sid)
        assert project.source_content(sid) == data
        assert (src["size"], src["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())
    assert project.source(source_id)["settings"] == {"delimiter": ","}
    project.close()
