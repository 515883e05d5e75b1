"""Where a `mkdocs build` keeps its memory: resident memory per build stage, in one process.

    python bench/memory_probe.py [--trace] PROJECT_DIR      # e.g. /tmp/dossier-bench/n5000

Runs `mkdocs build` of PROJECT_DIR in this process (wrap it in `/usr/bin/time -v` for the
peak), samples the resident memory every 20 ms, and prints it at each stage: the dossier's own
(prepare, assemble, render pages, data files) and MkDocs' events; then the size of what holds
memory at the end (page Markdown and HTML, search entries, autorefs maps, …). `--trace` adds
tracemalloc snapshots (slow). A diagnostic, not a benchmark: `bench/benchmark.py` measures the
peak of the whole process tree for the targets.
"""
import gc
import json
import os
import sys
import threading
import time
from collections import defaultdict

TRACE = "--trace" in sys.argv
args = [a for a in sys.argv[1:] if not a.startswith("--")]
project = args[0]
os.chdir(project)
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
if TRACE:
    import tracemalloc
    tracemalloc.start(int(os.environ.get("TRACE_DEPTH", "1")))

def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20

phase = ["import"]
peaks = defaultdict(float)
marks = []
stop = threading.Event()

def sample():
    while not stop.is_set():
        r = rss(); p = phase[0]
        peaks[p] = max(peaks[p], r)
        stop.wait(0.02)

threading.Thread(target=sample, daemon=True).start()

def set_phase(name):
    r = rss(); peaks[phase[0]] = max(peaks[phase[0]], r)
    t = round(tracemalloc.get_traced_memory()[0] / 2**20) if TRACE else None
    marks.append((round(time.perf_counter() - T0, 1), name, round(r), t))
    if TRACE and name in os.environ.get("SNAP_AT", "").split(","):
        snap = tracemalloc.take_snapshot()
        print(f"TRACEMALLOC at {name}", file=sys.stderr)
        for s in snap.statistics("lineno")[:25]:
            print(f"  {s.size/2**20:8.1f} MB {s.count:9d}  {s.traceback[0].filename.split('site-packages/')[-1]}:{s.traceback[0].lineno}", file=sys.stderr)
    phase[0] = name

T0 = time.perf_counter()
from mkdocs.commands import build as mbuild
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection

import builder.plugin

print("builder from", builder.plugin.__file__, file=sys.stderr)

