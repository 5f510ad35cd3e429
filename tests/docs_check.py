"""tests/docs_check.py: the documentation stands alone (docs.links, docs.zoo).

    python3 docs_check.py links <repository>   every relative link in every Markdown file
        (README.md, docs/**, tests/**/README.md, ...) reaches a file or directory of the
        repository, and its #anchor a heading of the target page (GitHub's anchors); no link,
        and no relative path written in any file (a comment's "../" path, a page's code span),
        leaves the repository or names a file that does not exist in it; a page named from the
        root in any file ("docs/sources.md#vgg" in a comment) exists, with that anchor.
    python3 docs_check.py zoo <repository>     the zoo as the documentation states it is the zoo
        of include/ctnn/models/zoo.hpp: every "N models" in README.md and docs/ is its length,
        docs/models.md lists exactly its types, spelled as in the code (each a struct of
        include/ctnn/models/), and docs/reference.md names every family header.
    python3 docs_check.py selftest              both checks on small trees written for the
        purpose: a correct one passes, and each kind of mistake is reported.

Prints one line per problem ("file:line: what") and exits 1 if there is any. Build trees (a
directory holding CMakeCache.txt), hidden directories and a top-level build/ are not read.
Standard library only: run by Debian's /usr/bin/python3 (tests/CMakeLists.txt)."""
import pathlib
import re
import sys
import tempfile
import urllib.parse

# ---- reading the repository ------------------------------------------------------------------


def repository_files(root):
    """Every file of the repository, as paths, skipping build trees and hidden directories."""
    found = []

    def walk(d):
        if (d / "CMakeCache.txt").exists():
            return
        for p in sorted(d.iterdir()):
            if p.name.startswith("."):
                continue
            if p.is_dir():
                if d == root and p.name == "build":
                    continue
                walk(p)
            elif p.is_file():
                found.append(p)

    walk(root)
    return found


def read_text(path):
    try:
        return path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None


FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")


def prose_lines(text, blank_code_spans=True):
    """(line number, line) of a Markdown text outside fenced code blocks, code spans blanked
    unless asked not to."""
    out = []
    fence = None
    for n, line in enumerate(text.split("\n"), 1):
        m = FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        if blank_code_spans:
            line = re.sub(r"(`+)(.+?)\1", lambda c: " " * len(c.group(0)), line)
        out.append((n, line))
    return out


# ---- GitHub's heading anchors -----------------------------------------------------------------


