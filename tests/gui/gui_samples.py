"""Small sample files shared by the GUI tests."""

from pathlib import Path


def write_long_csv(path: Path, consistent: bool = True) -> Path:
    """A small long CSV of IMILA codes (T01 by country of birth and sex)."""
    data = {"032": (30_000, 36_491), "068": (50_000, 57_346), "604": (90_000, 97_756), "724": (6_000, 6_000)}
    men = sum(m for m, _ in data.values())
    women = sum(w for _, w in data.values())
    data["_T"] = (men, women if consistent else women + 1_000)
    rows = ["table,COB,SEX,AGE,value"]
    for cob, (m, w) in data.items():
        rows += [f"T01,{cob},_T,_T,{m + w}", f"T01,{cob},1,_T,{m}", f"T01,{cob},2,_T,{w}"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path