def deep(obj, seen):
    """Approximate deep size (bytes) of obj, not following modules/classes/functions."""
    import types
    total, stack = 0, [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen or isinstance(o, (type, types.ModuleType, types.FunctionType, types.MethodType)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            stack.extend(o.keys()); stack.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack.extend(o)
        elif hasattr(o, "__dict__") and not isinstance(o, (str, bytes)):
            stack.append(vars(o))
        elif hasattr(o, "__slots__"):
            for s in o.__slots__:
                if hasattr(o, s): stack.append(getattr(o, s))
    return total

def holders(config, files):
    seen = set()
    pages = [f.page for f in files if f.page is not None]
    mb = lambda b: round(b / 2**20, 1)
    out = {}
    out["pages"] = len(pages)
    out["page.markdown"] = mb(sum(sys.getsizeof(p.markdown) for p in pages if p.markdown is not None))
    out["page.content"] = mb(sum(sys.getsizeof(p.content) for p in pages if p.content is not None))
    out["file._content (pages)"] = mb(sum(sys.getsizeof(f._content) for f in files if f.page is not None and f._content is not None))
    out["file._content (other)"] = mb(sum(sys.getsizeof(f._content) for f in files if f.page is None and f._content is not None))
    out["file._content (other) types"] = sorted(((type(f._content).__name__, f.src_uri, round(sys.getsizeof(f._content)/2**20,1)) for f in files if f.page is None and f._content is not None), key=lambda x: -x[2])[:6]
    for p in pages:  # mark strings as seen so toc etc. do not count them
        seen.update({id(p.markdown), id(p.content), id(p.file._content)})
    out["page.toc"] = mb(sum(deep(p.toc, seen) for p in pages))
    out["page.meta"] = mb(sum(deep(p.meta, seen) for p in pages))
    out["present_anchor_ids+links_to_anchors"] = mb(sum(deep(p.present_anchor_ids, seen) + deep({id(k): v for k, v in (p.links_to_anchors or {}).items()}, seen) for p in pages))
    search = config.plugins.get("material/search") or config.plugins.get("search")
    out["search entries"] = mb(deep(search.search_index.entries, seen))
    ar = config.plugins.get("autorefs")
    for k in ("_primary_url_map", "_secondary_url_map", "_title_map", "_breadcrumbs_map", "_abs_url_map", "_backlinks"):
        out["autorefs." + k] = mb(deep(getattr(ar, k, None), seen))
    keys = defaultdict(int)
    for f in files:
        for k, v in vars(f).items():
            if k != "page":
                keys[k] += deep(v, seen)
    out["File vars"] = {k: mb(v) for k, v in sorted(keys.items(), key=lambda x: -x[1])[:6]}
    pk = defaultdict(int)
    for pg in pages:
        for k, v in vars(pg).items():
            if k not in ("file", "parent", "previous_page", "next_page"):
                pk[k] += deep(v, seen)
    out["Page vars"] = {k: mb(v) for k, v in sorted(pk.items(), key=lambda x: -x[1])[:8]}
    out["File objects (rest)"] = mb(sum(deep(vars(f), seen) for f in files))
    out["Page objects (rest)"] = mb(sum(deep(vars(p), seen) for p in pages))
    d = config.plugins.get("dossier")
    out["dossier plugin"] = mb(deep({k: v for k, v in vars(d).items() if k not in ("config",)}, seen))
    return out

orig_run_event = PluginCollection.run_event
PHASE_OF = {"pre_build": "pre_build(generate)", "files": "on_files", "nav": "on_nav",
            "env": "on_env", "page_context": "build pages", "pre_template": "static templates"}
AFTER = {"pre_build": "clean+get_files", "files": "get_nav", "nav": "populate pages",
         "env": "copy static files"}
state = {}

def run_event(self, name, item=None, **kw):
    if name in PHASE_OF and phase[0] != PHASE_OF[name]:
        set_phase(PHASE_OF[name])
    if name == "post_build":
        set_phase("before post_build")
        if TRACE:
            snap = tracemalloc.take_snapshot()
            print("TRACEMALLOC total MB", round(sum(s.size for s in snap.statistics("filename")) / 2**20, 1), file=sys.stderr)
            for s in snap.statistics("lineno")[:30]:
                print(f"  {s.size/2**20:8.1f} MB {s.count:9d}  {s.traceback[0].filename.split('site-packages/')[-1]}:{s.traceback[0].lineno}", file=sys.stderr)
        for m in self.events["post_build"]:
            set_phase("post_build:" + type(m.__self__).__module__.split(".")[0] + "." + type(m.__self__).__name__)
            m(config=kw["config"])
        set_phase("after post_build")
        gc.collect()
        h = holders(kw["config"], state["files"])
        print("HOLDERS after post_build (MB, sys.getsizeof):", json.dumps(h, indent=1), file=sys.stderr)
        set_phase("after holders walk")
        return None
    res = orig_run_event(self, name, item, **kw)
    if name == "files":
        state["files"] = res
    if name in AFTER:
        set_phase(AFTER[name])
    return res

PluginCollection.run_event = run_event
from builder import build as bbuild


def _wrap(obj, name, label):
    orig = getattr(obj, name)
    def wrapped(*a, **k):
        set_phase(label)
        try:
            return orig(*a, **k)
        finally:
            set_phase(label + " done")
    setattr(obj, name, wrapped)
_wrap(bbuild.Builder, "prepare", "gen:prepare")
_wrap(bbuild, "assemble", "gen:assemble")
_wrap(bbuild.Renderer, "pages", "gen:render pages")
_wrap(bbuild, "data_files", "gen:data_files")
set_phase("load_config")
cfg = load_config("mkdocs.yml")
cfg.plugins.on_startup(command="build", dirty=False)
mbuild.build(cfg)
cfg.plugins.on_shutdown()
set_phase("end")
stop.set()
ru = __import__("resource").getrusage(__import__("resource").RUSAGE_SELF)
print("MARKS (s, phase entered, RSS MB at entry, traced MB):", file=sys.stderr)
for m in marks: print("  ", m, file=sys.stderr)
print("PEAK RSS per phase (MB):", file=sys.stderr)
for name in dict.fromkeys(m[1] for m in marks):
    print(f"  {peaks[name]:8.0f}  {name}", file=sys.stderr)
print("ru_maxrss MB", round(ru.ru_maxrss / 1024), "cpu s", round(ru.ru_utime + ru.ru_stime, 1), file=sys.stderr)