def slug(heading):
    """The anchor GitHub gives a heading: the rendered text in lower case, punctuation other
    than '-' and '_' removed, spaces as '-'."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # links and images: their text
    text = re.sub(r"<[^>]+>", "", text)  # inline HTML
    text = text.replace("`", "").strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(text):
    """Every anchor of a Markdown page: its headings' (with GitHub's -1, -2 for repeats) and
    explicit <a name> / id attributes."""
    found = set()
    seen = {}
    lines = prose_lines(text)
    previous = None
    for n, line in lines:
        heading = None
        m = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            heading = m.group(1)
        elif previous and previous[0] == n - 1 and previous[1].strip() and \
                re.match(r"^\s{0,3}(=+|-+)\s*$", line) and not previous[1].lstrip().startswith(("|", "-", "*")):
            heading = previous[1].strip()
        if heading is not None:
            s = slug(heading)
            k = seen.get(s, 0)
            seen[s] = k + 1
            found.add(s if k == 0 else f"{s}-{k}")
        for m in re.finditer(r"""<a\s[^>]*name=["']([^"']+)["']|\sid=["']([^"']+)["']""", line):
            found.add(m.group(1) or m.group(2))
        previous = (n, line)
    return found


# ---- links ---------------------------------------------------------------------------------------

INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+[\"'(][^)]*)?\)")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)")
HTML_LINK = re.compile(r"""\b(?:href|src)=["']([^"']*)["']""")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def links_in(text):
    """(line number, target) of every link of a Markdown text outside code."""
    out = []
    for n, line in prose_lines(text):
        for regex in (INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK):
            for m in regex.finditer(line):
                target = m.group(1).strip()
                if target.startswith("<") and target.endswith(">"):
                    target = target[1:-1]
                out.append((n, target))
    return out


def inside(root, path):
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def check_link(root, source, target, anchor_cache):
    """The problem with one link of `source`, or None."""
    if not target or SCHEME.match(target) or target.startswith("//"):
        return None  # an address on the web, or mailto:
    path_part, _, anchor = target.partition("#")
    path_part = urllib.parse.unquote(path_part)
    if path_part.startswith("/"):
        resolved = (root / path_part.lstrip("/")).resolve()
    elif path_part:
        resolved = (source.parent / path_part).resolve()
    else:
        resolved = source.resolve()
    if not inside(root, resolved):
        return f"link '{target}' leaves the repository"
    if not resolved.exists():
        return f"dead link '{target}': {resolved.relative_to(root)} does not exist"
    if anchor and resolved.is_file() and resolved.suffix.lower() == ".md":
        if resolved not in anchor_cache:
            anchor_cache[resolved] = anchors(read_text(resolved) or "")
        if urllib.parse.unquote(anchor).lower() not in anchor_cache[resolved]:
            return (f"dead link '{target}': {resolved.relative_to(root)} has no heading "
                    f"with the anchor #{anchor}")
    return None


# A relative path written in a source file or a page's prose: "../" at the start of a token.
RELATIVE_PATH = re.compile(r"(?<![\w./}$)\-])((?:\.\./)+[\w.\-/]*)")
# A page named by its file name alone ("see conventions.md"): some file of the repository.
BARE_PAGE = re.compile(r"(?<![\w./-])([\w-]+\.md)\b(?![\w/-])")
# A page named from the repository's root, perhaps with an anchor: "docs/sources.md#vgg".
ROOT_PAGE = re.compile(r"(?<![\w./-])((?:docs|tests|examples|include|scripts|cmake|bench)/[\w./-]*\.md)"
                       r"(?:#([\w-]+))?")


def check_links(root):
    root = root.resolve()
    problems = []
    files = repository_files(root)
    anchor_cache = {}
    markdown = [p for p in files if p.suffix.lower() == ".md"]
    count = 0
    for md in markdown:
        text = read_text(md) or ""
        for n, target in links_in(text):
            count += 1
            problem = check_link(root, md, target, anchor_cache)
            if problem:
                problems.append(f"{md.relative_to(root)}:{n}: {problem}")
    # Relative paths anywhere (comments, strings, prose, code spans; in Markdown not the fenced
    # blocks, whose paths are relative to the file they show): none may leave the repository
    # or name what a clone does not have.
    paths = 0
    this_file = pathlib.Path(__file__).resolve()
    names = {f.name for f in files}
    for f in files:
        text = read_text(f) if f.resolve() != this_file else None  # its self-test names bad paths
        if text is None:
            continue
        if f.suffix.lower() == ".md":
            lines = prose_lines(text, blank_code_spans=False)
        else:
            lines = enumerate(text.split("\n"), 1)
        for n, line in lines:
            for m in ROOT_PAGE.finditer(line):
                paths += 1
                page = m.group(1)
                problem = check_link(root, root / "README.md", page + (f"#{m.group(2)}" if m.group(2) else ""),
                                     anchor_cache)
                if problem:
                    problems.append(f"{f.relative_to(root)}:{n}: '{m.group(0)}' (from the "
                                    f"repository's root): {problem}")
            for m in BARE_PAGE.finditer(line):
                paths += 1
                if m.group(1) not in names:
                    problems.append(f"{f.relative_to(root)}:{n}: '{m.group(1)}' is no file of "
                                    f"the repository")
            for m in RELATIVE_PATH.finditer(line):
                written = m.group(1).rstrip(".,:;")
                paths += 1
                resolved = (f.parent / written).resolve()
                if not inside(root, resolved):
                    problems.append(f"{f.relative_to(root)}:{n}: '{written}' leaves the repository")
                elif not resolved.exists():
                    problems.append(f"{f.relative_to(root)}:{n}: '{written}' names "
                                    f"{resolved.relative_to(root)}, which does not exist")
    print(f"docs_check links: {len(markdown)} Markdown files, {count} links, "
          f"{paths} relative paths in {len(files)} files")
    return problems


# ---- the zoo as the documentation states it -------------------------------------------------


def zoo_types(root):
    """The types of ctnn::models::zoo, as written in zoo.hpp's tuple_t<...>."""
    text = (root / "include/ctnn/models/zoo.hpp").read_text(encoding="utf-8")
    text = re.sub(r"//[^\n]*", "", text)
    start = text.index("tuple_t<", text.index("zoo =")) + len("tuple_t<")
    depth, items, current = 0, [], ""
    for c in text[start:]:
        if c == "<":
            depth += 1
        elif c == ">":
            if depth == 0:
                break
            depth -= 1
        if c == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += c
    items.append(current)
    return [re.sub(r"\s+", "", i) for i in items if i.strip()]


