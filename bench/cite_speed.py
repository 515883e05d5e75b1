"""CPU time per item: citeproc-py (export._citeproc_citations) vs builder.cite.format_entry."""
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "bench"))
warnings.simplefilter("ignore")
import corpus

from builder.articles import article_paths, load_article
from builder.cite import format_entry
from builder.errors import ProblemCollector
from builder.export import STYLES, _citeproc_citations, csl_item

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    corpus.generate(root, N, seed=5)
    items = [csl_item(a) for p in article_paths(root / "seeds" / "articles")
             if (a := load_article(p, root, ProblemCollector())) is not None]
print(len(items), "items;", sum("author" in i for i in items), "with authors")

def cp(item):
    return {s: _citeproc_citations([item], s)[item["id"]] for s in STYLES}

def native(item):
    out = {}
    for s in STYLES:
        e = format_entry(item, s)
        out[s] = e if e is not None else _citeproc_citations([item], s)[item["id"]]
    return out

cp(items[0])  # load the styles
ref = [cp(i) for i in items]
fast = [native(i) for i in items]
assert ref == fast, "outputs differ"
print("declined:", sum(format_entry(i, s) is None for i in items for s in STYLES), "of", 2 * len(items))
for name, fn in (("citeproc", cp), ("native", native)):
    runs = []
    for _ in range(3 if name == "citeproc" else 7):
        t = time.process_time()
        for i in items:
            fn(i)
        runs.append((time.process_time() - t) / len(items))
    print(f"{name}: median {statistics.median(runs) * 1e3:.4f} ms CPU per item (both styles), runs {[round(r * 1e3, 4) for r in runs]}")
