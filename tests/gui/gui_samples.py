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


# A previous round of Argentina (2010) as a package: T01 by country of birth and sex.
STOCKS_2010 = {"600": (550_713, 0.57), "068": (345_272, 0.51), "152": (191_147, 0.55), "604": (157_514, 0.57),
               "858": (116_592, 0.54), "380": (147_499, 0.55), "862": (6_379, 0.53), "076": (41_330, 0.6),
               "724": (94_030, 0.55), "170": (17_576, 0.54)}


def previous_package(folder: Path, country: str = "ARG", year: int = 2010) -> Path:
    """The package of a previous census round, exported by IMILA Desk from a tidy T01."""
    from app import workflow

    lines = ["table,COB,SEX,AGE,value"]
    women_all = men_all = 0
    for cob, (total, share) in STOCKS_2010.items():
        women = round(total * share)
        women_all, men_all = women_all + women, men_all + total - women
        lines += [f"T01,{cob},_T,_T,{total}", f"T01,{cob},2,_T,{women}", f"T01,{cob},1,_T,{total - women}"]
    lines += [f"T01,_T,_T,_T,{women_all + men_all}", f"T01,_T,2,_T,{women_all}", f"T01,_T,1,_T,{men_all}"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "previous.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with workflow.new_project(folder / f"{country}-{year}.imila", country, year, nso="INDEC", contact_name="A",
                              reference_date=f"{year}-10-27") as project:
        workflow.import_tidy_csv(project, folder / "previous.csv")
        return workflow.export_package(project, folder, confirm_unexplained=True)