def model_declarations(root):
    """Names declared as struct, class or enum in include/ctnn/models/*.hpp."""
    names = set()
    for h in sorted((root / "include/ctnn/models").glob("*.hpp")):
        names.update(re.findall(r"\b(?:struct|class|enum\s+class|enum)\s+([A-Za-z_]\w*)",
                                h.read_text(encoding="utf-8")))
    return names


def families(root):
    """The family headers of the zoo: include/ctnn/models/*.hpp but zoo and published."""
    return {h.stem for h in (root / "include/ctnn/models").glob("*.hpp")} - {"zoo", "published"}


# "36 models", "36 zoo models" (in figures: "two models at once" is not a count of the zoo).
ZOO_COUNT = re.compile(r"\b(\d[\d,]*) (?:zoo )?models\b", re.IGNORECASE)


def check_zoo(root):
    root = root.resolve()
    problems = []
    zoo = zoo_types(root)
    declared = model_declarations(root)
    base = lambda t: t.split("<", 1)[0]
    for t in zoo:
        if base(t) not in declared:
            problems.append(f"include/ctnn/models/zoo.hpp: {t} is not a struct of include/ctnn/models/")

    # Every "N models" / "N zoo models" in README.md and docs/ is the zoo's size.
    pages = [root / "README.md"] + sorted((root / "docs").rglob("*.md"))
    for page in pages:
        for n, line in enumerate((read_text(page) or "").split("\n"), 1):
            for m in ZOO_COUNT.finditer(line):
                stated = int(m.group(1).replace(",", ""))
                if stated != len(zoo):
                    problems.append(f"{page.relative_to(root)}:{n}: says '{m.group(0)}', "
                                    f"but the zoo (include/ctnn/models/zoo.hpp) has {len(zoo)}")

    # docs/models.md: each of its tables (the counts, the activation arena) lists exactly the
    # zoo's types, in order and spelled as in C++; every type it names in backquotes is declared
    # in include/ctnn/models/.
    models_md = root / "docs/models.md"
    text = read_text(models_md) or ""
    tables = []  # the rows of each table: (line, type)
    previous = 0
    for n, line in enumerate(text.split("\n"), 1):
        m = re.match(r"^\|\s*`([^`]+)`", line)  # the first column: `Type` (reports: "name")
        if m:
            if n != previous + 1:
                tables.append([])
            tables[-1].append((n, m.group(1)))
            previous = n
        for code in re.findall(r"`([^`]+)`", line):
            if re.fullmatch(r"[A-Z]\w*(<[\w:, ]*>)?", code) and base(code) not in declared:
                problems.append(f"docs/models.md:{n}: `{code}` is not a type of include/ctnn/models/")
    if not tables:
        tables.append([])
    listed = [row for table in tables for row in table]
    for table in tables:
        names = [t for _, t in table]
        if names == zoo:
            continue
        missing = [t for t in zoo if t not in names]
        extra = [(n, t) for n, t in table if t not in zoo]
        at = f" (the table at line {table[0][0]})" if table else ""
        for t in missing:
            problems.append(f"docs/models.md: the zoo's {t} has no row{at}")
        for n, t in extra:
            problems.append(f"docs/models.md:{n}: `{t}` is not a type of the zoo "
                            f"(include/ctnn/models/zoo.hpp)")
        if not missing and not extra:
            problems.append(f"docs/models.md: the rows are not in the zoo's order{at}")

    # docs/reference.md names every family header: "(or one family: `lenet`, `alexnet`, ...)".
    reference = read_text(root / "docs/reference.md") or ""
    m = re.search(r"one family:(.*?)\)", reference, re.DOTALL)
    if not m:
        problems.append("docs/reference.md: no list of the zoo's families ('one family: ...')")
    else:
        line = reference[:m.start()].count("\n") + 1
        named = set(re.findall(r"`(\w+)`", m.group(1)))
        for f in sorted(families(root) - named):
            problems.append(f"docs/reference.md:{line}: the family `{f}` "
                            f"(include/ctnn/models/{f}.hpp) is not listed")
        for f in sorted(named - families(root)):
            problems.append(f"docs/reference.md:{line}: the family `{f}` has no header "
                            f"include/ctnn/models/{f}.hpp")
    print(f"docs_check zoo: {len(zoo)} models in zoo.hpp, {len(listed)} rows in docs/models.md, "
          f"{len(families(root))} family headers")
    return problems


def block_kinds(root):
    """The row kinds of ctnn's own rows: input and layer (core/block.hpp) and every built-in
    block's (`RowKind kind{.name = "..."` in include/ctnn/compose/)."""
    kinds = set()
    for header in [root / "include/ctnn/core/block.hpp"] + sorted((root / "include/ctnn/compose").glob("*.hpp")):
        kinds |= set(re.findall(r'RowKind \w*\s*\{\s*\.name = "(\w+)"', read_text(header) or ""))
    return kinds


def check_kinds(root):
    """Every list of the row kinds in the docs (backquoted words that start with `input`,
    `layer`) names exactly the kinds of ctnn's own rows; the report headers leave the list to
    docs/reports.md."""
    root = root.resolve()
    problems = []
    kinds = block_kinds(root)
    lists = 0
    for page in sorted((root / "docs").rglob("*.md")):
        text = read_text(page) or ""
        for m in re.finditer(r"`input`, `layer`,((?:\s*(?:or\s+)?`\w+`,?)+)", text):
            lists += 1
            named = {"input", "layer"} | set(re.findall(r"`(\w+)`", m.group(1)))
            line = text[:m.start()].count("\n") + 1
            for k in sorted(kinds - named):
                problems.append(f"{page.relative_to(root)}:{line}: the list of row kinds lacks `{k}`")
            for k in sorted(named - kinds):
                problems.append(f"{page.relative_to(root)}:{line}: the list of row kinds names `{k}`, "
                                f"which no built-in row has")
    if lists == 0:
        problems.append("docs: no list of the row kinds (`input`, `layer`, ...) found")
    print(f"docs_check kinds: {len(kinds)} built-in row kinds, {lists} lists checked")
    return problems


# ---- self-test: each check fails on what it must catch ----------------------------------------


def write_tree(root, files):
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content, encoding="utf-8")


UP = "../"  # the parent directory, written once (this file itself names no other path)

GOOD_TREE = {
    "README.md": "# Demo\n\nThe zoo has 2 models ([list](docs/models.md#the-model-zoo)); "
                 "see [the how-to](docs/howto.md#step-2-build-it) and [CI](https://example.org).\n",
    "docs/howto.md": "# How to\n\n## Step 1\n\n## Step 2: build it\n\nBack to [the top](#how-to), "
                     f"the [README]({UP}README.md) and [the source]({UP}src/).\n",
    "docs/models.md": "# The model zoo\n\n| model | params |\n|---|---:|\n| `Alpha` | 1 |\n"
                      "| `Beta<Kind::b>` | 2 |\n",
    "docs/reference.md": "(or one family: `alpha`, `beta`), 2 models.\n",
    "include/ctnn/models/alpha.hpp": "struct Alpha final {};\n",
    "include/ctnn/models/beta.hpp": "enum class Kind { a, b };\ntemplate <Kind K> struct Beta {};\n",
    "include/ctnn/models/zoo.hpp": "inline constexpr auto zoo = hana::tuple_t<\n"
                                   "    Alpha, Beta<Kind::b>>;\n",
    "src/a.cpp": f"#include \"{UP}src/b.hpp\"  // see {UP}docs/howto.md\n",
    "src/b.hpp": "// docs/howto.md#step-2-build-it says how\n",
}

# Each mistake: files to change in the good tree, and a regex that the report must match.
MISTAKES = [
    ("a dead link", {"docs/howto.md": "# How to\n\n[gone](missing.md)\n"}, r"dead link 'missing\.md'"),
    ("a dead anchor", {"README.md": "# Demo\n\n[x](docs/howto.md#step-3)\n2 models\n"},
     r"no heading with the anchor #step-3"),
    ("a link above the repository",
     {"docs/howto.md": f"# How to\n\n[notes]({UP}{UP}outside/notes.md)\n"}, r"leaves the repository"),
    ("a path in a comment above the repository",
     {"src/b.hpp": f"// as {UP}{UP}outside/reference.md says\n"}, r"src/b\.hpp:1: .* leaves the repository"),
    ("a path in a comment to a missing file",
     {"src/b.hpp": f"// as {UP}notes/reference.md says\n"}, r"src/b\.hpp:1: .* does not exist"),
    ("a page's anchor named in a comment that does not exist",
     {"src/b.hpp": "// see docs/howto.md#step-9\n"}, r"src/b\.hpp:1: 'docs/howto\.md#step-9'.*no heading"),
    ("a page named in a comment that does not exist",
     {"src/b.hpp": "// see docs/sources.md\n"}, r"src/b\.hpp:1: 'docs/sources\.md'.*does not exist"),
    ("a page named in a comment by a name no file has",
     {"src/b.hpp": "// the figures of notes.md\n"}, r"src/b\.hpp:1: 'notes\.md' is no file"),
    ("a wrong count", {"docs/reference.md": "(or one family: `alpha`, `beta`), 3 models.\n"},
     r"docs/reference\.md:1: says '3 models'"),
    ("a model name that is not a type",
     {"docs/models.md": "# The model zoo\n\n| model |\n|---|\n| `Alpha` |\n| `B-eta` |\n"},
     r"`B-eta` is not a type of the zoo"),
    ("a type that does not exist",
     {"docs/models.md": "# The model zoo\n\n| model |\n|---|\n| `Alpha` |\n| `Beta<Kind::b>` |\n\n"
                        "Also `Gamma`.\n"}, r"`Gamma` is not a type of include/ctnn/models/"),
    ("a missing family", {"docs/reference.md": "(or one family: `alpha`), 2 models.\n"},
     r"the family `beta`"),
]


def selftest():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        good = pathlib.Path(tmp) / "good" / "repo"
        write_tree(good, GOOD_TREE)
        problems = check_links(good) + check_zoo(good)
        if problems:
            failures.append("the correct tree is reported: " + "; ".join(problems))
        for i, (what, changes, expected) in enumerate(MISTAKES):
            tree = pathlib.Path(tmp) / f"mistake{i}" / "repo"
            write_tree(tree, {**GOOD_TREE, **changes})
            problems = check_links(tree) + check_zoo(tree)
            if not any(re.search(expected, p) for p in problems):
                failures.append(f"{what} is not reported (expected /{expected}/, got {problems})")
            else:
                print(f"selftest: {what}: reported")
    return failures


def main(argv):
    if len(argv) == 2 and argv[1] == "selftest":
        problems = selftest()
    elif len(argv) == 3 and argv[1] in ("links", "zoo", "kinds"):
        root = pathlib.Path(argv[2])
        problems = {"links": check_links, "zoo": check_zoo, "kinds": check_kinds}[argv[1]](root)
    else:
        print(__doc__)
        return 2
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
